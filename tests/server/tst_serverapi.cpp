// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateAuthority.h"
#include "ServerFixture.h"
#include "TlsContext.h"
#include "TlsProbe.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <sys/socket.h>

using namespace Qt::StringLiterals;
using namespace gpudesk;
using namespace gpudesk::test;

// The server in-process over real TLS: accounts, sessions, throttling, roles and scopes, bad
// input, the protocol header, a stalled client, the TLS versions and ciphers, mutual TLS.
class TestServerApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<RunningServer> m_demo;

    QString demoToken(const QString &loginName)
    {
        auto c = m_demo->client();
        return login(*c, loginName, m_demo->report.demoPassword);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = std::make_unique<RunningServer>();
        QVERIFY(m_demo->init(true));
        m_demo->config.payloadMaxBytes = 64 * 1024;
        QVERIFY(m_demo->start());
        QVERIFY(m_demo->report.demoLogins.contains(u"reviewer01"_s));
    }

    void cleanupTestCase() { m_demo.reset(); }

    void signInReadMeSignOut()
    {
        auto c = m_demo->client();
        const QString token = login(*c, u"admin"_s, m_demo->adminPassword);
        QCOMPARE(token.size(), 43);
        auto me = c->Get("/api/me", bearer(token));
        QVERIFY(me);
        QCOMPARE(me->status, 200);
        QCOMPARE(me->get_header_value(kProtocolHeader), std::to_string(kProtocolVersion));
        const QJsonObject user = jsonOf(me).value(u"user"_s).toObject();
        QCOMPARE(user.value(u"login"_s).toString(), u"admin"_s);
        QCOMPARE(user.value(u"role"_s).toString(), u"administrator"_s);
        QCOMPARE(c->Post("/api/logout", bearer(token), "", "application/json")->status, 200);
        auto after = c->Get("/api/me", bearer(token));
        QCOMPARE(after->status, 401);
        QCOMPARE(errorCode(after), u"auth.session_revoked"_s);
    }

    void badCredentialsThenThrottled()
    {
        auto c = m_demo->client();
        const auto attempt = [&](const QString &password) {
            return c->Post("/api/login",
                           body({{u"login"_s, u"manager"_s}, {u"password"_s, password}}),
                           "application/json");
        };
        // Three free failures, the fourth sets a one-second block.
        for (int i = 0; i < 4; ++i) {
            auto r = attempt(u"wrong-password"_s);
            QCOMPARE(r->status, 401);
            QCOMPARE(errorCode(r), u"auth.bad_credentials"_s);
        }
        // Blocked: even the right password is not checked.
        auto blocked = attempt(m_demo->report.demoPassword);
        QCOMPARE(blocked->status, 429);
        QCOMPARE(errorCode(blocked), u"auth.throttled"_s);
        QCOMPARE(blocked->get_header_value("Retry-After"), std::string("1"));
        QCOMPARE(jsonOf(blocked)
                     .value(u"error"_s)
                     .toObject()
                     .value(u"params"_s)
                     .toObject()
                     .value(u"retry_after_s"_s)
                     .toInt(),
                 1);
        QTest::qWait(1100);
        QCOMPARE(attempt(m_demo->report.demoPassword)->status, 200);
        // An unknown login gets the same answer as a wrong password.
        auto unknown =
            c->Post("/api/login", body({{u"login"_s, u"nobody"_s}, {u"password"_s, u"x"_s}}),
                    "application/json");
        QCOMPARE(unknown->status, 401);
        QCOMPARE(errorCode(unknown), u"auth.bad_credentials"_s);
    }

    void reviewerSeesOnlyAssignedApplications()
    {
        const QString reviewer = demoToken(u"reviewer01"_s);
        QVERIFY(!reviewer.isEmpty());
        auto c = m_demo->client();
        auto r = c->Get("/api/applications", bearer(reviewer));
        QCOMPARE(r->status, 200);
        const QJsonArray mine = jsonOf(r).value(u"applications"_s).toArray();

        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(ServerInit::databasePath(m_demo->dataDir()));
        QVERIFY(db.open());
        QSet<QString> assigned;
        QString other;
        int total = 0;
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT ra.application_id FROM review_assignments ra JOIN reviewers rv "
                           "ON rv.id = ra.reviewer_id JOIN users u ON u.id = rv.user_id WHERE "
                           "u.login = 'reviewer01' AND ra.deleted = 0 AND ra.status IN "
                           "('assigned', 'accepted')"_s));
            while (q.next())
                assigned.insert(q.value(0).toString());
            QVERIFY(q.exec(u"SELECT id FROM applications"_s));
            while (q.next()) {
                ++total;
                if (other.isEmpty() && !assigned.contains(q.value(0).toString()))
                    other = q.value(0).toString();
            }
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check"_s);

        QVERIFY(!assigned.isEmpty());
        QCOMPARE(mine.size(), assigned.size());
        for (const QJsonValue &v : mine) {
            const QJsonObject a = v.toObject();
            QVERIFY(assigned.contains(a.value(u"id"_s).toString()));
            // Reviewers do not see the pipeline's internals.
            QVERIFY(!a.contains(u"status"_s));
            QVERIFY(!a.contains(u"screening_note"_s));
            QVERIFY(!a.contains(u"pi_phone"_s));
        }
        const std::string mineId =
            "/api/applications/" + mine.first().toObject().value(u"id"_s).toString().toStdString();
        QCOMPARE(c->Get(mineId, bearer(reviewer))->status, 200);
        auto hidden = c->Get("/api/applications/" + other.toStdString(), bearer(reviewer));
        QCOMPARE(hidden->status, 404);
        QCOMPARE(errorCode(hidden), u"application.not_found"_s);

        // An officer sees them all (the open call's 400, the national-project demands and the
        // program's yearly entries), in pages.
        QVERIFY(total > 300);
        const QString officer = demoToken(u"officer"_s);
        auto page1 = c->Get("/api/applications?limit=300", bearer(officer));
        QCOMPARE(page1->status, 200);
        const QJsonObject p1 = jsonOf(page1);
        QCOMPARE(p1.value(u"applications"_s).toArray().size(), 300);
        QVERIFY(p1.value(u"applications"_s).toArray().first().toObject().contains(u"status"_s));
        const std::string next = p1.value(u"next"_s).toString().toStdString();
        QVERIFY(!next.empty());
        auto page2 = c->Get("/api/applications?limit=300&after=" + next, bearer(officer));
        QCOMPARE(jsonOf(page2).value(u"applications"_s).toArray().size(), total - 300);
        QVERIFY(jsonOf(page2).value(u"next"_s).isNull());
        QCOMPARE(c->Get(mineId.c_str(), bearer(officer))->status, 200);
        QCOMPARE(c->Get("/api/applications/" + other.toStdString(), bearer(officer))->status, 200);
    }

    void otherRolesRoutesRefused_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("reviewer lists users") << u"reviewer01"_s << u"GET"_s << u"/api/users"_s;
        QTest::newRow("manager creates a user") << u"manager"_s << u"POST"_s << u"/api/users"_s;
        QTest::newRow("officer verifies audit")
            << u"officer"_s << u"GET"_s << u"/api/audit/verify"_s;
        QTest::newRow("officer revokes") << u"officer"_s << u"POST"_s << u"/api/users/x/revoke"_s;
    }

    void otherRolesRoutesRefused()
    {
        QFETCH(QString, login);
        QFETCH(QString, method);
        QFETCH(QString, path);
        const QString token = demoToken(login);
        QVERIFY(!token.isEmpty());
        auto c = m_demo->client();
        const std::string p = path.toStdString();
        auto r = method == u"GET"_s ? c->Get(p, bearer(token))
                                    : c->Post(p, bearer(token), "{}", "application/json");
        QCOMPARE(r->status, 403);
        QCOMPARE(errorCode(r), u"auth.forbidden"_s);
    }

    void passwordChangeRevokesOtherSessions()
    {
        auto c = m_demo->client();
        const QString a = demoToken(u"officer2"_s);
        const QString b = demoToken(u"officer2"_s);
        QVERIFY(!a.isEmpty() && !b.isEmpty() && a != b);
        auto tooShort = c->Post("/api/me/password", bearer(a),
                                body({{u"current_password"_s, m_demo->report.demoPassword},
                                      {u"new_password"_s, u"short"_s}}),
                                "application/json");
        QCOMPARE(tooShort->status, 400);
        QCOMPARE(errorCode(tooShort), u"user.weak_password"_s);
        auto changed = c->Post("/api/me/password", bearer(a),
                               body({{u"current_password"_s, m_demo->report.demoPassword},
                                     {u"new_password"_s, u"a-new-long-password"_s}}),
                               "application/json");
        QCOMPARE(changed->status, 200);
        QCOMPARE(c->Get("/api/me", bearer(a))->status, 200);
        auto old = c->Get("/api/me", bearer(b));
        QCOMPARE(old->status, 401);
        QCOMPARE(errorCode(old), u"auth.session_revoked"_s);
        QVERIFY(login(*c, u"officer2"_s, m_demo->report.demoPassword).isEmpty());
        QVERIFY(!login(*c, u"officer2"_s, u"a-new-long-password"_s).isEmpty());
    }

    void administratorManagesUsers()
    {
        auto c = m_demo->client();
        const QString admin = login(*c, u"admin"_s, m_demo->adminPassword);
        auto created = c->Post("/api/users", bearer(admin),
                               body({{u"login"_s, u"newreviewer"_s},
                                     {u"display_name"_s, u"새 평가위원"_s},
                                     {u"role"_s, u"reviewer"_s},
                                     {u"password"_s, u"first-password-1"_s}}),
                               "application/json");
        QCOMPARE(created->status, 201);
        const QString id = jsonOf(created).value(u"user"_s).toObject().value(u"id"_s).toString();
        auto dup = c->Post("/api/users", bearer(admin),
                           body({{u"login"_s, u"newreviewer"_s},
                                 {u"display_name"_s, u"x"_s},
                                 {u"role"_s, u"reviewer"_s},
                                 {u"password"_s, u"first-password-1"_s}}),
                           "application/json");
        QCOMPARE(dup->status, 409);
        QCOMPARE(errorCode(dup), u"user.login_taken"_s);
        auto badRole = c->Post("/api/users", bearer(admin),
                               body({{u"login"_s, u"x2"_s},
                                     {u"display_name"_s, u"x"_s},
                                     {u"role"_s, u"superuser"_s},
                                     {u"password"_s, u"first-password-1"_s}}),
                               "application/json");
        QCOMPARE(errorCode(badRole), u"user.invalid_role"_s);

        const QString session = login(*c, u"newreviewer"_s, u"first-password-1"_s);
        QVERIFY(!session.isEmpty());
        auto revoked = c->Post("/api/users/" + id.toStdString() + "/revoke", bearer(admin), "",
                               "application/json");
        QCOMPARE(revoked->status, 200);
        QCOMPARE(jsonOf(revoked).value(u"revoked"_s).toInt(), 1);
        QCOMPARE(c->Get("/api/me", bearer(session))->status, 401);

        auto disabled = c->Patch("/api/users/" + id.toStdString(), bearer(admin),
                                 body({{u"disabled"_s, true}}), "application/json");
        QCOMPARE(disabled->status, 200);
        QVERIFY(login(*c, u"newreviewer"_s, u"first-password-1"_s).isEmpty());

        const QString adminId = jsonOf(c->Get("/api/me", bearer(admin)))
                                    .value(u"user"_s)
                                    .toObject()
                                    .value(u"id"_s)
                                    .toString();
        auto self = c->Patch("/api/users/" + adminId.toStdString(), bearer(admin),
                             body({{u"role"_s, u"manager"_s}}), "application/json");
        QCOMPARE(self->status, 409);
        QCOMPARE(errorCode(self), u"user.cannot_demote_self"_s);

        auto audit = c->Get("/api/audit/verify", bearer(admin));
        QCOMPARE(audit->status, 200);
        QVERIFY(jsonOf(audit).value(u"ok"_s).toBool());
        QVERIFY(jsonOf(audit).value(u"rows"_s).toInt() > 5);
    }

    void badInputAnsweredWithCodes_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("malformed")
            << QByteArray("{\"login\": ") << 400 << u"request.malformed_json"_s;
        QTest::newRow("array") << QByteArray("[1,2]") << 400 << u"request.malformed_json"_s;
        QTest::newRow("invalid utf-8")
            << QByteArray("{\"login\": \"\xff\xfe\", \"password\": \"x\"}") << 400
            << u"request.malformed_json"_s;
        QTest::newRow("unknown field")
            << QByteArray("{\"login\":\"a\",\"password\":\"b\",\"admin\":true}") << 400
            << u"request.unknown_field"_s;
        QTest::newRow("wrong type")
            << QByteArray("{\"login\":5,\"password\":\"b\"}") << 400 << u"request.invalid_field"_s;
        QTest::newRow("missing") << QByteArray("{\"login\":\"a\"}") << 400
                                 << u"request.missing_field"_s;
        QTest::newRow("oversized") << QByteArray(100 * 1024, ' ') << 413 << u"request.too_large"_s;
    }

    void badInputAnsweredWithCodes()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, status);
        QFETCH(QString, code);
        auto c = m_demo->client();
        auto r = c->Post("/api/login", payload.toStdString(), "application/json");
        QVERIFY(r);
        QCOMPARE(r->status, status);
        QCOMPARE(errorCode(r), code);
        QCOMPARE(m_demo->client()->Get("/api/health")->status, 200);
    }

    void protocolHeader()
    {
        httplib::SSLClient c("localhost", m_demo->port());
        c.set_ca_cert_path(ServerInit::caCertPath(m_demo->dataDir()).toStdString().c_str());
        c.enable_server_certificate_verification(true);
        auto missing = c.Get("/api/me");
        QCOMPARE(missing->status, 400);
        QCOMPARE(errorCode(missing), u"protocol.missing"_s);
        auto mismatch = c.Get("/api/me", {{kProtocolHeader, "2"}});
        QCOMPARE(mismatch->status, 400);
        QCOMPARE(errorCode(mismatch), u"protocol.mismatch"_s);
        QCOMPARE(jsonOf(mismatch)
                     .value(u"error"_s)
                     .toObject()
                     .value(u"params"_s)
                     .toObject()
                     .value(u"server"_s)
                     .toInt(),
                 kProtocolVersion);
        auto health = c.Get("/api/health");
        QCOMPARE(health->status, 200);
        QCOMPARE(health->get_header_value(kProtocolHeader), std::to_string(kProtocolVersion));
        QCOMPARE(errorCode(c.Get("/api/nowhere", {{kProtocolHeader, "1"}})),
                 u"request.not_found"_s);
    }

    void stalledClientsDoNotStarveOthers()
    {
        RunningServer s;
        QVERIFY(s.init(false));
        s.config.workerThreads = 4;
        s.config.readTimeoutSeconds = 2;
        QVERIFY(s.start());
        // Three connections that never send a byte, and one that stops inside its ClientHello.
        std::vector<int> stalled;
        for (int i = 0; i < 2; ++i)
            stalled.push_back(connectLoopback(s.port()));
        stalled.push_back(connectLoopback(s.port()));
        const char partialHello[] = "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03";
        QVERIFY(::send(stalled.back(), partialHello, sizeof partialHello - 1, 0) > 0);
        for (int fd : stalled)
            QVERIFY(fd >= 0);
        QTest::qWait(100); // the workers have picked them up

        QElapsedTimer timer;
        timer.start();
        auto c = s.client();
        QCOMPARE(c->Get("/api/health")->status, 200);
        QVERIFY2(timer.elapsed() < 1500, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
        const QString token = login(*c, u"admin"_s, s.adminPassword);
        QCOMPARE(c->Get("/api/me", bearer(token))->status, 200);

        // The server drops each stalled connection after its read timeout.
        timer.restart();
        for (int fd : stalled) {
            char byte;
            const ssize_t n = ::recv(fd, &byte, 1, 0); // SO_RCVTIMEO is 5 s
            QVERIFY2(n <= 0 || byte == 0x15, "the server should close a stalled connection");
            ::close(fd);
        }
        QVERIFY2(timer.elapsed() < 4500, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    }

    void tlsVersionsAndCiphers()
    {
        const int port = m_demo->port();
        // Old protocol versions, offered as an old client would.
        QVERIFY(!probeTls(port, TLS1_VERSION, TLS1_VERSION, "DEFAULT:@SECLEVEL=0").handshake);
        QVERIFY(!probeTls(port, TLS1_1_VERSION, TLS1_1_VERSION, "DEFAULT:@SECLEVEL=0").handshake);
        // TLS 1.2 with CBC suites only (no AEAD): refused.
        QVERIFY(!probeTls(port, TLS1_2_VERSION, TLS1_2_VERSION,
                          "ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA384:ECDHE-ECDSA-AES128-"
                          "SHA256:ECDHE-RSA-AES128-SHA:AES128-SHA:AES256-SHA256")
                     .handshake);
        // No forward secrecy (static RSA key exchange) with GCM: refused too.
        QVERIFY(!probeTls(port, TLS1_2_VERSION, TLS1_2_VERSION, "AES128-GCM-SHA256").handshake);
        const TlsProbeResult tls12 =
            probeTls(port, TLS1_2_VERSION, TLS1_2_VERSION, "ECDHE-ECDSA-CHACHA20-POLY1305");
        QVERIFY(tls12.handshake);
        QCOMPARE(tls12.cipher, u"ECDHE-ECDSA-CHACHA20-POLY1305"_s);
        // A modern client gets TLS 1.3.
        const TlsProbeResult modern = probeTls(port, TLS1_2_VERSION, 0, nullptr);
        QVERIFY(modern.handshake);
        QCOMPARE(modern.version, u"TLSv1.3"_s);
    }

    void controlServerShowsTheProbeCanSucceed()
    {
        // The same probe against a deliberately permissive server succeeds: the refusals above
        // come from our configuration, not from a probe that cannot connect.
        const QString dir = m_demo->dataDir();
        httplib::SSLServer permissive([&](SSL_CTX &ctx) {
            SSL_CTX_set_security_level(&ctx, 0);
            SSL_CTX_set_min_proto_version(&ctx, TLS1_VERSION);
            SSL_CTX_set_cipher_list(&ctx, "DEFAULT:@SECLEVEL=0");
            return SSL_CTX_use_certificate_chain_file(
                       &ctx, (dir + u"/server.pem"_s).toLocal8Bit().constData()) == 1 &&
                   SSL_CTX_use_PrivateKey_file(&ctx,
                                               (dir + u"/server.key"_s).toLocal8Bit().constData(),
                                               SSL_FILETYPE_PEM) == 1;
        });
        permissive.Get("/api/health", [](const httplib::Request &, httplib::Response &res) {
            res.set_content("ok", "text/plain");
        });
        const int port = permissive.bind_to_any_port("127.0.0.1");
        std::thread t([&] { permissive.listen_after_bind(); });
        while (!permissive.is_running())
            QTest::qWait(2);
        const TlsProbeResult old =
            probeTls(port, TLS1_1_VERSION, TLS1_1_VERSION, "DEFAULT:@SECLEVEL=0");
        const TlsProbeResult cbc =
            probeTls(port, TLS1_2_VERSION, TLS1_2_VERSION, "ECDHE-ECDSA-AES128-SHA");
        permissive.stop();
        t.join();
        QVERIFY(old.handshake);
        QCOMPARE(old.version, u"TLSv1.1"_s);
        QVERIFY(cbc.handshake);
    }

    void hostNameIsVerified()
    {
        // A certificate from the right CA but for another name: the client must refuse it.
        RunningServer s;
        QVERIFY(s.init(false));
        const QString dir = s.dataDir();
        QString error;
        QVERIFY2(CertificateAuthority::issueServer(
                     ServerInit::caCertPath(dir), ServerInit::caKeyPath(dir), {u"other.example"_s},
                     dir + u"/other.pem"_s, dir + u"/other.key"_s, &error),
                 qPrintable(error));
        s.config.certificateFile = u"other.pem"_s;
        s.config.privateKeyFile = u"other.key"_s;
        QVERIFY(s.start());
        auto r = s.client("localhost")->Get("/api/health");
        QVERIFY(!r);
        QCOMPARE(r.error(), httplib::Error::SSLServerVerification);
    }

    void mutualTlsRequiresAClientCertificate()
    {
        RunningServer s;
        QVERIFY(s.init(false));
        s.config.mutualTls = true;
        QVERIFY(s.start());
        const QString dir = s.dataDir();
        QString error;
        QVERIFY2(CertificateAuthority::issueClient(
                     ServerInit::caCertPath(dir), ServerInit::caKeyPath(dir), u"laptop-1"_s,
                     dir + u"/client.pem"_s, dir + u"/client.key"_s, &error),
                 qPrintable(error));
        QVERIFY(!probeTls(s.port(), TLS1_2_VERSION, 0, nullptr).handshake);
        QVERIFY(probeTls(s.port(), TLS1_2_VERSION, 0, nullptr, dir + u"/client.pem"_s,
                         dir + u"/client.key"_s)
                    .handshake);
        // A certificate from another CA is refused as well.
        QTemporaryDir other;
        QVERIFY(CertificateAuthority::createCa(other.filePath(u"ca.pem"_s),
                                               other.filePath(u"ca.key"_s), u"other"_s, &error));
        QVERIFY(CertificateAuthority::issueClient(
            other.filePath(u"ca.pem"_s), other.filePath(u"ca.key"_s), u"intruder"_s,
            other.filePath(u"c.pem"_s), other.filePath(u"c.key"_s), &error));
        QVERIFY(!probeTls(s.port(), TLS1_2_VERSION, 0, nullptr, other.filePath(u"c.pem"_s),
                          other.filePath(u"c.key"_s))
                     .handshake);
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_serverapi.moc"
