// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminPrompts.h"
#include "domain/Fleet.h"
#include "store/InventoryRepository.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace gpudesk {

class LazyRefresh;
class SearchLineEdit;
class Store;

// Administration → Inventory: the fleet as a tree (provider → site → cluster → rack, and the
// site's rows) beside the nodes of what is selected. Add, edit and retire every level; set node
// states with a reason; move nodes between pools (refused when an allocation would break); import
// a provider's node list. Every change goes through the inventory rules and the audit trail.
class InventoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryPage)

public:
    enum Column
    {
        Hostname,
        Site,
        Rack,
        Units,
        Type,
        Pool,
        State,
        Reason,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        IdRole,
    };

    explicit InventoryPage(Store &store, QWidget *parent = nullptr);

    void setPrompts(const AdminPrompts &prompts) { m_prompts = prompts; }
    void reload();

    // The tree item of a record, selected; false when it is not in the tree.
    bool selectItem(InventoryKind kind, const QString &id);
    QStringList selectedNodeIds() const;
    void selectNodes(const QStringList &hostnames);

    void add(InventoryKind kind);
    void editSelected();
    void retireSelected();
    void setNodeState();
    void moveToPool();
    void importNodeList();

    QTreeWidget *tree() const { return m_tree; }
    QTableView *nodeTable() const { return m_nodes; }
    QSortFilterProxyModel *nodeProxy() const { return m_proxy; }
    const FleetSnapshot &fleet() const { return m_fleet; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void buildTree();
    void showNodes();
    void updateActions();
    QPair<InventoryKind, QString> currentItem() const;
    bool editRecord(InventoryKind kind, const QString &id);
    bool editNode(const QString &id);
    void done(const QString &message);

    Store &m_store;
    InventoryRepository m_repository;
    AdminPrompts m_prompts;
    FleetSnapshot m_fleet;
    FleetBookings m_bookings; // what holds each node now: the state column shows that
    LazyRefresh *m_lazy = nullptr;
    QTreeWidget *m_tree = nullptr;
    SearchLineEdit *m_search = nullptr;
    QLabel *m_summary = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_nodes = nullptr;
    QToolButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_retire = nullptr;
    QPushButton *m_state = nullptr;
    QPushButton *m_move = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace gpudesk
