// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolsPage.h"

#include "AdminTable.h"
#include "InventoryItemDialog.h"
#include "common/LazyRefresh.h"
#include "common/TableViewState.h"
#include "store/FleetRepository.h"
#include "store/Store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString kindLabel(PoolKind k)
{
    switch (k) {
    case PoolKind::OpenCall:
        return PoolsPage::tr("Open call");
    case PoolKind::National:
        return PoolsPage::tr("National projects");
    case PoolKind::ProviderOwn:
        return PoolsPage::tr("Provider's own");
    case PoolKind::Maintenance:
        return PoolsPage::tr("Maintenance");
    }
    return {};
}

QStandardItem *number(qint64 n)
{
    auto *item = new QStandardItem(QLocale(QLocale::English).toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

PoolsPage::PoolsPage(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_repository(store), m_prompts(AdminPrompts::defaults())
{
    setObjectName(u"poolsPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *add = new QPushButton(tr("&New pool…"), this);
    add->setObjectName(u"newPoolButton"_s);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(u"editPoolButton"_s);
    m_retire = new QPushButton(tr("&Retire…"), this);
    m_retire->setObjectName(u"retirePoolButton"_s);
    auto *hint = new QLabel(tr("Nodes move between pools on the Inventory page."), this);
    hint->setEnabled(false);
    bar->addWidget(add);
    bar->addWidget(m_edit);
    bar->addWidget(m_retire);
    bar->addStretch(1);
    bar->addWidget(hint);
    layout->addLayout(bar);
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Kind"), tr("Type"),
                                        tr("Capacity (nodes)"), tr("Nodes in pool"),
                                        tr("In service"), tr("Calls drawing on it")});
    m_table = new QTableView(this);
    m_table->setObjectName(u"poolsTable"_s);
    m_table->setModel(m_model);
    setUpAdminTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setColumnWidth(Name, 220);
    m_table->setColumnWidth(Kind, 150);
    m_table->setColumnWidth(Capacity, 130);
    m_table->setColumnWidth(Nodes, 110);
    TableViewState::attach(m_table);
    layout->addWidget(m_table, 1);
    connect(add, &QPushButton::clicked, this, &PoolsPage::addPool);
    connect(m_edit, &QPushButton::clicked, this, &PoolsPage::editPool);
    connect(m_retire, &QPushButton::clicked, this, &PoolsPage::retirePool);
    connect(m_table, &QTableView::activated, this, [this] { editPool(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_edit->setEnabled(!currentPoolId().isEmpty());
        m_retire->setEnabled(!currentPoolId().isEmpty());
    });
    m_lazy = new LazyRefresh(this, [this] { reload(); });
    connect(&m_store, &Store::tablesChanged, this, [this](const QSet<QString> &tables) {
        if (tables.contains(u"pools"_s) || tables.contains(u"nodes"_s) ||
            tables.contains(u"call_accelerators"_s))
            m_lazy->request();
    });
    m_lazy->request(); // the first show loads
}

void PoolsPage::reload()
{
    const QString current = currentPoolId();
    QString error;
    FleetSnapshot fleet;
    if (!FleetRepository(m_store).loadFleet(&fleet, &error))
        return;
    m_fleet = std::move(fleet);
    m_model->removeRows(0, m_model->rowCount());
    QList<int> nodes(m_fleet.pools.size(), 0), usable(m_fleet.pools.size(), 0);
    for (int n = 0; n < m_fleet.nodes.size(); ++n) {
        const int p = m_fleet.nodes[n].pool;
        if (p < 0)
            continue;
        ++nodes[p];
        usable[p] += m_fleet.isUsable(n) ? 1 : 0;
    }
    const QHash<QString, int> calls = m_repository.callsPerPool();
    const bool english = QLocale().language() != QLocale::Korean;
    for (int p = 0; p < m_fleet.pools.size(); ++p) {
        const FleetPool &pool = m_fleet.pools[p];
        auto *code = new QStandardItem(pool.code);
        code->setData(pool.id, IdRole);
        auto *capacity = number(pool.capacityNodes);
        if (pool.capacityNodes > usable[p])
            capacity->setToolTip(tr("More than the nodes in service: selection may promise "
                                    "nodes the pool cannot give."));
        m_model->appendRow({code,
                            new QStandardItem(english && !pool.nameEn.isEmpty() ? pool.nameEn : pool.name),
                            new QStandardItem(kindLabel(pool.kind)),
                            new QStandardItem(pool.type >= 0 ? m_fleet.types[pool.type].code : tr("any")),
                            capacity, number(nodes[p]), number(usable[p]),
                            number(calls.value(pool.id))});
    }
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, Code).data(IdRole).toString() == current)
            m_table->selectRow(r);
    }
    m_edit->setEnabled(!currentPoolId().isEmpty());
    m_retire->setEnabled(!currentPoolId().isEmpty());
}

QString PoolsPage::currentPoolId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(Code);
    return rows.isEmpty() ? QString() : rows.first().data(IdRole).toString();
}

bool PoolsPage::runDialog(const PoolDraft &draft, int callsUsing)
{
    InventoryItemDialog dialog(InventoryKind::Pool, m_fleet, this);
    dialog.setPool(draft, callsUsing);
    if (!m_prompts.exec(&dialog))
        return false;
    QString error;
    const PoolDraft edited = dialog.pool();
    if (!m_repository.savePool(edited, &error)) {
        m_prompts.warn(this, tr("Pool not saved"), error);
        return false;
    }
    Q_EMIT statusMessage(tr("Pool %1 saved.").arg(edited.code));
    return true;
}

void PoolsPage::addPool()
{
    runDialog({}, 0);
}

void PoolsPage::editPool()
{
    const auto pool = m_repository.pool(currentPoolId());
    if (pool)
        runDialog(*pool, m_repository.callsUsingPool(pool->id));
}

void PoolsPage::retirePool()
{
    const QString id = currentPoolId();
    const auto pool = m_repository.pool(id);
    if (!pool)
        return;
    const QStringList problems = m_repository.retireProblems(InventoryKind::Pool, id);
    if (!problems.isEmpty()) {
        m_prompts.warn(this, tr("Retire pool"), problems.join(u"\n"_s));
        return;
    }
    if (!m_prompts.confirm(this, tr("Retire pool"),
                           tr("Retire pool %1? It holds no nodes and no call draws on it.")
                               .arg(pool->code)))
        return;
    QString error;
    if (!m_repository.retire(InventoryKind::Pool, id, &error)) {
        m_prompts.warn(this, tr("Retire pool"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Pool %1 retired.").arg(pool->code));
}

} // namespace gpudesk
