// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminPrompts.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace gpudesk {

class Store;

// Administration → Backups: back up the open profile now (an online copy on a worker thread,
// with progress), schedule backups with how many to keep, list the backups in the folder, and
// restore one after a preview of what it holds, into a profile that is not open.
class BackupPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupPage)

public:
    explicit BackupPage(Store &store, QWidget *parent = nullptr);

    void setPrompts(const AdminPrompts &prompts) { m_prompts = prompts; }
    // Asks where, then copies the profile; true when the backup was made.
    bool backUpNow();
    // The preview, then the restore of `file`; true when restored.
    bool restoreFile(const QString &file);
    void restoreSelected();
    void restoreOther();
    void deleteSelected();
    void saveSchedule();
    void reloadList();

    QTableView *table() const { return m_table; }
    QComboBox *intervalBox() const { return m_interval; }
    QLineEdit *folderEdit() const { return m_folder; }
    QSpinBox *keepBox() const { return m_keep; }
    QLabel *lastLabel() const { return m_last; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    // The user asked to open a restored profile (in a window of its own).
    void openProfileRequested(const QString &path);

private:
    void showSchedule();
    QString selectedFile() const;

    Store &m_store;
    AdminPrompts m_prompts;
    QComboBox *m_interval = nullptr;
    QLineEdit *m_folder = nullptr;
    QSpinBox *m_keep = nullptr;
    QLabel *m_last = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace gpudesk
