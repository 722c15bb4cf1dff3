// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Fleet.h"
#include "rules/AllocationRules.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace gpudesk {

class LazyRefresh;
class NodeDetailPanel;
class NodeTimeline;
class PlacementProjectModel;
class RackMapLegend;
class RackMapView;
class Store;
class UsagePeriodPicker;
class UsageSource;

// The officer's Rack map area (랙 배치): the selected projects beside the map of the whole fleet,
// and every command that turns them into nodes and dates — by hand (drag a project onto the map,
// or select nodes and assign), by suggestion, or a whole round at once — with undo and redo.
class RackMapArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RackMapArea)

public:
    explicit RackMapArea(Store &store, QWidget *parent = nullptr);
    ~RackMapArea() override;

    RackMapView *view() const;
    QTableView *projectTable() const;
    QUndoStack *undoStack() const;
    const FleetSnapshot &fleet() const { return m_fleet; }
    const FleetBookings &bookings() const { return m_bookings; }

    // The selected project in the side list, or null.
    const PlacementProject *currentProject() const;
    void selectProject(const QString &applicationId);

    // Commands (also on the toolbar and shortcuts); each reports in statusMessage.
    bool assignSelection();
    bool releaseProject();
    bool moveToSelection();
    bool changeWindow(qint64 start, qint64 end);
    bool suggestForProject();
    // Selects `count` free nodes fit for the current project around the current node.
    int selectFreeNodes(int count, int scope);
    void placeAllProjects();
    void exportHandOver();

    // Telemetry for the Utilisation colouring, summed over the period picked beside it (the
    // last day, 7 or 30 days up to the map's date, or custom days); without a source the mode
    // is not offered.
    void setUsageSource(UsageSource *source);
    UsagePeriodPicker *usagePeriod() const;

    // Dialog seams, so tests can answer them.
    struct Prompts
    {
        std::function<bool(QWidget *, const QString &title, const QString &text)> confirm;
        std::function<void(QWidget *, const QString &title, const QString &text)> warn;
        std::function<bool(QWidget *, qint64 *start, qint64 *end)> askWindow;
        std::function<QString(QWidget *, const QString &suggestedName)> askSavePath;
        // How many free nodes to select and where (0 rack, 1 row, 2 cluster).
        std::function<bool(QWidget *, int *count, int *scope)> askFreeNodes;
    };
    void setPrompts(const Prompts &prompts);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void buildUi();
    void buildActions();
    void reload();
    void reloadBookings();
    void updateActions();
    void onProjectDropped(const QString &applicationId, int node);
    void search();
    void refreshUtilisation();
    bool push(const PlacementProject &project, const Placement &target, const QString &text);
    Placement windowFor(const PlacementProject &project) const;

    Store &m_store;
    FleetSnapshot m_fleet;
    FleetBookings m_bookings;
    QList<PlacementProject> m_projects;
    Prompts m_prompts;
    LazyRefresh *m_lazy = nullptr;
    bool m_writing = false;
    QPointer<RackMapView> m_view;
    QPointer<RackMapLegend> m_legend;
    QPointer<QTableView> m_projectTable;
    PlacementProjectModel *m_projectModel = nullptr;
    QPointer<NodeTimeline> m_timeline;
    QPointer<NodeDetailPanel> m_detail;
    QPointer<QLineEdit> m_search;
    QPointer<QComboBox> m_colourMode;
    QPointer<QDateEdit> m_date;
    QPointer<UsagePeriodPicker> m_period;
    QPointer<QLabel> m_summary;
    QUndoStack *m_undo = nullptr;
    UsageSource *m_usage = nullptr;
    QAction *m_assign = nullptr;
    QAction *m_release = nullptr;
    QAction *m_move = nullptr;
    QAction *m_window = nullptr;
    QAction *m_suggest = nullptr;
    QAction *m_selectFree = nullptr;
    QAction *m_placeAll = nullptr;
    QAction *m_handOver = nullptr;
};

} // namespace gpudesk
