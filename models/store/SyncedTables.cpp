// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncedTables.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

using Column = SyncedTables::Column;

QString valueExpr(const QString &side, const Column &c)
{
    return SyncedTables::wireValue(side + u'.' + c.name, c.blob);
}

const QString kCaptureOn = u"(SELECT capture FROM sync_control WHERE id = 1) = 1"_s;
const QString kOutboxColumns =
    u"INSERT INTO outbox (mutation_id, tx_id, table_name, row_id, op, base_version, changes, "
    "created_at, created_by)"_s;
// A random version-4 UUID, made in SQL so the trigger needs no application function.
const QString kUuidExpr =
    u"lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))"_s;
const QString kNowMs = u"CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"_s;
const QString kTxId = u"(SELECT tx_id FROM sync_control WHERE id = 1)"_s;
const QString kUserId = u"(SELECT user_id FROM sync_control WHERE id = 1)"_s;

QStringList triggerSql(const QString &t, const QList<Column> &cols)
{
    QStringList insertPairs;
    QStringList updateParts;
    for (const Column &c : cols) {
        if (SyncedTables::metaColumns().contains(c.name) && c.name != u"deleted"_s)
            continue;
        insertPairs << u"'%1', json_array(NULL, %2)"_s.arg(c.name, valueExpr(u"NEW"_s, c));
        updateParts << u"SELECT '%1' AS k, json_array(%2, %3) AS v WHERE OLD.%1 IS NOT NEW.%1"_s.arg(
            c.name, valueExpr(u"OLD"_s, c), valueExpr(u"NEW"_s, c));
    }
    QStringList out;
    out << u"CREATE TRIGGER capture_%1_insert AFTER INSERT ON %1 WHEN %2\nBEGIN\n%3 VALUES (%4, %5, "
           "'%1', NEW.id, 'insert', NEW.version, json_object(%6), %7, %8);\nEND"_s.arg(
               t, kCaptureOn, kOutboxColumns, kUuidExpr, kTxId, insertPairs.join(u", "_s), kNowMs,
               kUserId);
    out << u"CREATE TRIGGER capture_%1_update AFTER UPDATE ON %1 WHEN %2\nBEGIN\n%3 SELECT %4, %5, "
           "'%1', NEW.id, CASE WHEN NEW.deleted <> 0 AND OLD.deleted = 0 THEN 'delete' ELSE "
           "'update' END, OLD.version, c.changes, %6, %7 FROM (SELECT json_group_object(k, json(v)) AS "
           "changes, count(*) AS n FROM (%8)) AS c WHERE c.n > 0;\nEND"_s.arg(
               t, kCaptureOn, kOutboxColumns, kUuidExpr, kTxId, kNowMs, kUserId,
               updateParts.join(u" UNION ALL "_s));
    // Rows are tombstoned, never deleted, while capture is on: a delete would leave the other
    // replicas holding the row forever.
    out << u"CREATE TRIGGER capture_%1_nodelete BEFORE DELETE ON %1 WHEN %2\nBEGIN SELECT "
           "RAISE(ABORT, 'synced rows are tombstoned, not deleted'); END"_s.arg(t, kCaptureOn);
    out << u"CREATE TRIGGER capture_%1_fixedid BEFORE UPDATE OF id ON %1 WHEN OLD.id IS NOT NEW.id\n"
           "BEGIN SELECT RAISE(ABORT, 'a row key never changes'); END"_s.arg(t);
    return out;
}

} // namespace

const QStringList &SyncedTables::names()
{
    static const QStringList tables = {
        u"accelerator_types"_s,  u"fields"_s,
        u"organizations"_s,      u"users"_s,
        u"providers"_s,          u"sites"_s,
        u"clusters"_s,           u"rack_rows"_s,
        u"racks"_s,              u"pools"_s,
        u"nodes"_s,              u"node_gpus"_s,
        u"call_types"_s,         u"calls"_s,
        u"call_accelerators"_s,  u"call_share_rates"_s,
        u"rubric_criteria"_s,    u"applications"_s,
        u"application_people"_s, u"application_status_history"_s,
        u"documents"_s,          u"reviewers"_s,
        u"reviewer_fields"_s,    u"reviewer_conflicts"_s,
        u"panel_members"_s,      u"pledges"_s,
        u"review_assignments"_s, u"reviews"_s,
        u"grants"_s,             u"allocations"_s,
        u"performance_checks"_s, u"statements"_s,
        u"call_stage_history"_s, u"demand_details"_s,
        u"track_decisions"_s,    u"programs"_s,
        u"program_teams"_s,      u"program_rounds"_s,
        u"program_entries"_s,
    };
    return tables;
}

bool SyncedTables::isSynced(const QString &table)
{
    return names().contains(table);
}

QList<SyncedTables::Column> SyncedTables::columns(const QSqlDatabase &db, const QString &table)
{
    QList<Column> cols;
    QSqlQuery q(db);
    q.prepare(u"SELECT name, upper(type) FROM pragma_table_info(?)"_s);
    q.addBindValue(table);
    if (q.exec()) {
        while (q.next())
            cols.append({q.value(0).toString(), q.value(1).toString() == u"BLOB"_s});
    }
    return cols;
}

QString SyncedTables::wireValue(const QString &ref, bool blob)
{
    // hex(NULL) is '', not NULL: keep a missing blob missing.
    return blob ? u"CASE WHEN %1 IS NULL THEN NULL ELSE hex(%1) END"_s.arg(ref) : ref;
}

const QStringList &SyncedTables::metaColumns()
{
    static const QStringList cols = {u"version"_s, u"updated_at"_s, u"updated_by"_s, u"deleted"_s};
    return cols;
}

QStringList SyncedTables::triggerNames(const QString &table)
{
    return {u"capture_%1_insert"_s.arg(table), u"capture_%1_update"_s.arg(table),
            u"capture_%1_nodelete"_s.arg(table), u"capture_%1_fixedid"_s.arg(table)};
}

bool SyncedTables::installCaptureTriggers(QSqlDatabase &db, QString *error, bool allMustExist)
{
    QSqlQuery q(db);
    for (const QString &t : names()) {
        const QList<Column> cols = columns(db, t);
        if (cols.isEmpty() && !allMustExist)
            continue;
        if (cols.isEmpty()) {
            if (error)
                *error = u"synced table %1 does not exist"_s.arg(t);
            return false;
        }
        QStringList statements;
        for (const QString &name : triggerNames(t))
            statements << u"DROP TRIGGER IF EXISTS "_s + name;
        statements << triggerSql(t, cols);
        for (const QString &sql : std::as_const(statements)) {
            if (!q.exec(sql)) {
                if (error)
                    *error = q.lastError().text();
                return false;
            }
        }
    }
    return true;
}

} // namespace gpudesk
