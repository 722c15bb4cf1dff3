// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndexSetAside.h"

#include "SqlExec.h"
#include "SyncedTables.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace gpudesk::IndexSetAside {
namespace {

// Rows derived from applications that a pull rebuilds in bulk (RowWriter::finishDeferred).
bool writtenByPull(const QString &table)
{
    return SyncedTables::isSynced(table) || table == u"application_browse"_s;
}

bool recorded(const QSqlDatabase &db)
{
    return sql::scalar(db, u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                           "'index_set_aside'"_s)
               .toInt() > 0 &&
           sql::scalar(db, u"SELECT count(*) FROM index_set_aside"_s).toInt() > 0;
}

} // namespace

int setAside(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Indexes SQLite made itself (PRIMARY KEY, UNIQUE columns) have no statement and stay. A
    // name cannot be bound, so SQLite writes each drop itself, quoting the name (printf's %w).
    if (!sql::exec(q,
                   u"SELECT name, tbl_name, sql, printf('DROP INDEX \"%w\"', name) FROM "
                   "sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE "
                   "'CREATE UNIQUE %'"_s,
                   {}, error))
        return -1;
    struct Index
    {
        QString name, create, drop;
    };
    QList<Index> indexes;
    while (q.next()) {
        if (writtenByPull(q.value(1).toString()))
            indexes.append({q.value(0).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    q.finish();
    QSqlQuery record(db);
    QSqlQuery drop(db);
    for (const Index &index : std::as_const(indexes)) {
        if (!sql::exec(record, u"INSERT INTO index_set_aside (name, sql) VALUES (?, ?)"_s,
                       {index.name, index.create}, error))
            return -1;
        if (!drop.exec(index.drop)) {
            *error = drop.lastError().text();
            return -1;
        }
    }
    return int(indexes.size());
}

bool restore(const QSqlDatabase &db, QString *error)
{
    if (!recorded(db))
        return true;
    QSqlQuery q(db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        *error = q.lastError().text();
        return false;
    }
    QList<std::pair<QString, QString>> indexes;
    bool ok = sql::exec(q, u"SELECT name, sql FROM index_set_aside ORDER BY name"_s, {}, error);
    while (ok && q.next())
        indexes.append({q.value(0).toString(), q.value(1).toString()});
    QSqlQuery build(db);
    for (const auto &[name, statement] : std::as_const(indexes)) {
        if (!ok)
            break;
        // The statement is the one sqlite_master held for this profile's own schema. An index
        // already there again (put back by hand) is left as it is.
        const bool exists = sql::scalar(db,
                                        u"SELECT count(*) FROM sqlite_master WHERE type = "
                                        "'index' AND name = ?"_s,
                                        {name})
                                .toInt() > 0;
        if (!exists && !build.exec(statement)) {
            *error = u"index %1: %2"_s.arg(name, build.lastError().text());
            ok = false;
        }
    }
    ok = ok && sql::exec(q, u"DELETE FROM index_set_aside"_s, {}, error);
    if (!ok) {
        q.exec(u"ROLLBACK"_s);
        return false;
    }
    if (!q.exec(u"COMMIT"_s)) {
        *error = q.lastError().text();
        q.exec(u"ROLLBACK"_s);
        return false;
    }
    return true;
}

} // namespace gpudesk::IndexSetAside
