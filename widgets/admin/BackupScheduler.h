// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

class QTimer;

namespace gpudesk {

class Store;

// Makes the open profile's scheduled backups while gpudesk runs: shortly after start and every
// half hour it checks whether one is due, then copies the profile on a worker thread (the window
// stays responsive, the copy is one consistent snapshot), deletes the backups beyond the ones to
// keep, records the backup in the audit trail and says how it went.
class BackupScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupScheduler)

public:
    explicit BackupScheduler(Store &store, QObject *parent = nullptr);
    ~BackupScheduler() override;

    // Starts a backup when one is due and none is running; true when it started.
    bool runIfDue();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    Store &m_store;
    QTimer *m_timer = nullptr;
    QPointer<QThread> m_thread;
};

} // namespace gpudesk
