// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace gpudesk {

// The raw SQLite handle of a Qt connection, for the telemetry store's hot paths: QSqlQuery binds
// every value through a QVariant and keeps per-row bookkeeping, sqlite3_bind_* on one prepared
// statement does neither. Qt's QSQLITE
// driver on Debian, and vcpkg's with the sqlite3 port, link the same shared libsqlite3 as this
// library; a driver that bundled its own copy of SQLite would hand over a handle of that other
// copy, which cannot be detected here, so builds must use a driver on the shared library.
// Returns null for a driver that is not SQLite at all.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// One prepared statement, finalised on every way out. Errors carry SQLite's message.
class SqliteStatement final
{
    Q_DISABLE_COPY_MOVE(SqliteStatement)

public:
    SqliteStatement() = default;
    ~SqliteStatement();

    bool prepare(sqlite3 *db, const char *sql, QString *error);
    operator sqlite3_stmt *() const { return m_st; }

    // Steps a statement that returns no rows and resets it for the next bindings.
    bool run(QString *error);
    // SQLite's message for the last failure on this statement's connection.
    QString lastError() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_st = nullptr;
};

} // namespace gpudesk
