// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncState.h"

#include "store/Store.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gpudesk::SyncState {
namespace {

const QString kUrl = u"server.url"_s;
const QString kCaPem = u"server.ca_pem"_s;
const QString kCaSha = u"server.ca_sha256"_s;
const QString kPinned = u"server.pinned"_s;
const QString kToken = u"server.token"_s;
const QString kUser = u"server.user_id"_s;
const QString kLogin = u"server.login"_s;
const QString kRole = u"server.role"_s;
const QString kInterval = u"sync.interval_minutes"_s;
const QString kCursor = u"pull.cursor"_s;
const QString kServerId = u"pull.server_id"_s;
const QString kLastSuccess = u"sync.last_success"_s;

} // namespace

QString value(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT value FROM sync_state WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool set(QSqlDatabase &db, const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(db);
    if (value.isEmpty()) {
        q.prepare(u"DELETE FROM sync_state WHERE key = ?"_s);
        q.addBindValue(key);
    } else {
        q.prepare(u"INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                  "SET value = excluded.value"_s);
        q.addBindValue(key);
        q.addBindValue(value);
    }
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

SyncSettings settings(const QSqlDatabase &db)
{
    SyncSettings s;
    s.serverUrl = value(db, kUrl);
    s.caPem = value(db, kCaPem);
    s.caSha256 = value(db, kCaSha);
    s.pinned = value(db, kPinned) == u"1"_s;
    s.token = value(db, kToken);
    s.userId = value(db, kUser);
    s.login = value(db, kLogin);
    s.role = value(db, kRole);
    bool ok = false;
    const int interval = value(db, kInterval).toInt(&ok);
    if (ok)
        s.intervalMinutes = interval;
    return s;
}

bool saveSettings(Store &store, const SyncSettings &s, QString *error)
{
    return store.write(
        [&s](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            changed << u"sync_state"_s;
            return set(db, kUrl, s.serverUrl, err) && set(db, kCaPem, s.caPem, err) &&
                   set(db, kCaSha, s.caSha256, err) &&
                   set(db, kPinned, s.pinned ? u"1"_s : QString(), err) &&
                   set(db, kToken, s.token, err) && set(db, kUser, s.userId, err) &&
                   set(db, kLogin, s.login, err) && set(db, kRole, s.role, err) &&
                   set(db, kInterval, QString::number(s.intervalMinutes), err);
        },
        error, Store::Capture::Uncaptured);
}

SyncProgressState progress(const QSqlDatabase &db)
{
    SyncProgressState p;
    p.cursor = value(db, kCursor).toLongLong();
    p.serverId = value(db, kServerId);
    p.lastSuccess = value(db, kLastSuccess).toLongLong();
    return p;
}

bool setCursor(QSqlDatabase &db, qint64 cursor, const QString &serverId, QString *error)
{
    return set(db, kCursor, QString::number(cursor), error) &&
           set(db, kServerId, serverId, error);
}

bool setLastSuccess(QSqlDatabase &db, qint64 at, QString *error)
{
    return set(db, kLastSuccess, QString::number(at), error);
}

} // namespace gpudesk::SyncState
