// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/SyncEngine.h"
#include "sync/SyncState.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <functional>
#include <memory>

class QThread;
class QTimer;

namespace gpudesk {

class Store;

// Runs sync for one profile: on demand and every few minutes, always on a worker thread with its
// own database connection, never two at once; keeps the state the status bar shows (offline,
// syncing n%, in sync at 14:02, conflicts, refused changes). Offline is normal: an unreachable
// server only changes the state, it never interrupts the user.
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    enum class State
    {
        NotConfigured, // no server: the profile is local
        SignedOut,     // a server, but no session on it
        Idle,          // signed in, not synced yet in this session
        Syncing,
        InSync,
        Offline,
        Attention // the server refused (certificate, protocol, session) or failed: see detail()
    };

    // Makes the transport a run uses, on the worker thread (HTTPS by default; tests pass theirs).
    using TransportFactory = std::function<std::unique_ptr<SyncTransport>(const SyncSettings &)>;

    explicit SyncController(Store &store, QObject *parent = nullptr);
    ~SyncController() override;

    State state() const { return m_state; }
    int percent() const { return m_percent; }
    qint64 lastSuccess() const { return m_lastSuccess; }
    // The last run's problem in the user's words (empty when there was none).
    QString detail() const { return m_detail; }
    const SyncRunReport &lastReport() const { return m_report; }
    int conflicts() const { return m_conflicts; }
    int rejections() const { return m_rejections; }
    // True from syncNow() until the run's thread has ended, which is after its outcome is shown
    // when it still folds the log of a large pull.
    bool isRunning() const { return m_thread != nullptr; }
    // True while a run can still be stopped: it has not reported its outcome yet.
    bool canCancel() const { return isRunning() && !m_reported; }
    SyncSettings settings() const { return m_settings; }

    // Starts a run unless the profile is not signed in. Asked for while a run still folds its
    // log, it starts once that is done; while one is syncing, it does nothing.
    void syncNow();
    // Asks the run in progress to stop; it stops between pages or batches.
    void cancel();
    // Reads the settings again (after the settings dialog) and restarts the periodic timer.
    void reloadSettings();
    void setTransportFactory(TransportFactory factory) { m_factory = std::move(factory); }
    // Blocks until the run in progress (if any) has ended: closing the window, tests.
    void waitForRun();

Q_SIGNALS:
    void stateChanged();
    void runFinished(const gpudesk::SyncRunReport &report);
    // A successful run while the signed-in account is not the session's user: the window
    // switches to it once the profile holds its user row.
    void serverUserAvailable(const QString &userId);

private:
    void finish(const SyncRunReport &report);
    void recount();
    void setState(State state);

    Store &m_store;
    SyncSettings m_settings;
    TransportFactory m_factory;
    State m_state = State::NotConfigured;
    int m_percent = 0;
    qint64 m_lastSuccess = 0;
    QString m_detail;
    SyncRunReport m_report;
    int m_conflicts = 0;
    int m_rejections = 0;
    QThread *m_thread = nullptr;
    bool m_reported = false;  // the run in m_thread has reported its outcome
    bool m_runAgain = false;  // syncNow() was called after that, while the thread still ran
    QTimer *m_timer = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QMutex m_transportMutex;
    SyncTransport *m_transport = nullptr; // the run's, while it runs (for cancel)
};

} // namespace gpudesk
