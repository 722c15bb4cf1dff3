// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Fleet.h"
#include "domain/Usage.h"

#include <QWidget>

class QSplitter;
class QTimer;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace gpudesk {

class IdleProjectsView;
class LazyRefresh;
class SearchLineEdit;
class Store;
class UsageChart;
class UsageSource;

// The Usage area (사용률): what to chart on the left — the whole fleet, providers, clusters,
// pools and projects, with a search that also finds nodes by hostname; several selected at
// once are compared — beside the chart and, for those who may act on it, the idle check.
// What was charted last (subjects, measure, range) is remembered per profile.
class UsageArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageArea)

public:
    // `source` must outlive the area. `idleCheck` adds the idle check's tab (officers and
    // administrators: it warns, reduces and reclaims).
    UsageArea(Store &store, UsageSource *source, bool idleCheck, QWidget *parent = nullptr);
    ~UsageArea() override;

    UsageChart *chart() const { return m_chart; }
    IdleProjectsView *idleView() const { return m_idle; }
    QTreeWidget *scopeTree() const { return m_tree; }
    SearchLineEdit *scopeSearch() const { return m_search; }
    QTabWidget *tabs() const { return m_tabs; }

    // Charts one subject alone and brings the chart forward (the dashboard's double click).
    bool showSubject(UsageScope scope, const QString &id);
    // Reads the fleet and its bookings again and rebuilds the list.
    void reload();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void buildUi();
    void fillTree();
    void filterTree(const QString &text);
    void chartSelection();
    void restoreSettings();
    // Writing QSettings syncs a file to disk: a burst of changes (a drag, a switch of
    // project) is written once, shortly after, and what is pending on the way out.
    void requestSave();
    void saveSettings() const;
    QString settingsKey(const QString &name) const;
    QTreeWidgetItem *itemFor(UsageScope scope, const QString &id) const;

    Store &m_store;
    UsageSource *m_source = nullptr;
    FleetSnapshot m_fleet;
    FleetBookings m_bookings;
    LazyRefresh *m_lazy = nullptr;
    bool m_restoring = false;
    bool m_restored = false;
    QTimer *m_saveTimer = nullptr;
    SearchLineEdit *m_search = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    UsageChart *m_chart = nullptr;
    IdleProjectsView *m_idle = nullptr;
    QTreeWidgetItem *m_nodesGroup = nullptr;
};

} // namespace gpudesk
