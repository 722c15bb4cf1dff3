// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditHeadFile.h"
#include "ServerStore.h"

#include <QSqlDatabase>
#include <functional>
#include <memory>
#include <mutex>

namespace gpudesk {

class StatementCache;
class Store;

// ServerStore on one SQLite file in WAL mode. The shared schema comes from the models library
// (Store::open, which also holds the file's lock so two servers never share a database); the
// server's own tables are a separate numbered migration. Each worker thread gets its own named
// connection; writes are serialised in-process so audit rows and head-file lines stay in order.
class SqliteServerStore final : public ServerStore
{
public:
    static constexpr int kServerSchemaVersion = 2;

    // Opens (or, with `create`, creates) the database and brings both schemas up to date.
    static std::unique_ptr<SqliteServerStore>
    open(const QString &databasePath, const QString &headFilePath, bool create, QString *error);
    ~SqliteServerStore() override;

    // The shared store, for the generator and the importer (init and import run single-threaded).
    Store &sharedStore() { return *m_store; }

    std::optional<ServerUser> userById(const QString &id) override;
    std::optional<ServerUser> userByLogin(const QString &login) override;
    QList<ServerUser> users() override;
    QString passwordHash(const QString &userId) override;
    StoreResult createUser(const ServerUser &user, const QString &passwordHash,
                           const AuditEvent &event) override;
    StoreResult updateUser(const ServerUser &user, const AuditEvent &event) override;
    StoreResult setPasswordHash(const QString &userId, const QString &hash,
                                const QString &keepSessionId, const AuditEvent *event) override;

    StoreResult createSession(const ServerSession &session, const QString &tokenHash,
                              const AuditEvent &event) override;
    std::optional<ServerSession> sessionByTokenHash(const QString &tokenHash) override;
    StoreResult revokeSession(const QString &sessionId, qint64 at,
                              const AuditEvent &event) override;
    int revokeUserSessions(const QString &userId, qint64 at, const AuditEvent &event) override;

    ThrottleState throttle(const QString &kind, const QString &key) override;
    ThrottleState recordLoginFailure(const QString &kind, const QString &key,
                                     const ThrottlePolicy &policy, qint64 nowMs) override;
    void clearThrottle(const QString &kind, const QString &key) override;

    StoreResult appendAudit(const AuditEvent &event) override;
    AuditVerdict verifyAudit() override;

    QList<QJsonObject> applications(const ApplicationQuery &query) override;
    std::optional<QJsonObject> application(const QString &id,
                                           const ApplicationQuery &query) override;

    QByteArray syncPull(const SyncCaller &caller, const sync::PullRequest &request,
                        QString *error) override;
    bool syncPush(const SyncCaller &caller, const sync::PushRequest &request,
                  sync::PushResponse *response, QString *error) override;

private:
    SqliteServerStore(std::unique_ptr<Store> store, const QString &headFilePath);

    using WriteFn = std::function<StoreResult(QSqlDatabase &db)>;
    // One BEGIN IMMEDIATE transaction: fn, then the audit row; after the commit, the head line.
    // `fn` may fill in `event`; one left without an action is not recorded.
    StoreResult write(const WriteFn &fn, const AuditEvent *event);
    QSqlDatabase connection();
    // The prepared statements of this thread's connection `db`.
    static StatementCache &statements(const QSqlDatabase &db);
    std::optional<ServerUser> userWhere(const QString &column, const QString &value);

    std::unique_ptr<Store> m_store;
    AuditHeadFile m_heads;
    QString m_path;
    QString m_connectionPrefix;
    std::mutex m_writeMutex;
};

} // namespace gpudesk
