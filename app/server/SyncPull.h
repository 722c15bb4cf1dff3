// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncVisibility.h"
#include "sync/SyncWire.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace gpudesk {

class StatementCache;

// Pages of the change feed as a caller may see them (docs/sync.md, "Pull"). The rows are
// rendered to JSON by SQLite itself (json_array), so a first sync of a whole fleet is mostly
// SQLite's work, and filtered by SyncVisibility inside each query.
class SyncPull final
{
public:
    // One page after request.cursor, read in one read transaction on `db`. Empty, with *error
    // set, when the database fails.
    // `statements` keeps the page's queries prepared for the next page on this connection.
    static QByteArray page(QSqlDatabase &db, StatementCache &statements, const SyncCaller &caller,
                           const sync::PullRequest &request, QString *error);

    // The caller's view of one row as {column: value}; nullopt when the server has no such row
    // or the caller may not see it. Push results carry it so a desktop can restore a row.
    static std::optional<QJsonObject> row(const QSqlDatabase &db, const SyncCaller &caller,
                                          const QString &table, const QString &id);
};

} // namespace gpudesk
