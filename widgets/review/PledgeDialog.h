// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace gpudesk {

// The call's confidentiality pledge (보안서약서), shown before the reviewer opens the first
// application of the call; Accept stays disabled until the reviewer ticks that they have read it.
class PledgeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PledgeDialog)

public:
    PledgeDialog(const QString &callName, const QString &pledgeText, QWidget *parent = nullptr);

    QCheckBox *readCheck() const { return m_read; }
    QPushButton *acceptButton() const { return m_accept; }

private:
    QCheckBox *m_read = nullptr;
    QPushButton *m_accept = nullptr;
};

} // namespace gpudesk
