// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupScheduler.h"

#include "store/AuditLog.h"
#include "store/BackupSchedule.h"
#include "store/ProfileBackup.h"
#include "store/Store.h"

#include <QDateTime>
#include <QDir>
#include <QThread>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

constexpr int kFirstCheckMs = 60 * 1000;
constexpr int kCheckEveryMs = 30 * 60 * 1000;

struct Outcome
{
    bool ok = false;
    QString file;
    QString error;
    QStringList pruned;
};

} // namespace

BackupScheduler::BackupScheduler(Store &store, QObject *parent) : QObject(parent), m_store(store)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(kCheckEveryMs);
    connect(m_timer, &QTimer::timeout, this, [this] { runIfDue(); });
    m_timer->start();
    QTimer::singleShot(kFirstCheckMs, this, [this] { runIfDue(); });
}

BackupScheduler::~BackupScheduler()
{
    // A backup still running finishes first: the file it writes must not be cut off.
    if (m_thread)
        m_thread->wait();
}

bool BackupScheduler::runIfDue()
{
    if (m_thread)
        return false;
    BackupSchedule schedule = BackupSchedule::load(m_store.path());
    if (!schedule.enabled() ||
        !ProfileBackup::isDue(schedule.lastBackupMs, schedule.intervalHours, Store::nowMs()))
        return false;
    const QString profile = m_store.path();
    const QString target =
        ProfileBackup::backupPathFor(profile, schedule.folder, QDateTime::currentDateTime());
    auto outcome = std::make_shared<Outcome>();
    m_thread = QThread::create([outcome, profile, target, schedule] {
        outcome->file = target;
        outcome->ok = ProfileBackup::backup(profile, target, &outcome->error);
        if (outcome->ok)
            outcome->pruned = ProfileBackup::prune(profile, schedule.folder, schedule.keep,
                                                   &outcome->error);
    });
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        BackupSchedule s = BackupSchedule::load(m_store.path());
        QString message;
        if (outcome->ok) {
            s.lastBackupMs = Store::nowMs();
            s.lastFile = outcome->file;
            s.lastError.clear();
            QString error;
            AuditLog::recordBackup(m_store, outcome->file, true, &error);
            message = tr("Scheduled backup saved to %1.")
                          .arg(QDir::toNativeSeparators(outcome->file));
            if (!outcome->pruned.isEmpty())
                message += u' ' + tr("%n older backup(s) deleted.", nullptr,
                                     int(outcome->pruned.size()));
        } else {
            s.lastError = outcome->error;
            message = tr("The scheduled backup failed: %1 It is tried again in half an hour.")
                          .arg(outcome->error);
            qWarning("scheduled backup failed: %s", qPrintable(outcome->error));
        }
        s.save(m_store.path());
        Q_EMIT finished(outcome->ok, message);
    });
    m_thread->start(QThread::LowPriority);
    return true;
}

} // namespace gpudesk
