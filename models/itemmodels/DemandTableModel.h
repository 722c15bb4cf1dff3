// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/DemandRepository.h"

#include <QAbstractTableModel>
#include <QColor>
#include <functional>

namespace gpudesk {

// The demands of a national-project round as a table, one row per demand, in the repository's
// order (ministry, priority, code). Sorting goes through a proxy on SortRole.
class DemandTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemandTableModel)

public:
    enum Column
    {
        Code,
        Ministry,
        Priority,
        Project,
        Purpose,
        Type,
        Nodes,
        Gpus,
        Start,
        Months,
        Contact,
        Status,
        ColumnCount
    };
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        SortRole
    };
    using StatusColors = std::function<QColor(const QString &statusKey)>;

    explicit DemandTableModel(QObject *parent = nullptr);

    void setDemands(const QList<DemandRow> &demands);
    void setStatusColors(StatusColors colors) { m_colors = std::move(colors); }
    const DemandRow *demandAt(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<DemandRow> m_rows;
    StatusColors m_colors;
};

} // namespace gpudesk
