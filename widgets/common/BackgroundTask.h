// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QString>
#include <atomic>
#include <functional>

class QSqlDatabase;
class QWidget;

// Long work (imports, auto-assignment, placing a round) runs on a worker thread while the window
// stays responsive and shows how far it got, with a Cancel button. The work polls isCancelled()
// and rolls back; nothing is left half written.
namespace gpudesk {

// Shared between the worker and the GUI thread; every member is safe to call from either.
class TaskControl
{
public:
    void setProgress(qint64 done, qint64 total)
    {
        m_done.store(done);
        m_total.store(total);
    }
    void setStatus(const QString &text)
    {
        QMutexLocker lock(&m_mutex);
        m_status = text;
    }
    bool isCancelled() const { return m_cancelled.load(); }
    // A progress callback for the models' long operations: records the progress and answers
    // whether to go on.
    std::function<bool(qint64 done, qint64 total)> progressFn()
    {
        return [this](qint64 done, qint64 total) {
            setProgress(done, total);
            return !isCancelled();
        };
    }

    // What stops the work at once when the user cancels, for work that waits rather than
    // polls (a network exchange): called from cancel(), on the GUI thread, or here when the
    // user already cancelled. The worker clears it (an empty function) before what it uses goes.
    // It runs under this object's lock: it must not call back into it (setStatus, status).
    void setOnCancel(std::function<void()> stop)
    {
        QMutexLocker lock(&m_mutex);
        m_onCancel = std::move(stop);
        if (m_onCancel && isCancelled())
            m_onCancel();
    }

    // GUI side.
    void cancel()
    {
        m_cancelled.store(true);
        QMutexLocker lock(&m_mutex);
        if (m_onCancel)
            m_onCancel();
    }
    qint64 done() const { return m_done.load(); }
    qint64 total() const { return m_total.load(); } // 0: unknown
    QString status() const
    {
        QMutexLocker lock(&m_mutex);
        return m_status;
    }

private:
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic<bool> m_cancelled{false};
    mutable QMutex m_mutex; // m_status, m_onCancel
    QString m_status;
    std::function<void()> m_onCancel;
};

// Runs `work` on a new thread and returns when it has finished. Meanwhile the event loop keeps
// running; after a short delay a window-modal progress dialog titled `title` appears over
// `parent` (none for quick work, so it never flashes). Returns false when the user cancelled;
// the work decides what a cancel means and must still return promptly.
bool runInBackground(QWidget *parent, const QString &title,
                     const std::function<void(TaskControl &)> &work);

class Store;

// runInBackground with a connection of the worker's own to the profile
// (Store::openWorkerConnection), opened before `work` and removed after it: imports write
// through it off the GUI thread.
bool runWithConnection(QWidget *parent, Store &store, const QString &title,
                       const std::function<void(QSqlDatabase &db, TaskControl &control)> &work);

} // namespace gpudesk
