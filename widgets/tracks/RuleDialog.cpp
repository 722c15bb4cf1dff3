// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {

RuleDialog::RuleDialog(const QString &programName, const ShareRule &rule, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"ruleDialog"_s);
    setWindowTitle(tr("Share rule of %1").arg(programName));
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(tr("Next year's shares are proportional to each team's score above "
                                "the floor, held between the minimum and the maximum, in whole "
                                "nodes adding up to the capacity."),
                             this);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto *form = new QFormLayout;
    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(u"ruleCapacity"_s);
    m_capacity->setRange(0, 100000);
    m_capacity->setValue(rule.capacityNodes);
    m_capacity->setSuffix(tr(" nodes"));
    m_floor = new QDoubleSpinBox(this);
    m_floor->setObjectName(u"ruleFloor"_s);
    m_floor->setRange(0, 100);
    m_floor->setDecimals(1);
    m_floor->setValue(rule.floor);
    m_minimum = new QSpinBox(this);
    m_minimum->setRange(0, 100000);
    m_minimum->setValue(rule.minimumNodes);
    m_minimum->setSuffix(tr(" nodes"));
    m_maximum = new QSpinBox(this);
    m_maximum->setRange(0, 100000);
    m_maximum->setValue(rule.maximumNodes);
    m_maximum->setSuffix(tr(" nodes"));
    m_maximum->setSpecialValueText(tr("no maximum"));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"ruleReason"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(72);
    form->addRow(tr("&Capacity next year:"), m_capacity);
    form->addRow(tr("Score &floor:"), m_floor);
    form->addRow(tr("M&inimum per team:"), m_minimum);
    form->addRow(tr("M&aximum per team:"), m_maximum);
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Change the rule"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QSpinBox *s : {m_capacity, m_minimum, m_maximum})
        connect(s, &QSpinBox::valueChanged, this, [this] { check(); });
    connect(m_floor, &QDoubleSpinBox::valueChanged, this, [this] { check(); });
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] { check(); });
    check();
}

ShareRule RuleDialog::rule() const
{
    return {m_capacity->value(), m_floor->value(), m_minimum->value(), m_maximum->value()};
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
