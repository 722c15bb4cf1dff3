// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransitionDialog.h"

#include "rules/ApplicationStateMachine.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace gpudesk {

TransitionDialog::TransitionDialog(ApplicationStatus from, int count, QWidget *parent)
    : QDialog(parent), m_from(from)
{
    setObjectName(u"transitionDialog"_s);
    setWindowTitle(tr("Change status"));
    auto *layout = new QFormLayout(this);
    layout->addRow(new QLabel(tr("%n application(s), now %1.", nullptr, count).arg(statusLabel(from)),
                              this));
    m_target = new QComboBox(this);
    m_target->setObjectName(u"targetStatus"_s);
    for (ApplicationStatus s : allowedTransitions(from))
        m_target->addItem(statusLabel(s), static_cast<int>(s));
    layout->addRow(tr("New status"), m_target);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setPlaceholderText(tr("Why? It is recorded in the history and shown to officers."));
    m_reason->setTabChangesFocus(true);
    layout->addRow(tr("Reason"), m_reason);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addRow(m_hint);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] { updateState(); });
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] { updateState(); });
    updateState();
}

ApplicationStatus TransitionDialog::target() const
{
    return static_cast<ApplicationStatus>(m_target->currentData().toInt());
}

QString TransitionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void TransitionDialog::updateState()
{
    const bool any = m_target->count() > 0;
    const TransitionCheck check =
        any ? checkTransition(m_from, target(), reason()) : TransitionCheck{false, {}};
    const bool needsReason = any && reasonRequired(m_from, target());
    m_hint->setText(!any           ? tr("No status can follow %1.").arg(statusLabel(m_from))
                    : needsReason ? tr("A reason is required for this change.")
                                  : tr("A reason is optional."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(check.allowed);
}

} // namespace gpudesk
