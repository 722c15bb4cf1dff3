// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncController.h"

#include "store/Store.h"
#include "sync/HttpsTransport.h"
#include "sync/SyncMessages.h"
#include "sync/SyncRecords.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace gpudesk {

SyncController::SyncController(Store &store, QObject *parent)
    : QObject(parent), m_store(store), m_timer(new QTimer(this))
{
    m_factory = [](const SyncSettings &s) -> std::unique_ptr<SyncTransport> {
        return HttpsTransport::forSession(s);
    };
    connect(m_timer, &QTimer::timeout, this, [this] { syncNow(); });
    connect(&m_store, &Store::tablesChanged, this, [this](const QSet<QString> &tables) {
        if (tables.contains(u"sync_conflicts"_s) || tables.contains(u"sync_rejections"_s))
            recount();
    });
    reloadSettings();
    recount();
    // Catch up shortly after the window opens, once it is painted.
    QTimer::singleShot(3000, this, [this] { syncNow(); });
}

SyncController::~SyncController()
{
    m_runAgain = false;
    cancel();
    waitForRun();
}

void SyncController::reloadSettings()
{
    m_settings = SyncState::settings(m_store.db());
    m_lastSuccess = SyncState::progress(m_store.db()).lastSuccess;
    if (!m_settings.configured())
        setState(State::NotConfigured);
    else if (!m_settings.signedIn())
        setState(State::SignedOut);
    else if (!isRunning())
        setState(m_lastSuccess > 0 ? State::InSync : State::Idle);
    m_timer->stop();
    if (m_settings.signedIn() && m_settings.intervalMinutes > 0) {
        m_timer->setInterval(m_settings.intervalMinutes * 60 * 1000);
        m_timer->start();
    }
}

void SyncController::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged();
}

void SyncController::recount()
{
    const SyncRecords records(m_store);
    m_conflicts = records.openConflictCount();
    m_rejections = records.rejectionCount();
    Q_EMIT stateChanged();
}

void SyncController::syncNow()
{
    if (!m_settings.signedIn())
        return;
    if (isRunning()) {
        m_runAgain = m_reported;
        return;
    }
    m_reported = false;
    m_runAgain = false;
    m_percent = 0;
    m_detail.clear();
    setState(State::Syncing);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const auto cancel = m_cancel;
    const SyncSettings settings = m_settings;
    const TransportFactory factory = m_factory;
    QPointer<SyncController> self(this);
    const auto progress = [self](int percent, const QString &) {
        QMetaObject::invokeMethod(
            self,
            [self, percent] {
                if (self && self->m_state == State::Syncing) {
                    self->m_percent = percent;
                    Q_EMIT self->stateChanged();
                }
            },
            Qt::QueuedConnection);
    };
    m_thread = QThread::create([this, self, cancel, settings, factory, progress] {
        m_store.withWorkerConnection(u"sync"_s, [&](QSqlDatabase &db) {
            std::unique_ptr<SyncTransport> transport = factory(settings);
            {
                QMutexLocker lock(&m_transportMutex);
                m_transport = transport.get();
            }
            // The engine keeps prepared statements of db: it goes first.
            SyncEngine engine(m_store, db, *transport);
            const SyncRunReport report =
                engine.run(progress, [cancel] { return cancel->load(); });
            {
                QMutexLocker lock(&m_transportMutex);
                m_transport = nullptr;
            }
            // The window shows the outcome now; folding the log after a large pull takes a
            // second more here, while the officer already works.
            QMetaObject::invokeMethod(
                self,
                [self, report] {
                    if (self)
                        self->finish(report);
                },
                Qt::QueuedConnection);
            engine.foldLog(report);
        });
    });
    // The thread ends after the run's outcome is shown: until then, no other run starts.
    connect(m_thread, &QThread::finished, this, [this] {
        if (!m_thread)
            return;
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        Q_EMIT stateChanged();
        if (m_runAgain)
            syncNow();
    });
    m_thread->start();
}

void SyncController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    QMutexLocker lock(&m_transportMutex);
    if (auto *https = dynamic_cast<HttpsTransport *>(m_transport))
        https->cancel();
}

void SyncController::waitForRun()
{
    if (!m_thread)
        return;
    m_thread->wait();
    // The run's last words are queued: take them now, so the state is final when this returns.
    QCoreApplication::sendPostedEvents(this);
}

void SyncController::finish(const SyncRunReport &report)
{
    m_reported = true;
    m_report = report;
    using Result = SyncRunReport::Result;
    switch (report.result) {
    case Result::Done:
        m_lastSuccess = SyncState::progress(m_store.db()).lastSuccess;
        m_detail.clear();
        setState(State::InSync);
        break;
    case Result::Offline:
        m_detail = SyncMessages::describe(report.code, report.params);
        setState(State::Offline);
        break;
    case Result::Cancelled:
        m_detail = SyncMessages::describe(report.code, report.params);
        setState(m_lastSuccess > 0 ? State::InSync : State::Idle);
        break;
    case Result::SignedOut:
    case Result::Refused:
    case Result::Failed:
        m_detail = SyncMessages::describe(report.code, report.params);
        setState(State::Attention);
        break;
    }
    recount();
    Q_EMIT runFinished(report);
    // The window looks the account up and switches to it once the profile holds it.
    if (report.result == Result::Done && !m_settings.userId.isEmpty() &&
        m_settings.userId != m_store.currentUserId())
        Q_EMIT serverUserAvailable(m_settings.userId);
}

} // namespace gpudesk
