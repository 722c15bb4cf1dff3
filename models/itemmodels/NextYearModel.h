// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ProgramShareRepository.h"

#include <QAbstractTableModel>

namespace gpudesk {

// Next year's plan of a program as a table: per team what it holds now and next year, how many of
// its own nodes it keeps, how many it takes from which team, how many come new from the pool and
// how many it gives up (and to whom). Hostnames are in the tooltips.
class NextYearModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NextYearModel)

public:
    enum Column
    {
        Team,
        Now,
        Next,
        Kept,
        Taken,
        FromPool,
        GivenUp,
        Problem,
        ColumnCount
    };

    explicit NextYearModel(QObject *parent = nullptr);

    void setPlan(const NextYearPlan &plan);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString hosts(const QList<int> &nodes) const;
    QString takenText(int team) const;
    QString givenText(int team) const;

    NextYearPlan m_plan;
};

} // namespace gpudesk
