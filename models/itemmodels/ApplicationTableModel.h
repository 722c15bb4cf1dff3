// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApplicationFilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QVector>

namespace gpudesk {

// The applications of the browser, read through SQL (the narrow application_browse table):
// the keys of every application in the current sort order come from one index scan and are kept
// until the data or the sort changes; a filter is one unordered query whose matches are picked
// out of that order. The columns of a row are fetched a page at a time when a view asks for them,
// and at most kMaxCachedPages pages are kept, so the row cache stays bounded at any size.
class ApplicationTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationTableModel)

public:
    enum Column {
        Code,
        Title,
        TitleEn,
        Organization,
        OrgType,
        Investigator,
        Field,
        Accelerator,
        Gpus,
        Months,
        DesiredStart,
        Submitted,
        Status,
        Call,
        ColumnCount
    };
    enum Roles { IdRole = Qt::UserRole + 1, StatusKeyRole, SortValueRole };
    static constexpr int kPageSize = 128;
    static constexpr int kMaxCachedPages = 12;

    explicit ApplicationTableModel(const QSqlDatabase &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    void setFilter(const ApplicationFilter &filter);
    const ApplicationFilter &filter() const { return m_filter; }
    // Re-runs the query, e.g. after the store reported a change; keeps filter and sort.
    void refresh();

    QString idAt(int row) const;
    int rowOfId(const QString &id) const; // -1 when not in the current result
    int cachedRowCount() const;           // for tests: how many rows' columns are held
    int totalCount() const;               // applications in the profile, before filtering
    QString lastError() const { return m_lastError; }

private:
    struct RowData
    {
        QString id;
        QString cells[ColumnCount];
        QString statusKey;
        qint64 submittedAt = 0;
        int gpus = 0;
        int nodes = 0;
        int months = 0;
    };
    using Page = QVector<RowData>;

    const RowData *rowData(int row) const;
    void loadPage(int page) const;
    // Re-reads the rows shown; `orderChanged` when the data or the sort changed as well.
    void resetRows(bool orderChanged);
    void runQuery();
    bool loadSortedKeys();

    QSqlDatabase m_db;
    ApplicationFilter m_filter;
    int m_sortColumn = Submitted;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QVector<qint64> m_sorted; // every application's key in the sort order
    bool m_sortedValid = false; // false: m_sorted is read again before it is used
    QVector<qint64> m_rowids; // the keys shown: m_sorted less what the filter leaves out
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_pageUse; // least recently used first
    mutable QString m_lastError;
};

} // namespace gpudesk
