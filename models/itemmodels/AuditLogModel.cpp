// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLogModel.h"

#include "domain/TimeFormat.h"

using namespace Qt::StringLiterals;

namespace gpudesk {

AuditLogModel::AuditLogModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent), m_log(db)
{
}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    reload();
}

void AuditLogModel::reload()
{
    beginResetModel();
    m_rows = m_log.entries(m_filter, 0, kPage);
    m_exhausted = m_rows.size() < kPage;
    m_total = m_exhausted ? int(m_rows.size()) : m_log.count(m_filter);
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditEntry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return formatDateTime(e.at);
        case User:
            return e.userName;
        case Action:
            return AuditLog::actionLabel(e.action);
        case Entity:
            return AuditLog::entityLabel(e.entity);
        case Name:
            return e.entityLabel.isEmpty() ? e.entityId.left(8) : e.entityLabel;
        case Details:
            return AuditLog::detailsSummary(e.details);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Details)
            return AuditLog::detailsSummary(e.details);
        if (index.column() == Name || index.column() == Entity)
            return e.entityId;
        return {};
    case EntityRole:
        return e.entity;
    case EntityIdRole:
        return e.entityId;
    case SeqRole:
        return e.seq;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Entity:
        return tr("Entity");
    case Name:
        //: The audited record's own name: receipt number, call code, host name, login
        return tr("Name");
    case Details:
        return tr("Details");
    }
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_rows.isEmpty())
        return;
    const QList<AuditEntry> more = m_log.entries(m_filter, m_rows.constLast().seq, kPage);
    m_exhausted = more.size() < kPage;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

} // namespace gpudesk
