// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteServerStore.h"

#include "ServerLog.h"
#include "SyncFeed.h"
#include "SyncPull.h"
#include "SyncPush.h"
#include "SyncRules.h"
#include "store/SqlScript.h"
#include "store/StatementCache.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <atomic>
#include <vector>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

// Connections this thread opened; closed and removed when the thread ends (httplib's workers
// end when the server stops, before the store goes away).
struct ThreadConnections
{
    std::vector<QString> names;
    // Prepared statements of each connection; they go before their connection.
    QHash<QString, std::shared_ptr<StatementCache>> statements;
    ~ThreadConnections()
    {
        statements.clear();
        for (const QString &name : names) {
            if (QSqlDatabase::contains(name)) {
                QSqlDatabase::database(name, false).close();
                QSqlDatabase::removeDatabase(name);
            }
        }
    }
};
thread_local ThreadConnections t_connections;

// Qt binds a null QString as SQL NULL; the schema wants '' for "none".
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(u""_s) : QVariant(s);
}

QString lastError(const QSqlQuery &q)
{
    return q.lastError().text();
}

bool exec(QSqlQuery &q, const QString &what)
{
    if (q.exec())
        return true;
    ServerLog::error(u"database: %1: %2"_s.arg(what, lastError(q)));
    return false;
}

int serverSchemaVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT value FROM server_meta WHERE key = 'schema'"_s) || !q.next())
        return 0; // no table yet, or no row: nothing of the server's applied
    return q.value(0).toInt();
}

bool migrateServerSchema(QSqlDatabase &db, QString *error)
{
    const char16_t *const scripts[] = {u":/gpudesk/server-sql/server_0001.sql",
                                       u":/gpudesk/server-sql/server_0002.sql"};
    const int from = serverSchemaVersion(db);
    for (int v = from + 1; v <= SqliteServerStore::kServerSchemaVersion; ++v) {
        QFile f(QString::fromUtf16(scripts[v - 1]));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = u"server migration %1 is missing"_s.arg(v);
            return false;
        }
        QSqlQuery q(db);
        if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
            *error = lastError(q);
            return false;
        }
        bool ok = true;
        for (const QString &sql : splitSqlScript(QString::fromUtf8(f.readAll()))) {
            if (!q.exec(sql)) {
                *error = u"server schema step %1: %2"_s.arg(v).arg(lastError(q));
                ok = false;
                break;
            }
        }
        // The change feed's triggers come from SyncedTables, after the step that made the feed.
        if (ok && v == 2)
            ok = SyncFeed::install(db, error);
        if (ok) {
            q.prepare(u"INSERT INTO server_meta (key, value) VALUES ('schema', ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
            q.addBindValue(QString::number(v));
            ok = q.exec();
            if (!ok)
                *error = lastError(q);
        }
        if (!ok || !q.exec(u"COMMIT"_s)) {
            if (ok)
                *error = lastError(q);
            q.exec(u"ROLLBACK"_s);
            return false;
        }
    }
    // A synced table added by a later shared schema step gets its feed triggers here.
    if (!SyncFeed::installed(db)) {
        QSqlQuery q(db);
        if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
            *error = lastError(q);
            return false;
        }
        if (!SyncFeed::install(db, error) || !q.exec(u"COMMIT"_s)) {
            q.exec(u"ROLLBACK"_s);
            return false;
        }
    }
    return true;
}

ServerUser userFrom(const QSqlQuery &q)
{
    ServerUser u;
    u.id = q.value(0).toString();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.email = q.value(3).toString();
    u.role = roleFromKey(q.value(4).toString()).value_or(Role::Reviewer);
    u.disabled = q.value(5).toBool();
    return u;
}

const QString kUserColumns = u"id, login, display_name, email, role, disabled"_s;

QJsonObject rowToJson(const QSqlQuery &q)
{
    QJsonObject o;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i) {
        const QVariant v = q.value(i);
        if (v.isNull())
            o.insert(rec.fieldName(i), QJsonValue::Null);
        else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            o.insert(rec.fieldName(i), v.toLongLong());
        else if (v.typeId() == QMetaType::Double)
            o.insert(rec.fieldName(i), v.toDouble());
        else
            o.insert(rec.fieldName(i), v.toString());
    }
    return o;
}

// What each audience sees of an application. Reviewers get what they need to judge the proposal
// and spot a conflict of interest, not the pipeline's internals (status, screening, grant) nor the
// investigator's phone.
QString applicationColumns(ApplicationQuery::Visibility v)
{
    if (v == ApplicationQuery::Visibility::All) {
        return u"a.id, a.version, a.updated_at, a.call_id, a.organization_id, o.name AS "
               "organization, a.code, a.title, a.title_en, a.summary, a.pi_name, a.pi_email, "
               "a.pi_phone, a.field_id, a.accelerator_type_id, a.requested_gpus, "
               "a.requested_nodes, a.months, a.desired_start, a.submitted_at, a.status, "
               "a.status_changed_at, a.screening_note, a.granted_nodes"_s;
    }
    return u"a.id, a.version, a.call_id, a.organization_id, o.name AS organization, a.code, "
           "a.title, a.title_en, a.summary, a.pi_name, a.field_id, a.accelerator_type_id, "
           "a.requested_gpus, a.requested_nodes, a.months, a.desired_start, a.submitted_at"_s;
}

// Which applications a reviewer may see is SyncVisibility's to say, for the route and the pull.
QString assignedToUser()
{
    return u" AND "_s + SyncVisibility::assignedToUser(u"a.id"_s);
}

} // namespace

SqliteServerStore::SqliteServerStore(std::unique_ptr<Store> store, const QString &headFilePath)
    : m_store(std::move(store)), m_heads(headFilePath), m_path(m_store->path())
{
    static std::atomic<int> serial{0};
    m_connectionPrefix = u"gpudesk-server-%1-"_s.arg(++serial);
}

SqliteServerStore::~SqliteServerStore()
{
    // This thread's connection; the workers' went when their threads ended.
    const QString name = m_connectionPrefix + QString::number(quintptr(QThread::currentThreadId()));
    t_connections.statements.remove(name);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

std::unique_ptr<SqliteServerStore> SqliteServerStore::open(const QString &databasePath,
                                                           const QString &headFilePath, bool create,
                                                           QString *error)
{
    OpenOptions options;
    options.create = create;
    OpenOutcome outcome;
    auto store = Store::open(databasePath, options, &outcome);
    if (!store) {
        *error =
            outcome.error == OpenError::Locked
                ? u"the server database %1 is in use by another process (is "
                  "`gpudesk-server serve` running on it?)"_s.arg(databasePath)
                : outcome.message +
                      (outcome.detail.isEmpty() ? QString() : u" ("_s + outcome.detail + u")"_s);
        return nullptr;
    }
    QSqlDatabase db = store->db();
    if (!migrateServerSchema(db, error))
        return nullptr;
    // The desktop's derived tables (search index, browse rows) are never read on the server:
    // their triggers stand aside for good, so a push does not pay for them.
    QSqlQuery derived(db);
    if (!derived.exec(u"UPDATE sync_control SET deferred_derived = 1 WHERE id = 1"_s)) {
        *error = derived.lastError().text();
        return nullptr;
    }
    return std::unique_ptr<SqliteServerStore>(
        new SqliteServerStore(std::move(store), headFilePath));
}

QSqlDatabase SqliteServerStore::connection()
{
    const QString name = m_connectionPrefix + QString::number(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        ServerLog::error(u"database: cannot open %1: %2"_s.arg(m_path, db.lastError().text()));
        return db;
    }
    QSqlQuery q(db);
    // No mmap: with a connection per worker thread, each would fault the file's pages in on its
    // own (measured: most of the time of 200 clients syncing once a second went there).
    // Temporary B-trees in memory: a pull page sorts its rows by key, and a temporary file made
    // that sort take half as long again. A page is bounded in rows, and group_concat holds its
    // whole text in memory anyway.
    for (const QString &sql :
         {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA busy_timeout = 10000"_s,
          u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA cache_size = -8192"_s,
          u"PRAGMA temp_store = MEMORY"_s}) {
        if (!q.exec(sql))
            ServerLog::error(u"database: %1: %2"_s.arg(sql, lastError(q)));
    }
    t_connections.names.push_back(name);
    return db;
}

void SqliteServerStore::prepareThread()
{
    // Opening reads the schema on the first statement: do both now.
    QSqlQuery q(connection());
    q.exec(u"SELECT count(*) FROM sync_feed WHERE seq < 0"_s);
}

StoreResult SqliteServerStore::write(const WriteFn &fn, const AuditEvent *event)
{
    std::lock_guard lock(m_writeMutex);
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        ServerLog::error(u"database: begin: %1"_s.arg(lastError(q)));
        return StoreResult::Failed;
    }
    // The server's own writes are not a desktop's edits: keep them out of the outbox.
    StoreResult result = q.exec(u"UPDATE sync_control SET capture = 0 WHERE id = 1"_s)
                             ? fn(db)
                             : StoreResult::Failed;
    AuditHead head;
    // An event without an action is one `fn` found nothing to record for (a sync push).
    const bool audited = event && !event->action.isEmpty();
    if (result == StoreResult::Ok && audited) {
        AuditRecord row;
        row.prevHash = AuditChain::genesisHash();
        if (q.exec(u"SELECT seq, hash FROM audit_chain ORDER BY seq DESC LIMIT 1"_s) && q.next()) {
            row.seq = q.value(0).toLongLong();
            row.prevHash = q.value(1).toString();
        }
        row.seq += 1;
        row.at = Store::nowMs();
        row.actor = event->actor;
        row.action = event->action;
        row.entity = event->entity;
        row.entityId = event->entityId;
        row.details =
            QString::fromUtf8(QJsonDocument(event->details).toJson(QJsonDocument::Compact));
        row.hash = AuditChain::hashOf(row.prevHash, row);
        q.prepare(u"INSERT INTO audit_chain (seq, at, actor, action, entity, entity_id, details, "
                  "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant &v : {QVariant(row.seq), QVariant(row.at), text(row.actor),
                                  text(row.action), text(row.entity), text(row.entityId),
                                  text(row.details), text(row.prevHash), text(row.hash)})
            q.addBindValue(v);
        if (!exec(q, u"audit append"_s))
            result = StoreResult::Failed;
        head = {row.seq, row.hash};
    }
    if (result != StoreResult::Ok || !q.exec(u"COMMIT"_s)) {
        if (result == StoreResult::Ok) {
            ServerLog::error(u"database: commit: %1"_s.arg(lastError(q)));
            result = StoreResult::Failed;
        }
        q.exec(u"ROLLBACK"_s);
        return result;
    }
    if (audited) {
        QString error;
        if (!m_heads.append(head, &error))
            ServerLog::error(u"audit head file: %1"_s.arg(error));
    }
    return StoreResult::Ok;
}

std::optional<ServerUser> SqliteServerStore::userWhere(const QString &column, const QString &value)
{
    // `column` is one of ours ("id", "login"), never input; the value is bound. Every request
    // asks: the statement stays prepared.
    const QSqlDatabase db = connection();
    QString error;
    QSqlQuery *cached = statements(db).get(
        u"SELECT %1 FROM users WHERE %2 = ? AND deleted = 0"_s.arg(kUserColumns, column), &error);
    if (!cached) {
        ServerLog::error(u"database: user by %1: %2"_s.arg(column, error));
        return std::nullopt;
    }
    QSqlQuery &q = *cached;
    q.addBindValue(value);
    if (!exec(q, u"user by "_s + column) || !q.next())
        return std::nullopt;
    const ServerUser user = userFrom(q);
    q.finish();
    return user;
}

std::optional<ServerUser> SqliteServerStore::userById(const QString &id)
{
    return userWhere(u"id"_s, id);
}

std::optional<ServerUser> SqliteServerStore::userByLogin(const QString &login)
{
    return userWhere(u"login"_s, login);
}

QList<ServerUser> SqliteServerStore::users()
{
    QList<ServerUser> out;
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM users WHERE deleted = 0 ORDER BY login"_s.arg(kUserColumns));
    if (exec(q, u"users"_s)) {
        while (q.next())
            out.append(userFrom(q));
    }
    return out;
}

QString SqliteServerStore::passwordHash(const QString &userId)
{
    QSqlQuery q(connection());
    q.prepare(u"SELECT password_hash FROM local_credentials WHERE user_id = ?"_s);
    q.addBindValue(userId);
    return exec(q, u"password hash"_s) && q.next() ? q.value(0).toString() : QString();
}

StoreResult SqliteServerStore::createUser(const ServerUser &user, const QString &passwordHash,
                                          const AuditEvent &event)
{
    return write(
        [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(u"SELECT 1 FROM users WHERE login = ?"_s);
            q.addBindValue(user.login);
            if (!exec(q, u"login check"_s))
                return StoreResult::Failed;
            if (q.next())
                return StoreResult::Duplicate;
            q.prepare(u"INSERT INTO users (id, version, updated_at, updated_by, login, "
                      "display_name, email, role, disabled) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)"_s);
            for (const QVariant &v :
                 {QVariant(user.id), QVariant(Store::nowMs()), text(event.actor), text(user.login),
                  text(user.displayName), text(user.email), QVariant(roleKey(user.role)),
                  QVariant(user.disabled ? 1 : 0)})
                q.addBindValue(v);
            if (!exec(q, u"create user"_s))
                return StoreResult::Failed;
            if (!passwordHash.isEmpty()) {
                q.prepare(
                    u"INSERT INTO local_credentials (user_id, password_hash) VALUES (?, ?)"_s);
                q.addBindValue(user.id);
                q.addBindValue(passwordHash);
                if (!exec(q, u"create credentials"_s))
                    return StoreResult::Failed;
            }
            return StoreResult::Ok;
        },
        &event);
}

StoreResult SqliteServerStore::updateUser(const ServerUser &user, const AuditEvent &event)
{
    return write(
        [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(u"UPDATE users SET display_name = ?, email = ?, role = ?, disabled = ?, "
                      "version = version + 1, updated_at = ?, updated_by = ? "
                      "WHERE id = ? AND deleted = 0"_s);
            for (const QVariant &v :
                 {text(user.displayName), text(user.email), QVariant(roleKey(user.role)),
                  QVariant(user.disabled ? 1 : 0), QVariant(Store::nowMs()), text(event.actor),
                  QVariant(user.id)})
                q.addBindValue(v);
            if (!exec(q, u"update user"_s))
                return StoreResult::Failed;
            if (q.numRowsAffected() == 0)
                return StoreResult::NotFound;
            // Decided inside the write, so two administrators demoting each other at once
            // cannot both pass.
            QString error;
            if (SyncRules::checkAdministrators(db, event.actor, {}, &error))
                return StoreResult::LastAdministrator;
            if (!error.isEmpty()) {
                ServerLog::error(u"database: administrator check: %1"_s.arg(error));
                return StoreResult::Failed;
            }
            if (user.disabled) {
                q.prepare(u"UPDATE server_sessions SET revoked_at = ? WHERE user_id = ? AND "
                          "revoked_at = 0"_s);
                q.addBindValue(Store::nowMs());
                q.addBindValue(user.id);
                if (!exec(q, u"revoke on disable"_s))
                    return StoreResult::Failed;
            }
            return StoreResult::Ok;
        },
        &event);
}

StoreResult SqliteServerStore::setPasswordHash(const QString &userId, const QString &hash,
                                               const QString &keepSessionId,
                                               const AuditEvent *event)
{
    return write(
        [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(u"SELECT 1 FROM users WHERE id = ? AND deleted = 0"_s);
            q.addBindValue(userId);
            if (!exec(q, u"user check"_s))
                return StoreResult::Failed;
            if (!q.next())
                return StoreResult::NotFound;
            q.prepare(
                u"INSERT INTO local_credentials (user_id, password_hash) VALUES (?, ?) "
                "ON CONFLICT (user_id) DO UPDATE SET password_hash = excluded.password_hash"_s);
            q.addBindValue(userId);
            q.addBindValue(hash);
            if (!exec(q, u"set password"_s))
                return StoreResult::Failed;
            q.prepare(u"UPDATE server_sessions SET revoked_at = ? WHERE user_id = ? AND "
                      "revoked_at = 0 AND id <> ?"_s);
            q.addBindValue(Store::nowMs());
            q.addBindValue(userId);
            q.addBindValue(keepSessionId.isEmpty() ? u""_s : keepSessionId);
            return exec(q, u"revoke on password change"_s) ? StoreResult::Ok : StoreResult::Failed;
        },
        event);
}

StoreResult SqliteServerStore::createSession(const ServerSession &s, const QString &tokenHash,
                                             const AuditEvent &event)
{
    return write(
        [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO server_sessions (token_hash, id, user_id, created_at, "
                      "expires_at, client_address) VALUES (?, ?, ?, ?, ?, ?)"_s);
            for (const QVariant &v :
                 {QVariant(tokenHash), QVariant(s.id), QVariant(s.userId), QVariant(s.createdAt),
                  QVariant(s.expiresAt), text(s.clientAddress)})
                q.addBindValue(v);
            return exec(q, u"create session"_s) ? StoreResult::Ok : StoreResult::Failed;
        },
        &event);
}

std::optional<ServerSession> SqliteServerStore::sessionByTokenHash(const QString &tokenHash)
{
    const QSqlDatabase db = connection();
    QString error;
    QSqlQuery *cached = statements(db).get(u"SELECT id, user_id, created_at, expires_at, "
                                           "revoked_at, client_address FROM server_sessions WHERE "
                                           "token_hash = ?"_s,
                                           &error);
    if (!cached) {
        ServerLog::error(u"database: session: %1"_s.arg(error));
        return std::nullopt;
    }
    QSqlQuery &q = *cached;
    q.addBindValue(tokenHash);
    if (!exec(q, u"session"_s) || !q.next())
        return std::nullopt;
    ServerSession s;
    s.id = q.value(0).toString();
    s.userId = q.value(1).toString();
    s.createdAt = q.value(2).toLongLong();
    s.expiresAt = q.value(3).toLongLong();
    s.revokedAt = q.value(4).toLongLong();
    s.clientAddress = q.value(5).toString();
    q.finish();
    return s;
}

StoreResult SqliteServerStore::revokeSession(const QString &sessionId, qint64 at,
                                             const AuditEvent &event)
{
    return write(
        [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(
                u"UPDATE server_sessions SET revoked_at = ? WHERE id = ? AND revoked_at = 0"_s);
            q.addBindValue(at);
            q.addBindValue(sessionId);
            if (!exec(q, u"revoke session"_s))
                return StoreResult::Failed;
            return q.numRowsAffected() > 0 ? StoreResult::Ok : StoreResult::NotFound;
        },
        &event);
}

int SqliteServerStore::revokeUserSessions(const QString &userId, qint64 at, const AuditEvent &event)
{
    int count = -1;
    const StoreResult r = write(
        [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(u"UPDATE server_sessions SET revoked_at = ? WHERE user_id = ? AND "
                      "revoked_at = 0"_s);
            q.addBindValue(at);
            q.addBindValue(userId);
            if (!exec(q, u"revoke user sessions"_s))
                return StoreResult::Failed;
            count = q.numRowsAffected();
            return StoreResult::Ok;
        },
        &event);
    return r == StoreResult::Ok ? count : -1;
}

ThrottleState SqliteServerStore::throttle(const QString &kind, const QString &key)
{
    QSqlQuery q(connection());
    q.prepare(u"SELECT failures, last_failure_at, blocked_until FROM login_throttle WHERE kind = ? "
              "AND key = ?"_s);
    q.addBindValue(kind);
    q.addBindValue(key);
    ThrottleState s;
    if (exec(q, u"throttle"_s) && q.next())
        s = {q.value(0).toInt(), q.value(1).toLongLong(), q.value(2).toLongLong()};
    return s;
}

ThrottleState SqliteServerStore::recordLoginFailure(const QString &kind, const QString &key,
                                                    const ThrottlePolicy &policy, qint64 nowMs)
{
    ThrottleState next;
    write(
        [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(u"SELECT failures, last_failure_at, blocked_until FROM login_throttle "
                      "WHERE kind = ? AND key = ?"_s);
            q.addBindValue(kind);
            q.addBindValue(key);
            if (!exec(q, u"throttle"_s))
                return StoreResult::Failed;
            ThrottleState current;
            if (q.next())
                current = {q.value(0).toInt(), q.value(1).toLongLong(), q.value(2).toLongLong()};
            next = LoginThrottle::afterFailure(current, policy, nowMs);
            q.prepare(u"INSERT INTO login_throttle (kind, key, failures, last_failure_at, "
                      "blocked_until) VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, key) DO UPDATE SET "
                      "failures = excluded.failures, last_failure_at = excluded.last_failure_at, "
                      "blocked_until = excluded.blocked_until"_s);
            for (const QVariant &v : {QVariant(kind), QVariant(key), QVariant(next.failures),
                                      QVariant(next.lastFailureAt), QVariant(next.blockedUntil)})
                q.addBindValue(v);
            return exec(q, u"save throttle"_s) ? StoreResult::Ok : StoreResult::Failed;
        },
        nullptr);
    return next;
}

void SqliteServerStore::clearThrottle(const QString &kind, const QString &key)
{
    write(
        [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(u"DELETE FROM login_throttle WHERE kind = ? AND key = ?"_s);
            q.addBindValue(kind);
            q.addBindValue(key);
            return exec(q, u"clear throttle"_s) ? StoreResult::Ok : StoreResult::Failed;
        },
        nullptr);
}

StoreResult SqliteServerStore::appendAudit(const AuditEvent &event)
{
    return write([](QSqlDatabase &) { return StoreResult::Ok; }, &event);
}

AuditVerdict SqliteServerStore::verifyAudit()
{
    AuditVerifier verifier;
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT seq, at, actor, action, entity, entity_id, details, prev_hash, hash FROM "
              "audit_chain ORDER BY seq"_s);
    if (exec(q, u"audit rows"_s)) {
        while (q.next()) {
            AuditRecord r;
            r.seq = q.value(0).toLongLong();
            r.at = q.value(1).toLongLong();
            r.actor = q.value(2).toString();
            r.action = q.value(3).toString();
            r.entity = q.value(4).toString();
            r.entityId = q.value(5).toString();
            r.details = q.value(6).toString();
            r.prevHash = q.value(7).toString();
            r.hash = q.value(8).toString();
            verifier.addRow(r);
        }
    }
    QList<AuditHead> heads;
    qint64 damaged = 0;
    bool exists = false;
    QString error;
    if (!m_heads.read(&heads, &damaged, &exists, &error)) {
        ServerLog::error(u"audit head file: %1"_s.arg(error));
        damaged = 1;
    }
    return verifier.finish(heads, exists, damaged);
}

QList<QJsonObject> SqliteServerStore::applications(const ApplicationQuery &query)
{
    QList<QJsonObject> out;
    QString sql =
        u"SELECT %1 FROM applications a JOIN organizations o ON o.id = a.organization_id "
        "WHERE a.deleted = 0 AND a.code > :after"_s.arg(applicationColumns(query.visibility));
    if (!query.callId.isEmpty())
        sql += u" AND a.call_id = :call"_s;
    if (query.visibility == ApplicationQuery::Visibility::AssignedToUser)
        sql += assignedToUser();
    sql += u" ORDER BY a.code LIMIT :limit"_s;
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(u":after"_s, query.after.isEmpty() ? u""_s : query.after);
    if (!query.callId.isEmpty())
        q.bindValue(u":call"_s, query.callId);
    if (query.visibility == ApplicationQuery::Visibility::AssignedToUser)
        q.bindValue(u":user"_s, query.userId);
    q.bindValue(u":limit"_s, std::clamp(query.limit, 1, 1000));
    if (exec(q, u"applications"_s)) {
        while (q.next())
            out.append(rowToJson(q));
    }
    return out;
}

std::optional<QJsonObject> SqliteServerStore::application(const QString &id,
                                                          const ApplicationQuery &query)
{
    QString sql = u"SELECT %1 FROM applications a JOIN organizations o ON o.id = a.organization_id "
                  "WHERE a.deleted = 0 AND a.id = :id"_s.arg(applicationColumns(query.visibility));
    if (query.visibility == ApplicationQuery::Visibility::AssignedToUser)
        sql += assignedToUser();
    QSqlQuery q(connection());
    q.prepare(sql);
    q.bindValue(u":id"_s, id);
    if (query.visibility == ApplicationQuery::Visibility::AssignedToUser)
        q.bindValue(u":user"_s, query.userId);
    if (!exec(q, u"application"_s) || !q.next())
        return std::nullopt;
    return rowToJson(q);
}

StatementCache &SqliteServerStore::statements(const QSqlDatabase &db)
{
    std::shared_ptr<StatementCache> &cache = t_connections.statements[db.connectionName()];
    if (!cache)
        cache = std::make_shared<StatementCache>(db);
    return *cache;
}

QByteArray SqliteServerStore::syncPull(const SyncCaller &caller, const sync::PullRequest &request,
                                       QString *error)
{
    QSqlDatabase db = connection();
    const QByteArray page = SyncPull::page(db, statements(db), caller, request, error);
    if (page.isEmpty())
        ServerLog::error(u"database: sync pull: %1"_s.arg(*error));
    return page;
}

bool SqliteServerStore::syncPush(const SyncCaller &caller, const sync::PushRequest &request,
                                 sync::PushResponse *response, QString *error)
{
    for (const sync::ClientTransaction &tx : request.transactions) {
        QList<sync::MutationResult> results;
        // Filled inside the write when the transaction changes accounts: audited with it.
        AuditEvent event;
        const StoreResult r = write(
            [&](QSqlDatabase &db) {
                SyncPush push(db, statements(db), caller);
                if (!push.apply(tx, &results, error))
                    return StoreResult::Failed;
                if (push.audit())
                    event = *push.audit();
                return StoreResult::Ok;
            },
            &event);
        if (r != StoreResult::Ok) {
            if (error->isEmpty())
                *error = u"the transaction could not be committed"_s;
            ServerLog::error(u"database: sync push: %1"_s.arg(*error));
            return false;
        }
        response->results.append(results);
    }
    return true;
}

} // namespace gpudesk
