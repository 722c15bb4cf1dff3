// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/AuditLog.h"

#include <QAbstractTableModel>

namespace gpudesk {

// The audit trail for the viewer, newest first, fetched in pages as the view scrolls (the trail
// only grows; it is never loaded whole). It starts empty: reload() or setFilter() reads the first
// page, so a view that is never shown costs no query.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column
    {
        Time,
        User,
        Action,
        Entity,
        Name,
        Details,
        ColumnCount
    };
    enum Role
    {
        EntityRole = Qt::UserRole + 1, // stable entity key
        EntityIdRole,
        SeqRole,
    };
    static constexpr int kPage = 200;

    explicit AuditLogModel(const QSqlDatabase &db, QObject *parent = nullptr);

    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    // Reads the first page again (at first use, or after new entries were written).
    void reload();
    // Every entry the filter matches, loaded or not.
    int matchingCount() const { return m_total; }
    const AuditEntry &entry(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    AuditLog m_log;
    AuditFilter m_filter;
    QList<AuditEntry> m_rows;
    int m_total = 0;
    bool m_exhausted = true; // nothing to fetch until the first page is read
};

} // namespace gpudesk
