// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemandTableModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace gpudesk {

DemandTableModel::DemandTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void DemandTableModel::setDemands(const QList<DemandRow> &demands)
{
    beginResetModel();
    m_rows = demands;
    endResetModel();
}

const DemandRow *DemandTableModel::demandAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int DemandTableModel::rowOf(const QString &id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].id == id)
            return r;
    }
    return -1;
}

int DemandTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DemandTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DemandTableModel::data(const QModelIndex &index, int role) const
{
    const DemandRow *d = demandAt(index.row());
    if (!d || !index.isValid())
        return {};
    const QLocale l;
    const DemandFacts &f = d->facts;
    if (role == IdRole)
        return d->id;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Priority:
        case Nodes:
        case Gpus:
        case Months:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status && m_colors)
        return m_colors(statusKey(d->status));
    if (role == Qt::ToolTipRole && index.column() == Purpose)
        return f.purpose;
    if (role == SortRole) {
        switch (index.column()) {
        case Priority:
            return f.priority;
        case Nodes:
        case Gpus:
            return f.nodes;
        case Months:
            return f.months;
        case Start:
            return f.start;
        case Status:
            return int(d->status);
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Code:
        return d->code;
    case Ministry:
        return f.ministry;
    case Priority:
        return l.toString(f.priority);
    case Project:
        return f.project;
    case Purpose:
        return f.purpose.section(u'\n', 0, 0);
    case Type:
        return f.typeCode;
    case Nodes:
        return l.toString(f.nodes);
    case Gpus:
        return l.toString(f.nodes * d->gpusPerNode);
    case Start:
        return f.start.toString(Qt::ISODate);
    case Months:
        return l.toString(f.months);
    case Contact:
        return f.contactEmail.isEmpty() ? f.contactName
                                        : tr("%1 <%2>").arg(f.contactName, f.contactEmail);
    case Status:
        return statusLabel(d->status);
    default:
        return {};
    }
}

QVariant DemandTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        //: Column: a demand's receipt number
        return tr("Code");
    case Ministry:
        return tr("Ministry");
    case Priority:
        //: Column: the ministry's own order of urgency, 1 = most urgent
        return tr("Priority");
    case Project:
        return tr("Project");
    case Purpose:
        return tr("Purpose");
    case Type:
        //: Column: accelerator type (B200, H200)
        return tr("Type");
    case Nodes:
        return tr("Nodes");
    case Gpus:
        return tr("GPUs");
    case Start:
        return tr("Start");
    case Months:
        return tr("Months");
    case Contact:
        return tr("Contact");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace gpudesk
