// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/ShareAllocation.h"

#include <QWidget>

class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;

namespace gpudesk {

// A program's share rule as form rows under what the rule does: next year's capacity in nodes,
// the score floor and the minimum and maximum per team. Shared by the rule dialog and the program
// editor.
class ShareRuleFields final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareRuleFields)

public:
    explicit ShareRuleFields(QWidget *parent = nullptr);

    void setRule(const ShareRule &rule);
    ShareRule rule() const;
    QFormLayout *form() const { return m_form; }
    QSpinBox *capacity() const { return m_capacity; }
    QDoubleSpinBox *floorScore() const { return m_floor; }
    QSpinBox *minimum() const { return m_minimum; }
    QSpinBox *maximum() const { return m_maximum; }

Q_SIGNALS:
    void changed();

private:
    QFormLayout *m_form = nullptr;
    QSpinBox *m_capacity = nullptr;
    QDoubleSpinBox *m_floor = nullptr;
    QSpinBox *m_minimum = nullptr;
    QSpinBox *m_maximum = nullptr;
};

} // namespace gpudesk
