// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncFeed.h"

#include "store/StatementCache.h"
#include "store/SyncedTables.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gpudesk::SyncFeed {
namespace {

QString triggerName(const QString &table, const QString &event)
{
    return u"feed_%1_%2"_s.arg(table, event);
}

bool hasTrigger(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?"_s);
    q.addBindValue(name);
    return q.exec() && q.next();
}

} // namespace

bool installed(const QSqlDatabase &db)
{
    for (const QString &t : SyncedTables::names()) {
        if (!hasTrigger(db, triggerName(t, u"insert"_s)) ||
            !hasTrigger(db, triggerName(t, u"update"_s)))
            return false;
    }
    return true;
}

bool install(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    // Table names are ours (SyncedTables), never input.
    for (const QString &t : SyncedTables::names()) {
        if (hasTrigger(db, triggerName(t, u"insert"_s)) &&
            hasTrigger(db, triggerName(t, u"update"_s)))
            continue;
        const QStringList statements = {
            u"DROP TRIGGER IF EXISTS %1"_s.arg(triggerName(t, u"insert"_s)),
            u"DROP TRIGGER IF EXISTS %1"_s.arg(triggerName(t, u"update"_s)),
            u"CREATE TRIGGER %2 AFTER INSERT ON %1 BEGIN INSERT OR REPLACE INTO sync_feed "
            "(table_name, row_id) VALUES ('%1', NEW.id); END"_s.arg(t, triggerName(t, u"insert"_s)),
            u"CREATE TRIGGER %2 AFTER UPDATE ON %1 BEGIN INSERT OR REPLACE INTO sync_feed "
            "(table_name, row_id) VALUES ('%1', NEW.id); END"_s.arg(t, triggerName(t, u"update"_s)),
            // What the table already holds, in the order it was written.
            u"INSERT INTO sync_feed (table_name, row_id) SELECT '%1', t.id FROM %1 t WHERE NOT "
            "EXISTS (SELECT 1 FROM sync_feed f WHERE f.table_name = '%1' AND f.row_id = t.id) "
            "ORDER BY t.rowid"_s.arg(t),
        };
        for (const QString &sql : statements) {
            if (!q.exec(sql)) {
                *error = u"sync feed of %1: %2"_s.arg(t, q.lastError().text());
                return false;
            }
        }
    }
    return true;
}

bool versionOf(StatementCache &statements, const QString &table, const QString &rowId,
               qint64 *version, QString *error)
{
    QSqlQuery *cached =
        statements.get(u"SELECT seq FROM sync_feed WHERE table_name = ? AND row_id = ?"_s, error);
    if (!cached)
        return false;
    QSqlQuery &q = *cached;
    q.addBindValue(table);
    q.addBindValue(rowId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    *version = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return true;
}

QString serverId(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(u"SELECT value FROM server_meta WHERE key = 'server_id'"_s) && q.next())
        return q.value(0).toString();
    return {};
}

QList<SyncedTables::Column> columns(const QSqlDatabase &db, const QString &table)
{
    static QMutex mutex;
    static QHash<QString, QList<SyncedTables::Column>> cache;
    QMutexLocker lock(&mutex);
    const auto it = cache.constFind(table);
    if (it != cache.constEnd())
        return it.value();
    const QList<SyncedTables::Column> cols = SyncedTables::columns(db, table);
    if (!cols.isEmpty())
        cache.insert(table, cols);
    return cols;
}

} // namespace gpudesk::SyncFeed
