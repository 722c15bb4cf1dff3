// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncPush.h"

#include "Permissions.h"
#include "SyncFeed.h"
#include "SyncPull.h"
#include "store/StatementCache.h"
#include "store/Store.h"
#include "sync/SyncValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace gpudesk::sync;

namespace gpudesk {
namespace {

// Columns the server keeps itself: never taken from a client.
const QStringList kServerColumns = {u"version"_s, u"updated_at"_s, u"updated_by"_s};

// Columns of an application that change what a pool has committed.
const QStringList kCommitmentColumns = {u"status"_s, u"granted_nodes"_s, u"requested_nodes"_s,
                                        u"accelerator_type_id"_s, u"call_id"_s, u"deleted"_s};

bool changesCommitment(const Mutation &m)
{
    if (m.table != u"applications"_s)
        return false;
    for (const QString &c : kCommitmentColumns) {
        if (m.changes.contains(c))
            return true;
    }
    return false;
}

// What a reviewer may change of their own rows.
const QHash<QString, QStringList> &reviewerColumns()
{
    static const QHash<QString, QStringList> columns = {
        {u"reviews"_s,
         {u"scores"_s, u"total"_s, u"comment"_s, u"status"_s, u"submitted_at"_s, u"deleted"_s}},
        {u"review_assignments"_s, {u"status"_s, u"responded_at"_s, u"reason"_s}},
        {u"pledges"_s, {u"accepted_at"_s, u"pledge_text_sha256"_s, u"deleted"_s}},
    };
    return columns;
}

bool isConstraint(const QSqlError &e)
{
    return (e.nativeErrorCode().toInt() & 0xff) == 19 ||
           e.databaseText().contains(u"constraint"_s, Qt::CaseInsensitive);
}

SyncRefusal refusal(const QString &code, const QJsonObject &params = {})
{
    return SyncRefusal{code, params};
}

QString newValue(const Mutation &m, const QString &column)
{
    return m.changes.value(column).toArray().at(1).toString();
}

} // namespace

SyncPush::SyncPush(const QSqlDatabase &db, StatementCache &statements, const SyncCaller &caller)
    : m_db(db), m_statements(statements), m_caller(caller)
{
}

bool SyncPush::holds(const QString &condition, const QList<std::pair<QString, QString>> &binds)
{
    QString ignored;
    QSqlQuery *q = m_statements.get(u"SELECT 1 WHERE "_s + condition, &ignored);
    if (!q)
        return false;
    q->bindValue(u":user"_s, m_caller.userId);
    for (const auto &[name, value] : binds)
        q->bindValue(name, value);
    const bool found = q->exec() && q->next();
    q->finish();
    return found;
}

bool SyncPush::recorded(const QList<Mutation> &mutations, QHash<QString, MutationResult> *out,
                        QString *error)
{
    QJsonArray ids;
    for (const Mutation &m : mutations)
        ids.append(m.id);
    QSqlQuery *found =
        m_statements.get(u"SELECT mutation_id, user_id, result FROM mutation_results WHERE "
                         "mutation_id IN (SELECT value FROM json_each(?))"_s,
                         error);
    if (!found)
        return false;
    QSqlQuery &q = *found;
    q.addBindValue(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const QString id = q.value(0).toString();
        MutationResult r;
        if (q.value(1).toString() != m_caller.userId) {
            // Ids are random: another user's id is a forged or broken client, not a repeat.
            r.mutationId = id;
            r.code = u"sync.mutation_foreign"_s;
        } else {
            WireError ignored;
            const auto stored = resultFromJson(
                QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(), &ignored);
            if (!stored) {
                *error = u"unreadable record of mutation %1"_s.arg(id);
                return false;
            }
            r = *stored;
        }
        out->insert(id, r);
    }
    q.finish();
    return true;
}

std::optional<QJsonObject> SyncPush::currentRow(const QString &table, const QString &id,
                                                QString *error)
{
    const QList<SyncedTables::Column> cols = SyncFeed::columns(m_db, table);
    QStringList exprs;
    for (const SyncedTables::Column &c : cols)
        exprs << SyncedTables::wireValue(c.name, c.blob);
    // Table and column names come from SyncedTables and the schema, never from the request.
    QSqlQuery *select = m_statements.get(
        u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(exprs.join(u", "_s), table), error);
    if (!select)
        return std::nullopt;
    QSqlQuery &q = *select;
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    QJsonObject row;
    for (int i = 0; i < cols.size(); ++i)
        row.insert(cols[i].name, syncvalue::fromSql(q.value(i), false));
    q.finish();
    return row;
}

std::optional<SyncRefusal> SyncPush::checkOwnRow(const Mutation &m,
                                                 const std::optional<QJsonObject> &current)
{
    const QJsonObject forbidden{{u"table"_s, m.table}, {u"role"_s, roleKey(m_caller.role)}};
    const QString owner = current ? current->value(u"reviewer_id"_s).toString()
                                  : newValue(m, u"reviewer_id"_s);
    // One of the caller's reviewer rows (SyncVisibility's), and not a deleted one.
    if (!holds(u"EXISTS (SELECT 1 FROM reviewers WHERE id = :owner AND deleted = 0) AND "_s +
                   SyncVisibility::ownReviewer(u":owner"_s),
               {{u":owner"_s, owner}}))
        return refusal(u"sync.forbidden"_s, forbidden);
    // A review is written, and an assignment answered, only under a live assignment of theirs:
    // after declining or declaring a conflict, nothing but withdrawing the draft.
    const QString assignment = m.table == u"review_assignments"_s ? m.rowId
                               : current ? current->value(u"assignment_id"_s).toString()
                                         : newValue(m, u"assignment_id"_s);
    const auto closed = [&] {
        return refusal(u"review.assignment_closed"_s,
                       QJsonObject{{u"table"_s, m.table}, {u"assignment"_s, assignment}});
    };
    if (!current) {
        if (m.table == u"review_assignments"_s)
            return refusal(u"sync.forbidden"_s, forbidden); // officers assign
        if (m.table == u"reviews"_s) {
            // A review of one of their own assignments, for that assignment's application.
            if (!holds(u"EXISTS (SELECT 1 FROM review_assignments WHERE id = :assignment AND "
                       "reviewer_id = :owner AND application_id = :application AND deleted = 0)"_s,
                       {{u":assignment"_s, assignment},
                        {u":owner"_s, owner},
                        {u":application"_s, newValue(m, u"application_id"_s)}}))
                return refusal(u"sync.forbidden"_s, forbidden);
            if (!holds(SyncVisibility::liveAssignment(u":assignment"_s),
                       {{u":assignment"_s, assignment}}))
                return closed();
            const QString status = newValue(m, u"status"_s);
            if (status != u"draft"_s && status != u"submitted"_s)
                return refusal(u"sync.column_forbidden"_s,
                               QJsonObject{{u"table"_s, m.table}, {u"column"_s, u"status"_s}});
        }
        return std::nullopt;
    }
    if (m.table != u"pledges"_s && !holds(SyncVisibility::liveAssignment(u":assignment"_s),
                                          {{u":assignment"_s, assignment}})) {
        bool withdrawing = m.table == u"reviews"_s;
        for (auto it = m.changes.begin(); withdrawing && it != m.changes.end(); ++it) {
            const QJsonValue next = it.value().toArray().at(1);
            withdrawing = syncvalue::same(current->value(it.key()), next) ||
                          (it.key() == u"deleted"_s && next.toInteger() == 1);
        }
        if (!withdrawing)
            return closed();
    }
    const QStringList allowed = reviewerColumns().value(m.table);
    for (auto it = m.changes.begin(); it != m.changes.end(); ++it) {
        const QJsonValue next = it.value().toArray().at(1);
        if (syncvalue::same(current->value(it.key()), next))
            continue; // not a change
        if (!allowed.contains(it.key()))
            return refusal(u"sync.column_forbidden"_s,
                           QJsonObject{{u"table"_s, m.table}, {u"column"_s, it.key()}});
        if (it.key() == u"status"_s) {
            const QString s = next.toString();
            const bool ok = m.table == u"reviews"_s
                                ? (s == u"draft"_s || s == u"submitted"_s)
                                : (s == u"accepted"_s || s == u"declined"_s || s == u"conflict"_s);
            if (!ok)
                return refusal(u"sync.column_forbidden"_s,
                               QJsonObject{{u"table"_s, m.table}, {u"column"_s, u"status"_s}});
        }
    }
    return std::nullopt;
}

bool SyncPush::applyMutation(const Mutation &m, Applied *out, QString *error)
{
    MutationResult &r = out->result;
    r.mutationId = m.id;
    const Scope scope = Permissions::syncWriteScope(m.table, m_caller.role);
    if (scope == Scope::None) {
        out->refusal = refusal(u"sync.forbidden"_s,
                               QJsonObject{{u"table"_s, m.table}, {u"role"_s, roleKey(m_caller.role)}});
        return true;
    }
    const QList<SyncedTables::Column> cols = SyncFeed::columns(m_db, m.table);
    QHash<QString, bool> blob;
    for (const SyncedTables::Column &c : cols)
        blob.insert(c.name, c.blob);
    for (auto it = m.changes.begin(); it != m.changes.end(); ++it) {
        const QJsonObject where{{u"table"_s, m.table}, {u"column"_s, it.key()}};
        if (!blob.contains(it.key())) {
            out->refusal = refusal(u"sync.unknown_column"_s, where);
            return true;
        }
        const bool sameId =
            it.key() == u"id"_s && syncvalue::same(it.value().toArray().at(1), m.rowId);
        if (kServerColumns.contains(it.key()) || (it.key() == u"id"_s && !sameId)) {
            out->refusal = refusal(u"sync.column_forbidden"_s, where);
            return true;
        }
    }
    const std::optional<QJsonObject> current = currentRow(m.table, m.rowId, error);
    if (!error->isEmpty())
        return false;
    if (scope == Scope::Assigned) {
        out->refusal = checkOwnRow(m, current);
        if (out->refusal)
            return true;
    }

    QStringList columns;
    QVariantList values;
    QJsonObject conflicts;
    if (!current) {
        if (m.op != MutationOp::Insert) {
            out->refusal = refusal(u"row.not_found"_s,
                                   QJsonObject{{u"table"_s, m.table}, {u"row"_s, m.rowId}});
            return true;
        }
        columns << u"id"_s;
        values << QVariant(m.rowId);
        for (auto it = m.changes.begin(); it != m.changes.end(); ++it) {
            if (it.key() == u"id"_s)
                continue;
            columns << it.key();
            values << syncvalue::toSql(it.value().toArray().at(1), blob.value(it.key()));
        }
    } else {
        for (auto it = m.changes.begin(); it != m.changes.end(); ++it) {
            if (it.key() == u"id"_s)
                continue;
            const QJsonArray pair = it.value().toArray();
            const QJsonValue server = current->value(it.key());
            if (syncvalue::same(server, pair.at(1)))
                continue; // already so
            if (syncvalue::same(server, pair.at(0))) {
                columns << it.key();
                values << syncvalue::toSql(pair.at(1), blob.value(it.key()));
            } else {
                conflicts.insert(it.key(), QJsonObject{{u"base"_s, pair.at(0)},
                                                       {u"server"_s, server},
                                                       {u"client"_s, pair.at(1)}});
            }
        }
        // A submitted review changes only when an officer reopens it.
        if (m.table == u"reviews"_s && current->value(u"status"_s).toString() == u"submitted"_s &&
            (!columns.isEmpty() || !conflicts.isEmpty())) {
            bool reopening = conflicts.isEmpty() && columns.contains(u"status"_s);
            for (qsizetype i = 0; reopening && i < columns.size(); ++i) {
                reopening = columns[i] == u"reopen_reason"_s ||
                            (columns[i] == u"status"_s && values[i].toString() == u"reopened"_s);
            }
            if (!reopening) {
                out->refusal = refusal(u"review.locked"_s,
                                       QJsonObject{{u"review"_s, m.rowId},
                                                   {u"submitted_at"_s,
                                                    current->value(u"submitted_at"_s)}});
                return true;
            }
        }
    }

    if (!columns.isEmpty()) {
        const qint64 now = Store::nowMs();
        QString sql;
        if (!current) {
            columns << u"updated_at"_s << u"updated_by"_s;
            values << QVariant(now) << QVariant(m_caller.userId);
            sql = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
                m.table, columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s));
        } else {
            QStringList sets;
            for (const QString &c : std::as_const(columns))
                sets << c + u" = ?"_s;
            sets << u"updated_at = ?"_s << u"updated_by = ?"_s;
            values << QVariant(now) << QVariant(m_caller.userId) << QVariant(m.rowId);
            sql = u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(m.table, sets.join(u", "_s));
        }
        QSqlQuery *write = m_statements.get(sql, error);
        if (!write)
            return false;
        QSqlQuery &q = *write;
        for (const QVariant &v : std::as_const(values))
            q.addBindValue(v);
        if (!q.exec()) {
            if (!isConstraint(q.lastError())) {
                *error = q.lastError().text();
                return false;
            }
            out->refusal = refusal(u"row.constraint"_s,
                                   QJsonObject{{u"table"_s, m.table},
                                               {u"detail"_s, q.lastError().databaseText()}});
            return true;
        }
    }

    // What the global rules look at once the whole transaction is in.
    // A grant that only changes between the states that hold nodes (planned, active, completed:
    // the desktop ages them as their windows pass) keeps the same nodes for the same windows,
    // and one being released only frees them: neither can break a global rule.
    const bool holdingsKept = m.table == u"grants"_s && current &&
                              columns == QStringList{u"status"_s} &&
                              current->value(u"status"_s).toString() != u"released"_s;
    if ((m.table == u"allocations"_s || m.table == u"grants"_s) && !holdingsKept) {
        QSqlQuery q(m_db);
        q.prepare(m.table == u"grants"_s
                      ? u"SELECT application_id FROM grants WHERE id = ?"_s
                      : u"SELECT g.application_id FROM allocations a JOIN grants g ON g.id = "
                        "a.grant_id WHERE a.id = ?"_s);
        q.addBindValue(m.rowId);
        if (q.exec() && q.next())
            m_allocationApplications.insert(q.value(0).toString());
        if (current && current->contains(u"application_id"_s))
            m_allocationApplications.insert(current->value(u"application_id"_s).toString());
    }
    if (changesCommitment(m) && !columns.isEmpty())
        m_selectionChanged = true;
    noteAccountChange(m, current.has_value(), columns, values);

    r.outcome = conflicts.isEmpty() ? Outcome::Applied : Outcome::Conflict;
    r.conflicts = conflicts;
    return SyncFeed::versionOf(m_statements, m.table, m.rowId, &r.version, error);
}

void SyncPush::noteAccountChange(const Mutation &m, bool existed, const QStringList &columns,
                                 const QVariantList &values)
{
    if (m.table != u"users"_s)
        return;
    QJsonObject changed;
    for (const QString &c : {u"role"_s, u"disabled"_s, u"deleted"_s}) {
        const qsizetype i = columns.indexOf(c);
        if (i >= 0)
            changed.insert(c, QJsonValue::fromVariant(values.at(i)));
    }
    if (changed.isEmpty() && existed)
        return; // the profile only: what /api/users does not audit either
    changed.insert(u"id"_s, m.rowId);
    if (!existed)
        changed.insert(u"created"_s, true);
    m_accountChanges.append(changed);
    m_changedUsers.insert(m.rowId);
    if (changed.value(u"disabled"_s).toInteger() == 1 ||
        changed.value(u"deleted"_s).toInteger() == 1)
        m_lockedOut.insert(m.rowId);
}

bool SyncPush::revokeSessions(QString *error)
{
    // As /api/users does: whoever was disabled signs in no more with the sessions they hold.
    for (const QString &userId : std::as_const(m_lockedOut)) {
        QSqlQuery *q =
            m_statements.get(u"UPDATE server_sessions SET revoked_at = ? WHERE user_id = ? AND "
                             "revoked_at = 0"_s,
                             error);
        if (!q)
            return false;
        q->addBindValue(Store::nowMs());
        q->addBindValue(userId);
        if (!q->exec()) {
            *error = q->lastError().text();
            return false;
        }
    }
    return true;
}

bool SyncPush::record(const QList<MutationResult> &results, QString *error)
{
    QSqlQuery *insert = m_statements.get(u"INSERT INTO mutation_results (mutation_id, user_id, "
                                         "received_at, outcome, result) VALUES (?, ?, ?, ?, ?)"_s,
                                         error);
    if (!insert)
        return false;
    QSqlQuery &q = *insert;
    const qint64 now = Store::nowMs();
    for (const MutationResult &r : results) {
        MutationResult stored = r;
        stored.hasRow = false; // rows are read fresh each time they are sent
        stored.row = {};
        q.addBindValue(r.mutationId);
        q.addBindValue(m_caller.userId);
        q.addBindValue(now);
        q.addBindValue(outcomeKey(r.outcome));
        q.addBindValue(QString::fromUtf8(
            QJsonDocument(resultToJson(stored)).toJson(QJsonDocument::Compact)));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool SyncPush::applyNew(const QList<Mutation> &mutations, QList<MutationResult> *results,
                        QString *error)
{
    m_allocationApplications.clear();
    m_selectionChanged = false;
    m_accountChanges = {};
    m_changedUsers.clear();
    m_lockedOut.clear();
    m_audit.reset();
    QHash<QString, int> poolsBefore;
    for (const Mutation &m : mutations) {
        if (changesCommitment(m)) {
            if (!SyncRules::poolCommitments(m_db, &poolsBefore, error))
                return false;
            break;
        }
    }
    QSqlQuery q(m_db);
    if (!q.exec(u"SAVEPOINT push_tx"_s)) {
        *error = q.lastError().text();
        return false;
    }
    // A failing database undoes the transaction's part and answers nothing: the client sends it
    // again later.
    const auto abandon = [&q] {
        q.exec(u"ROLLBACK TO push_tx"_s);
        q.exec(u"RELEASE push_tx"_s);
        return false;
    };
    std::optional<SyncRefusal> refused;
    QString culprit;
    for (const Mutation &m : mutations) {
        Applied a;
        error->clear();
        if (!applyMutation(m, &a, error))
            return abandon();
        if (a.refusal) {
            refused = a.refusal;
            culprit = m.id;
            break;
        }
        results->append(a.result);
    }
    if (!refused && m_selectionChanged) {
        refused = SyncRules::checkPools(m_db, poolsBefore, error);
        if (!error->isEmpty())
            return abandon();
    }
    if (!refused && !m_allocationApplications.isEmpty()) {
        refused = SyncRules::checkAllocations(m_db, m_allocationApplications, error);
        if (!error->isEmpty())
            return abandon();
    }
    if (!refused && !m_changedUsers.isEmpty()) {
        refused = SyncRules::checkAdministrators(m_db, m_caller.userId, m_changedUsers, error);
        if (!error->isEmpty())
            return abandon();
    }
    if (!refused && !m_changedUsers.isEmpty()) {
        if (!revokeSessions(error))
            return abandon();
        m_audit = AuditEvent{m_caller.userId, u"user.sync"_s, u"user"_s,
                             m_changedUsers.size() == 1 ? *m_changedUsers.cbegin() : QString(),
                             QJsonObject{{u"users"_s, m_accountChanges}}};
    }
    if (refused) {
        q.exec(u"ROLLBACK TO push_tx"_s);
        results->clear();
        for (const Mutation &m : mutations) {
            MutationResult r;
            r.mutationId = m.id;
            r.outcome = Outcome::Rejected;
            if (culprit.isEmpty() || m.id == culprit) {
                // A global rule refuses the transaction as a whole: each change carries why.
                r.code = refused->code;
                r.params = refused->params;
            } else {
                r.code = u"sync.transaction_rejected"_s;
                r.params = QJsonObject{{u"mutation"_s, culprit}, {u"code"_s, refused->code}};
            }
            results->append(r);
        }
    }
    if (!q.exec(u"RELEASE push_tx"_s)) {
        *error = q.lastError().text();
        return false;
    }
    return record(*results, error);
}

bool SyncPush::apply(const ClientTransaction &tx, QList<MutationResult> *results, QString *error)
{
    error->clear();
    QHash<QString, MutationResult> done;
    if (!recorded(tx.mutations, &done, error))
        return false;
    QList<Mutation> fresh;
    for (const Mutation &m : tx.mutations) {
        if (!done.contains(m.id))
            fresh.append(m);
    }
    QList<MutationResult> freshResults;
    if (!fresh.isEmpty() && !applyNew(fresh, &freshResults, error))
        return false;
    QHash<QString, MutationResult> byId = done;
    for (const MutationResult &r : std::as_const(freshResults))
        byId.insert(r.mutationId, r);
    results->clear();
    for (const Mutation &m : tx.mutations) {
        MutationResult r = byId.value(m.id);
        // The desktop restores a refused or conflicting row from the server's as it is now.
        if (r.outcome != Outcome::Applied) {
            r.hasRow = true;
            r.row = SyncPull::row(m_db, m_caller, m.table, m.rowId).value_or(QJsonObject());
        }
        results->append(r);
    }
    return true;
}

} // namespace gpudesk
