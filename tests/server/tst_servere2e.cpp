// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiResponse.h"
#include "CertificateAuthority.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <httplib.h>

using namespace Qt::StringLiterals;
using namespace gpudesk;

// The real executable: `init` in a temporary directory, `serve` on a free loopback port, a TLS
// client that checks the private CA and the host name, and `verify-audit` before and after the
// audit table is cut short.
class TestServerE2E : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_dir;
    QString m_adminPassword;
    QProcess m_serve;
    int m_port = 0;
    QStringList m_tokens; // every token handed out, to look for in the log

    static QString exe() { return QStringLiteral(GPUDESK_SERVER_EXE); }

    std::unique_ptr<httplib::SSLClient> client(const QString &caFile)
    {
        auto c = std::make_unique<httplib::SSLClient>("localhost", m_port);
        c->set_ca_cert_path(caFile.toStdString().c_str());
        c->enable_server_certificate_verification(true);
        c->set_default_headers({{kProtocolHeader, std::to_string(kProtocolVersion)}});
        return c;
    }

    static QJsonObject json(const httplib::Result &r)
    {
        return r ? QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object()
                 : QJsonObject();
    }

    static std::string body(const QJsonObject &o)
    {
        return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
    }

    static httplib::Headers bearer(const QString &token)
    {
        return {{"Authorization", "Bearer " + token.toStdString()}};
    }

    int run(const QStringList &args, QString *output)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setStandardInputFile(QProcess::nullDevice()); // no terminal: the password is generated
        p.start(exe(), args);
        if (!p.waitForFinished(60000))
            return -1;
        *output = QString::fromUtf8(p.readAll());
        return p.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_dir = m_tmp.filePath(u"server"_s);
        QString output;
        QCOMPARE(run({u"init"_s, m_dir, u"--host"_s, u"gpudesk.test"_s,
                      u"--weak-hashing-for-tests"_s, u"--bind"_s, u"127.0.0.1"_s},
                     &output),
                 0);
        const auto m = QRegularExpression(u"password \\(shown once\\): (\\S+)"_s).match(output);
        QVERIFY2(m.hasMatch(), qPrintable(output));
        m_adminPassword = m.captured(1);
        QCOMPARE(QFileInfo(m_dir).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        QCOMPARE(QFileInfo(m_dir + u"/ca.key"_s).permissions() &
                     (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        // A second init on the same directory refuses to overwrite it.
        QCOMPARE(run({u"init"_s, m_dir, u"--weak-hashing-for-tests"_s}, &output), 1);

        m_serve.setProcessChannelMode(QProcess::SeparateChannels);
        m_serve.start(exe(), {u"serve"_s, m_dir, u"--port"_s, u"0"_s});
        QVERIFY(m_serve.waitForStarted());
        QString log;
        const QRegularExpression listening(u"listening on https://127\\.0\\.0\\.1:(\\d+)"_s);
        QTRY_VERIFY_WITH_TIMEOUT((log += QString::fromUtf8(m_serve.readAllStandardError()),
                                  listening.match(log).hasMatch()),
                                 20000);
        m_port = listening.match(log).captured(1).toInt();
        QVERIFY(m_port > 0);
    }

    void cleanupTestCase()
    {
        if (m_serve.state() != QProcess::NotRunning) {
            m_serve.kill();
            m_serve.waitForFinished();
        }
    }

    void signInAndRolesOverVerifiedTls()
    {
        auto c = client(m_dir + u"/ca.pem"_s);
        auto signIn = c->Post("/api/login",
                              body({{u"login"_s, u"admin"_s}, {u"password"_s, m_adminPassword}}),
                              "application/json");
        QVERIFY2(signIn, httplib::to_string(signIn.error()).c_str());
        QCOMPARE(signIn->status, 200);
        const QString admin = json(signIn).value(u"token"_s).toString();
        m_tokens << admin;

        auto created = c->Post("/api/users", bearer(admin),
                               body({{u"login"_s, u"rev"_s},
                                     {u"display_name"_s, u"Reviewer"_s},
                                     {u"role"_s, u"reviewer"_s},
                                     {u"password"_s, u"reviewer-password"_s}}),
                               "application/json");
        QCOMPARE(created->status, 201);

        auto reviewerSignIn = c->Post(
            "/api/login", body({{u"login"_s, u"rev"_s}, {u"password"_s, u"reviewer-password"_s}}),
            "application/json");
        QCOMPARE(reviewerSignIn->status, 200);
        const QString reviewer = json(reviewerSignIn).value(u"token"_s).toString();
        m_tokens << reviewer;
        auto me = c->Get("/api/me", bearer(reviewer));
        QCOMPARE(me->status, 200);
        QCOMPARE(json(me).value(u"user"_s).toObject().value(u"role"_s).toString(), u"reviewer"_s);

        auto refused = c->Get("/api/users", bearer(reviewer));
        QCOMPARE(refused->status, 403);
        QCOMPARE(json(refused).value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"auth.forbidden"_s);

        QCOMPARE(c->Post("/api/logout", bearer(reviewer), "", "application/json")->status, 200);
        QCOMPARE(c->Get("/api/me", bearer(reviewer))->status, 401);
    }

    void anotherCaIsRefused()
    {
        QTemporaryDir other;
        QString error;
        QVERIFY(CertificateAuthority::createCa(other.filePath(u"ca.pem"_s),
                                               other.filePath(u"ca.key"_s), u"other"_s, &error));
        auto c = client(other.filePath(u"ca.pem"_s));
        auto r = c->Get("/api/health");
        QVERIFY(!r);
        QCOMPARE(r.error(), httplib::Error::SSLServerVerification);
    }

    void logHasNoSecrets()
    {
        // Everything the server has logged so far: requests, but no password and no token.
        QString log;
        QTRY_VERIFY_WITH_TIMEOUT((log += QString::fromUtf8(m_serve.readAllStandardError()),
                                  log.contains(u"POST /api/logout 200"_s)),
                                 10000);
        QVERIFY(log.contains(u"POST /api/login 200"_s));
        QVERIFY(!log.contains(m_adminPassword));
        QVERIFY(!log.contains(u"reviewer-password"_s));
        QVERIFY(!log.contains(u"Bearer"_s));
        QCOMPARE(m_tokens.size(), 2);
        for (const QString &token : m_tokens)
            QVERIFY(!token.isEmpty() && !log.contains(token));
    }

    void importRefusedWhileServing()
    {
        QString output;
        QCOMPARE(run({u"import"_s, u"applications"_s, m_dir,
                      QStringLiteral(GPUDESK_TEST_DATA) + u"/applications-good.csv"_s},
                     &output),
                 1);
        QVERIFY2(output.contains(u"in use"_s), qPrintable(output));
    }

    void importIntoDemoData()
    {
        const QString dir = m_tmp.filePath(u"demo"_s);
        QString output;
        QCOMPARE(run({u"init"_s, dir, u"--demo"_s, u"--weak-hashing-for-tests"_s}, &output), 0);
        QVERIFY2(output.contains(u"Demo accounts"_s), qPrintable(output));
        QCOMPARE(run({u"import"_s, u"applications"_s, dir,
                      QStringLiteral(GPUDESK_TEST_DATA) + u"/applications-good.csv"_s},
                     &output),
                 0);
        QVERIFY2(output.contains(u"Imported 6 applications"_s), qPrintable(output));
        // Rejected rows are listed with their line, and the exit code says some were rejected.
        QCOMPARE(run({u"import"_s, u"applications"_s, dir,
                      QStringLiteral(GPUDESK_TEST_DATA) + u"/applications-bad.csv"_s},
                     &output),
                 3);
        QVERIFY2(output.contains(u"applications-bad.csv:"_s), qPrintable(output));
        QCOMPARE(run({u"verify-audit"_s, dir}, &output), 0);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"demo"_s);
        db.setDatabaseName(dir + u"/server.sqlite"_s);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT count(*) FROM audit_chain WHERE action = "
                           "'applications.import'"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 2);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"demo"_s);
    }

    void stopThenVerifyAudit()
    {
        m_serve.terminate(); // SIGTERM: a clean stop
        QVERIFY(m_serve.waitForFinished(15000));
        QCOMPARE(m_serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_serve.exitCode(), 0);

        QString output;
        QCOMPARE(run({u"verify-audit"_s, m_dir}, &output), 0);
        QVERIFY2(output.contains(u"audit.ok"_s), qPrintable(output));

        // Cut the last two rows off the table, as someone with the file could.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"cut"_s);
            db.setDatabaseName(m_dir + u"/server.sqlite"_s);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"DROP TRIGGER audit_chain_no_delete"_s));
            QVERIFY(q.exec(u"DELETE FROM audit_chain WHERE seq > (SELECT max(seq) - 2 FROM "
                           "audit_chain)"_s));
        }
        QSqlDatabase::removeDatabase(u"cut"_s);
        QCOMPARE(run({u"verify-audit"_s, m_dir}, &output), 3);
        QVERIFY2(output.contains(u"audit.cut_tail"_s), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestServerE2E)
#include "tst_servere2e.moc"
