// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SyncedTables.h"

#include <QSqlDatabase>
#include <QString>

namespace gpudesk {

class StatementCache;

// The server's change feed (docs/sync.md): the triggers that give every written synced row a new
// seq, the row versions read from it, and the database's id.
namespace SyncFeed {

// Creates the feed triggers of every synced table that lacks them and enters the rows such a
// table already holds (parents first), so a table added by a later schema step is fed too. Call
// inside a write transaction.
bool install(QSqlDatabase &db, QString *error);
// True when every synced table has its feed triggers.
bool installed(const QSqlDatabase &db);
// A row's version (its seq) into *version, 0 when it has none; false (with *error) when the
// database fails. The statement stays prepared in `statements`.
bool versionOf(StatementCache &statements, const QString &table, const QString &rowId,
               qint64 *version, QString *error);
QString serverId(const QSqlDatabase &db);
// A synced table's columns, read once per process: the schema does not change while serving.
QList<SyncedTables::Column> columns(const QSqlDatabase &db, const QString &table);

} // namespace SyncFeed
} // namespace gpudesk
