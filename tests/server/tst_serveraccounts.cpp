// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerFixture.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace gpudesk;
using namespace gpudesk::test;

// The administration of the server's accounts over real TLS: every user route refused to the
// other roles, the last-administrator and self rules, generated passwords shown once, a reset
// ending the user's sessions, and each change written to the hash-chained audit log.
class TestServerAccounts : public QObject
{
    Q_OBJECT

    std::unique_ptr<RunningServer> m_server;
    QString m_admin; // the administrator's token

    httplib::Result post(const std::string &path, const QString &token, const QJsonObject &o)
    {
        return m_server->client()->Post(path, bearer(token), body(o), "application/json");
    }
    httplib::Result patch(const QString &userId, const QString &token, const QJsonObject &o)
    {
        return m_server->client()->Patch("/api/users/" + userId.toStdString(), bearer(token),
                                         body(o), "application/json");
    }
    QString userId(const QString &token)
    {
        return jsonOf(m_server->client()->Get("/api/me", bearer(token)))
            .value(u"user"_s)
            .toObject()
            .value(u"id"_s)
            .toString();
    }
    // The audit rows of `action` about `entityId`, read from the server's database.
    QList<QJsonObject> auditRows(const QString &action, const QString &entityId)
    {
        QList<QJsonObject> out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"audit"_s);
            db.setDatabaseName(ServerInit::databasePath(m_server->dataDir()));
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(u"SELECT actor, details FROM audit_chain WHERE action = ? AND "
                          "entity_id = ? ORDER BY seq"_s);
                q.addBindValue(action);
                q.addBindValue(entityId);
                q.exec();
                while (q.next()) {
                    QJsonObject row =
                        QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
                    row.insert(u"_actor"_s, q.value(0).toString());
                    out.append(row);
                }
            }
        }
        QSqlDatabase::removeDatabase(u"audit"_s);
        return out;
    }
    QString createUser(const QString &loginName, const QString &role, const QString &password,
                       const QString &token = {})
    {
        auto r = post("/api/users", token.isEmpty() ? m_admin : token,
                      {{u"login"_s, loginName},
                       {u"display_name"_s, loginName},
                       {u"role"_s, role},
                       {u"password"_s, password}});
        return r && r->status == 201
                   ? jsonOf(r).value(u"user"_s).toObject().value(u"id"_s).toString()
                   : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<RunningServer>();
        QVERIFY(m_server->init(true));
        QVERIFY(m_server->start());
        auto c = m_server->client();
        m_admin = login(*c, u"admin"_s, m_server->adminPassword);
        QVERIFY(!m_admin.isEmpty());
    }

    void cleanupTestCase() { m_server.reset(); }

    void otherRolesRefused_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        for (const QString &who : {u"officer"_s, u"reviewer01"_s, u"manager"_s}) {
            const auto row = [&who](const char *what) -> QTestData & {
                return QTest::addRow("%s %s", qPrintable(who), what);
            };
            row("lists") << who << u"GET"_s << u"/api/users"_s;
            row("creates") << who << u"POST"_s << u"/api/users"_s;
            row("edits") << who << u"PATCH"_s << u"/api/users/x"_s;
            row("resets") << who << u"POST"_s << u"/api/users/x/password"_s;
            row("revokes") << who << u"POST"_s << u"/api/users/x/revoke"_s;
        }
    }

    void otherRolesRefused()
    {
        QFETCH(QString, login);
        QFETCH(QString, method);
        QFETCH(QString, path);
        auto c = m_server->client();
        const QString token = gpudesk::test::login(*c, login, m_server->report.demoPassword);
        QVERIFY(!token.isEmpty());
        const std::string p = path.toStdString();
        const std::string payload = body({{u"role"_s, u"administrator"_s}});
        auto r = method == u"GET"_s     ? c->Get(p, bearer(token))
                 : method == u"PATCH"_s ? c->Patch(p, bearer(token), payload, "application/json")
                                        : c->Post(p, bearer(token), payload, "application/json");
        QVERIFY(r);
        QCOMPARE(r->status, 403);
        QCOMPARE(errorCode(r), u"auth.forbidden"_s);
    }

    void generatedPasswordIsShownOnceAndWorks()
    {
        auto r = post("/api/users", m_admin,
                      {{u"login"_s, u"gen.user"_s},
                       {u"display_name"_s, u"만든 암호"_s},
                       {u"role"_s, u"program_officer"_s},
                       {u"generate_password"_s, true}});
        QCOMPARE(r->status, 201);
        const QString generated = jsonOf(r).value(u"generated_password"_s).toString();
        QCOMPARE(generated.size(), 20);
        const QString id = jsonOf(r).value(u"user"_s).toObject().value(u"id"_s).toString();
        auto c = m_server->client();
        QVERIFY(!login(*c, u"gen.user"_s, generated).isEmpty());
        // Only the answer ever held it: the list does not, nor the audit row.
        const QByteArray list =
            QByteArray::fromStdString(c->Get("/api/users", bearer(m_admin))->body);
        QVERIFY(list.contains("gen.user"));
        QVERIFY(!list.contains(generated.toUtf8()));
        const auto audit = auditRows(u"user.create"_s, id);
        QCOMPARE(audit.size(), 1);
        QVERIFY(!QJsonDocument(audit.first()).toJson().contains(generated.toUtf8()));
        // Both at once is ambiguous.
        auto both = post("/api/users", m_admin,
                         {{u"login"_s, u"gen.two"_s},
                          {u"display_name"_s, u"x"_s},
                          {u"role"_s, u"reviewer"_s},
                          {u"password"_s, u"first-password-1"_s},
                          {u"generate_password"_s, true}});
        QCOMPARE(both->status, 400);
        QCOMPARE(errorCode(both), u"request.invalid_field"_s);
    }

    void resetRevokesTheUsersTokens()
    {
        const QString id = createUser(u"reset.me"_s, u"reviewer"_s, u"first-password-1"_s);
        QVERIFY(!id.isEmpty());
        auto c = m_server->client();
        const QString a = login(*c, u"reset.me"_s, u"first-password-1"_s);
        const QString b = login(*c, u"reset.me"_s, u"first-password-1"_s);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        auto weak = post("/api/users/" + id.toStdString() + "/password", m_admin,
                         {{u"password"_s, u"short"_s}});
        QCOMPARE(weak->status, 400);
        QCOMPARE(errorCode(weak), u"user.weak_password"_s);
        QCOMPARE(c->Get("/api/me", bearer(a))->status, 200); // a refused reset changes nothing

        auto reset = post("/api/users/" + id.toStdString() + "/password", m_admin,
                          {{u"generate_password"_s, true}});
        QCOMPARE(reset->status, 200);
        QVERIFY(jsonOf(reset).value(u"sessions_revoked"_s).toBool());
        const QString generated = jsonOf(reset).value(u"generated_password"_s).toString();
        QVERIFY(!generated.isEmpty());
        for (const QString &token : {a, b}) {
            auto me = c->Get("/api/me", bearer(token));
            QCOMPARE(me->status, 401);
            QCOMPARE(errorCode(me), u"auth.session_revoked"_s);
        }
        QVERIFY(login(*c, u"reset.me"_s, u"first-password-1"_s).isEmpty());
        QVERIFY(!login(*c, u"reset.me"_s, generated).isEmpty());
        const auto audit = auditRows(u"user.password_reset"_s, id);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().value(u"_actor"_s).toString(), userId(m_admin));

        auto missing = post("/api/users/no-such-user/password", m_admin,
                            {{u"password"_s, u"a-long-password-2"_s}});
        QCOMPARE(missing->status, 404);
        QCOMPARE(errorCode(missing), u"user.not_found"_s);
    }

    void rolesAndDisablingAreAudited()
    {
        const QString id = createUser(u"role.change"_s, u"reviewer"_s, u"first-password-1"_s);
        QVERIFY(!id.isEmpty());
        auto promoted = patch(id, m_admin, {{u"role"_s, u"program_officer"_s}});
        QCOMPARE(promoted->status, 200);
        QCOMPARE(jsonOf(promoted).value(u"user"_s).toObject().value(u"role"_s).toString(),
                 u"program_officer"_s);
        auto disabled = patch(id, m_admin, {{u"disabled"_s, true}});
        QCOMPARE(disabled->status, 200);
        auto enabled = patch(id, m_admin, {{u"disabled"_s, false}});
        QCOMPARE(enabled->status, 200);
        const auto audit = auditRows(u"user.update"_s, id);
        QCOMPARE(audit.size(), 3);
        QCOMPARE(audit.at(0).value(u"role"_s).toString(), u"program_officer"_s);
        QCOMPARE(audit.at(1).value(u"disabled"_s).toBool(), true);
        QCOMPARE(audit.at(2).value(u"disabled"_s).toBool(), false);
        auto badRole = patch(id, m_admin, {{u"role"_s, u"root"_s}});
        QCOMPARE(errorCode(badRole), u"user.invalid_role"_s);
        QCOMPARE(patch(u"nobody"_s, m_admin, {{u"disabled"_s, true}})->status, 404);

        auto verify = m_server->client()->Get("/api/audit/verify", bearer(m_admin));
        QCOMPARE(verify->status, 200);
        QVERIFY(jsonOf(verify).value(u"ok"_s).toBool());
    }

    // The demo has one administrator. A second one may demote the first, but then nobody may
    // demote or disable the one left: the server refuses, writes nothing and audits nothing.
    void lastAdministratorAndSelfAreKept()
    {
        const QString adminId = userId(m_admin);
        auto self = patch(adminId, m_admin, {{u"disabled"_s, true}});
        QCOMPARE(self->status, 409);
        QCOMPARE(errorCode(self), u"user.cannot_demote_self"_s);

        const QString second = createUser(u"admin.two"_s, u"administrator"_s,
                                          u"second-admin-password"_s);
        QVERIFY(!second.isEmpty());
        auto c = m_server->client();
        const QString secondToken = login(*c, u"admin.two"_s, u"second-admin-password"_s);
        QVERIFY(!secondToken.isEmpty());
        // The second demotes the first: one administrator remains, so that is allowed.
        auto demoted = patch(adminId, secondToken, {{u"role"_s, u"program_officer"_s}});
        QCOMPARE(demoted->status, 200);
        // The first, now an officer, is refused by the permission table.
        QCOMPARE(patch(second, m_admin, {{u"disabled"_s, true}})->status, 403);

        // A third administrator, disabled, does not count as one who could undo it.
        const QString third = createUser(u"admin.three"_s, u"administrator"_s,
                                         u"third-admin-password"_s, secondToken);
        QVERIFY(!third.isEmpty());
        QCOMPARE(patch(third, secondToken, {{u"disabled"_s, true}})->status, 200);
        const qsizetype before = auditRows(u"user.update"_s, second).size();
        // The remaining administrator may not demote or disable themselves (self rule first).
        auto selfDemote = patch(second, secondToken, {{u"role"_s, u"manager"_s}});
        QCOMPARE(errorCode(selfDemote), u"user.cannot_demote_self"_s);
        QCOMPARE(auditRows(u"user.update"_s, second).size(), before);

        // The store's own rule, without the route's self check: the update that would leave
        // no active administrator is refused inside the transaction and rolled back.
        ServerUser user = *m_server->store->userById(second);
        user.role = Role::Manager;
        const AuditEvent event{u"system"_s, u"user.update"_s, u"user"_s, second,
                               QJsonObject{{u"role"_s, u"manager"_s}}};
        QCOMPARE(m_server->store->updateUser(user, event), StoreResult::LastAdministrator);
        QCOMPARE(m_server->store->userById(second)->role, Role::Administrator);
        QCOMPARE(auditRows(u"user.update"_s, second).size(), before);

        // Enabling the third makes room again: the first may be restored by the second.
        QCOMPARE(patch(third, secondToken, {{u"disabled"_s, false}})->status, 200);
        QCOMPARE(patch(adminId, secondToken, {{u"role"_s, u"administrator"_s}})->status, 200);
        QCOMPARE(m_server->store->updateUser(user, event), StoreResult::Ok);
    }
};

QTEST_GUILESS_MAIN(TestServerAccounts)
#include "tst_serveraccounts.moc"
