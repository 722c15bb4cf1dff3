// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverrideDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace gpudesk {

OverrideDialog::OverrideDialog(const Subject &subject, QWidget *parent)
    : QDialog(parent), m_subject(subject)
{
    setObjectName(u"overrideDialog"_s);
    setWindowTitle(tr("Override the decision"));
    auto *layout = new QFormLayout(this);
    auto *about =
        new QLabel(tr("%1 %2, now %3; %n node(s) requested.", nullptr, subject.requestedNodes)
                       .arg(subject.code, subject.title, statusLabel(subject.status)),
                   this);
    about->setWordWrap(true);
    layout->addRow(about);

    m_decision = new QComboBox(this);
    m_decision->setObjectName(u"overrideDecision"_s);
    for (SelectionDecision d :
         {SelectionDecision::Select, SelectionDecision::Waitlist, SelectionDecision::Reject})
        m_decision->addItem(selectionDecisionLabel(d), static_cast<int>(d));
    auto *decisionLabel = new QLabel(tr("&Decision"), this);
    decisionLabel->setBuddy(m_decision);
    layout->addRow(decisionLabel, m_decision);

    m_nodes = new QSpinBox(this);
    m_nodes->setObjectName(u"overrideNodes"_s);
    m_nodes->setRange(1, qMax(1, subject.requestedNodes));
    m_nodes->setValue(subject.grantedNodes > 0 ? subject.grantedNodes
                                               : qMax(1, subject.requestedNodes));
    m_nodes->setAlignment(Qt::AlignRight);
    m_gpus = new QLabel(this);
    auto *nodesRow = new QHBoxLayout;
    nodesRow->addWidget(m_nodes);
    nodesRow->addWidget(m_gpus, 1);
    auto *nodesLabel = new QLabel(tr("&Nodes granted"), this);
    nodesLabel->setBuddy(m_nodes);
    layout->addRow(nodesLabel, nodesRow);

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"overrideReason"_s);
    m_reason->setPlaceholderText(
        tr("Why does this decision depart from the ranking? It is recorded in the history and on "
           "the panel sheet."));
    m_reason->setTabChangesFocus(true);
    auto *reasonLabel = new QLabel(tr("&Reason"), this);
    reasonLabel->setBuddy(m_reason);
    layout->addRow(reasonLabel, m_reason);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addRow(m_hint);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_decision, &QComboBox::currentIndexChanged, this, [this] { updateState(); });
    connect(m_nodes, &QSpinBox::valueChanged, this, [this] { updateState(); });
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] { updateState(); });
    updateState();
}

SelectionDecision OverrideDialog::decision() const
{
    return static_cast<SelectionDecision>(m_decision->currentData().toInt());
}

int OverrideDialog::nodes() const
{
    return decision() == SelectionDecision::Select ? m_nodes->value() : 0;
}

QString OverrideDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void OverrideDialog::updateState()
{
    const bool select = decision() == SelectionDecision::Select;
    m_nodes->setEnabled(select);
    m_gpus->setText(tr("= %n GPU(s)", nullptr, m_nodes->value() * m_subject.gpusPerNode));
    const bool unchanged = selectionDecisionStatus(decision()) == m_subject.status &&
                           (!select || m_nodes->value() == m_subject.grantedNodes);
    const bool hasReason = !reason().isEmpty();
    m_hint->setText(unchanged    ? tr("The application already has this decision.")
                    : !hasReason ? tr("A reason is required for an override.")
                                 : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(hasReason && !unchanged);
}

} // namespace gpudesk
