// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/DeliberationRepository.h"

#include <QAbstractTableModel>
#include <QColor>
#include <functional>

namespace gpudesk {

// The agenda of the ministers' meeting as a table: each reviewed demand with its rank and
// pre-review score, its request, the officer's proposed decision (the reason as its tooltip),
// the meeting's decision and what it holds on the map.
class AgendaTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaTableModel)

public:
    enum Column
    {
        Rank,
        Code,
        Ministry,
        Project,
        Priority,
        Type,
        Requested,
        Start,
        Months,
        Score,
        Reviews,
        Proposed,
        Decision,
        Approved,
        ApprovedPeriod,
        MeetingDate,
        Reference,
        Placed,
        ColumnCount
    };
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        SortRole
    };
    using StatusColors = std::function<QColor(const QString &statusKey)>;

    explicit AgendaTableModel(QObject *parent = nullptr);

    void setAgenda(const Agenda &agenda);
    void setStatusColors(StatusColors colors) { m_colors = std::move(colors); }
    const AgendaItem *itemAt(int row) const;
    // The column "Decision" of a demand (also the agenda report's).
    static QString decisionText(const AgendaItem &item);
    int rowOf(const QString &applicationId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const AgendaItem &item, int column) const;

    QList<AgendaItem> m_items;
    StatusColors m_colors;
};

} // namespace gpudesk
