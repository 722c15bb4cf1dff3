// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleDialog.h"

#include "ShareRuleFields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {

RuleDialog::RuleDialog(const QString &programName, const ShareRule &rule, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"ruleDialog"_s);
    setWindowTitle(tr("Share rule of %1").arg(programName));
    auto *layout = new QVBoxLayout(this);
    m_fields = new ShareRuleFields(this);
    m_fields->setRule(rule);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"ruleReason"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(72);
    m_fields->form()->addRow(tr("&Reason:"), m_reason);
    layout->addWidget(m_fields);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Change the rule"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fields, &ShareRuleFields::changed, this, [this] { check(); });
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] { check(); });
    check();
}

ShareRule RuleDialog::rule() const
{
    return m_fields->rule();
}

QString RuleDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void RuleDialog::check()
{
    const ShareResult r = computeShares({}, rule());
    m_problem->setText(r.error);
    m_ok->setEnabled(r.ok() && !reason().isEmpty());
}

} // namespace gpudesk
