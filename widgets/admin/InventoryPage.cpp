// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryPage.h"

#include "AdminTable.h"
#include "common/LazyRefresh.h"
#include "common/SearchLineEdit.h"
#include "common/TableViewState.h"
#include "rackmap/RackMapFacts.h"
#include "store/FleetRepository.h"
#include "store/Store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

constexpr int NodeIdRole = Qt::UserRole + 1;
constexpr int SortRole = Qt::UserRole + 2;

QStandardItem *cell(const QString &text, const QVariant &sort = {})
{
    auto *item = new QStandardItem(text);
    item->setData(sort.isValid() ? sort : QVariant(text), SortRole);
    return item;
}

QString count(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QTreeWidgetItem *treeItem(QTreeWidgetItem *parent, InventoryKind kind, const QString &id,
                          const QString &text)
{
    auto *item = new QTreeWidgetItem(parent, {text});
    item->setData(0, InventoryPage::KindRole, static_cast<int>(kind));
    item->setData(0, InventoryPage::IdRole, id);
    return item;
}

} // namespace

InventoryPage::InventoryPage(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_repository(store), m_prompts(AdminPrompts::defaults())
{
    setObjectName(u"inventoryPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_add = new QToolButton(this);
    m_add->setObjectName(u"inventoryAdd"_s);
    m_add->setText(tr("&Add"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *addMenu = new QMenu(m_add);
    const struct
    {
        InventoryKind kind;
        QString label;
    } adds[] = {{InventoryKind::Provider, tr("&Provider…")}, {InventoryKind::Site, tr("&Site…")},
                {InventoryKind::Cluster, tr("&Cluster…")},   {InventoryKind::Row, tr("&Row…")},
                {InventoryKind::Rack, tr("R&ack…")},         {InventoryKind::Node, tr("&Node…")}};
    for (const auto &a : adds) {
        QAction *action = addMenu->addAction(a.label);
        const InventoryKind kind = a.kind;
        connect(action, &QAction::triggered, this, [this, kind] { add(kind); });
    }
    m_add->setMenu(addMenu);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(u"inventoryEdit"_s);
    m_retire = new QPushButton(tr("&Retire…"), this);
    m_retire->setObjectName(u"inventoryRetire"_s);
    m_state = new QPushButton(tr("Node &state…"), this);
    m_state->setObjectName(u"inventoryState"_s);
    m_state->setToolTip(tr("Maintenance, failed, reserved or back in service, with a reason"));
    m_move = new QPushButton(tr("&Move to pool…"), this);
    m_move->setObjectName(u"inventoryMove"_s);
    m_import = new QPushButton(tr("&Import node list…"), this);
    m_import->setObjectName(u"inventoryImport"_s);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_retire);
    bar->addSpacing(12);
    bar->addWidget(m_state);
    bar->addWidget(m_move);
    bar->addStretch(1);
    bar->addWidget(m_import);
    layout->addLayout(bar);

    auto *split = new QSplitter(this);
    split->setObjectName(u"inventorySplitter"_s);
    m_tree = new QTreeWidget(split);
    m_tree->setObjectName(u"inventoryTree"_s);
    m_tree->setHeaderLabel(tr("Fleet"));
    m_tree->setUniformRowHeights(true);
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    m_search = new SearchLineEdit(right);
    m_search->setObjectName(u"inventorySearch"_s);
    m_search->setPlaceholderText(tr("Find a host name"));
    m_search->setClearButtonEnabled(true);
    m_summary = new QLabel(right);
    m_summary->setObjectName(u"inventorySummary"_s);
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_summary, 2);
    rightLayout->addLayout(filterRow);
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Host name"), tr("Site"), tr("Rack"), tr("Units"),
                                        tr("Type"), tr("Pool"), tr("State"), tr("Reason")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(Hostname);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_nodes = new QTableView(right);
    m_nodes->setObjectName(u"inventoryNodes"_s);
    m_nodes->setModel(m_proxy);
    setUpAdminTable(m_nodes);
    m_nodes->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_nodes->setSortingEnabled(true);
    m_nodes->sortByColumn(Hostname, Qt::AscendingOrder);
    m_nodes->setColumnWidth(Hostname, 190);
    m_nodes->setColumnWidth(Site, 150);
    m_nodes->setColumnWidth(Rack, 70);
    m_nodes->setColumnWidth(Units, 80);
    m_nodes->setColumnWidth(Type, 60);
    m_nodes->setColumnWidth(Pool, 120);
    TableViewState::attach(m_nodes);
    rightLayout->addWidget(m_nodes, 1);
    split->addWidget(m_tree);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({300, 900});
    layout->addWidget(split, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        showNodes();
        updateActions();
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] { editSelected(); });
    connect(m_nodes, &QTableView::activated, this, [this] { editSelected(); });
    connect(m_nodes->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InventoryPage::updateActions);
    connect(m_search, &SearchLineEdit::searchTextChanged, this,
            [this](const QString &text) { m_proxy->setFilterFixedString(text.trimmed()); });
    connect(m_edit, &QPushButton::clicked, this, &InventoryPage::editSelected);
    connect(m_retire, &QPushButton::clicked, this, &InventoryPage::retireSelected);
    connect(m_state, &QPushButton::clicked, this, &InventoryPage::setNodeState);
    connect(m_move, &QPushButton::clicked, this, &InventoryPage::moveToPool);
    connect(m_import, &QPushButton::clicked, this, &InventoryPage::importNodeList);
    m_lazy = new LazyRefresh(this, [this] { reload(); });
    connect(&m_store, &Store::tablesChanged, this, [this](const QSet<QString> &tables) {
        static const QStringList watched = {u"providers"_s, u"sites"_s, u"clusters"_s,
                                            u"rack_rows"_s, u"racks"_s,  u"nodes"_s,
                                            u"pools"_s,     u"accelerator_types"_s};
        for (const QString &t : watched) {
            if (tables.contains(t)) {
                m_lazy->request();
                return;
            }
        }
    });
    m_lazy->request(); // the first show loads
}

void InventoryPage::reload()
{
    const auto [kind, id] = currentItem();
    const QStringList selected = [this] {
        QStringList hosts;
        for (const QModelIndex &i : m_nodes->selectionModel()->selectedRows(Hostname))
            hosts << i.data().toString();
        return hosts;
    }();
    QString error;
    FleetSnapshot fleet;
    FleetBookings bookings;
    const FleetRepository repository(m_store);
    if (!repository.loadFleet(&fleet, &error) || !repository.loadBookings(fleet, &bookings, &error)) {
        m_summary->setText(error);
        return;
    }
    m_fleet = std::move(fleet);
    m_bookings = std::move(bookings);
    buildTree();
    if (id.isEmpty() || !selectItem(kind, id))
        showNodes();
    selectNodes(selected);
    updateActions();
}

void InventoryPage::buildTree()
{
    const QSignalBlocker block(m_tree);
    QSet<QString> expanded;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->isExpanded())
            expanded.insert((*it)->data(0, IdRole).toString());
    }
    const bool first = m_tree->topLevelItemCount() == 0;
    m_tree->clear();
    const FleetSnapshot &f = m_fleet;
    const bool english = QLocale().language() != QLocale::Korean;
    for (const FleetProvider &p : f.providers) {
        auto *pi = new QTreeWidgetItem(m_tree, {u"%1 · %2"_s.arg(
                                                   p.code, english && !p.nameEn.isEmpty() ? p.nameEn : p.name)});
        pi->setData(0, KindRole, static_cast<int>(InventoryKind::Provider));
        pi->setData(0, IdRole, p.id);
        for (int s : p.sites) {
            const FleetSite &site = f.sites[s];
            auto *si = treeItem(pi, InventoryKind::Site, site.id,
                                tr("%1 (%2)").arg(site.name, site.timeZone));
            for (int c : site.clusters) {
                const FleetCluster &cluster = f.clusters[c];
                auto *ci = treeItem(si, InventoryKind::Cluster, cluster.id,
                                    tr("%1 · %2 · %n rack(s)", nullptr, int(cluster.racks.size()))
                                        .arg(cluster.name, f.types.value(cluster.type).code));
                for (int r : cluster.racks) {
                    const FleetRack &rack = f.racks[r];
                    treeItem(ci, InventoryKind::Rack, rack.id,
                             tr("%1 · row %2 · %n node(s)", nullptr, int(rack.nodes.size()))
                                 .arg(rack.name, f.rows.value(rack.row).name));
                }
            }
            for (int w : site.rows) {
                const FleetRow &row = f.rows[w];
                treeItem(si, InventoryKind::Row, row.id,
                         tr("Row %1 · %n rack(s)", nullptr, int(row.racks.size())).arg(row.name));
            }
        }
    }
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QString id = (*it)->data(0, IdRole).toString();
        (*it)->setExpanded(expanded.contains(id) ||
                           (first && (*it)->data(0, KindRole).toInt() ==
                                         static_cast<int>(InventoryKind::Provider)));
    }
}

bool InventoryPage::selectItem(InventoryKind kind, const QString &id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, KindRole).toInt() == static_cast<int>(kind) &&
            (*it)->data(0, IdRole).toString() == id) {
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            showNodes();
            return true;
        }
    }
    return false;
}

QPair<InventoryKind, QString> InventoryPage::currentItem() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return {InventoryKind::Provider, QString()};
    return {static_cast<InventoryKind>(item->data(0, KindRole).toInt()),
            item->data(0, IdRole).toString()};
}

void InventoryPage::showNodes()
{
    // Plain locals, not a structured binding: clang 14 cannot capture bindings in a lambda.
    const auto selected = currentItem();
    const InventoryKind kind = selected.first;
    const QString id = selected.second;
    const FleetSnapshot &f = m_fleet;
    auto inScope = [&](const FleetNode &n) {
        if (id.isEmpty())
            return true;
        const FleetRack &rack = f.racks.value(n.rack);
        const int site = rack.row >= 0 ? f.rows[rack.row].site : -1;
        switch (kind) {
        case InventoryKind::Provider:
            return site >= 0 && f.providers.value(f.sites[site].provider).id == id;
        case InventoryKind::Site:
            return site >= 0 && f.sites[site].id == id;
        case InventoryKind::Cluster:
            return f.clusters.value(rack.cluster).id == id;
        case InventoryKind::Row:
            return f.rows.value(rack.row).id == id;
        case InventoryKind::Rack:
            return rack.id == id;
        default:
            return true;
        }
    };
    m_model->removeRows(0, m_model->rowCount());
    m_model->setRowCount(0);
    QList<QList<QStandardItem *>> rows;
    const qint64 now = Store::nowMs();
    for (int index = 0; index < f.nodes.size(); ++index) {
        const FleetNode &n = f.nodes[index];
        if (!inScope(n))
            continue;
        const FleetRack &rack = f.racks.value(n.rack);
        const int site = rack.row >= 0 ? f.rows[rack.row].site : -1;
        const int top = n.rackUnit + n.heightUnits - 1;
        auto *host = cell(n.hostname);
        host->setData(n.id, NodeIdRole);
        QList<QStandardItem *> row = {
            host,
            cell(f.sites.value(site).name),
            cell(rack.name),
            cell(u"U%1–U%2"_s.arg(n.rackUnit).arg(top),
                 QString(rack.name + u'/' + QString::number(n.rackUnit).rightJustified(3, u'0'))),
            cell(f.types.value(n.type).code),
            cell(n.pool >= 0 ? f.pools[n.pool].code : tr("(none)")),
            cell(RackMapFacts::stateLabel(nodeStateAt(f, m_bookings, index, now))),
            cell(n.stateReason)};
        rows.append(row);
    }
    for (const auto &r : rows)
        m_model->appendRow(r);
    m_summary->setText(tr("%1 of %2 nodes").arg(count(rows.size()), count(f.nodes.size())));
    updateActions();
}

QStringList InventoryPage::selectedNodeIds() const
{
    QStringList out;
    for (const QModelIndex &i : m_nodes->selectionModel()->selectedRows(Hostname))
        out << i.data(NodeIdRole).toString();
    return out;
}

void InventoryPage::selectNodes(const QStringList &hostnames)
{
    m_nodes->clearSelection();
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (hostnames.contains(m_proxy->index(r, Hostname).data().toString()))
            m_nodes->selectionModel()->select(m_proxy->index(r, Hostname),
                                              QItemSelectionModel::Select |
                                                  QItemSelectionModel::Rows);
    }
}

void InventoryPage::updateActions()
{
    const int nodes = int(selectedNodeIds().size());
    const bool item = !currentItem().second.isEmpty();
    m_edit->setEnabled(nodes == 1 || (nodes == 0 && item));
    m_retire->setEnabled(nodes > 0 || item);
    m_state->setEnabled(nodes > 0);
    m_move->setEnabled(nodes > 0);
    m_import->setEnabled(!m_fleet.providers.isEmpty());
}

void InventoryPage::done(const QString &message)
{
    // No reload: the write's tablesChanged has already asked for one.
    Q_EMIT statusMessage(message);
}

} // namespace gpudesk
