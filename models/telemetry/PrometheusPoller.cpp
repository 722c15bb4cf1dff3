// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/PrometheusPoller.h"

#include "store/Store.h"
#include "telemetry/PrometheusQuery.h"
#include "telemetry/PrometheusSourceSettings.h"
#include "telemetry/TelemetryImporter.h"

#include <QSqlDatabase>
#include <QThread>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {
constexpr int kCheckEveryMs = 30 * 1000;
}

PrometheusPoller::PrometheusPoller(Store &store, QObject *parent)
    : QObject(parent), m_store(store), m_now(&Store::nowMs)
{
    connect(&m_timer, &QTimer::timeout, this, &PrometheusPoller::pollNow);
    m_timer.start(kCheckEveryMs);
    reload();
}

PrometheusPoller::~PrometheusPoller()
{
    if (m_thread) {
        m_cancel.store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void PrometheusPoller::reload()
{
    m_sources = PrometheusSourceSettings(m_store.path()).load();
}

void PrometheusPoller::pollNow()
{
    if (m_thread)
        return;
    const qint64 now = m_now();
    for (const PrometheusSource &source : std::as_const(m_sources)) {
        if (!source.periodic || source.intervalMinutes < 1)
            continue;
        const qint64 last = m_lastAttempt.value(source.id, 0);
        if (last > 0 && now - last < qint64(source.intervalMinutes) * 60 * 1000)
            continue;
        start(source);
        return;
    }
}

void PrometheusPoller::start(const PrometheusSource &source)
{
    const qint64 now = m_now();
    m_lastAttempt.insert(source.id, now);
    const qint64 stepMs = qint64(source.stepSeconds) * 1000;
    // From the step after what is already in, or one interval back for a new source.
    const qint64 from = source.fetchedUpToMs() > 0
                            ? source.fetchedUpToMs() + stepMs
                            : now - qint64(source.intervalMinutes) * 60 * 1000;
    const qint64 to = now - lagMs;
    if (to < from)
        return;
    m_importer = std::make_unique<TelemetryImporter>(m_store);
    QString error;
    if (!m_importer->load(&error)) {
        PrometheusFetchReport report;
        report.error = error;
        Q_EMIT fetched(source.id, source.name, report);
        return;
    }
    m_running = source;
    m_cancel.store(false);
    m_report = PrometheusFetchReport();
    m_thread = QThread::create([this, from, to] {
        m_store.withWorkerConnection(u"prometheus-poll"_s, [&](QSqlDatabase &db) {
            m_importer->setWorkerConnection(db);
            PrometheusFetch::Hooks hooks;
            hooks.isCancelled = [this] { return m_cancel.load(); };
            m_report = PrometheusFetch::run(m_running, from, to, *m_importer, hooks);
            m_importer->setWorkerConnection(QSqlDatabase());
        });
    });
    connect(m_thread, &QThread::finished, this, &PrometheusPoller::onFinished);
    m_thread->start();
}

void PrometheusPoller::onFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_importer.reset();
    if (!m_report.fetched.isEmpty()) {
        const qint64 stepMs = qint64(m_running.stepSeconds) * 1000;
        for (PrometheusSource &s : m_sources) {
            if (s.id != m_running.id)
                continue;
            for (const FetchedRange &r : std::as_const(m_report.fetched))
                PrometheusQuery::cover(&s.fetched, r, stepMs);
            PrometheusSourceSettings(m_store.path()).setFetched(s.id, s.fetched);
        }
    }
    Q_EMIT fetched(m_running.id, m_running.name, m_report);
    // Another source may be due as well.
    QTimer::singleShot(0, this, &PrometheusPoller::pollNow);
}

} // namespace gpudesk
