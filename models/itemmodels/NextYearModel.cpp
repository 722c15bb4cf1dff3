// SPDX-License-Identifier: GPL-3.0-or-later
#include "NextYearModel.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace gpudesk {

NextYearModel::NextYearModel(QObject *parent) : QAbstractTableModel(parent) {}

void NextYearModel::setPlan(const NextYearPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

void NextYearModel::clear()
{
    setPlan({});
}

int NextYearModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.teams.size());
}

int NextYearModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NextYearModel::hosts(const QList<int> &nodes) const
{
    QStringList names;
    for (int n : nodes) {
        if (n >= 0 && n < m_plan.fleet.nodes.size())
            names << m_plan.fleet.nodes[n].hostname;
    }
    std::sort(names.begin(), names.end());
    return names.join(u", "_s);
}

// "6 (from Team C 4, Team D 2)".
QString NextYearModel::takenText(int team) const
{
    const ProgramYearPlacement &p = m_plan.plan.teams[team];
    if (p.taken.isEmpty())
        return QLocale().toString(0);
    QHash<int, int> byGiver;
    for (int g : p.takenFrom)
        ++byGiver[g];
    QStringList parts;
    for (auto it = byGiver.cbegin(); it != byGiver.cend(); ++it)
        parts << u"%1 %2"_s.arg(m_plan.teams.value(it.key()).teamName).arg(it.value());
    parts.sort();
    //: Nodes taken over from other teams: the count, then who gave them up
    return tr("%1 (from %2)").arg(QLocale().toString(p.taken.size()), parts.join(u", "_s));
}

// "4 (to Team A 2, Team B 1, pool 1)".
QString NextYearModel::givenText(int team) const
{
    const ProgramYearPlacement &p = m_plan.plan.teams[team];
    if (p.released.isEmpty())
        return QLocale().toString(0);
    QHash<QString, int> byTaker;
    for (int t = 0; t < m_plan.plan.teams.size(); ++t) {
        const ProgramYearPlacement &other = m_plan.plan.teams[t];
        for (int k = 0; k < other.takenFrom.size(); ++k) {
            if (other.takenFrom[k] == team)
                ++byTaker[m_plan.teams.value(t).teamName];
        }
    }
    int toPool = int(p.released.size());
    QStringList parts;
    for (auto it = byTaker.cbegin(); it != byTaker.cend(); ++it) {
        parts << u"%1 %2"_s.arg(it.key()).arg(it.value());
        toPool -= it.value();
    }
    parts.sort();
    if (toPool > 0)
        //: Nodes given back to the pool, e.g. "pool 2"
        parts << tr("pool %1").arg(toPool);
    //: Nodes a team gives up: the count, then who takes them
    return tr("%1 (to %2)").arg(QLocale().toString(p.released.size()), parts.join(u", "_s));
}

QVariant NextYearModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_plan.teams.size() ||
        index.row() >= m_plan.plan.teams.size())
        return {};
    const int r = index.row();
    const NextYearTeam &t = m_plan.teams[r];
    const ProgramYearPlacement &p = m_plan.plan.teams[r];
    const QLocale l;
    if (role == Qt::TextAlignmentRole && index.column() >= Now && index.column() <= FromPool)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Kept:
            return hosts(p.kept);
        case Taken:
            return hosts(p.taken);
        case FromPool:
            return hosts(p.fromPool);
        case GivenUp:
            return hosts(p.released);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Team:
        return t.teamName;
    case Now:
        return l.toString(t.held);
    case Next:
        return l.toString(t.share);
    case Kept:
        return l.toString(p.kept.size());
    case Taken:
        return takenText(r);
    case FromPool:
        return l.toString(p.fromPool.size());
    case GivenUp:
        return givenText(r);
    case Problem:
        return p.refusal;
    default:
        return {};
    }
}

QVariant NextYearModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Team:
        return tr("Team");
    case Now:
        return tr("Nodes now");
    case Next:
        return tr("Next year");
    case Kept:
        //: Column: its own nodes a team keeps next year
        return tr("Kept");
    case Taken:
        //: Column: nodes taken over from teams that shrink
        return tr("From other teams");
    case FromPool:
        return tr("New from the pool");
    case GivenUp:
        return tr("Given up");
    case Problem:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace gpudesk
