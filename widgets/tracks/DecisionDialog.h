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

// A decision on one demand: approve (with the nodes and the period), defer or not approve.
// Recording the ministers' meeting's decision (심의·의결) asks for the meeting's date and the
// decision's reference that go into the demand's history; proposing one for the meeting's
// agenda beforehand asks for the reason from the pre-review instead.
class DecisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionDialog)

public:
    enum class Mode
    {
        Meeting, // the meeting decided: decision()
        Proposal // the officer proposes it to the meeting: proposal()
    };

    // `previous` fills the meeting's date and reference (the last decision recorded), so a
    // meeting's decisions are entered one after the other without typing them again.
    // The outcome, nodes and period start from the demand's decision, else its proposal, else
    // its request.
    DecisionDialog(Mode mode, const AgendaItem &item, int maxMonths,
                   const MeetingDecision &previous, QWidget *parent = nullptr);

    MeetingDecision decision() const;
    DemandProposal proposal() const;
    QRadioButton *approveButton() const { return m_approve; }
    QRadioButton *deferButton() const { return m_defer; }
    QRadioButton *rejectButton() const { return m_reject; }
    QSpinBox *nodes() const { return m_nodes; }
    QLineEdit *reference() const { return m_reference; }
    QPlainTextEdit *note() const { return m_note; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void update();
    MeetingDecision::Outcome outcome() const;

    Mode m_mode;
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
