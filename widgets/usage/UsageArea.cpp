// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsageArea.h"

#include "IdleProjectsView.h"
#include "UsageChart.h"
#include "common/LazyRefresh.h"
#include "common/SearchLineEdit.h"
#include "store/FleetRepository.h"
#include "store/Store.h"
#include "telemetry/UsageSubject.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

constexpr int KeyRole = Qt::UserRole;       // "project:ID"; empty on group rows
constexpr int SearchRole = Qt::UserRole + 1; // what the search matches, lower case
constexpr int maxNodeMatches = 100;

QString measureKey(UsageMeasure m)
{
    switch (m) {
    case UsageMeasure::Busy:
        return u"busy"_s;
    case UsageMeasure::Memory:
        return u"memory"_s;
    case UsageMeasure::Power:
        return u"power"_s;
    }
    return u"busy"_s;
}

UsageMeasure measureFromKey(const QString &key)
{
    if (key == u"memory"_s)
        return UsageMeasure::Memory;
    if (key == u"power"_s)
        return UsageMeasure::Power;
    return UsageMeasure::Busy;
}

} // namespace

UsageArea::UsageArea(Store &store, UsageSource *source, bool idleCheck, QWidget *parent)
    : QWidget(parent), m_store(store), m_source(source)
{
    setObjectName(u"usageArea"_s);
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(400);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { saveSettings(); });
    buildUi();
    if (idleCheck) {
        m_idle = new IdleProjectsView(m_store, m_source, m_tabs);
        m_tabs->addTab(m_idle, tr("&Idle check"));
        connect(m_idle, &IdleProjectsView::statusMessage, this, &UsageArea::statusMessage);
    }
    m_lazy = new LazyRefresh(this, [this] { reload(); });
    m_lazy->request();
    connect(&m_store, &Store::tablesChanged, this, [this](const QSet<QString> &tables) {
        static const QSet<QString> fleet = {u"nodes"_s,     u"clusters"_s, u"providers"_s,
                                            u"pools"_s,     u"grants"_s,   u"allocations"_s,
                                            u"applications"_s};
        if (tables.intersects(fleet))
            m_lazy->request();
        else if (tables.contains(u"usage_rollups"_s) && m_chart)
            m_chart->reload(); // an import: the same subjects, newer figures
    });
}

UsageArea::~UsageArea()
{
    if (m_saveTimer->isActive())
        saveSettings();
}

void UsageArea::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The chart with what it shows on the left, and the idle check beside it as a second tab.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"usageTabs"_s);
    m_tabs->setDocumentMode(true);
    m_splitter = new QSplitter(Qt::Horizontal, m_tabs);
    m_splitter->setObjectName(u"usageSplitter"_s);

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    auto *label = new QLabel(tr("&Chart:"), left);
    m_search = new SearchLineEdit(left);
    m_search->setObjectName(u"usageScopeSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search projects, clusters, hostnames (Ctrl+F)"));
    m_tree = new QTreeWidget(left);
    m_tree->setObjectName(u"usageScopes"_s);
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->setToolTip(tr("Ctrl+click or Shift+click several to compare them on one chart"));
    label->setBuddy(m_tree);
    auto *hint = new QLabel(tr("Ctrl+click to compare up to %1.").arg(UsageChart::maxSubjects),
                            left);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    leftLayout->addWidget(label);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(hint);

    m_chart = new UsageChart(m_splitter);
    m_chart->setSource(m_source);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setSizes({280, 1000});
    m_tabs->addTab(m_splitter, tr("C&hart"));
    layout->addWidget(m_tabs);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        if (m_tabs->currentWidget() != m_splitter)
            return; // the idle check has its own search
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &SearchLineEdit::searchTextChanged, this,
            [this](const QString &text) { filterTree(text); });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] { chartSelection(); });
    connect(m_chart, &UsageChart::viewChanged, this, [this] { requestSave(); });
    connect(m_chart, &UsageChart::statusMessage, this, &UsageArea::statusMessage);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { requestSave(); });
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { requestSave(); });
}

QString UsageArea::settingsKey(const QString &name) const
{
    // Scope ids belong to one profile's database: remember them per profile.
    const QByteArray path = QFileInfo(m_store.path()).absoluteFilePath().toUtf8();
    const QString profile =
        QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16));
    return u"usage/%1/%2"_s.arg(profile, name);
}

void UsageArea::reload()
{
    FleetRepository repo(m_store);
    FleetSnapshot fleet;
    FleetBookings bookings;
    QString error;
    if (!repo.loadFleet(&fleet, &error) || !repo.loadBookings(fleet, &bookings, &error)) {
        Q_EMIT statusMessage(tr("The fleet could not be read for the usage charts: %1").arg(error));
        return;
    }
    m_fleet = std::move(fleet);
    m_bookings = std::move(bookings);
    fillTree();
    if (!m_restored) {
        restoreSettings();
        m_restored = true;
    } else {
        chartSelection(); // names and windows may have changed
    }
}

void UsageArea::fillTree()
{
    const bool korean = QLocale().language() == QLocale::Korean;
    QSet<QString> selected;
    for (QTreeWidgetItem *item : m_tree->selectedItems())
        selected << item->data(0, KeyRole).toString();
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    m_nodesGroup = nullptr;
    const auto add = [&](QTreeWidgetItem *parent, UsageScope scope, const QString &id) {
        UsageSubject s;
        if (!UsageSubjects::describe(m_fleet, m_bookings, scope, id, korean, &s))
            return;
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, s.detail.isEmpty() ? s.label : tr("%1 — %2").arg(s.label, s.detail));
        item->setToolTip(0, item->text(0));
        item->setData(0, KeyRole, usageSubjectKey(scope, s.id));
        item->setData(0, SearchRole, item->text(0).toLower());
        item->setSelected(selected.contains(usageSubjectKey(scope, s.id)));
    };
    const auto group = [&](const QString &title) {
        auto *item = new QTreeWidgetItem(m_tree, {title});
        item->setFlags(Qt::ItemIsEnabled);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        return item;
    };
    add(nullptr, UsageScope::Fleet, QString());
    QTreeWidgetItem *providers = group(tr("Providers"));
    for (const FleetProvider &p : std::as_const(m_fleet.providers))
        add(providers, UsageScope::Provider, p.id);
    QTreeWidgetItem *clusters = group(tr("Clusters"));
    for (const FleetCluster &c : std::as_const(m_fleet.clusters))
        add(clusters, UsageScope::Cluster, c.id);
    QTreeWidgetItem *pools = group(tr("Pools"));
    for (const FleetPool &p : std::as_const(m_fleet.pools))
        add(pools, UsageScope::Pool, p.id);
    QTreeWidgetItem *projects = group(tr("Projects"));
    QSet<QString> seen;
    QList<int> grants;
    for (int g = 0; g < m_bookings.grants.size(); ++g) {
        if (!seen.contains(m_bookings.grants[g].applicationId)) {
            seen << m_bookings.grants[g].applicationId;
            grants << g;
        }
    }
    std::sort(grants.begin(), grants.end(), [this](int a, int b) {
        return m_bookings.grants[a].code < m_bookings.grants[b].code;
    });
    for (int g : std::as_const(grants))
        add(projects, UsageScope::Project, m_bookings.grants[g].applicationId);
    // Nodes are many: they appear as the search names them.
    m_nodesGroup = group(tr("Nodes (search a hostname)"));
    providers->setExpanded(true);
    clusters->setExpanded(true);
    pools->setExpanded(false);
    projects->setExpanded(true);
    filterTree(m_search->searchText());
}

void UsageArea::filterTree(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    const QSignalBlocker block(m_tree);
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *top = m_tree->topLevelItem(g);
        if (top == m_nodesGroup)
            continue;
        if (top->childCount() == 0) {
            top->setHidden(!needle.isEmpty() &&
                           !top->data(0, SearchRole).toString().contains(needle));
            continue;
        }
        int shown = 0;
        for (int c = 0; c < top->childCount(); ++c) {
            QTreeWidgetItem *item = top->child(c);
            const bool match =
                needle.isEmpty() || item->data(0, SearchRole).toString().contains(needle);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        top->setHidden(shown == 0);
        if (!needle.isEmpty() && shown > 0)
            top->setExpanded(true);
    }
    // Nodes by hostname: the selected ones stay while the search changes.
    if (!m_nodesGroup)
        return;
    for (int c = m_nodesGroup->childCount() - 1; c >= 0; --c) {
        if (!m_nodesGroup->child(c)->isSelected())
            delete m_nodesGroup->takeChild(c);
    }
    int matches = 0;
    if (needle.size() >= 2) {
        QSet<QString> kept;
        for (int c = 0; c < m_nodesGroup->childCount(); ++c)
            kept << m_nodesGroup->child(c)->data(0, KeyRole).toString();
        for (const FleetNode &n : std::as_const(m_fleet.nodes)) {
            if (!n.hostname.contains(needle, Qt::CaseInsensitive))
                continue;
            if (++matches > maxNodeMatches)
                break;
            const QString key = usageSubjectKey(UsageScope::Node, n.id);
            if (kept.contains(key))
                continue;
            auto *item = new QTreeWidgetItem(m_nodesGroup, {n.hostname});
            item->setData(0, KeyRole, key);
        }
    }
    m_nodesGroup->setHidden(m_nodesGroup->childCount() == 0 && !needle.isEmpty());
    m_nodesGroup->setExpanded(true);
    if (matches > maxNodeMatches)
        Q_EMIT statusMessage(
            tr("More than %1 hostnames match; type more of the name.").arg(maxNodeMatches));
}

void UsageArea::chartSelection()
{
    const bool korean = QLocale().language() == QLocale::Korean;
    QList<UsageSubject> subjects;
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    for (QTreeWidgetItem *item : items) {
        UsageScope scope;
        QString id;
        UsageSubject s;
        if (!parseUsageSubjectKey(item->data(0, KeyRole).toString(), &scope, &id) ||
            !UsageSubjects::describe(m_fleet, m_bookings, scope, id, korean, &s))
            continue;
        subjects << s;
    }
    if (subjects.size() > UsageChart::maxSubjects) {
        Q_EMIT statusMessage(tr("%1 are selected; the chart compares the first %2.")
                                 .arg(subjects.size())
                                 .arg(UsageChart::maxSubjects));
    }
    if (subjects == m_chart->subjects())
        return;
    m_chart->setSubjects(subjects);
}

QTreeWidgetItem *UsageArea::itemFor(UsageScope scope, const QString &id) const
{
    const QString key = usageSubjectKey(scope, id);
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, KeyRole).toString() == key)
            return *it;
    }
    return nullptr;
}

bool UsageArea::showSubject(UsageScope scope, const QString &id)
{
    if (m_lazy->isStale())
        reload();
    if (scope == UsageScope::Node || scope == UsageScope::Gpu) {
        const int node = m_fleet.nodeById.value(id.section(u':', 0, 0), -1);
        if (node < 0)
            return false;
        m_search->setText(m_fleet.nodes[node].hostname);
        filterTree(m_fleet.nodes[node].hostname);
    } else if (!m_search->text().isEmpty()) {
        m_search->clear();
        filterTree(QString());
    }
    QTreeWidgetItem *item = itemFor(scope == UsageScope::Gpu ? UsageScope::Node : scope,
                                    scope == UsageScope::Gpu ? id.section(u':', 0, 0) : id);
    if (!item) {
        Q_EMIT statusMessage(tr("There is nothing to chart for that: it holds no nodes."));
        return false;
    }
    {
        const QSignalBlocker block(m_tree);
        m_tree->clearSelection();
        item->setSelected(true);
        m_tree->setCurrentItem(item, 0, QItemSelectionModel::NoUpdate);
    }
    m_tree->scrollToItem(item);
    chartSelection();
    m_tabs->setCurrentWidget(m_splitter);
    return true;
}

void UsageArea::restoreSettings()
{
    m_restoring = true;
    const QSettings settings;
    m_splitter->restoreState(settings.value(settingsKey(u"splitter"_s)).toByteArray());
    m_chart->setMeasure(measureFromKey(settings.value(settingsKey(u"measure"_s)).toString()));
    const auto preset = UsageChart::Preset(
        settings.value(settingsKey(u"preset"_s), int(UsageChart::Preset::Month)).toInt());
    {
        const QSignalBlocker block(m_tree);
        m_tree->clearSelection();
        const QStringList keys = settings.value(settingsKey(u"subjects"_s),
                                                QStringList{usageSubjectKey(UsageScope::Fleet, {})})
                                     .toStringList();
        for (const QString &key : keys) {
            UsageScope scope;
            QString id;
            if (!parseUsageSubjectKey(key, &scope, &id))
                continue;
            if (scope == UsageScope::Node) {
                const int node = m_fleet.nodeById.value(id, -1);
                if (node >= 0 && m_nodesGroup) {
                    auto *item = new QTreeWidgetItem(m_nodesGroup, {m_fleet.nodes[node].hostname});
                    item->setData(0, KeyRole, key);
                }
            }
            if (QTreeWidgetItem *item = itemFor(scope, id))
                item->setSelected(true);
        }
    }
    chartSelection();
    if (preset == UsageChart::Preset::Custom) {
        const qint64 from = settings.value(settingsKey(u"from"_s)).toLongLong();
        const qint64 to = settings.value(settingsKey(u"to"_s)).toLongLong();
        if (to > from)
            m_chart->setVisibleRange(from, to);
        else
            m_chart->setPreset(UsageChart::Preset::Month);
    } else {
        m_chart->setPreset(preset);
    }
    m_tabs->setCurrentIndex(settings.value(settingsKey(u"tab"_s), 0).toInt());
    m_restoring = false;
}

void UsageArea::requestSave()
{
    if (!m_restoring && m_restored)
        m_saveTimer->start();
}

void UsageArea::saveSettings() const
{
    if (m_restoring || !m_restored)
        return;
    QSettings settings;
    QStringList keys;
    for (const UsageSubject &s : m_chart->subjects())
        keys << usageSubjectKey(s.scope, s.id);
    settings.setValue(settingsKey(u"subjects"_s), keys);
    settings.setValue(settingsKey(u"measure"_s), measureKey(m_chart->measure()));
    settings.setValue(settingsKey(u"preset"_s), int(m_chart->preset()));
    settings.setValue(settingsKey(u"from"_s), m_chart->visibleFrom());
    settings.setValue(settingsKey(u"to"_s), m_chart->visibleTo());
    settings.setValue(settingsKey(u"tab"_s), m_tabs->currentIndex());
    settings.setValue(settingsKey(u"splitter"_s), m_splitter->saveState());
}

} // namespace gpudesk
