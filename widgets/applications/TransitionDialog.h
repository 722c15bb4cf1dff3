// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace gpudesk {

// Asks for the new status of one or more applications and, where the state machine wants one,
// the reason; OK stays disabled until the answer is complete.
class TransitionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransitionDialog)

public:
    TransitionDialog(ApplicationStatus from, int count, QWidget *parent = nullptr);

    ApplicationStatus target() const;
    QString reason() const;

private:
    void updateState();

    ApplicationStatus m_from;
    QComboBox *m_target = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gpudesk
