// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowWriter.h"

#include "store/SyncedTables.h"
#include "sync/SyncValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace gpudesk {

struct RowWriter::Prepared
{
    QString table;
    QSqlQuery query;
    QList<int> wireIndex; // for each bound column, its index among the wire's values
    QList<bool> blob;
    int idIndex = -1;
};

RowWriter::RowWriter(const QSqlDatabase &db) : m_db(db) {}

RowWriter::~RowWriter() = default;

const QHash<QString, bool> &RowWriter::columnsOf(const QString &table)
{
    auto it = m_columns.find(table);
    if (it == m_columns.end()) {
        QHash<QString, bool> cols;
        for (const SyncedTables::Column &c : SyncedTables::columns(m_db, table))
            cols.insert(c.name, c.blob);
        it = m_columns.insert(table, cols);
    }
    return it.value();
}

bool RowWriter::prepare(const QString &table, const QStringList &columns, QString *error)
{
    // Only synced tables, only columns this schema has: names are spliced into the statement.
    if (!SyncedTables::isSynced(table)) {
        *error = u"not a synced table: %1"_s.arg(table);
        return false;
    }
    const QHash<QString, bool> &known = columnsOf(table);
    auto p = std::make_unique<Prepared>();
    p->table = table;
    p->query = QSqlQuery(m_db);
    QStringList names;
    QStringList updates;
    for (int i = 0; i < columns.size(); ++i) {
        if (!known.contains(columns[i]))
            continue; // a newer server's column: this profile does not keep it
        if (columns[i] == u"id"_s)
            p->idIndex = int(p->wireIndex.size());
        else
            updates << u"%1 = excluded.%1"_s.arg(columns[i]);
        names << columns[i];
        p->wireIndex << i;
        p->blob << known.value(columns[i]);
    }
    if (p->idIndex < 0) {
        *error = u"rows of %1 without an id"_s.arg(table);
        return false;
    }
    const QString sql =
        u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4"_s.arg(
            table, names.join(u", "_s), QStringList(names.size(), u"?"_s).join(u", "_s),
            updates.isEmpty() ? u"id = excluded.id"_s : updates.join(u", "_s));
    if (!p->query.prepare(sql)) {
        *error = p->query.lastError().text();
        return false;
    }
    m_current = std::move(p);
    return true;
}

bool RowWriter::upsert(const QJsonArray &values, QString *error)
{
    Prepared &p = *m_current;
    for (int i = 0; i < p.wireIndex.size(); ++i)
        p.query.bindValue(i, syncvalue::toSql(values.at(p.wireIndex[i]), p.blob[i]));
    if (!p.query.exec()) {
        *error = u"%1: %2"_s.arg(p.table, p.query.lastError().text());
        return false;
    }
    const QString id = values.at(p.wireIndex[p.idIndex]).toString();
    return !hasPending(p.table, id) || reapplyPending(p.table, id, error);
}

bool RowWriter::upsertObject(const QString &table, const QJsonObject &row, QString *error)
{
    QStringList columns;
    QJsonArray values;
    for (auto it = row.begin(); it != row.end(); ++it) {
        columns << it.key();
        values << it.value();
    }
    return prepare(table, columns, error) && upsert(values, error);
}

bool RowWriter::remove(const QString &table, const QString &id, QString *error)
{
    if (!SyncedTables::isSynced(table)) {
        *error = u"not a synced table: %1"_s.arg(table);
        return false;
    }
    // Capture is off: the row leaves this profile only; the server keeps it.
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM %1 WHERE id = ?"_s.arg(table));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool RowWriter::loadPending(QString *error)
{
    m_pending.clear();
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT DISTINCT table_name, row_id FROM outbox"_s)) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        m_pending.insert(q.value(0).toString() + u'\n' + q.value(1).toString());
    return true;
}

bool RowWriter::hasPending(const QString &table, const QString &id) const
{
    return m_pending.contains(table + u'\n' + id);
}

bool RowWriter::reapplyPending(const QString &table, const QString &id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT changes FROM outbox WHERE table_name = ? AND row_id = ? ORDER BY seq"_s);
    q.addBindValue(table);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    QJsonObject latest; // column -> the newest local value
    while (q.next()) {
        const QJsonObject changes =
            QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            latest.insert(it.key(), it.value().toArray().at(1));
    }
    const QHash<QString, bool> &known = columnsOf(table);
    QStringList sets;
    QVariantList values;
    for (auto it = latest.begin(); it != latest.end(); ++it) {
        if (!known.contains(it.key()) || it.key() == u"id"_s)
            continue;
        sets << it.key() + u" = ?"_s;
        values << syncvalue::toSql(it.value(), known.value(it.key()));
    }
    if (sets.isEmpty())
        return true;
    QSqlQuery u(m_db);
    u.prepare(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table, sets.join(u", "_s)));
    for (const QVariant &v : std::as_const(values))
        u.addBindValue(v);
    u.addBindValue(id);
    if (!u.exec()) {
        *error = u.lastError().text();
        return false;
    }
    return true;
}

} // namespace gpudesk
