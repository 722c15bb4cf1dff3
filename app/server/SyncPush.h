// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerStore.h"
#include "SyncRules.h"
#include "SyncVisibility.h"
#include "sync/SyncWire.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <optional>

namespace gpudesk {

class StatementCache;

// Applies pushed client transactions (docs/sync.md, "Applying a push"): each in one database
// transaction, results recorded by mutation id (a repeated push is answered from the record),
// permissions and the review lock per mutation, a three-way merge per field, then the global
// rules. The caller serialises writers (SqliteServerStore's write lock).
class SyncPush final
{
public:
    // `statements` caches prepared statements of `db` across pushes.
    SyncPush(const QSqlDatabase &db, StatementCache &statements, const SyncCaller &caller);

    // The results of `tx`'s mutations, in order. False when the database failed (nothing of the
    // transaction was applied or recorded; the client sends it again later).
    bool apply(const sync::ClientTransaction &tx, QList<sync::MutationResult> *results,
               QString *error);
    // What the audit chain records of the last applied transaction: changes of accounts' role,
    // disabled or deleted (as /api/users records its own), or nothing.
    const std::optional<AuditEvent> &audit() const { return m_audit; }

private:
    struct Applied
    {
        sync::MutationResult result;
        std::optional<SyncRefusal> refusal; // set: the transaction is refused
    };

    bool recorded(const QList<sync::Mutation> &mutations,
                  QHash<QString, sync::MutationResult> *out, QString *error);
    bool applyNew(const QList<sync::Mutation> &mutations, QList<sync::MutationResult> *results,
                  QString *error);
    bool applyMutation(const sync::Mutation &m, Applied *out, QString *error);
    std::optional<SyncRefusal> checkOwnRow(const sync::Mutation &m,
                                           const std::optional<QJsonObject> &current);
    std::optional<QJsonObject> currentRow(const QString &table, const QString &id,
                                          QString *error);
    bool record(const QList<sync::MutationResult> &results, QString *error);
    void noteAccountChange(const sync::Mutation &m, bool existed, const QStringList &columns,
                           const QVariantList &values);
    bool revokeSessions(QString *error);
    // Whether `condition` (SQL binding :user and `binds`) holds for the caller.
    bool holds(const QString &condition, const QList<std::pair<QString, QString>> &binds);

    QSqlDatabase m_db;
    StatementCache &m_statements;
    SyncCaller m_caller;
    // What the global rules must look at after the transaction's mutations.
    QSet<QString> m_allocationApplications;
    bool m_selectionChanged = false;
    // Accounts whose role, disabled or deleted the transaction changed: the rules on
    // administrators, the sessions to revoke and the audit event.
    QJsonArray m_accountChanges;
    QSet<QString> m_changedUsers;
    QSet<QString> m_lockedOut;
    std::optional<AuditEvent> m_audit;
};

} // namespace gpudesk
