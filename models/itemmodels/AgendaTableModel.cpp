// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaTableModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

using S = ApplicationStatus;

bool approved(S s)
{
    return DeliberationRepository::isApproved(s);
}

} // namespace

AgendaTableModel::AgendaTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AgendaTableModel::setAgenda(const Agenda &agenda)
{
    beginResetModel();
    m_items = agenda.items;
    endResetModel();
}

const AgendaItem *AgendaTableModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

QString AgendaTableModel::decisionText(const AgendaItem &i)
{
    if (i.status == S::UnderReview)
        return i.reviews < i.reviewsRequired ? tr("Too few reviews") : tr("For the meeting");
    if (approved(i.status))
        return tr("Approved");
    if (i.status == S::Waitlisted)
        return tr("Deferred");
    if (i.status == S::Rejected)
        return tr("Not approved");
    return statusLabel(i.status);
}

int AgendaTableModel::rowOf(const QString &applicationId) const
{
    for (int r = 0; r < m_items.size(); ++r) {
        if (m_items[r].applicationId == applicationId)
            return r;
    }
    return -1;
}

int AgendaTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AgendaTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaTableModel::display(const AgendaItem &i, int column) const
{
    const QLocale l;
    switch (column) {
    case Rank:
        return i.rank ? l.toString(i.rank) : QString();
    case Code:
        return i.code;
    case Ministry:
        return i.ministry;
    case Project:
        return i.project;
    case Priority:
        return l.toString(i.priority);
    case Type:
        return i.typeCode;
    case Requested:
        //: Nodes and their GPUs, e.g. "16 (128 GPUs)"
        return tr("%1 (%2 GPUs)")
            .arg(l.toString(i.requestedNodes), l.toString(i.requestedNodes * i.gpusPerNode));
    case Start:
        return i.start.toString(Qt::ISODate);
    case Months:
        return l.toString(i.months);
    case Score:
        return i.score ? l.toString(*i.score, 'f', 1) : QString();
    case Reviews:
        //: Submitted reviews of the required number, e.g. "2/3"
        return tr("%1/%2").arg(i.reviews).arg(i.reviewsRequired);
    case Proposed:
        return i.proposal ? DeliberationRepository::proposalText(*i.proposal) : QString();
    case Decision:
        return decisionText(i);
    case Approved:
        return approved(i.status) && i.grantedNodes ? l.toString(*i.grantedNodes) : QString();
    case ApprovedPeriod:
        if (!approved(i.status) || !i.approvedStart.isValid())
            return QString();
        //: An approved period: first day to last day
        return tr("%1 – %2").arg(
            i.approvedStart.toString(Qt::ISODate),
            i.approvedStart.addMonths(i.approvedMonths).addDays(-1).toString(Qt::ISODate));
    case MeetingDate:
        return i.decidedOn.toString(Qt::ISODate);
    case Reference:
        return i.reference;
    case Placed:
        return approved(i.status) ? l.toString(i.placedNodes) : QString();
    default:
        return {};
    }
}

QVariant AgendaTableModel::data(const QModelIndex &index, int role) const
{
    const AgendaItem *i = itemAt(index.row());
    if (!i || !index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*i, index.column());
    case IdRole:
        return i->applicationId;
    case Qt::ToolTipRole:
        if (index.column() == Proposed && i->proposal)
            return tr("Proposed by %1: %2").arg(i->proposal->proposedBy, i->proposal->reason);
        return index.column() == Project ? i->purpose : QVariant();
    case Qt::ForegroundRole:
        return index.column() == Decision && m_colors ? QVariant(m_colors(statusKey(i->status)))
                                                      : QVariant();
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Rank:
        case Priority:
        case Requested:
        case Months:
        case Score:
        case Reviews:
        case Approved:
        case Placed:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Rank:
            return i->rank ? i->rank : 1000000; // not ranked after the ranked ones
        case Priority:
            return i->priority;
        case Requested:
            return i->requestedNodes;
        case Months:
            return i->months;
        case Score:
            return i->score.value_or(-1);
        case Reviews:
            return i->reviews;
        case Approved:
            return i->grantedNodes.value_or(0);
        case Placed:
            return i->placedNodes;
        case Decision:
            return int(i->status);
        default:
            return display(*i, index.column());
        }
    default:
        return {};
    }
}

QVariant AgendaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("Rank");
    case Code:
        return tr("Code");
    case Ministry:
        return tr("Ministry");
    case Project:
        return tr("Project");
    case Priority:
        return tr("Priority");
    case Type:
        return tr("Type");
    case Requested:
        //: Column: nodes a demand asks for
        return tr("Requested");
    case Start:
        return tr("Start");
    case Months:
        return tr("Months");
    case Score:
        //: Column: the experts' pre-review score
        return tr("Score");
    case Reviews:
        return tr("Reviews");
    case Proposed:
        //: Column: the officer's proposed decision on a demand, before the meeting
        return tr("Proposed");
    case Decision:
        //: Column: the meeting's decision on a demand
        return tr("Decision");
    case Approved:
        //: Column: nodes the meeting approved
        return tr("Approved");
    case ApprovedPeriod:
        return tr("Approved period");
    case MeetingDate:
        return tr("Meeting");
    case Reference:
        return tr("Reference");
    case Placed:
        //: Column: nodes the approved project holds on the rack map
        return tr("On the map");
    default:
        return {};
    }
}

} // namespace gpudesk
