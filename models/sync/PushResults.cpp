// SPDX-License-Identifier: GPL-3.0-or-later
#include "PushResults.h"

#include "store/StatementCache.h"
#include "store/Store.h"
#include "sync/RowWriter.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace gpudesk::sync;

namespace gpudesk::PushResults {
namespace {

struct OutboxEntry
{
    QString table;
    QString rowId;
    QString op;
    QString changes;
};

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

bool apply(QSqlDatabase &db, const QList<MutationResult> &results, QSet<QString> &changed,
           PushTally *tally, QString *error, StatementCache *cache)
{
    QSqlQuery find(db);
    find.prepare(u"SELECT table_name, row_id, op, changes FROM outbox WHERE mutation_id = ?"_s);
    QSqlQuery done(db);
    done.prepare(u"DELETE FROM outbox WHERE mutation_id = ?"_s);
    RowWriter writer(db, cache);
    // Rows restored below get the edits still waiting for them re-applied; answered mutations
    // leave the outbox first, so only the later ones count.
    QList<std::pair<MutationResult, OutboxEntry>> answered;
    for (const MutationResult &r : results) {
        find.addBindValue(r.mutationId);
        if (!exec(find, error))
            return false;
        if (!find.next())
            continue; // answered before: nothing left to do
        answered.append({r, OutboxEntry{find.value(0).toString(), find.value(1).toString(),
                                        find.value(2).toString(), find.value(3).toString()}});
        done.addBindValue(r.mutationId);
        if (!exec(done, error))
            return false;
    }
    if (!writer.loadPending(error))
        return false;
    const qint64 now = Store::nowMs();
    // One statement per table: preparing an update of a table with many triggers costs more
    // than running it.
    StatementCache local(db);
    StatementCache &statements = cache ? *cache : local;
    for (const auto &[r, entry] : std::as_const(answered)) {
        changed << entry.table;
        if (r.outcome == Outcome::Applied) {
            ++tally->applied;
            // Table names come from the outbox, which only capture triggers of synced tables fill.
            QSqlQuery *cached = statements.get(
                u"UPDATE %1 SET version = ? WHERE id = ? AND version < ?"_s.arg(entry.table),
                error);
            if (!cached)
                return false;
            QSqlQuery &q = *cached;
            q.addBindValue(r.version);
            q.addBindValue(entry.rowId);
            q.addBindValue(r.version);
            if (!exec(q, error))
                return false;
            continue;
        }
        // The server's row as it is now, or none: what this profile shows from here on.
        const bool restored = r.hasRow && !r.row.isEmpty()
                                  ? writer.upsertObject(entry.table, r.row, error)
                                  : writer.remove(entry.table, entry.rowId, error);
        if (!restored)
            return false;
        QSqlQuery q(db);
        if (r.outcome == Outcome::Conflict) {
            ++tally->conflicts;
            q.prepare(u"INSERT OR REPLACE INTO sync_conflicts (id, mutation_id, table_name, row_id, "
                      "detected_at, server_version, fields) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
            for (const QVariant &v :
                 {QVariant(Store::newId()), QVariant(r.mutationId), QVariant(entry.table),
                  QVariant(entry.rowId), QVariant(now), QVariant(r.version),
                  QVariant(json(r.conflicts))})
                q.addBindValue(v);
        } else {
            ++tally->rejected;
            q.prepare(u"INSERT OR REPLACE INTO sync_rejections (id, mutation_id, table_name, row_id, "
                      "op, rejected_at, code, params, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            for (const QVariant &v :
                 {QVariant(Store::newId()), QVariant(r.mutationId), QVariant(entry.table),
                  QVariant(entry.rowId), QVariant(entry.op), QVariant(now), QVariant(r.code),
                  QVariant(json(r.params)), QVariant(entry.changes)})
                q.addBindValue(v);
        }
        if (!exec(q, error))
            return false;
        changed << (r.outcome == Outcome::Conflict ? u"sync_conflicts"_s : u"sync_rejections"_s);
    }
    return true;
}

} // namespace gpudesk::PushResults
