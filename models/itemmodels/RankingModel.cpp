// SPDX-License-Identifier: GPL-3.0-or-later
#include "RankingModel.h"

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

QString scoreText(double v)
{
    return QLocale().toString(v, 'f', 1);
}

} // namespace

RankingModel::RankingModel(QObject *parent) : QAbstractTableModel(parent) {}

void RankingModel::setRanking(const CallSelectionInput &call, const QList<ApplicationScore> &scores,
                              const TypeSelection &selection,
                              const QHash<QString, QString> &overrideReasons)
{
    beginResetModel();
    m_call = call;
    m_scores = scores;
    m_selection = selection;
    m_overrideReasons = overrideReasons;
    m_proposed.clear();
    for (const ProposedDecision &d : selection.proposal.decisions)
        m_proposed.insert(d.application, d);
    m_rows = selection.ranking.rows;
    endResetModel();
}

void RankingModel::clear()
{
    setRanking({}, {}, {}, {});
}

void RankingModel::setStatusColors(StatusColors colors)
{
    m_colors = std::move(colors);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DecorationRole});
}

int RankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int RankingModel::applicationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].application : -1;
}

QString RankingModel::proposalKey(int application) const
{
    const auto it = m_proposed.constFind(application);
    if (it != m_proposed.cend())
        return statusKey(selectionDecisionStatus(it->decision));
    if (m_selection.promotion && m_selection.promotion->application == application)
        return statusKey(ApplicationStatus::Selected);
    return {};
}

QString RankingModel::proposalText(int application) const
{
    const auto it = m_proposed.constFind(application);
    if (it != m_proposed.cend()) {
        if (it->decision == SelectionDecision::Waitlist)
            return tr("Waitlist (place %1)").arg(it->waitlistPlace);
        return selectionDecisionLabel(it->decision);
    }
    if (m_selection.promotion && m_selection.promotion->application == application)
        return tr("Promote from the waitlist");
    return {};
}

QVariant RankingModel::display(const RankedRow &row, int column) const
{
    const RankingApplication &a = m_call.input.applications[row.application];
    const ApplicationScore &s = m_scores[row.application];
    const bool reviewed = s.reviews > 0;
    switch (column) {
    case Code:
        return a.code;
    case Title:
        return a.title;
    case Organization:
        return a.organization;
    case RawScore:
        return reviewed ? scoreText(s.raw) : QString();
    case RawRank:
        return row.rawRank ? QLocale().toString(row.rawRank) : QString();
    case NormalisedScore:
        return reviewed ? scoreText(s.normalised) : QString();
    case NormalisedRank:
        return row.normalisedRank ? QLocale().toString(row.normalisedRank) : QString();
    case MinScore:
        return reviewed ? scoreText(s.minRaw) : QString();
    case MaxScore:
        return reviewed ? scoreText(s.maxRaw) : QString();
    case SdScore:
        return reviewed ? scoreText(s.sdRaw) : QString();
    case Reviews:
        //: Submitted reviews of the required number, e.g. "2/3"
        return tr("%1/%2").arg(s.reviews).arg(m_call.input.reviewersPerApplication);
    case Flag:
        return row.tooFewReviews ? tr("Too few reviews") : QString();
    case Status:
        //: A status an officer set against the ranking, e.g. "Selected (override)"
        return a.decidedByOverride ? tr("%1 (override)").arg(statusLabel(a.status))
                                   : statusLabel(a.status);
    case Proposal:
        return proposalText(row.application);
    case RequestedNodes:
        return QLocale().toString(a.requestedNodes);
    case GrantedNodes:
        return a.grantedNodes ? QLocale().toString(*a.grantedNodes) : QString();
    case OverrideReason:
        return a.decidedByOverride ? m_overrideReasons.value(a.id) : QString();
    }
    return {};
}

QVariant RankingModel::sortValue(const RankedRow &row, int column) const
{
    const RankingApplication &a = m_call.input.applications[row.application];
    const ApplicationScore &s = m_scores[row.application];
    // Unranked and unreviewed rows sort after every real value in ascending order.
    constexpr int kLast = 1 << 30;
    switch (column) {
    case RawScore:
        return s.reviews ? s.raw : -1.0;
    case NormalisedScore:
        return s.reviews ? s.normalised : -1.0;
    case MinScore:
        return s.reviews ? s.minRaw : -1.0;
    case MaxScore:
        return s.reviews ? s.maxRaw : -1.0;
    case SdScore:
        return s.reviews ? s.sdRaw : -1.0;
    case RawRank:
        return row.rawRank ? row.rawRank : kLast;
    case NormalisedRank:
        return row.normalisedRank ? row.normalisedRank : kLast;
    case Reviews:
        return s.reviews;
    case Flag:
        return row.tooFewReviews ? 1 : 0;
    case Status:
        return static_cast<int>(a.status);
    case RequestedNodes:
        return a.requestedNodes;
    case GrantedNodes:
        return a.grantedNodes.value_or(-1);
    default:
        return display(row, column);
    }
}

QVariant RankingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const RankedRow &row = m_rows[index.row()];
    const RankingApplication &a = m_call.input.applications[row.application];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Code:
        case Title:
        case Organization:
        case Flag:
        case Status:
        case Proposal:
        case OverrideReason:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
    case Qt::DecorationRole:
        if (!m_colors)
            return {};
        if (index.column() == Status)
            return m_colors(statusKey(a.status));
        if (index.column() == Proposal) {
            const QString key = proposalKey(row.application);
            return key.isEmpty() ? QVariant() : QVariant(m_colors(key));
        }
        if (index.column() == Flag && row.tooFewReviews)
            return m_colors(u"screening"_s); // the amber of "needs attention"
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Flag && row.tooFewReviews)
            return tr("%1 of the %2 required reviews are submitted: not ranked, and left out of "
                      "the cut unless you override.")
                .arg(m_scores[row.application].reviews)
                .arg(m_call.input.reviewersPerApplication);
        if (index.column() == Title || index.column() == OverrideReason)
            return display(row, index.column());
        return {};
    case IdRole:
        return a.id;
    case ApplicationIndexRole:
        return row.application;
    case StatusKeyRole:
        return statusKey(a.status);
    case SortRole:
        return sortValue(row, index.column());
    default:
        return {};
    }
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Title");
    case Organization:
        return tr("Organisation");
    case RawScore:
        return tr("Score");
    case RawRank:
        return tr("Rank");
    case NormalisedScore:
        return tr("Normalised score");
    case NormalisedRank:
        return tr("Normalised rank");
    case MinScore:
        //: Lowest review total of an application
        return tr("Min");
    case MaxScore:
        //: Highest review total of an application
        return tr("Max");
    case SdScore:
        //: Standard deviation of an application's review totals
        return tr("SD");
    case Reviews:
        return tr("Reviews");
    case Flag:
        return tr("Flag");
    case Status:
        return tr("Status");
    case Proposal:
        return tr("Proposed");
    case RequestedNodes:
        return tr("Nodes requested");
    case GrantedNodes:
        return tr("Nodes granted");
    case OverrideReason:
        return tr("Override reason");
    }
    return {};
}

void RankingModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> applications;
    for (const QModelIndex &i : before)
        applications << applicationAt(i.row());

    // Ties keep the ranking's order, so sorting by status still lists each status by rank.
    QHash<int, int> rankingOrder;
    for (int i = 0; i < m_selection.ranking.rows.size(); ++i)
        rankingOrder.insert(m_selection.ranking.rows[i].application, i);
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const RankedRow &x, const RankedRow &y) {
        const QVariant vx = sortValue(x, column);
        const QVariant vy = sortValue(y, column);
        const QPartialOrdering c = QVariant::compare(vx, vy);
        if (c == QPartialOrdering::Equivalent || c == QPartialOrdering::Unordered)
            return rankingOrder.value(x.application) < rankingOrder.value(y.application);
        return order == Qt::AscendingOrder ? c == QPartialOrdering::Less
                                           : c == QPartialOrdering::Greater;
    });

    QHash<int, int> rowOf;
    for (int r = 0; r < m_rows.size(); ++r)
        rowOf.insert(m_rows[r].application, r);
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after << index(rowOf.value(applications[i], 0), before[i].column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace gpudesk
