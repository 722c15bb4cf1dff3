// SPDX-License-Identifier: GPL-3.0-or-later
// InventoryPage's actions: adding, editing and retiring records, node states, pool moves and the
// node list import. Each asks through the prompts seam and writes through the repositories.
#include "InventoryItemDialog.h"
#include "InventoryPage.h"
#include "MovePoolDialog.h"
#include "NodeDialog.h"
#include "NodeImportDialog.h"
#include "NodeStateDialog.h"
#include "rackmap/RackMapFacts.h"
#include "review/ReasonDialog.h"
#include "store/NodeRepository.h"
#include "store/Store.h"

#include <QTableView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

QString kindName(InventoryKind k)
{
    switch (k) {
    case InventoryKind::Provider:
        return InventoryPage::tr("provider");
    case InventoryKind::Site:
        return InventoryPage::tr("site");
    case InventoryKind::Cluster:
        return InventoryPage::tr("cluster");
    case InventoryKind::Row:
        return InventoryPage::tr("row");
    case InventoryKind::Rack:
        return InventoryPage::tr("rack");
    case InventoryKind::Node:
        return InventoryPage::tr("node");
    case InventoryKind::Pool:
        return InventoryPage::tr("pool");
    }
    return {};
}

// The record of `kind` that the tree item `id` of `itemKind` sits in (a site's provider, ...).
QString parentOf(const FleetSnapshot &f, InventoryKind itemKind, const QString &id,
                 InventoryKind want)
{
    int site = -1, cluster = -1, rack = -1, provider = -1;
    auto find = [&](const auto &list) {
        for (int i = 0; i < list.size(); ++i) {
            if (list[i].id == id)
                return i;
        }
        return -1;
    };
    switch (itemKind) {
    case InventoryKind::Provider:
        provider = find(f.providers);
        break;
    case InventoryKind::Site:
        site = find(f.sites);
        break;
    case InventoryKind::Cluster:
        cluster = find(f.clusters);
        site = cluster >= 0 ? f.clusters[cluster].site : -1;
        break;
    case InventoryKind::Row: {
        const int row = find(f.rows);
        site = row >= 0 ? f.rows[row].site : -1;
        break;
    }
    case InventoryKind::Rack:
        rack = f.rackById.value(id, -1);
        cluster = rack >= 0 ? f.racks[rack].cluster : -1;
        site = cluster >= 0 ? f.clusters[cluster].site : -1;
        break;
    default:
        break;
    }
    if (provider < 0 && site >= 0)
        provider = f.sites[site].provider;
    switch (want) {
    case InventoryKind::Provider:
        return provider >= 0 ? f.providers[provider].id : QString();
    case InventoryKind::Site:
        return site >= 0 ? f.sites[site].id : QString();
    case InventoryKind::Cluster:
        return cluster >= 0 ? f.clusters[cluster].id : QString();
    case InventoryKind::Rack:
        return rack >= 0 ? f.racks[rack].id : QString();
    default:
        return {};
    }
}

} // namespace

void InventoryPage::add(InventoryKind kind)
{
    const auto [itemKind, itemId] = currentItem();
    const FleetSnapshot &f = m_fleet;
    if (kind == InventoryKind::Node) {
        NodeRepository nodes(m_store);
        NodeDialog dialog(f, nodes.context(), this);
        NodeDraft draft;
        draft.rackId = parentOf(f, itemKind, itemId, InventoryKind::Rack);
        if (draft.rackId.isEmpty() && !f.racks.isEmpty())
            draft.rackId = f.racks.first().id;
        // The first free units of the rack.
        const int rack = f.rackById.value(draft.rackId, -1);
        if (rack >= 0) {
            int top = 0;
            for (int n : f.racks[rack].nodes)
                top = qMax(top, f.nodes[n].rackUnit + f.nodes[n].heightUnits - 1);
            draft.rackUnit = top + 1;
        }
        dialog.setNode(draft);
        if (!m_prompts.exec(&dialog))
            return;
        QString error;
        const NodeDraft node = dialog.node();
        if (!nodes.saveNode(node, &error)) {
            m_prompts.warn(this, tr("Node not added"), error);
            return;
        }
        done(tr("Node %1 added.").arg(node.hostname));
        selectNodes({node.hostname});
        return;
    }
    InventoryItemDialog dialog(kind, f, this);
    switch (kind) {
    case InventoryKind::Provider:
        dialog.setProvider({});
        break;
    case InventoryKind::Site:
        dialog.setSite({{}, parentOf(f, itemKind, itemId, InventoryKind::Provider), {}, u"Asia/Seoul"_s, {}});
        break;
    case InventoryKind::Cluster:
        dialog.setCluster({{}, parentOf(f, itemKind, itemId, InventoryKind::Site), {}, {}});
        break;
    case InventoryKind::Row: {
        const QString site = parentOf(f, itemKind, itemId, InventoryKind::Site);
        int next = 1;
        for (const FleetRow &r : f.rows)
            next = r.site >= 0 && f.sites[r.site].id == site ? qMax(next, r.ordinal + 1) : next;
        dialog.setRow({{}, site, {}, next});
        break;
    }
    case InventoryKind::Rack:
        dialog.setRack({{}, parentOf(f, itemKind, itemId, InventoryKind::Cluster), {}, {}, 1, 42});
        break;
    case InventoryKind::Pool:
        dialog.setPool({}, 0);
        break;
    case InventoryKind::Node:
        break;
    }
    if (!m_prompts.exec(&dialog))
        return;
    QString error;
    std::optional<QString> id;
    QString name;
    switch (kind) {
    case InventoryKind::Provider:
        id = m_repository.saveProvider(dialog.provider(), &error);
        name = dialog.provider().name;
        break;
    case InventoryKind::Site:
        id = m_repository.saveSite(dialog.site(), &error);
        name = dialog.site().name;
        break;
    case InventoryKind::Cluster:
        id = m_repository.saveCluster(dialog.cluster(), &error);
        name = dialog.cluster().name;
        break;
    case InventoryKind::Row:
        id = m_repository.saveRow(dialog.row(), &error);
        name = dialog.row().name;
        break;
    case InventoryKind::Rack:
        id = m_repository.saveRack(dialog.rack(), &error);
        name = dialog.rack().name;
        break;
    case InventoryKind::Pool:
        id = m_repository.savePool(dialog.pool(), &error);
        name = dialog.pool().code;
        break;
    case InventoryKind::Node:
        break;
    }
    if (!id) {
        m_prompts.warn(this, tr("Not added"), error);
        return;
    }
    done(tr("The %1 %2 was added.").arg(kindName(kind), name));
    selectItem(kind, *id);
}

bool InventoryPage::editRecord(InventoryKind kind, const QString &id)
{
    InventoryItemDialog dialog(kind, m_fleet, this);
    bool loaded = false;
    switch (kind) {
    case InventoryKind::Provider:
        if (const auto d = m_repository.provider(id)) {
            dialog.setProvider(*d);
            loaded = true;
        }
        break;
    case InventoryKind::Site:
        if (const auto d = m_repository.site(id)) {
            dialog.setSite(*d);
            loaded = true;
        }
        break;
    case InventoryKind::Cluster:
        if (const auto d = m_repository.cluster(id)) {
            dialog.setCluster(*d);
            loaded = true;
        }
        break;
    case InventoryKind::Row:
        if (const auto d = m_repository.row(id)) {
            dialog.setRow(*d);
            loaded = true;
        }
        break;
    case InventoryKind::Rack:
        if (const auto d = m_repository.rack(id)) {
            dialog.setRack(*d);
            loaded = true;
        }
        break;
    case InventoryKind::Pool:
        if (const auto d = m_repository.pool(id)) {
            dialog.setPool(*d, m_repository.callsUsingPool(id));
            loaded = true;
        }
        break;
    case InventoryKind::Node:
        return editNode(id);
    }
    if (!loaded || !m_prompts.exec(&dialog))
        return false;
    QString error;
    bool ok = false;
    switch (kind) {
    case InventoryKind::Provider:
        ok = m_repository.saveProvider(dialog.provider(), &error).has_value();
        break;
    case InventoryKind::Site:
        ok = m_repository.saveSite(dialog.site(), &error).has_value();
        break;
    case InventoryKind::Cluster:
        ok = m_repository.saveCluster(dialog.cluster(), &error).has_value();
        break;
    case InventoryKind::Row:
        ok = m_repository.saveRow(dialog.row(), &error).has_value();
        break;
    case InventoryKind::Rack:
        ok = m_repository.saveRack(dialog.rack(), &error).has_value();
        break;
    case InventoryKind::Pool:
        ok = m_repository.savePool(dialog.pool(), &error).has_value();
        break;
    case InventoryKind::Node:
        break;
    }
    if (!ok) {
        m_prompts.warn(this, tr("Not saved"), error);
        return false;
    }
    done(tr("The %1 was saved.").arg(kindName(kind)));
    return true;
}

bool InventoryPage::editNode(const QString &id)
{
    NodeRepository nodes(m_store);
    const auto node = nodes.node(id);
    if (!node)
        return false;
    NodeDialog dialog(m_fleet, nodes.context(), this);
    dialog.setNode(*node);
    if (!m_prompts.exec(&dialog))
        return false;
    QString error;
    const NodeDraft edited = dialog.node();
    if (!nodes.saveNode(edited, &error)) {
        m_prompts.warn(this, tr("Node not saved"), error);
        return false;
    }
    done(tr("Node %1 saved.").arg(edited.hostname));
    selectNodes({edited.hostname});
    return true;
}

// Choosing a record in the tree clears the node selection, so selected nodes are always what the
// administrator picked last: the node actions apply to them, the record actions to the tree.
void InventoryPage::editSelected()
{
    const QStringList nodes = selectedNodeIds();
    if (nodes.size() == 1) {
        editNode(nodes.first());
        return;
    }
    const auto [kind, id] = currentItem();
    if (nodes.isEmpty() && !id.isEmpty())
        editRecord(kind, id);
}

void InventoryPage::retireSelected()
{
    const QStringList nodeIds = selectedNodeIds();
    if (!nodeIds.isEmpty()) {
        NodeRepository nodes(m_store);
        const QStringList problems = nodes.retireProblems(nodeIds);
        if (!problems.isEmpty()) {
            m_prompts.warn(this, tr("Retire nodes"),
                           tr("These nodes cannot be retired yet:") + u"\n• "_s +
                               problems.join(u"\n• "_s));
            return;
        }
        ReasonDialog ask(tr("Retire nodes"),
                         tr("Retire %n node(s)? They leave the fleet and the rack map; their "
                            "records and past allocations stay, and their GPUs may be fitted to "
                            "another node. Why are they retired?",
                            nullptr, int(nodeIds.size())),
                         tr("Retire"), this);
        if (!m_prompts.exec(&ask))
            return;
        QString error;
        if (!nodes.retire(nodeIds, ask.reason(), &error)) {
            m_prompts.warn(this, tr("Retire nodes"), error);
            return;
        }
        done(tr("%n node(s) retired.", nullptr, int(nodeIds.size())));
        return;
    }
    const auto [kind, id] = currentItem();
    if (id.isEmpty())
        return;
    const QStringList problems = m_repository.retireProblems(kind, id);
    if (!problems.isEmpty()) {
        m_prompts.warn(this, tr("Retire"), problems.join(u"\n"_s));
        return;
    }
    const QString label = m_tree->currentItem() ? m_tree->currentItem()->text(0) : id;
    if (!m_prompts.confirm(this, tr("Retire"),
                           tr("Retire the %1 \"%2\"? It leaves the inventory; its record stays in "
                              "the audit trail.")
                               .arg(kindName(kind), label)))
        return;
    QString error;
    if (!m_repository.retire(kind, id, &error)) {
        m_prompts.warn(this, tr("Retire"), error);
        return;
    }
    done(tr("The %1 \"%2\" was retired.").arg(kindName(kind), label));
}

void InventoryPage::setNodeState()
{
    const QStringList ids = selectedNodeIds();
    if (ids.isEmpty())
        return;
    NodeRepository nodes(m_store);
    QStringList hosts;
    for (const QString &id : ids)
        hosts << m_fleet.nodes.value(m_fleet.nodeById.value(id, -1)).hostname;
    NodeStateDialog dialog(hosts, nodes.outOfServiceEffects(ids), this);
    if (!m_prompts.exec(&dialog))
        return;
    QString error;
    if (!nodes.setState(ids, dialog.state(), dialog.reason(), &error)) {
        m_prompts.warn(this, tr("Node state"), error);
        return;
    }
    done(dialog.state() == NodeState::Free
             ? tr("%n node(s) back in service.", nullptr, int(ids.size()))
             : tr("%n node(s) set to %1.", nullptr, int(ids.size()))
                   .arg(RackMapFacts::stateLabel(dialog.state())));
    selectNodes(hosts);
}

void InventoryPage::moveToPool()
{
    const QStringList ids = selectedNodeIds();
    if (ids.isEmpty())
        return;
    NodeRepository nodes(m_store);
    MovePoolDialog dialog(m_fleet, int(ids.size()),
                          [&nodes, &ids](const QString &pool) { return nodes.checkMove(ids, pool); },
                          this);
    if (!m_prompts.exec(&dialog))
        return;
    QString error;
    if (!nodes.moveToPool(ids, dialog.poolId(), &error)) {
        m_prompts.warn(this, tr("Move to pool"), error);
        return;
    }
    QStringList hosts;
    for (const QString &id : ids)
        hosts << m_fleet.nodes.value(m_fleet.nodeById.value(id, -1)).hostname;
    const int pool = m_fleet.poolById.value(dialog.poolId(), -1);
    done(tr("%n node(s) moved to %1.", nullptr, int(ids.size()))
             .arg(pool >= 0 ? m_fleet.pools[pool].code : tr("no pool")));
    selectNodes(hosts);
}

void InventoryPage::importNodeList()
{
    const auto [kind, id] = currentItem();
    NodeImportDialog dialog(m_store, m_fleet, parentOf(m_fleet, kind, id, InventoryKind::Provider),
                            this);
    dialog.setPrompts(m_prompts);
    connect(&dialog, &NodeImportDialog::statusMessage, this, &InventoryPage::statusMessage);
    // The import writes from a worker; its tablesChanged, queued, reloads the page.
    m_prompts.exec(&dialog);
}

} // namespace gpudesk
