// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminPrompts.h"
#include "store/InventoryRepository.h"

#include <QWidget>

class QPushButton;
class QStandardItemModel;
class QTableView;

namespace gpudesk {

class LazyRefresh;
class Store;

// Administration → Pools: the pools that share the fleet (open call, national projects, the
// providers' own share, maintenance), each with its capacity beside the nodes it holds and how
// many of them are in service, and the calls drawing on it. Nodes move between pools on the
// Inventory page, where the allocation rules judge each move.
class PoolsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolsPage)

public:
    enum Column
    {
        Code,
        Name,
        Kind,
        Type,
        Capacity,
        Nodes,
        InService,
        Calls,
        ColumnCount
    };

    explicit PoolsPage(Store &store, QWidget *parent = nullptr);

    void setPrompts(const AdminPrompts &prompts) { m_prompts = prompts; }
    void reload();
    QString currentPoolId() const;

    void addPool();
    void editPool();
    void retirePool();

    QTableView *table() const { return m_table; }
    QStandardItemModel *model() const { return m_model; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    bool runDialog(const PoolDraft &draft, int callsUsing);

    Store &m_store;
    InventoryRepository m_repository;
    AdminPrompts m_prompts;
    FleetSnapshot m_fleet;
    LazyRefresh *m_lazy = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_retire = nullptr;
};

} // namespace gpudesk
