// SPDX-License-Identifier: GPL-3.0-or-later
#include "RackMapArea.h"

#include "NodeDetailPanel.h"
#include "NodeTimeline.h"
#include "PlacementCommand.h"
#include "RackMapLegend.h"
#include "RackMapView.h"
#include "UsagePeriodPicker.h"
#include "common/FileDialogs.h"
#include "common/KeyClaim.h"
#include "common/LazyRefresh.h"
#include "common/TableViewState.h"
#include "domain/TimeFormat.h"
#include "itemmodels/PlacementProjectModel.h"
#include "rules/Placement.h"
#include "store/AllocationRepository.h"
#include "store/FleetRepository.h"
#include "store/Store.h"
#include "telemetry/NodeUtilisation.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {

// The colour-mode item that reads telemetry is marked here.
constexpr int usageRole = Qt::UserRole + 1;

QString windowText(qint64 start, qint64 end)
{
    return RackMapArea::tr("%1 – %2").arg(displayDate(start).toString(Qt::ISODate),
                                          displayDate(end).toString(Qt::ISODate));
}

RackMapArea::Prompts defaultPrompts()
{
    RackMapArea::Prompts p;
    p.confirm = [](QWidget *parent, const QString &title, const QString &text) {
        return QMessageBox::question(parent, title, text, QMessageBox::Ok | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Ok;
    };
    p.warn = [](QWidget *parent, const QString &title, const QString &text) {
        QMessageBox::warning(parent, title, text);
    };
    p.askWindow = [](QWidget *parent, qint64 *start, qint64 *end) {
        QDialog dialog(parent);
        dialog.setWindowTitle(RackMapArea::tr("Change the window"));
        auto *form = new QFormLayout(&dialog);
        auto *from = new QDateEdit(displayDate(*start), &dialog);
        auto *to = new QDateEdit(displayDate(*end), &dialog);
        for (QDateEdit *e : {from, to}) {
            e->setCalendarPopup(true);
            e->setDisplayFormat(u"yyyy-MM-dd"_s);
        }
        form->addRow(RackMapArea::tr("&From (first day):"), from);
        form->addRow(RackMapArea::tr("&Until (the day it ends, exclusive):"), to);
        auto *hint = new QLabel(RackMapArea::tr("A window is at most 12 months long."), &dialog);
        form->addRow(hint);
        auto *buttons =
            new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        form->addRow(buttons);
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        *start = startOfDay(from->date());
        *end = startOfDay(to->date());
        return true;
    };
    p.askFreeNodes = [](QWidget *parent, int *count, int *scope) {
        QDialog dialog(parent);
        dialog.setWindowTitle(RackMapArea::tr("Select free nodes"));
        auto *form = new QFormLayout(&dialog);
        auto *number = new QSpinBox(&dialog);
        number->setRange(1, 512);
        number->setValue(*count);
        auto *where = new QComboBox(&dialog);
        where->addItems({RackMapArea::tr("In this rack"), RackMapArea::tr("In this row"),
                         RackMapArea::tr("In this cluster")});
        where->setCurrentIndex(*scope);
        form->addRow(RackMapArea::tr("&Nodes:"), number);
        form->addRow(RackMapArea::tr("&Where:"), where);
        auto *buttons =
            new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        form->addRow(buttons);
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        *count = number->value();
        *scope = where->currentIndex();
        return true;
    };
    p.askSavePath = [](QWidget *parent, const QString &suggested) {
        return askSaveFileName(parent, RackMapArea::tr("Export hand-over list"), suggested,
                               RackMapArea::tr("CSV files (*.csv)"));
    };
    return p;
}

} // namespace

RackMapArea::RackMapArea(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_prompts(defaultPrompts())
{
    setObjectName(u"rackMapArea"_s);
    m_undo = new QUndoStack(this);
    buildUi();
    buildActions();
    m_lazy = new LazyRefresh(this, [this] { reload(); });
    m_lazy->request();
    connect(&m_store, &Store::tablesChanged, this, [this](const QSet<QString> &tables) {
        static const QSet<QString> layout = {
            u"nodes"_s, u"racks"_s,     u"rack_rows"_s, u"clusters"_s,
            u"sites"_s, u"providers"_s, u"pools"_s,     u"accelerator_types"_s};
        static const QSet<QString> bookings = {u"allocations"_s, u"grants"_s, u"applications"_s,
                                               u"call_accelerators"_s};
        if (tables.intersects(layout)) {
            m_undo->clear(); // node indexes change with the layout
            m_lazy->request();
        } else if (tables.intersects(bookings)) {
            if (isVisible())
                reloadBookings();
            else
                m_lazy->request();
        }
    });
}

RackMapArea::~RackMapArea() = default;

RackMapView *RackMapArea::view() const
{
    return m_view;
}

QTableView *RackMapArea::projectTable() const
{
    return m_projectTable;
}

QUndoStack *RackMapArea::undoStack() const
{
    return m_undo;
}

void RackMapArea::setPrompts(const Prompts &prompts)
{
    m_prompts = prompts;
}

void RackMapArea::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 6, 6, 2);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"rackMapSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Find a node, rack or project (Enter)"));
    m_colourMode = new QComboBox(this);
    m_colourMode->setObjectName(u"rackMapColour"_s);
    auto *colourLabel = new QLabel(tr("C&olour by:"), this);
    colourLabel->setBuddy(m_colourMode);
    m_date = new QDateEdit(this);
    m_date->setObjectName(u"rackMapDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    auto *dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_date);
    top->addWidget(m_search, 2);
    top->addWidget(colourLabel);
    top->addWidget(m_colourMode);
    m_period = new UsagePeriodPicker(this);
    m_period->setVisible(false);
    top->addWidget(m_period);
    top->addWidget(dateLabel);
    top->addWidget(m_date);
    layout->addLayout(top);

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(u"rackMapToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(toolbar);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"rackMapSplitter"_s);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 0, 0, 6);
    auto *listLabel = new QLabel(tr("&Projects to place (drag onto the map):"), left);
    m_projectTable = new QTableView(left);
    m_projectTable->setObjectName(u"placementProjects"_s);
    listLabel->setBuddy(m_projectTable);
    m_projectModel = new PlacementProjectModel(this);
    m_projectTable->setModel(m_projectModel);
    m_projectTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_projectTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_projectTable->setDragEnabled(true);
    m_projectTable->setDragDropMode(QAbstractItemView::DragOnly);
    m_projectTable->verticalHeader()->hide();
    m_projectTable->setWordWrap(false);
    m_projectTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_projectTable->horizontalHeader()->setStretchLastSection(true);
    m_projectTable->setColumnWidth(PlacementProjectModel::Code, 110);
    m_projectTable->setColumnWidth(PlacementProjectModel::Organisation, 130);
    m_projectTable->setColumnWidth(PlacementProjectModel::Type, 56);
    m_projectTable->setColumnWidth(PlacementProjectModel::Nodes, 80);
    TableViewState::attach(m_projectTable);
    m_summary = new QLabel(left);
    m_summary->setObjectName(u"rackMapSummary"_s);
    m_summary->setWordWrap(true);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_projectTable, 1);
    leftLayout->addWidget(m_summary);

    auto *centre = new QSplitter(Qt::Vertical, split);
    auto *mapBox = new QWidget(centre);
    auto *mapLayout = new QVBoxLayout(mapBox);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->setSpacing(0);
    m_view = new RackMapView(mapBox);
    m_view->setObjectName(u"rackMapView"_s);
    m_legend = new RackMapLegend(mapBox);
    m_legend->setObjectName(u"rackMapLegend"_s);
    mapLayout->addWidget(m_view, 1);
    mapLayout->addWidget(m_legend);
    m_timeline = new NodeTimeline(centre);
    m_timeline->setObjectName(u"rackMapTimeline"_s);
    centre->setStretchFactor(0, 4);
    centre->setStretchFactor(1, 1);
    m_detail = new NodeDetailPanel(split);
    m_detail->setObjectName(u"rackMapDetail"_s);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 1);
    split->setSizes({430, 900, 230});
    layout->addWidget(split, 1);

    connect(m_view, &RackMapView::selectionChanged, this, [this] {
        const QList<int> nodes = m_view->selectedNodes();
        if (!nodes.isEmpty())
            m_timeline->setNodes(nodes);
        updateActions();
    });
    connect(m_view, &RackMapView::currentNodeChanged, this, [this](int node) {
        m_detail->setNode(node);
        if (m_view->selectedNodes().isEmpty() && node >= 0 && m_fleet.nodes[node].rack >= 0)
            m_timeline->setNodes(m_fleet.racks[m_fleet.nodes[node].rack].nodes);
    });
    connect(m_view, &RackMapView::projectDropped, this, &RackMapArea::onProjectDropped);
    connect(m_view, &RackMapView::activated, this, [this](int) { assignSelection(); });
    connect(m_timeline, &NodeTimeline::dateRequested, this,
            [this](qint64 ms) { m_date->setDate(displayDate(ms)); });
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        const qint64 ms = startOfDay(d);
        m_view->setDate(ms);
        m_timeline->setDate(ms);
        m_detail->setDate(ms);
        m_period->setLastDay(d); // a preset period ends with the map's date
    });
    connect(m_period, &UsagePeriodPicker::periodChanged, this, [this] {
        if (m_view->colourMode() == RackMapView::ColourMode::Utilisation)
            refreshUtilisation();
    });
    connect(m_colourMode, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto mode = m_colourMode->itemData(index).value<RackMapView::ColourMode>();
        m_period->setVisible(mode == RackMapView::ColourMode::Utilisation);
        if (mode == RackMapView::ColourMode::Utilisation)
            refreshUtilisation();
        m_view->setColourMode(mode);
        m_legend->showMode(m_view->colourMode(), m_fleet);
    });
    connect(m_search, &QLineEdit::returnPressed, this, &RackMapArea::search);
    connect(m_projectTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] {
                const PlacementProject *p = currentProject();
                m_view->highlightProject(p && p->placedNodes > 0 ? p->applicationId : QString());
                updateActions();
            });

    m_colourMode->addItem(tr("Project"), QVariant::fromValue(RackMapView::ColourMode::Allocation));
    m_colourMode->addItem(tr("Pool"), QVariant::fromValue(RackMapView::ColourMode::Pool));
    m_colourMode->addItem(tr("Node state"), QVariant::fromValue(RackMapView::ColourMode::State));

    const QSignalBlocker blocker(m_date);
    m_date->setDate(displayDate(Store::nowMs()));
    m_period->setLastDay(m_date->date());
    toolbar->setProperty("pending", true);
}

void RackMapArea::buildActions()
{
    auto *toolbar = findChild<QToolBar *>(u"rackMapToolbar"_s);
    auto add = [this, toolbar](const QString &text, const QKeySequence &key, const char *name,
                               auto slot) {
        QAction *a = toolbar->addAction(text);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(
            key.isEmpty() ? text : u"%1 (%2)"_s.arg(text, key.toString(QKeySequence::NativeText)));
        addAction(a);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_assign = add(tr("&Assign"), QKeySequence(Qt::CTRL | Qt::Key_Return), "assignNodes",
                   [this] { assignSelection(); });
    m_suggest = add(tr("&Suggest placement"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                    "suggestPlacement", [this] { suggestForProject(); });
    m_selectFree = add(tr("Select &free nodes…"), QKeySequence(Qt::CTRL | Qt::Key_N),
                       "selectFreeNodes", [this] {
                           const PlacementProject *p = currentProject();
                           int count = p ? qMax(1, p->nodesToGrant - p->placedNodes) : 1;
                           int scope = 2;
                           if (m_prompts.askFreeNodes(this, &count, &scope))
                               selectFreeNodes(count, scope);
                       });
    m_placeAll = add(tr("Place &all…"), QKeySequence(), "placeAll", [this] { placeAllProjects(); });
    toolbar->addSeparator();
    m_move = add(tr("&Move to selection"), QKeySequence(Qt::CTRL | Qt::Key_M), "moveNodes",
                 [this] { moveToSelection(); });
    m_window =
        add(tr("Change &window…"), QKeySequence(Qt::CTRL | Qt::Key_W), "changeWindow", [this] {
            const PlacementProject *p = currentProject();
            if (!p)
                return;
            const Placement current = currentPlacement(m_bookings, p->applicationId);
            qint64 start = current.isEmpty() ? p->defaultStart : current.start;
            qint64 end = current.isEmpty() ? p->defaultEnd : current.end;
            if (m_prompts.askWindow(this, &start, &end))
                changeWindow(start, end);
        });
    m_release = add(tr("&Release"), QKeySequence(Qt::Key_Delete), "releaseNodes",
                    [this] { releaseProject(); });
    toolbar->addSeparator();
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    undo->setObjectName(u"undoPlacement"_s);
    QAction *redo = m_undo->createRedoAction(this, tr("Re&do"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    redo->setObjectName(u"redoPlacement"_s);
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    addAction(undo);
    addAction(redo);
    toolbar->addSeparator();
    new KeyClaim(this, add(tr("&Fit all"), QKeySequence(Qt::CTRL | Qt::Key_0), "fitAll",
                           [this] { m_view->fitAll(); }));
    m_handOver = add(tr("&Hand-over list…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                     "exportHandOver", [this] { exportHandOver(); });
    updateActions();
}

void RackMapArea::reload()
{
    QString error;
    FleetSnapshot fleet;
    if (!FleetRepository(m_store).loadFleet(&fleet, &error)) {
        m_summary->setText(error);
        return;
    }
    m_fleet = std::move(fleet);
    m_view->setData(&m_fleet, &m_bookings);
    m_timeline->setData(&m_fleet, &m_bookings);
    m_detail->setData(&m_fleet, &m_bookings);
    m_legend->showMode(m_view->colourMode(), m_fleet);
    reloadBookings();
    m_view->fitAll();
    m_timeline->setToday(Store::nowMs());
}

void RackMapArea::reloadBookings()
{
    QString error;
    FleetBookings bookings;
    if (!FleetRepository(m_store).loadBookings(m_fleet, &bookings, &error)) {
        m_summary->setText(error);
        return;
    }
    m_bookings = std::move(bookings);
    const QString current = currentProject() ? currentProject()->applicationId : QString();
    m_projects = FleetRepository(m_store).projectsToPlace(m_fleet, m_bookings);
    m_projectModel->setProjects(&m_fleet, m_projects);
    selectProject(current);
    m_view->refreshBookings();
    m_timeline->update();
    m_detail->refresh();
    int waiting = 0, nodes = 0;
    for (const PlacementProject &p : std::as_const(m_projects)) {
        const int left = qMax(0, p.nodesToGrant - p.placedNodes);
        waiting += left > 0 ? 1 : 0;
        nodes += left;
    }
    m_summary->setText(tr("%n project(s) still need nodes", nullptr, waiting) + u" · "_s +
                       tr("%n node(s) in all", nullptr, nodes));
    updateActions();
}

const PlacementProject *RackMapArea::currentProject() const
{
    return m_projectModel->project(m_projectTable->currentIndex().row());
}

void RackMapArea::selectProject(const QString &applicationId)
{
    const int row = m_projectModel->rowOf(applicationId);
    if (row >= 0)
        m_projectTable->selectRow(row);
}

void RackMapArea::updateActions()
{
    const PlacementProject *p = currentProject();
    const bool hasNodes = !m_view->selectedNodes().isEmpty();
    const bool placed = p && p->placedNodes > 0;
    m_assign->setEnabled(p && hasNodes);
    m_suggest->setEnabled(p && p->placedNodes < p->nodesToGrant);
    m_selectFree->setEnabled(p != nullptr);
    m_move->setEnabled(placed && hasNodes);
    m_window->setEnabled(placed);
    m_release->setEnabled(placed);
    m_placeAll->setEnabled(!m_projects.isEmpty());
    m_handOver->setEnabled(!m_fleet.providers.isEmpty());
}

Placement RackMapArea::windowFor(const PlacementProject &project) const
{
    const Placement current = currentPlacement(m_bookings, project.applicationId);
    if (!current.isEmpty())
        return current;
    return Placement{{}, project.defaultStart, project.defaultEnd};
}

bool RackMapArea::push(const PlacementProject &project, const Placement &target,
                       const QString &text)
{
    const Placement before = currentPlacement(m_bookings, project.applicationId);
    const AllocationCheck check =
        checkPlacement(m_fleet, m_bookings, project, target, Store::nowMs());
    if (!check.ok) {
        m_prompts.warn(this, tr("Cannot change %1").arg(project.code), check.refusals.join(u'\n'));
        Q_EMIT statusMessage(tr("Nothing changed: %1").arg(check.refusals.value(0)));
        return false;
    }
    QString failure;
    auto *command = new PlacementCommand(m_store, m_fleet, project.applicationId, before, target,
                                         text, [&failure](const QString &m) { failure = m; });
    m_undo->push(command); // runs the change; a refused one removes itself
    if (!failure.isEmpty()) {
        m_prompts.warn(this, tr("Cannot change %1").arg(project.code), failure);
        return false;
    }
    Q_EMIT statusMessage(text);
    return true;
}

bool RackMapArea::assignSelection()
{
    const PlacementProject *p = currentProject();
    const QList<int> selected = m_view->selectedNodes();
    if (!p || selected.isEmpty())
        return false;
    const PlacementProject project = *p;
    Placement target = windowFor(project);
    QList<int> nodes = target.nodes;
    for (int n : selected) {
        if (!nodes.contains(n))
            nodes.append(n);
    }
    target.nodes = nodes;
    const int added = int(nodes.size() - windowFor(project).nodes.size());
    if (!push(project, target,
              tr("Assign %n node(s) to %1 for %2", nullptr, added)
                  .arg(project.code, windowText(target.start, target.end))))
        return false;
    m_view->clearSelection();
    selectProject(project.applicationId);
    m_view->highlightProject(project.applicationId);
    return true;
}

bool RackMapArea::releaseProject()
{
    const PlacementProject *p = currentProject();
    if (!p || p->placedNodes == 0)
        return false;
    const PlacementProject project = *p;
    const Placement current = currentPlacement(m_bookings, project.applicationId);
    // Selected nodes of the project: release just those; otherwise everything, after asking.
    QList<int> keep = current.nodes;
    for (int n : m_view->selectedNodes())
        keep.removeAll(n);
    if (keep.size() != current.nodes.size() && !keep.isEmpty()) {
        const int removed = int(current.nodes.size() - keep.size());
        return push(project, current.withNodes(keep),
                    tr("Release %n node(s) of %1", nullptr, removed).arg(project.code));
    }
    if (!m_prompts.confirm(this, tr("Release %1").arg(project.code),
                           tr("Release all %n node(s) of %1 (%2)? The project goes back to the "
                              "list of projects to place. You can undo this.",
                              nullptr, int(current.nodes.size()))
                               .arg(project.code, windowText(current.start, current.end))))
        return false;
    return push(
        project, released(),
        tr("Release all %n node(s) of %1", nullptr, int(current.nodes.size())).arg(project.code));
}

bool RackMapArea::moveToSelection()
{
    const PlacementProject *p = currentProject();
    const QList<int> selected = m_view->selectedNodes();
    if (!p || selected.isEmpty() || p->placedNodes == 0)
        return false;
    const PlacementProject project = *p;
    const Placement current = currentPlacement(m_bookings, project.applicationId);
    return push(project, current.withNodes(selected),
                tr("Move %1 to %n node(s)", nullptr, int(selected.size())).arg(project.code));
}

bool RackMapArea::changeWindow(qint64 start, qint64 end)
{
    const PlacementProject *p = currentProject();
    if (!p || p->placedNodes == 0)
        return false;
    const PlacementProject project = *p;
    const Placement current = currentPlacement(m_bookings, project.applicationId);
    return push(project, current.withWindow(start, end),
                tr("Change the window of %1 to %2").arg(project.code, windowText(start, end)));
}

bool RackMapArea::suggestForProject()
{
    const PlacementProject *p = currentProject();
    if (!p)
        return false;
    PlacementRequest request = placementRequest(*p);
    const Placement current = currentPlacement(m_bookings, p->applicationId);
    if (!current.isEmpty()) {
        request.start = current.start;
        request.end = current.end;
    }
    const Suggestion s = suggestPlacement(m_fleet, m_bookings, request);
    if (!s.ok) {
        m_prompts.warn(this, tr("No placement for %1").arg(p->code), s.refusal);
        return false;
    }
    // A preview: the suggested nodes are selected; the officer adjusts them or assigns.
    m_view->setSelectedNodes(s.nodes);
    m_view->jumpToNodeIndex(s.nodes.first());
    m_view->setSelectedNodes(s.nodes);
    Q_EMIT statusMessage(
        tr("Suggested %n node(s) for %1 in %2 rack(s) of %3; adjust the selection or press "
           "Assign (Ctrl+Return).",
           nullptr, int(s.nodes.size()))
            .arg(p->code)
            .arg(s.racksUsed)
            .arg(m_fleet.clusters[s.cluster].name));
    return true;
}

int RackMapArea::selectFreeNodes(int count, int scope)
{
    const PlacementProject *p = currentProject();
    if (!p || m_view->currentNode() < 0) {
        Q_EMIT statusMessage(tr("Pick a project and a node on the map first."));
        return 0;
    }
    const Placement window = windowFor(*p);
    static const RackMapView::Scope kScopes[] = {RackMapView::Scope::Rack, RackMapView::Scope::Row,
                                                 RackMapView::Scope::Cluster};
    const int found = m_view->selectFreeNodes(count, kScopes[qBound(0, scope, 2)], p->type,
                                              window.start, window.end);
    Q_EMIT statusMessage(
        tr("Selected %1 of %n free node(s) asked for %2.", nullptr, count).arg(found).arg(p->code));
    return found;
}

void RackMapArea::placeAllProjects()
{
    QList<PlacementRequest> requests;
    QList<int> which;
    for (int i = 0; i < m_projects.size(); ++i) {
        const PlacementProject &p = m_projects[i];
        if (p.placedNodes > 0 || p.nodesToGrant <= 0)
            continue; // only projects holding nothing yet: adding to a placed one is by hand
        requests.append(placementRequest(p, i));
        which.append(i);
    }
    if (requests.isEmpty()) {
        Q_EMIT statusMessage(tr("Every project already has nodes."));
        return;
    }
    const RoundResult round = placeRound(m_fleet, m_bookings, requests);
    QString text = tr("%n project(s) can be placed.", nullptr, round.placed);
    if (!round.notPlaced.isEmpty())
        text += u"\n\n"_s + tr("Not placed:") + u"\n"_s + round.notPlaced.join(u'\n');
    text += u"\n\n"_s + tr("Place them now? Each placement can be undone.");
    if (round.placed == 0) {
        m_prompts.warn(this, tr("Place all projects"), text);
        return;
    }
    if (!m_prompts.confirm(this, tr("Place all projects"), text))
        return;
    m_undo->beginMacro(tr("Place %n project(s)", nullptr, round.placed));
    int done = 0;
    QStringList failed;
    for (int k = 0; k < round.suggestions.size(); ++k) {
        const Suggestion &s = round.suggestions[k];
        if (!s.ok)
            continue;
        const PlacementProject project = m_projects[which[k]];
        QString failure;
        m_undo->push(new PlacementCommand(
            m_store, m_fleet, project.applicationId, Placement{},
            Placement{s.nodes, requests[k].start, requests[k].end},
            tr("Place %1 on %n node(s)", nullptr, int(s.nodes.size())).arg(project.code),
            [&failure](const QString &m) { failure = m; }));
        if (failure.isEmpty())
            ++done;
        else
            failed << u"%1: %2"_s.arg(project.code, failure);
    }
    m_undo->endMacro();
    if (!failed.isEmpty())
        m_prompts.warn(this, tr("Place all projects"), failed.join(u'\n'));
    Q_EMIT statusMessage(tr("Placed %n project(s); Ctrl+Z undoes the whole round.", nullptr, done));
}

void RackMapArea::exportHandOver()
{
    if (m_fleet.providers.isEmpty())
        return;
    QStringList names;
    for (const FleetProvider &p : std::as_const(m_fleet.providers))
        names << (p.nameEn.isEmpty() || QLocale().language() == QLocale::Korean ? p.name
                                                                                : p.nameEn);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Hand-over list"), tr("&Provider:"), names, 0, false, &ok);
    if (!ok)
        return;
    const FleetProvider &provider = m_fleet.providers[names.indexOf(chosen)];
    const QString path = m_prompts.askSavePath(
        this, u"handover-%1-%2.csv"_s.arg(provider.code,
                                          displayDate(Store::nowMs()).toString(u"yyyyMMdd"_s)));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly) ||
        !AllocationRepository(m_store).writeHandOver(&file, provider.id, startOfDay(m_date->date()),
                                                     &error) ||
        !file.commit()) {
        m_prompts.warn(this, tr("Hand-over list"),
                       tr("The list could not be written to %1: %2")
                           .arg(path, error.isEmpty() ? file.errorString() : error));
        return;
    }
    Q_EMIT statusMessage(tr("Hand-over list for %1 written to %2").arg(chosen, path));
}

void RackMapArea::onProjectDropped(const QString &applicationId, int node)
{
    selectProject(applicationId);
    const PlacementProject *p = currentProject();
    if (!p || p->applicationId != applicationId || node < 0)
        return;
    if (!m_view->isSelected(node)) {
        // Dropped on an unselected node: take the free nodes it needs around that node.
        const Placement window = windowFor(*p);
        const int needed = qMax(1, p->nodesToGrant - p->placedNodes);
        m_view->clearSelection();
        m_view->setCurrentNode(node);
        if (m_view->selectFreeNodes(needed, RackMapView::Scope::Cluster, p->type, window.start,
                                    window.end) < needed) {
            m_prompts.warn(
                this, tr("Cannot place %1").arg(p->code),
                tr("There are not %n free %1 node(s) in this cluster for %2.", nullptr, needed)
                    .arg(p->type >= 0 ? m_fleet.types[p->type].code : QString(),
                         windowText(window.start, window.end)));
            return;
        }
    }
    assignSelection();
}

void RackMapArea::search()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    if (m_view->jumpToNode(text) || m_view->jumpToRack(text)) {
        Q_EMIT statusMessage(tr("Found %1.").arg(text));
        return;
    }
    for (const PlacementProject &p : std::as_const(m_projects)) {
        if (p.code.compare(text, Qt::CaseInsensitive) == 0 ||
            p.title.contains(text, Qt::CaseInsensitive)) {
            selectProject(p.applicationId);
            m_view->highlightProject(p.applicationId);
            Q_EMIT statusMessage(tr("Showing the nodes of %1.").arg(p.code));
            return;
        }
    }
    Q_EMIT statusMessage(tr("No node, rack or project matches \"%1\".").arg(text));
}

void RackMapArea::setUsageSource(UsageSource *source)
{
    m_usage = source;
    for (int i = m_colourMode->count() - 1; i >= 0; --i) {
        if (m_colourMode->itemData(i, usageRole).isValid())
            m_colourMode->removeItem(i);
    }
    if (!m_usage)
        return;
    m_colourMode->addItem(tr("Utilisation"),
                          QVariant::fromValue(RackMapView::ColourMode::Utilisation));
    m_colourMode->setItemData(m_colourMode->count() - 1, true, usageRole);
}

UsagePeriodPicker *RackMapArea::usagePeriod() const
{
    return m_period;
}

// The busy share of each node over the period picked beside the colour mode.
void RackMapArea::refreshUtilisation()
{
    if (!m_usage || m_fleet.nodes.isEmpty())
        return;
    QList<double> share;
    QString error;
    if (!nodeUtilisation(*m_usage, m_fleet, m_period->fromMs(), m_period->toMs(), &share,
                         &error)) {
        Q_EMIT statusMessage(tr("Utilisation could not be read: %1").arg(error));
        return;
    }
    int reporting = 0;
    for (double s : share)
        reporting += std::isnan(s) ? 0 : 1;
    m_view->setUtilisation(share);
    const QString first = QLocale().toString(m_period->firstDay(), QLocale::ShortFormat);
    const QString last = QLocale().toString(m_period->lastDay(), QLocale::ShortFormat);
    Q_EMIT statusMessage(
        reporting == 0
            ? tr("No telemetry from %1 to %2: import telemetry first (File > Import telemetry).")
                  .arg(first, last)
            : tr("Utilisation from %1 to %2: %n node(s) reported.", nullptr, reporting)
                  .arg(first, last));
}

} // namespace gpudesk
