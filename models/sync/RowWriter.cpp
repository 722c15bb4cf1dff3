// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowWriter.h"

#include "store/SqliteStatement.h"
#include "store/StatementCache.h"
#include "store/SyncedTables.h"
#include "sync/JsonRowBinder.h"
#include "sync/SyncValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {
// The tables application rows derive from, and the column of applications that names each.
const QList<std::pair<QString, QString>> &derivedFrom()
{
    static const QList<std::pair<QString, QString>> tables = {
        {u"applications"_s, u"id"_s},
        {u"organizations"_s, u"organization_id"_s},
        {u"fields"_s, u"field_id"_s},
        {u"accelerator_types"_s, u"accelerator_type_id"_s},
        {u"calls"_s, u"call_id"_s},
    };
    return tables;
}
} // namespace

// The upsert of a table's rows as the wire names their columns.
struct RowWriter::Upsert
{
    QString sql;
    QList<int> wireIndex; // for each bound column, its index among the wire's values
    QList<bool> blob;
    int idWire = -1; // the id's index among the wire's values
};

bool RowWriter::triggersOn(const QSqlDatabase &db)
{
    int on = 1;
    sqlite3_db_config(sqliteHandle(db), SQLITE_DBCONFIG_ENABLE_TRIGGER, -1, &on);
    return on != 0;
}

RowWriter::RowWriter(const QSqlDatabase &db, StatementCache *statements)
    : m_db(db), m_statements(statements), m_triggersWereOn(triggersOn(db))
{
}

RowWriter::~RowWriter()
{
    setTriggers(m_triggersWereOn);
}

// SQLite runs each row written by a statement that can fire a trigger inside a statement
// savepoint, copying every page the row touches first: with triggers, writing a first sync's
// rows costs about a quarter more. While derived rows are deferred, in a write with capture off,
// no trigger an upsert can fire does anything: capture_*_insert/_update and the derived rows'
// *_ai/_au triggers are switched off by their WHEN, and capture_*_fixedid cannot fire as an
// upsert never changes an id. So upserts run with the connection's triggers off. Removals run
// with them on: the AFTER DELETE triggers remove the derived rows. tst_outbox checks that every
// trigger of a synced table is one of these kinds. Each switch makes SQLite prepare the
// connection's statements again, so it happens only when the kind of write changes. The writer
// leaves the connection as it found it.
void RowWriter::setTriggers(bool on)
{
    if (triggersOn(m_db) != on)
        sqlite3_db_config(sqliteHandle(m_db), SQLITE_DBCONFIG_ENABLE_TRIGGER, on ? 1 : 0, nullptr);
}

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

bool RowWriter::upsertFor(const QString &table, const QStringList &columns, Upsert *out,
                          QString *error)
{
    // Only synced tables, only columns this schema has: names are spliced into the statement.
    if (!SyncedTables::isSynced(table)) {
        *error = u"not a synced table: %1"_s.arg(table);
        return false;
    }
    const QHash<QString, bool> &known = columnsOf(table);
    QStringList names;
    QStringList updates;
    for (int i = 0; i < columns.size(); ++i) {
        if (!known.contains(columns[i]))
            continue; // a newer server's column: this profile does not keep it
        if (columns[i] == u"id"_s)
            out->idWire = i;
        else
            updates << u"%1 = excluded.%1"_s.arg(columns[i]);
        names << columns[i];
        out->wireIndex << i;
        out->blob << known.value(columns[i]);
    }
    if (out->idWire < 0) {
        *error = u"rows of %1 without an id"_s.arg(table);
        return false;
    }
    out->sql = u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4"_s.arg(
        table, names.join(u", "_s), QStringList(names.size(), u"?"_s).join(u", "_s),
        updates.isEmpty() ? u"id = excluded.id"_s : updates.join(u", "_s));
    return true;
}

bool RowWriter::upsertRows(const QString &table, const QStringList &columns,
                           const QByteArray &rows, qsizetype rowCount, QString *error)
{
    if (rowCount == 0)
        return true;
    setTriggers(!m_deferred);
    Upsert plan;
    if (!upsertFor(table, columns, &plan, error))
        return false;
    // Names come from the schema (checked above); the values are bound, row by row, straight
    // from the page's bytes.
    const QString &sql = plan.sql;
    SqliteStatement local;
    QString failure;
    SqliteStatement *statement =
        m_statements ? m_statements->raw(sql, &failure)
        : local.prepare(sqliteHandle(m_db), sql.toUtf8().constData(), &failure) ? &local
                                                                                 : nullptr;
    if (!statement) {
        *error = u"%1: %2"_s.arg(table, failure);
        return false;
    }
    bool search = false;
    for (const auto &derived : derivedFrom())
        search = search || (m_deferred && derived.first == table);
    bool pending = false;
    for (const QString &key : std::as_const(m_pending))
        pending = pending || key.startsWith(table + u'\n');
    QStringList ids;
    qsizetype written = 0;
    if (!sync::JsonRowBinder(plan.wireIndex, plan.idWire, plan.blob)
             .run(*statement, rows, search || pending ? &ids : nullptr, &written, &failure)) {
        *error = u"%1: %2"_s.arg(table, failure);
        return false;
    }
    if (written != rowCount) {
        *error = u"%1: %2 of %3 rows were well-formed"_s.arg(table).arg(written).arg(rowCount);
        return false;
    }
    return afterRows(table, ids, error);
}

bool RowWriter::afterRows(const QString &table, const QStringList &ids, QString *error)
{
    if (m_deferred) {
        for (const auto &derived : derivedFrom()) {
            if (derived.first == table)
                m_touched[table] << ids;
        }
    }
    for (const QString &id : ids) {
        if (hasPending(table, id) && !reapplyPending(table, id, error))
            return false;
    }
    return true;
}

bool RowWriter::upsertObject(const QString &table, const QJsonObject &row, QString *error)
{
    const QStringList columns = row.keys();
    Upsert plan;
    if (!upsertFor(table, columns, &plan, error))
        return false;
    setTriggers(!m_deferred);
    QSqlQuery q(m_db);
    bool ok = q.prepare(plan.sql);
    for (int i = 0; ok && i < plan.wireIndex.size(); ++i)
        q.bindValue(i, syncvalue::toSql(row.value(columns[plan.wireIndex[i]]), plan.blob[i]));
    if (!ok || !q.exec()) {
        *error = u"%1: %2"_s.arg(table, q.lastError().text());
        return false;
    }
    return afterRows(table, {row.value(u"id"_s).toString()}, error);
}

bool RowWriter::remove(const QString &table, const QString &id, QString *error)
{
    if (!SyncedTables::isSynced(table)) {
        *error = u"not a synced table: %1"_s.arg(table);
        return false;
    }
    // Capture is off: the row leaves this profile only; the server keeps it. Its derived rows
    // leave with it, through the delete triggers.
    setTriggers(true);
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM %1 WHERE id = ?"_s.arg(table));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool RowWriter::deferDerived(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(u"UPDATE sync_control SET deferred_derived = 1 WHERE id = 1"_s)) {
        *error = q.lastError().text();
        return false;
    }
    m_deferred = true;
    return true;
}

bool RowWriter::finishDeferred(QString *error)
{
    if (!m_deferred)
        return true;
    m_deferred = false;
    setTriggers(true);
    QSqlQuery q(m_db);
    const auto run = [&](const QString &sql) {
        if (q.exec(sql))
            return true;
        *error = q.lastError().text();
        return false;
    };
    if (!run(u"UPDATE sync_control SET deferred_derived = 0 WHERE id = 1"_s))
        return false;
    if (m_touched.isEmpty())
        return true;
    // The applications whose derived rows are out of date: those written, and those whose
    // organisation, field, accelerator type or call was.
    if (!run(u"CREATE TEMP TABLE IF NOT EXISTS sync_touched (app_rowid INTEGER PRIMARY KEY)"_s) ||
        !run(u"DELETE FROM temp.sync_touched"_s))
        return false;
    for (const auto &[table, column] : derivedFrom()) {
        const QStringList ids = m_touched.value(table);
        if (ids.isEmpty())
            continue;
        q.prepare(u"INSERT OR IGNORE INTO temp.sync_touched SELECT rowid FROM applications WHERE "
                  "%1 IN (SELECT value FROM json_each(?))"_s.arg(column));
        q.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    m_touched.clear();
    // The same rows the triggers would have written, a few statements for the whole page. The
    // search index is rewritten only where what it holds differs: an FTS5 write is expensive.
    const QString touched = u"(SELECT app_rowid FROM temp.sync_touched)"_s;
    const QString stale = u"(SELECT app_rowid FROM temp.sync_search_stale)"_s;
    return run(u"DELETE FROM application_browse WHERE app_rowid IN "_s + touched) &&
           run(u"INSERT INTO application_browse SELECT * FROM application_browse_source WHERE "
               "app_rowid IN "_s +
               touched) &&
           run(u"DELETE FROM application_text_ko WHERE app_rowid IN "_s + touched) &&
           run(u"INSERT INTO application_text_ko SELECT * FROM application_text_ko_source WHERE "
               "app_rowid IN "_s +
               touched) &&
           run(u"CREATE TEMP TABLE IF NOT EXISTS sync_search_stale (app_rowid INTEGER PRIMARY "
               "KEY)"_s) &&
           run(u"DELETE FROM temp.sync_search_stale"_s) &&
           run(u"INSERT INTO temp.sync_search_stale SELECT a.rowid FROM applications a LEFT JOIN "
               "application_search s ON s.rowid = a.rowid WHERE a.rowid IN "_s +
               touched +
               u" AND (s.rowid IS NULL OR s.title IS NOT a.title OR s.title_en IS NOT a.title_en "
               "OR s.pi IS NOT a.pi_name OR s.code IS NOT a.code OR s.org IS NOT (SELECT name || "
               "' ' || name_en FROM organizations WHERE id = a.organization_id))"_s) &&
           run(u"DELETE FROM application_search WHERE rowid IN "_s + stale) &&
           run(u"INSERT INTO application_search (rowid, title, title_en, org, pi, code) SELECT "
               "a.rowid, a.title, a.title_en, (SELECT name || ' ' || name_en FROM organizations "
               "WHERE id = a.organization_id), a.pi_name, a.code FROM applications a WHERE "
               "a.rowid IN "_s +
               stale);
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
