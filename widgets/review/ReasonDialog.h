// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace gpudesk {

// Asks a reviewer why they decline an assignment or what their conflict of interest is; OK stays
// disabled until a reason is written, because the program officer needs it to reassign.
class ReasonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonDialog)

public:
    ReasonDialog(const QString &title, const QString &question, const QString &okText,
                 QWidget *parent = nullptr);

    QString reason() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *okButton() const { return m_ok; }

private:
    QPlainTextEdit *m_reason = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace gpudesk
