// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminPrompts.h"
#include "store/ProfileBackup.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace gpudesk {

// The restore preview: what the backup holds (schema, integrity, when it was last written, how
// many calls, applications, reviews, nodes...) and the profile it will become. The profile open
// in this window cannot be replaced while it is open; the dialog says how to do that instead.
class RestoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreDialog)

public:
    RestoreDialog(const BackupInfo &info, const QString &openProfile, QWidget *parent = nullptr);

    void setPrompts(const AdminPrompts &prompts) { m_prompts = prompts; }
    QString targetPath() const;
    void setTargetPath(const QString &path);
    QLabel *targetNote() const { return m_targetNote; }
    QPushButton *restoreButton() const { return m_restore; }

private:
    void update();

    BackupInfo m_info;
    QString m_openProfile;
    AdminPrompts m_prompts;
    QLineEdit *m_target = nullptr;
    QLabel *m_targetNote = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace gpudesk
