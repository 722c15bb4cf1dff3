// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionDialog.h"

#include "domain/TimeFormat.h"
#include "store/Store.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {

DecisionDialog::DecisionDialog(const AgendaItem &item, int maxMonths,
                               const MeetingDecision &previous, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"decisionDialog"_s);
    setWindowTitle(tr("Decision of the ministers' meeting"));
    const QLocale l;
    auto *layout = new QVBoxLayout(this);
    QString about =
        tr("%1 · %2 · %3").arg(item.code, item.ministry, item.project) + u'\n' +
        tr("Asks for %1 nodes (%2 GPUs) of %3 from %4 for %n month(s).", nullptr, item.months)
            .arg(l.toString(item.requestedNodes),
                 l.toString(item.requestedNodes * item.gpusPerNode), item.typeCode,
                 item.start.toString(Qt::ISODate));
    if (item.score)
        about += u' ' + tr("Pre-review score %1 (%2 of %3 reviews).")
                            .arg(l.toString(*item.score, 'f', 1))
                            .arg(item.reviews)
                            .arg(item.reviewsRequired);
    auto *subject = new QLabel(about, this);
    subject->setWordWrap(true);
    layout->addWidget(subject);

    auto *outcome = new QGroupBox(tr("Decision"), this);
    auto *outcomes = new QHBoxLayout(outcome);
    m_approve = new QRadioButton(tr("&Approve"), outcome);
    m_defer = new QRadioButton(tr("&Defer to a later meeting"), outcome);
    m_reject = new QRadioButton(tr("Do &not approve"), outcome);
    for (QRadioButton *b : {m_approve, m_defer, m_reject})
        outcomes->addWidget(b);
    m_approve->setChecked(true);
    layout->addWidget(outcome);

    auto *form = new QFormLayout;
    m_nodes = new QSpinBox(this);
    m_nodes->setObjectName(u"approvedNodes"_s);
    m_nodes->setRange(1, qMax(1, item.requestedNodes));
    m_nodes->setValue(item.grantedNodes.value_or(item.requestedNodes));
    m_start = new QDateEdit(this);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_start->setDate(item.approvedStart.isValid() ? item.approvedStart : item.start);
    m_months = new QSpinBox(this);
    m_months->setRange(1, qMax(1, maxMonths));
    m_months->setValue(qMin(item.approvedMonths ? item.approvedMonths : item.months, maxMonths));
    m_meeting = new QDateEdit(this);
    m_meeting->setObjectName(u"meetingDate"_s);
    m_meeting->setCalendarPopup(true);
    m_meeting->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_meeting->setDate(previous.meetingOn.isValid() ? previous.meetingOn
                                                    : displayDate(Store::nowMs()));
    m_reference = new QLineEdit(previous.reference, this);
    m_reference->setObjectName(u"decisionReference"_s);
    m_reference->setPlaceholderText(tr("e.g. 제21회 과학기술관계장관회의 안건 제2호"));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"decisionNote"_s);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(64);
    form->addRow(tr("Approved &nodes:"), m_nodes);
    form->addRow(tr("&First day:"), m_start);
    form->addRow(tr("&Months:"), m_months);
    form->addRow(tr("Meeting &date:"), m_meeting);
    form->addRow(tr("Decision &reference:"), m_reference);
    form->addRow(tr("N&ote:"), m_note);
    layout->addLayout(form);
    auto *recorded = new QLabel(tr("The decision goes into the demand's history with its date, "
                                   "reference and your note; an approved demand then waits on "
                                   "the rack map for nodes of the round's pool."),
                                this);
    recorded->setWordWrap(true);
    layout->addWidget(recorded);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record decision"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton *b : {m_approve, m_defer, m_reject})
        connect(b, &QRadioButton::toggled, this, [this] { update(); });
    connect(m_reference, &QLineEdit::textChanged, this, [this] { update(); });
    update();
}

void DecisionDialog::update()
{
    const bool approve = m_approve->isChecked();
    m_nodes->setEnabled(approve);
    m_start->setEnabled(approve);
    m_months->setEnabled(approve);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_reference->text().trimmed().isEmpty());
}

MeetingDecision DecisionDialog::decision() const
{
    MeetingDecision d;
    d.outcome = m_approve->isChecked() ? MeetingDecision::Outcome::Approve
                : m_defer->isChecked() ? MeetingDecision::Outcome::Defer
                                       : MeetingDecision::Outcome::Reject;
    d.nodes = m_nodes->value();
    d.start = m_start->date();
    d.months = m_months->value();
    d.meetingOn = m_meeting->date();
    d.reference = m_reference->text().trimmed();
    d.note = m_note->toPlainText().trimmed();
    return d;
}

} // namespace gpudesk
