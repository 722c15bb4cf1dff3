// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncRecords.h"

#include "store/Store.h"
#include "store/SyncedTables.h"
#include "sync/SyncMessages.h"
#include "sync/SyncValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

QJsonObject objectOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// One SQL expression per table that names a row; tables not here are named by their id.
QString nameExpression(const QString &table)
{
    static const QHash<QString, QString> names = {
        {u"applications"_s, u"code || ' ' || title FROM applications"_s},
        {u"reviews"_s,
         u"(SELECT code || ' ' || title FROM applications a WHERE a.id = application_id) FROM "
         "reviews"_s},
        {u"review_assignments"_s,
         u"(SELECT code || ' ' || title FROM applications a WHERE a.id = application_id) FROM "
         "review_assignments"_s},
        {u"grants"_s,
         u"(SELECT code || ' ' || title FROM applications a WHERE a.id = application_id) FROM "
         "grants"_s},
        {u"allocations"_s,
         u"(SELECT hostname FROM nodes n WHERE n.id = node_id) || ' — ' || (SELECT a.code FROM "
         "grants g JOIN applications a ON a.id = g.application_id WHERE g.id = grant_id) FROM "
         "allocations"_s},
        {u"nodes"_s, u"hostname FROM nodes"_s},
        {u"organizations"_s, u"name FROM organizations"_s},
        {u"users"_s, u"display_name || ' (' || login || ')' FROM users"_s},
        {u"calls"_s, u"code || ' ' || title FROM calls"_s},
        {u"pledges"_s, u"(SELECT code FROM calls c WHERE c.id = call_id) FROM pledges"_s},
    };
    return names.value(table);
}

} // namespace

QString SyncRecords::describeRow(const QSqlDatabase &db, const QString &table, const QString &id)
{
    const QString expression = nameExpression(table);
    if (!expression.isEmpty()) {
        QSqlQuery q(db);
        // Both parts are ours; the id is bound.
        q.prepare(u"SELECT "_s + expression + u" WHERE id = ?"_s);
        q.addBindValue(id);
        if (q.exec() && q.next() && !q.value(0).toString().isEmpty())
            return SyncMessages::tableLabel(table) + u' ' + q.value(0).toString();
    }
    return SyncMessages::tableLabel(table) + u' ' + id.left(8);
}

QList<SyncConflict> SyncRecords::openConflicts() const
{
    QList<SyncConflict> out;
    const QSqlDatabase db = m_store.db();
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, table_name, row_id, detected_at, fields FROM sync_conflicts WHERE "
                "resolved_at = 0 ORDER BY detected_at, id"_s))
        return out;
    while (q.next()) {
        SyncConflict c;
        c.id = q.value(0).toString();
        c.table = q.value(1).toString();
        c.rowId = q.value(2).toString();
        c.detectedAt = q.value(3).toLongLong();
        const QJsonObject fields = objectOf(q.value(4).toString());
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QJsonObject f = it.value().toObject();
            c.fields.append({it.key(), f.value(u"base"_s), f.value(u"server"_s),
                             f.value(u"client"_s)});
        }
        out.append(c);
    }
    for (SyncConflict &c : out)
        c.what = describeRow(db, c.table, c.rowId);
    return out;
}

QList<SyncRejection> SyncRecords::rejections() const
{
    QList<SyncRejection> out;
    const QSqlDatabase db = m_store.db();
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, table_name, row_id, op, rejected_at, code, params FROM "
                "sync_rejections WHERE dismissed_at = 0 ORDER BY rejected_at DESC, id"_s))
        return out;
    while (q.next()) {
        SyncRejection r;
        r.id = q.value(0).toString();
        r.table = q.value(1).toString();
        r.rowId = q.value(2).toString();
        r.op = q.value(3).toString();
        r.rejectedAt = q.value(4).toLongLong();
        r.code = q.value(5).toString();
        r.params = objectOf(q.value(6).toString());
        r.reason = SyncMessages::describe(r.code, r.params);
        out.append(r);
    }
    for (SyncRejection &r : out)
        r.what = describeRow(db, r.table, r.rowId);
    return out;
}

int SyncRecords::openConflictCount() const
{
    QSqlQuery q(m_store.db());
    return q.exec(u"SELECT count(*) FROM sync_conflicts WHERE resolved_at = 0"_s) && q.next()
               ? q.value(0).toInt()
               : 0;
}

int SyncRecords::rejectionCount() const
{
    QSqlQuery q(m_store.db());
    return q.exec(u"SELECT count(*) FROM sync_rejections WHERE dismissed_at = 0"_s) && q.next()
               ? q.value(0).toInt()
               : 0;
}

bool SyncRecords::resolveConflict(const QString &conflictId, const QJsonObject &mine,
                                  QString *error)
{
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            QSqlQuery q(db);
            q.prepare(u"SELECT table_name, row_id FROM sync_conflicts WHERE id = ? AND "
                      "resolved_at = 0"_s);
            q.addBindValue(conflictId);
            if (!q.exec() || !q.next()) {
                *err = QCoreApplication::translate("SyncRecords",
                                                   "This conflict was resolved already.");
                return false;
            }
            const QString table = q.value(0).toString();
            const QString rowId = q.value(1).toString();
            if (!mine.isEmpty()) {
                if (!SyncedTables::isSynced(table)) {
                    *err = u"not a synced table: %1"_s.arg(table);
                    return false;
                }
                QHash<QString, bool> blob;
                for (const SyncedTables::Column &c : SyncedTables::columns(db, table))
                    blob.insert(c.name, c.blob);
                QStringList sets;
                QVariantList values;
                for (auto it = mine.begin(); it != mine.end(); ++it) {
                    // Only columns the table has, and never the server's bookkeeping.
                    if (!blob.contains(it.key()) || it.key() == u"id"_s ||
                        SyncedTables::metaColumns().contains(it.key()))
                        continue;
                    sets << it.key() + u" = ?"_s;
                    values << syncvalue::toSql(it.value(), blob.value(it.key()));
                }
                if (!sets.isEmpty()) {
                    QSqlQuery u(db);
                    u.prepare(u"UPDATE %1 SET %2, updated_at = ?, updated_by = ? WHERE id = ?"_s.arg(
                        table, sets.join(u", "_s)));
                    for (const QVariant &v : std::as_const(values))
                        u.addBindValue(v);
                    u.addBindValue(Store::nowMs());
                    u.addBindValue(m_store.currentUserId());
                    u.addBindValue(rowId);
                    if (!u.exec()) {
                        *err = u.lastError().text();
                        return false;
                    }
                    changed << table;
                }
            }
            q.prepare(u"UPDATE sync_conflicts SET resolved_at = ? WHERE id = ?"_s);
            q.addBindValue(Store::nowMs());
            q.addBindValue(conflictId);
            if (!q.exec()) {
                *err = q.lastError().text();
                return false;
            }
            changed << u"sync_conflicts"_s;
            return true;
        },
        error, Store::Capture::Local);
}

bool SyncRecords::dismissRejections(const QStringList &ids, QString *error)
{
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            QSqlQuery q(db);
            q.prepare(u"UPDATE sync_rejections SET dismissed_at = ? WHERE id = ?"_s);
            for (const QString &id : ids) {
                q.addBindValue(Store::nowMs());
                q.addBindValue(id);
                if (!q.exec()) {
                    *err = q.lastError().text();
                    return false;
                }
            }
            changed << u"sync_rejections"_s;
            return true;
        },
        error, Store::Capture::Uncaptured);
}

} // namespace gpudesk
