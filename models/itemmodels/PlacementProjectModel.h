// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Fleet.h"

#include <QAbstractTableModel>

namespace gpudesk {

// The projects waiting for nodes, as the rack map's side list shows them. Rows drag onto the
// map as "application/x-gpudesk-project" carrying the application id.
class PlacementProjectModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacementProjectModel)

public:
    enum Column
    {
        Code,
        Organisation,
        Type,
        Nodes,
        Window,
        ColumnCount
    };
    enum Role
    {
        ApplicationIdRole = Qt::UserRole + 1,
        RemainingRole
    };

    explicit PlacementProjectModel(QObject *parent = nullptr);

    void setProjects(const FleetSnapshot *fleet, const QList<PlacementProject> &projects);
    const PlacementProject *project(int row) const;
    int rowOf(const QString &applicationId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    static QString mimeType();

private:
    const FleetSnapshot *m_fleet = nullptr;
    QList<PlacementProject> m_projects;
};

} // namespace gpudesk
