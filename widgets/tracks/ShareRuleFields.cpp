// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShareRuleFields.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace gpudesk {

ShareRuleFields::ShareRuleFields(QWidget *parent) : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    auto *about = new QLabel(tr("Next year's shares are proportional to each team's score above "
                                "the floor, held between the minimum and the maximum, in whole "
                                "nodes adding up to the capacity."),
                             this);
    about->setWordWrap(true);
    m_form->addRow(about);
    auto nodes = [this](const QString &name) {
        auto *s = new QSpinBox(this);
        s->setObjectName(name);
        s->setRange(0, 100000);
        s->setSuffix(tr(" nodes"));
        s->setGroupSeparatorShown(true);
        connect(s, &QSpinBox::valueChanged, this, &ShareRuleFields::changed);
        return s;
    };
    m_capacity = nodes(u"ruleCapacity"_s);
    m_floor = new QDoubleSpinBox(this);
    m_floor->setObjectName(u"ruleFloor"_s);
    m_floor->setRange(0, 100);
    m_floor->setDecimals(1);
    connect(m_floor, &QDoubleSpinBox::valueChanged, this, &ShareRuleFields::changed);
    m_minimum = nodes(u"ruleMinimum"_s);
    m_maximum = nodes(u"ruleMaximum"_s);
    m_maximum->setSpecialValueText(tr("no maximum"));
    m_form->addRow(tr("&Capacity next year:"), m_capacity);
    m_form->addRow(tr("Score &floor:"), m_floor);
    m_form->addRow(tr("M&inimum per team:"), m_minimum);
    m_form->addRow(tr("M&aximum per team:"), m_maximum);
}

void ShareRuleFields::setRule(const ShareRule &rule)
{
    m_capacity->setValue(rule.capacityNodes);
    m_floor->setValue(rule.floor);
    m_minimum->setValue(rule.minimumNodes);
    m_maximum->setValue(rule.maximumNodes);
}

ShareRule ShareRuleFields::rule() const
{
    return {m_capacity->value(), m_floor->value(), m_minimum->value(), m_maximum->value()};
}

} // namespace gpudesk
