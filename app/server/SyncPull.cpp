// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncPull.h"

#include "SyncFeed.h"
#include "store/StatementCache.h"
#include "store/Store.h"
#include "store/SyncedTables.h"
#include "sync/SyncValues.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <functional>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

QList<SyncedTables::Column> columnsOf(const QSqlDatabase &db, const QString &table)
{
    return SyncFeed::columns(db, table);
}

// The wire's column order: id and version first, then the rest as the table has them.
QStringList wireColumns(const QList<SyncedTables::Column> &cols)
{
    QStringList names = {u"id"_s, u"version"_s};
    for (const SyncedTables::Column &c : cols) {
        if (c.name != u"id"_s && c.name != u"version"_s)
            names << c.name;
    }
    return names;
}

// "json_array(t.id, f.seq, ...)": a row's wire form, made by SQLite.
QString rowJson(const QString &table, const QList<SyncedTables::Column> &cols, Role role)
{
    QStringList exprs = {u"t.id"_s, u"f.seq"_s};
    for (const SyncedTables::Column &c : cols) {
        if (c.name != u"id"_s && c.name != u"version"_s)
            exprs << SyncVisibility::columnExpression(table, c.name, c.blob, role);
    }
    return u"json_array(%1)"_s.arg(exprs.join(u", "_s));
}

QString fromFeed(const QString &table)
{
    return u" FROM %1 t JOIN sync_feed f ON f.table_name = '%1' AND f.row_id = t.id"_s.arg(table);
}

// A table's rows of the page: comma-separated JSON arrays, as SQLite concatenated them.
struct Block
{
    QList<QByteArray> chunks;
    qint64 rows = 0;
};

class PageBuilder
{
public:
    PageBuilder(const QSqlDatabase &db, StatementCache &statements, const SyncCaller &caller)
        : m_db(db), m_statements(statements), m_caller(caller)
    {
    }

    bool fail(const QSqlQuery &q, QString *error)
    {
        *error = q.lastError().text();
        return false;
    }

    void bindCommon(QSqlQuery &q, const QString &sql)
    {
        if (sql.contains(u":user"_s))
            q.bindValue(u":user"_s, m_caller.userId);
    }

    // Rows of `table` matching `where` (on t and f), added to the table's block.
    bool collect(const QString &table, const QString &where,
                 const std::function<void(QSqlQuery &)> &bind, QString *error)
    {
        const auto visible = SyncVisibility::predicate(table, m_caller.role);
        if (!visible)
            return true;
        const QList<SyncedTables::Column> cols = columnsOf(m_db, table);
        if (cols.isEmpty()) {
            *error = u"no columns for %1"_s.arg(table);
            return false;
        }
        // One string per table and page, concatenated by SQLite and read as bytes: no row
        // passes through Qt's strings one by one. Rows go in key order: the desktop then inserts
        // each page's ids into its indexes in order, not at random places.
        const QString sql = u"SELECT count(*), CAST(group_concat(j, ',') AS BLOB) FROM (SELECT "
                            "%1 AS j%2 WHERE (%3) AND (%4) ORDER BY t.id)"_s.arg(
                                rowJson(table, cols, m_caller.role), fromFeed(table), where,
                                *visible);
        QSqlQuery *cached = m_statements.get(sql, error);
        if (!cached)
            return false;
        QSqlQuery &q = *cached;
        bindCommon(q, sql);
        bind(q);
        if (!q.exec())
            return fail(q, error);
        if (q.next() && q.value(0).toLongLong() > 0) {
            Block &block = m_blocks[table];
            block.rows += q.value(0).toLongLong();
            block.chunks.append(q.value(1).toByteArray());
        }
        q.finish();
        return true;
    }

    // Ids of `table` rows matching `where` that the caller may not see.
    bool collectGone(const QString &table, const QString &where, const QString &idsJson,
                     QString *error)
    {
        const auto visible = SyncVisibility::predicate(table, m_caller.role);
        const QString sql = u"SELECT t.id FROM %1 t WHERE (%2) AND NOT (%3)"_s.arg(
            table, where, visible.value_or(u"0"_s));
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return fail(q, error);
        bindCommon(q, sql);
        q.bindValue(u":ids"_s, idsJson);
        if (!q.exec())
            return fail(q, error);
        while (q.next())
            m_gone[table].append(q.value(0).toString());
        return true;
    }

    // A reviewer's assignments in this page decide what they see of those applications now:
    // the application with its documents, people and demand details, or that they are gone.
    bool expandAssignments(qint64 cursor, qint64 hi, QString *error)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT DISTINCT t.application_id"_s + fromFeed(u"review_assignments"_s) +
                  u" WHERE f.seq > :c AND f.seq <= :hi AND t.reviewer_id IN "
                  "(SELECT id FROM reviewers WHERE user_id = :user)"_s);
        q.bindValue(u":c"_s, cursor);
        q.bindValue(u":hi"_s, hi);
        q.bindValue(u":user"_s, m_caller.userId);
        if (!q.exec())
            return fail(q, error);
        QJsonArray ids;
        while (q.next())
            ids.append(q.value(0).toString());
        if (ids.isEmpty())
            return true;
        const QString json = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
        const auto bindIds = [&json](QSqlQuery &query) { query.bindValue(u":ids"_s, json); };
        const QString byId = u"t.id IN (SELECT value FROM json_each(:ids))"_s;
        const QString byApp = u"t.application_id IN (SELECT value FROM json_each(:ids))"_s;
        // Rows the page's window holds already went in with it.
        const QString outside = u" AND NOT (f.seq > :c AND f.seq <= :hi)"_s;
        const auto bindAll = [&](QSqlQuery &query) {
            bindIds(query);
            query.bindValue(u":c"_s, cursor);
            query.bindValue(u":hi"_s, hi);
        };
        return collect(u"applications"_s, byId + outside, bindAll, error) &&
               collect(u"application_people"_s, byApp + outside, bindAll, error) &&
               collect(u"documents"_s, byApp + outside, bindAll, error) &&
               collect(u"demand_details"_s, byApp + outside, bindAll, error) &&
               collectGone(u"applications"_s, byId, json, error) &&
               collectGone(u"application_people"_s, byApp, json, error) &&
               collectGone(u"documents"_s, byApp, json, error) &&
               collectGone(u"demand_details"_s, byApp, json, error);
    }

    QByteArray render(const QString &serverId, qint64 cursor, bool more, qint64 high) const
    {
        QByteArray out;
        qsizetype size = 4096;
        for (const Block &b : m_blocks)
            for (const QByteArray &chunk : b.chunks)
                size += chunk.size() + 1;
        out.reserve(size);
        out += "{\"server_id\":";
        out += QJsonDocument(QJsonArray{serverId}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        out += ",\"cursor\":" + QByteArray::number(cursor);
        out += ",\"more\":";
        out += more ? "true" : "false";
        out += ",\"server_time\":" + QByteArray::number(Store::nowMs());
        out += ",\"high\":" + QByteArray::number(high);
        out += ",\"tables\":[";
        bool firstTable = true;
        for (const QString &table : SyncedTables::names()) {
            const auto it = m_blocks.constFind(table);
            if (it == m_blocks.constEnd() || it->rows == 0)
                continue;
            if (!firstTable)
                out += ',';
            firstTable = false;
            QJsonArray cols;
            for (const QString &c : wireColumns(columnsOf(m_db, table)))
                cols.append(c);
            out += "{\"t\":\"" + table.toUtf8() + "\",\"cols\":";
            out += QJsonDocument(cols).toJson(QJsonDocument::Compact);
            out += ",\"rows\":[";
            for (qsizetype i = 0; i < it->chunks.size(); ++i) {
                if (i > 0)
                    out += ',';
                out += it->chunks.at(i);
            }
            out += "]}";
        }
        out += "],\"gone\":[";
        bool firstGone = true;
        for (auto it = m_gone.constBegin(); it != m_gone.constEnd(); ++it) {
            if (!firstGone)
                out += ',';
            firstGone = false;
            QJsonArray ids;
            for (const QString &id : it.value())
                ids.append(id);
            out += "{\"t\":\"" + it.key().toUtf8() + "\",\"ids\":";
            out += QJsonDocument(ids).toJson(QJsonDocument::Compact);
            out += '}';
        }
        out += "]}";
        return out;
    }

private:
    QSqlDatabase m_db;
    StatementCache &m_statements;
    SyncCaller m_caller;
    QHash<QString, Block> m_blocks;
    QMap<QString, QStringList> m_gone;
};

// A reviewer sees few of the feed's rows: read further ahead per page.
int windowFor(const SyncCaller &caller, int limit)
{
    return caller.role == Role::Reviewer ? std::min(limit * 10, 50000) : limit;
}

} // namespace

QByteArray SyncPull::page(QSqlDatabase &db, StatementCache &statements, const SyncCaller &caller,
                          const sync::PullRequest &request, QString *error)
{
    QSqlQuery q(db);
    // One snapshot: the window and the rows agree even while pushes commit.
    if (!q.exec(u"BEGIN"_s)) {
        *error = q.lastError().text();
        return {};
    }
    const auto finish = [&q](QByteArray result) {
        q.exec(u"COMMIT"_s);
        return result;
    };
    const qint64 cursor = request.cursor;
    const int window = windowFor(caller, request.limit);
    q.prepare(u"SELECT seq FROM sync_feed WHERE seq > ? ORDER BY seq LIMIT 1 OFFSET ?"_s);
    q.addBindValue(cursor);
    q.addBindValue(window - 1);
    if (!q.exec()) {
        *error = q.lastError().text();
        return finish({});
    }
    qint64 hi = 0;
    const bool full = q.next();
    if (full)
        hi = q.value(0).toLongLong();
    const qint64 high =
        q.exec(u"SELECT max(seq) FROM sync_feed"_s) && q.next() ? q.value(0).toLongLong() : 0;
    if (!full)
        hi = std::max(high, cursor);
    const bool more = hi < high;
    PageBuilder builder(db, statements, caller);
    const auto bindWindow = [cursor, hi](QSqlQuery &query) {
        query.bindValue(u":c"_s, cursor);
        query.bindValue(u":hi"_s, hi);
    };
    // Only the tables the window holds: most pulls carry a few tables' rows, and a query per
    // synced table (each starting from a page cache that any commit since has emptied) was
    // most of a small pull's time.
    QSet<QString> present;
    q.prepare(u"SELECT DISTINCT table_name FROM sync_feed WHERE seq > ? AND seq <= ?"_s);
    q.addBindValue(cursor);
    q.addBindValue(hi);
    if (!q.exec()) {
        *error = q.lastError().text();
        return finish({});
    }
    while (q.next())
        present.insert(q.value(0).toString());
    for (const QString &table : SyncedTables::names()) {
        if (present.contains(table) &&
            !builder.collect(table, u"f.seq > :c AND f.seq <= :hi"_s, bindWindow, error))
            return finish({});
    }
    if (caller.role == Role::Reviewer && !builder.expandAssignments(cursor, hi, error))
        return finish({});
    return finish(builder.render(SyncFeed::serverId(db), hi, more, std::max(high, hi)));
}

std::optional<QJsonObject> SyncPull::row(const QSqlDatabase &db, const SyncCaller &caller,
                                         const QString &table, const QString &id)
{
    const auto visible = SyncVisibility::predicate(table, caller.role);
    const QList<SyncedTables::Column> cols = columnsOf(db, table);
    if (!visible || cols.isEmpty())
        return std::nullopt;
    QStringList exprs;
    for (const SyncedTables::Column &c : cols) {
        if (c.name != u"version"_s)
            exprs << SyncVisibility::columnExpression(table, c.name, c.blob, caller.role);
    }
    const QString sql = u"SELECT f.seq, %1%2 WHERE t.id = :id AND (%3)"_s.arg(
        exprs.join(u", "_s), fromFeed(table), *visible);
    QSqlQuery q(db);
    q.prepare(sql);
    q.bindValue(u":id"_s, id);
    if (sql.contains(u":user"_s))
        q.bindValue(u":user"_s, caller.userId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QJsonObject o{{u"version"_s, q.value(0).toLongLong()}};
    int i = 1;
    for (const SyncedTables::Column &c : cols) {
        if (c.name == u"version"_s)
            continue;
        // Hex arrives as text already: it stays text on the wire.
        o.insert(c.name, syncvalue::fromSql(q.value(i++), false));
    }
    return o;
}

} // namespace gpudesk
