// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementCache.h"

#include <QSqlError>

namespace gpudesk {

QSqlQuery *StatementCache::get(const QString &sql, QString *error)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto entry = std::make_shared<Entry>();
        entry->query = QSqlQuery(m_db);
        entry->prepared = entry->query.prepare(sql);
        // Kept either way: a statement that cannot be prepared fails the same way next time,
        // and the caller reads the error from it.
        it = m_statements.insert(sql, entry);
    } else {
        it.value()->query.finish();
    }
    if (!it.value()->prepared) {
        *error = it.value()->query.lastError().text();
        return nullptr;
    }
    return &it.value()->query;
}

SqliteStatement *StatementCache::raw(const QString &sql, QString *error)
{
    auto it = m_raw.find(sql);
    if (it == m_raw.end()) {
        auto statement = std::make_shared<SqliteStatement>();
        if (!statement->prepare(sqliteHandle(m_db), sql.toUtf8().constData(), error))
            return nullptr;
        it = m_raw.insert(sql, statement);
    }
    return it.value().get();
}

} // namespace gpudesk
