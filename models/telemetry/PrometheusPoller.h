// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/PrometheusFetch.h"
#include "telemetry/PrometheusSource.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace gpudesk {

class Store;
class TelemetryImporter;

// The periodic fetch while the program runs: every source with periodic fetching on is fetched
// every intervalMinutes, from the step after its last imported time up to a minute ago, on a
// worker thread with its own connection, one source at a time. Each result is signalled and the
// source's fetch position saved; an error is reported and tried again at the next interval.
class PrometheusPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusPoller)

public:
    explicit PrometheusPoller(Store &store, QObject *parent = nullptr);
    // Cancels a fetch under way and waits for its worker.
    ~PrometheusPoller() override;

    // Re-reads the sources (after the officer changed them).
    void reload();
    // Starts the next due source now, if any and if none runs.
    void pollNow();
    bool isBusy() const { return m_thread != nullptr; }
    // The clock, replaceable in tests.
    void setClock(std::function<qint64()> now) { m_now = std::move(now); }

    // How long before "now" a periodic fetch stops, so the latest scrape has arrived.
    static constexpr qint64 lagMs = 60 * 1000;

Q_SIGNALS:
    void fetched(const QString &sourceId, const QString &sourceName,
                 const gpudesk::PrometheusFetchReport &report);

private:
    void start(const PrometheusSource &source);
    void onFinished();

    Store &m_store;
    QList<PrometheusSource> m_sources;
    QHash<QString, qint64> m_lastAttempt; // id -> when its last periodic fetch started
    QTimer m_timer;
    std::function<qint64()> m_now;
    QThread *m_thread = nullptr;
    std::unique_ptr<TelemetryImporter> m_importer;
    std::atomic<bool> m_cancel{false};
    PrometheusSource m_running;
    PrometheusFetchReport m_report;
};

} // namespace gpudesk
