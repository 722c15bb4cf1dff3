// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Fleet.h"
#include "telemetry/DashboardFigures.h"

#include <QPointer>
#include <QWidget>

class QCustomPlot;
class QLabel;
class QTableWidget;

namespace gpudesk {

class LazyRefresh;
class Store;
class UsageSource;

// The usage dashboard (사용 현황): the fleet's utilisation now and over 30 days, allocated and
// idle nodes per type and pool, projects ranked by use and allocations ending soon. Read only;
// a double click on a project asks the window to show its chart.
class UsageDashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageDashboard)

public:
    UsageDashboard(Store &store, UsageSource *source, QWidget *parent = nullptr);
    ~UsageDashboard() override;

    // Tests fix "now"; 0 means the clock.
    void setNowMs(qint64 nowMs) { m_nowMs = nowMs; }
    void reload();
    const DashboardFigures &figures() const { return m_figures; }

    // The chart of the fleet's busy share per day over the figures' period, against the idle
    // threshold, in `palette`'s colours; the usage report draws it too. The caller replots.
    static void plotDays(QCustomPlot *plot, const DashboardFigures &figures,
                         const QPalette &palette);

Q_SIGNALS:
    void projectActivated(const QString &applicationId);
    void statusMessage(const QString &message);

private:
    void buildUi();
    void showFigures();
    void fillTiles();
    void fillChart();
    void fillPools();
    void fillProjects();
    void fillEnding();

    Store &m_store;
    UsageSource *m_source = nullptr;
    LazyRefresh *m_lazy = nullptr;
    qint64 m_nowMs = 0;
    FleetSnapshot m_fleet;
    FleetBookings m_bookings;
    DashboardFigures m_figures;
    QPointer<QLabel> m_note;
    QPointer<QLabel> m_busyNow;
    QPointer<QLabel> m_busyPeriod;
    QPointer<QLabel> m_allocated;
    QPointer<QLabel> m_idle;
    QPointer<QCustomPlot> m_chart;
    QPointer<QTableWidget> m_pools;
    QPointer<QTableWidget> m_projects;
    QPointer<QTableWidget> m_ending;
};

} // namespace gpudesk
