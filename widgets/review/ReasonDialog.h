// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace gpudesk {

// Asks why: a reviewer declining an assignment or declaring a conflict, an officer changing a call
// that was already screened. OK stays disabled until a reason is written, because whoever reads
// the record later needs it.
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
