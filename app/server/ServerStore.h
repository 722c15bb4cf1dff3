// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditChain.h"
#include "LoginThrottle.h"
#include "SyncVisibility.h"
#include "domain/Enums.h"
#include "sync/SyncWire.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace gpudesk {

struct ServerUser
{
    QString id;
    QString login;
    QString displayName;
    QString email;
    Role role = Role::Reviewer;
    bool disabled = false;
};

struct ServerSession
{
    QString id; // public id (for listing and revoking), not the token
    QString userId;
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
    qint64 revokedAt = 0; // 0 = live
    QString clientAddress;
};

// What the audit chain records about a change; the store adds seq, time and hashes.
struct AuditEvent
{
    QString actor; // user id, or "system"
    QString action;
    QString entity;
    QString entityId;
    QJsonObject details;
};

// Which applications a query may see: everything (officers, administrators, managers), or only
// those assigned to the reviewer linked to a user. Set from the permission table's scope.
struct ApplicationQuery
{
    enum class Visibility
    {
        All,
        AssignedToUser
    };
    Visibility visibility = Visibility::AssignedToUser; // the safe default
    QString userId;
    QString callId; // optional filter
    QString after;  // page cursor: the last code of the previous page
    int limit = 200;
};

enum class StoreResult
{
    Ok,
    NotFound,
    Duplicate, // a unique key (login) is taken
    LastAdministrator, // the change would leave no active administrator
    Failed,    // the database said no; detail in the log
};

// The server's persistence, behind an interface so a PostgreSQL implementation can follow the
// SQLite one. Every method is safe to call from any worker thread. Methods that change state take
// the audit event that records it and write both in one transaction.
class ServerStore
{
public:
    virtual ~ServerStore() = default;

    // Opens the calling worker thread's connection ahead of its first request (the server calls
    // it once on every worker as it starts), so the first burst of clients does not pay for it.
    virtual void prepareThread() {}

    // Users and passwords.
    virtual std::optional<ServerUser> userById(const QString &id) = 0;
    virtual std::optional<ServerUser> userByLogin(const QString &login) = 0;
    virtual QList<ServerUser> users() = 0;
    virtual QString passwordHash(const QString &userId) = 0; // empty: no password, no login
    virtual StoreResult createUser(const ServerUser &user, const QString &passwordHash,
                                   const AuditEvent &event) = 0;
    // Changes display name, email, role and disabled; disabling revokes the user's sessions.
    // LastAdministrator (nothing written) when no active administrator would remain.
    virtual StoreResult updateUser(const ServerUser &user, const AuditEvent &event) = 0;
    // Replaces the hash and revokes the user's sessions except `keepSessionId` (may be empty).
    virtual StoreResult setPasswordHash(const QString &userId, const QString &hash,
                                        const QString &keepSessionId, const AuditEvent *event) = 0;

    // Sessions, found by the SHA-256 of their token.
    virtual StoreResult createSession(const ServerSession &session, const QString &tokenHash,
                                      const AuditEvent &event) = 0;
    virtual std::optional<ServerSession> sessionByTokenHash(const QString &tokenHash) = 0;
    virtual StoreResult revokeSession(const QString &sessionId, qint64 at,
                                      const AuditEvent &event) = 0;
    // Revokes every live session of the user; returns how many, or -1 on failure.
    virtual int revokeUserSessions(const QString &userId, qint64 at, const AuditEvent &event) = 0;

    // Login throttling: kind is "account" or "address".
    virtual ThrottleState throttle(const QString &kind, const QString &key) = 0;
    // Counts one failure atomically (concurrent failures are not lost) and returns the new state.
    virtual ThrottleState recordLoginFailure(const QString &kind, const QString &key,
                                             const ThrottlePolicy &policy, qint64 nowMs) = 0;
    virtual void clearThrottle(const QString &kind, const QString &key) = 0;

    // The audit chain.
    virtual StoreResult appendAudit(const AuditEvent &event) = 0;
    virtual AuditVerdict verifyAudit() = 0;

    // Applications as the wire shows them; reviewers get fewer columns.
    virtual QList<QJsonObject> applications(const ApplicationQuery &query) = 0;
    virtual std::optional<QJsonObject> application(const QString &id,
                                                   const ApplicationQuery &query) = 0;

    // Sync (docs/sync.md): one page of the changes after a cursor as the caller may see them
    // (JSON, empty with *error on failure), and the results of pushed transactions, each applied
    // in one transaction (false with *error when the database failed part-way: the transactions
    // before it are applied and recorded, the client sends the rest again).
    virtual QByteArray syncPull(const SyncCaller &caller, const sync::PullRequest &request,
                                QString *error) = 0;
    virtual bool syncPush(const SyncCaller &caller, const sync::PushRequest &request,
                          sync::PushResponse *response, QString *error) = 0;
};

} // namespace gpudesk
