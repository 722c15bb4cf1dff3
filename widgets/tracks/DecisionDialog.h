// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/DeliberationRepository.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace gpudesk {

// The ministers' meeting's decision on one demand (심의·의결): approve (with the nodes and the
// period), defer or not approve, with the meeting's date and the decision's reference that go
// into the demand's history.
class DecisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionDialog)

public:
    // `previous` fills the meeting's date and reference (the last decision recorded), so a
    // meeting's decisions are entered one after the other without typing them again.
    DecisionDialog(const AgendaItem &item, int maxMonths, const MeetingDecision &previous,
                   QWidget *parent = nullptr);

    MeetingDecision decision() const;
    QRadioButton *approveButton() const { return m_approve; }
    QRadioButton *deferButton() const { return m_defer; }
    QRadioButton *rejectButton() const { return m_reject; }
    QSpinBox *nodes() const { return m_nodes; }
    QLineEdit *reference() const { return m_reference; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void update();

    QRadioButton *m_approve = nullptr;
    QRadioButton *m_defer = nullptr;
    QRadioButton *m_reject = nullptr;
    QSpinBox *m_nodes = nullptr;
    QDateEdit *m_start = nullptr;
    QSpinBox *m_months = nullptr;
    QDateEdit *m_meeting = nullptr;
    QLineEdit *m_reference = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gpudesk
