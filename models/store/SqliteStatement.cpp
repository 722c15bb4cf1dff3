// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqliteStatement.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace gpudesk {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_st);
}

bool SqliteStatement::prepare(sqlite3 *db, const char *sql, QString *error)
{
    sqlite3_finalize(m_st);
    m_st = nullptr;
    m_db = db;
    if (!db) {
        *error = QStringLiteral("the database driver does not give access to SQLite");
        return false;
    }
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_st, nullptr) != SQLITE_OK) {
        *error = lastError();
        return false;
    }
    return true;
}

bool SqliteStatement::run(QString *error)
{
    const int rc = sqlite3_step(m_st);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
        sqlite3_reset(m_st);
        return true;
    }
    *error = lastError();
    sqlite3_reset(m_st);
    return false;
}

QString SqliteStatement::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

} // namespace gpudesk
