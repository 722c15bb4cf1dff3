// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementProjectModel.h"

#include "domain/TimeFormat.h"

#include <QDateTime>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace gpudesk {
PlacementProjectModel::PlacementProjectModel(QObject *parent) : QAbstractTableModel(parent) {}

QString PlacementProjectModel::mimeType()
{
    return u"application/x-gpudesk-project"_s;
}

void PlacementProjectModel::setProjects(const FleetSnapshot *fleet,
                                        const QList<PlacementProject> &projects)
{
    beginResetModel();
    m_fleet = fleet;
    m_projects = projects;
    endResetModel();
}

const PlacementProject *PlacementProjectModel::project(int row) const
{
    return row >= 0 && row < m_projects.size() ? &m_projects[row] : nullptr;
}

int PlacementProjectModel::rowOf(const QString &applicationId) const
{
    for (int i = 0; i < m_projects.size(); ++i) {
        if (m_projects[i].applicationId == applicationId)
            return i;
    }
    return -1;
}

int PlacementProjectModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_projects.size());
}

int PlacementProjectModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlacementProjectModel::data(const QModelIndex &index, int role) const
{
    const PlacementProject *p = project(index.row());
    if (!p)
        return {};
    const int remaining = qMax(0, p->nodesToGrant - p->placedNodes);
    if (role == ApplicationIdRole)
        return p->applicationId;
    if (role == RemainingRole)
        return remaining;
    if (role == Qt::TextAlignmentRole && index.column() == Nodes)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return u"%1 · %2\n%3"_s.arg(p->code, p->orgName, p->title);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Code:
        return p->code;
    case Organisation:
        return p->orgName;
    case Type:
        return m_fleet && p->type >= 0 ? m_fleet->types[p->type].code : QString();
    case Nodes:
        //: Nodes placed of nodes granted, e.g. "2 / 4"
        return tr("%1 / %2").arg(p->placedNodes).arg(p->nodesToGrant);
    case Window:
        return p->defaultStart ? tr("%1 – %2").arg(formatDate(p->defaultStart), formatDate(p->defaultEnd))
                               : QString();
    }
    return {};
}

QVariant PlacementProjectModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Receipt no.");
    case Organisation:
        return tr("Organisation");
    case Type:
        return tr("Type");
    case Nodes:
        return tr("Nodes placed");
    case Window:
        return tr("Requested window");
    }
    return {};
}

Qt::ItemFlags PlacementProjectModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList PlacementProjectModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *PlacementProjectModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    const PlacementProject *p = project(indexes.first().row());
    if (!p)
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), p->applicationId.toUtf8());
    mime->setText(p->code);
    return mime;
}

Qt::DropActions PlacementProjectModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace gpudesk
