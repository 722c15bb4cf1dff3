// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>

#include "store/SqliteStatement.h"

namespace gpudesk {

// Prepared statements kept for SQL that runs again and again on one connection. Preparing a
// statement that writes a table with many triggers (applications has a dozen) compiles every
// trigger too, which costs more than running it: a push of 100 edits spent most of its time
// there. Owned next to its connection and cleared before the connection closes.
class StatementCache final
{
public:
    explicit StatementCache(const QSqlDatabase &db) : m_db(db) {}
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // The statement for `sql`, prepared the first time; null (with *error) when it cannot be.
    QSqlQuery *get(const QString &sql, QString *error);
    // The same for a statement run through SQLite's own API (rows bound straight from bytes).
    SqliteStatement *raw(const QString &sql, QString *error);
    void clear()
    {
        m_statements.clear();
        m_raw.clear();
    }

private:
    struct Entry
    {
        QSqlQuery query;
        bool prepared = false;
    };
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<Entry>> m_statements;
    QHash<QString, std::shared_ptr<SqliteStatement>> m_raw; // only those that prepared
};

} // namespace gpudesk
