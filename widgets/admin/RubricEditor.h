// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Review.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace gpudesk {

// A call's rubric: the criteria in their order with name, English name, weight, score range and
// the guidance reviewers read; the running sum of the weights beside it.
class RubricEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RubricEditor)

public:
    enum Column
    {
        Name,
        NameEn,
        Weight,
        Min,
        Max,
        Guidance,
        ColumnCount
    };

    explicit RubricEditor(QWidget *parent = nullptr);

    void setRubric(const QList<RubricCriterion> &rubric);
    QList<RubricCriterion> rubric() const;

    void addCriterion();
    void removeCurrent();
    void moveCurrent(int by);

    QTableWidget *table() const { return m_table; }
    QLabel *sumLabel() const { return m_sum; }

Q_SIGNALS:
    void changed();

private:
    void appendRow(const RubricCriterion &c);
    void updateSum();

    QTableWidget *m_table = nullptr;
    QLabel *m_sum = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
};

} // namespace gpudesk
