// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShareTableModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

using S = ApplicationStatus;

} // namespace

ShareTableModel::ShareTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ShareTableModel::setView(const RoundView &view, bool editable)
{
    beginResetModel();
    m_view = view;
    m_editable = editable;
    m_share.clear();
    m_reason.clear();
    for (const RoundTeam &t : std::as_const(m_view.teams))
        m_share.insert(t.applicationId, t.nextYearShare());
    endResetModel();
}

void ShareTableModel::resetToProposal()
{
    for (const RoundTeam &t : std::as_const(m_view.teams))
        m_share.insert(t.applicationId, t.proposedNodes);
    m_reason.clear();
    if (!m_view.teams.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT sharesEdited();
}

QList<ShareDecision> ShareTableModel::decisions() const
{
    QList<ShareDecision> out;
    for (const RoundTeam &t : m_view.teams)
        out.append(
            {t.applicationId, m_share.value(t.applicationId), m_reason.value(t.applicationId)});
    return out;
}

int ShareTableModel::totalShare() const
{
    int total = 0;
    for (int n : m_share)
        total += n;
    return total;
}

QStringList ShareTableModel::missingReasons() const
{
    QStringList out;
    for (const RoundTeam &t : m_view.teams) {
        if (m_share.value(t.applicationId) != t.proposedNodes &&
            m_reason.value(t.applicationId).trimmed().isEmpty())
            out << t.teamName;
    }
    return out;
}

QString ShareTableModel::statusText(const RoundTeam &t)
{
    if (t.score.tooFewReviews || t.score.reviews == 0)
        return tr("Too few reviews");
    if (t.sharesDecided())
        return t.status == S::Rejected
                   ? tr("Decided: no share")
                   : tr("Decided: %n node(s)", nullptr, t.grantedNodes.value_or(0));
    return t.passedFloor ? tr("Not decided") : tr("Under the floor");
}

int ShareTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_view.teams.size());
}

int ShareTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShareTableModel::display(const RoundTeam &t, int column) const
{
    const QLocale l;
    const int share = m_share.value(t.applicationId);
    switch (column) {
    case Rank:
        return t.score.rank ? l.toString(t.score.rank) : QString();
    case Team:
        return t.teamName;
    case Organization:
        return t.orgName;
    case Score:
        return t.score.reviews ? l.toString(t.score.score, 'f', 1) : QString();
    case Reviews:
        return tr("%1/%2").arg(t.score.reviews).arg(t.score.reviewsRequired);
    case Now:
        return l.toString(t.heldNodes);
    case Proposed:
        return l.toString(t.proposedNodes);
    case Share:
        return l.toString(share);
    case Change: {
        const int d = share - t.heldNodes;
        return d == 0 ? u"±0"_s : (d > 0 ? u"+"_s : QString()) + l.toString(d);
    }
    case Reason:
        return m_reason.value(t.applicationId);
    case Status:
        return statusText(t);
    default:
        return {};
    }
}

QVariant ShareTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_view.teams.size())
        return {};
    const RoundTeam &t = m_view.teams[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(t, index.column());
    case Qt::EditRole:
        if (index.column() == Share)
            return m_share.value(t.applicationId);
        return index.column() == Reason ? QVariant(m_reason.value(t.applicationId)) : QVariant();
    case IdRole:
        return t.applicationId;
    case Qt::ToolTipRole:
        if (index.column() == Status && !t.decisionReason.isEmpty())
            return t.decisionReason;
        if (index.column() == Share && m_editable)
            return tr("Next year's nodes; a share other than the rule's proposal needs a reason.");
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status && m_colors)
            return m_colors(statusKey(t.status));
        if (index.column() == Reason && m_share.value(t.applicationId) != t.proposedNodes &&
            m_reason.value(t.applicationId).trimmed().isEmpty() && m_colors)
            return m_colors(u"rejected"_s);
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Rank:
        case Score:
        case Reviews:
        case Now:
        case Proposed:
        case Share:
        case Change:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Rank:
            return t.score.rank ? t.score.rank : 1000;
        case Score:
            return t.score.score;
        case Now:
            return t.heldNodes;
        case Proposed:
            return t.proposedNodes;
        case Share:
            return m_share.value(t.applicationId);
        case Change:
            return m_share.value(t.applicationId) - t.heldNodes;
        default:
            return display(t, index.column());
        }
    default:
        return {};
    }
}

bool ShareTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const RoundTeam &t = m_view.teams[index.row()];
    if (index.column() == Share) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 0)
            return false;
        m_share.insert(t.applicationId, n);
    } else {
        m_reason.insert(t.applicationId, value.toString());
    }
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT sharesEdited();
    return true;
}

Qt::ItemFlags ShareTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_editable && (index.column() == Share || index.column() == Reason))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ShareTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("Rank");
    case Team:
        return tr("Team");
    case Organization:
        return tr("Organisation");
    case Score:
        //: Column: the annual evaluation's score
        return tr("Score");
    case Reviews:
        return tr("Reviews");
    case Now:
        //: Column: nodes a team holds in the year that ends
        return tr("Nodes now");
    case Proposed:
        //: Column: next year's nodes by the program's rule
        return tr("Rule");
    case Share:
        //: Column: next year's nodes as the officer decides them
        return tr("Next year");
    case Change:
        return tr("Change");
    case Reason:
        //: Column: why a share departs from the rule
        return tr("Reason for an adjustment");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace gpudesk
