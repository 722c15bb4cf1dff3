// SPDX-License-Identifier: GPL-3.0-or-later
// The client against a small scripted HTTP(S) server on loopback: what it sends (form, auth) and
// how each failure reads (refused, HTTP errors with Prometheus' message, bad JSON, timeout, TLS).
#include "../common/ClosedPort.h"
#include "telemetry/PrometheusClient.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

const QByteArray kMatrix =
    R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"__name__":)"
    R"("DCGM_FI_DEV_GPU_UTIL","Hostname":"a1-01","gpu":"0"},"values":[[1764028800,"42"]]}]}})";

// Answers every request with one scripted response; remembers the last request.
class FakePrometheus : public QObject
{
public:
    explicit FakePrometheus(QTcpServer *server) : m_server(server)
    {
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                if (socket->bytesAvailable())
                    read(socket);
            }
        });
    }
    bool listen() { return m_server->listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server->serverPort(); }

    int status = 200;
    QByteArray reason = "OK";
    QByteArray body = kMatrix;
    bool hang = false;
    QByteArray request; // head and body of the last request

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(headEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        request = buffer;
        buffer.clear();
        if (hang)
            return;
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                      "\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

PrometheusAnswer ask(const PrometheusSource &source, QString *configureError = nullptr,
                     int cancelAfterMs = -1)
{
    PrometheusClient client;
    QString error;
    if (!client.configure(source, &error)) {
        if (configureError)
            *configureError = error;
        PrometheusAnswer a;
        a.error = u"configure: "_s + error;
        return a;
    }
    QSignalSpy spy(&client, &PrometheusClient::answered);
    client.queryRange(1764028800000, 1764028860000);
    if (cancelAfterMs >= 0) {
        QTest::qWait(cancelAfterMs);
        client.cancel();
    }
    // A cancel answers at once, inside cancel().
    if (spy.isEmpty() && !spy.wait(20000))
        qWarning("no answer");
    return spy.isEmpty() ? PrometheusAnswer() : spy.at(0).at(0).value<PrometheusAnswer>();
}

PrometheusSource sourceFor(quint16 port, const QString &scheme = u"http"_s)
{
    PrometheusSource s;
    s.name = u"fake"_s;
    s.url = QUrl(u"%1://127.0.0.1:%2/prom/"_s.arg(scheme).arg(port));
    s.timeoutSeconds = 5;
    return s;
}

bool run(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(u"openssl"_s, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
        return false;
    }
    return true;
}

// A CA and a server certificate for 127.0.0.1 signed by it, plus an unrelated CA.
bool makeCertificates(const QString &dir)
{
    const QStringList ec{u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                         u"-nodes"_s};
    const auto ca = [&](const QString &name) {
        return run(dir, QStringList{u"req"_s, u"-x509"_s} + ec +
                            QStringList{u"-keyout"_s, name + u".key"_s, u"-out"_s, name + u".pem"_s,
                                        u"-days"_s, u"2"_s, u"-subj"_s, u"/CN="_s + name,
                                        u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s,
                                        u"-addext"_s, u"keyUsage=critical,keyCertSign"_s});
    };
    QFile ext(dir + u"/ext.cnf"_s);
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
    ext.close();
    return ca(u"ca"_s) && ca(u"other"_s) &&
           run(dir, QStringList{u"req"_s} + ec +
                        QStringList{u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s,
                                    u"-subj"_s, u"/CN=127.0.0.1"_s}) &&
           run(dir, {u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s,
                     u"-CAkey"_s, u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, u"server.pem"_s,
                     u"-days"_s, u"2"_s, u"-extfile"_s, u"ext.cnf"_s});
}

} // namespace

class TestPrometheusClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<PrometheusAnswer>(); }
    void sendsTheQuery();
    void authorization_data();
    void authorization();
    void httpErrors_data();
    void httpErrors();
    void connectionRefused();
    void timeoutAndCancel();
    void refusedConfigurations_data();
    void refusedConfigurations();
    void tls();
};

void TestPrometheusClient::sendsTheQuery()
{
    QTcpServer tcp;
    FakePrometheus fake(&tcp);
    QVERIFY(fake.listen());
    PrometheusSource source = sourceFor(fake.port());
    source.labelFilter = u"job = \"dcgm\""_s;
    source.stepSeconds = 30;
    const PrometheusAnswer a = ask(source);
    QVERIFY2(a.ok(), qPrintable(a.error));
    QCOMPARE(a.decoded.samples.size(), 1);
    QCOMPARE(*a.decoded.samples.at(0).gpuUtil, 42.0);
    QVERIFY(fake.request.startsWith("POST /prom/api/v1/query_range HTTP/1.1\r\n"));
    QVERIFY(!fake.request.contains("Authorization"));
    const QUrlQuery form(QString::fromUtf8(fake.request.mid(fake.request.indexOf("\r\n\r\n") + 4)));
    QCOMPARE(form.queryItemValue(u"start"_s, QUrl::FullyDecoded), u"1764028800.000"_s);
    QCOMPARE(form.queryItemValue(u"end"_s, QUrl::FullyDecoded), u"1764028860.000"_s);
    QCOMPARE(form.queryItemValue(u"step"_s, QUrl::FullyDecoded), u"30s"_s);
    const QString query = form.queryItemValue(u"query"_s, QUrl::FullyDecoded);
    QVERIFY2(query.startsWith(u"{__name__=~\"DCGM_FI_DEV_GPU_UTIL|"_s), qPrintable(query));
    QVERIFY2(query.endsWith(u",job=\"dcgm\"}[29999ms])"_s), qPrintable(query));
    QVERIFY2(query.contains(u",job=\"dcgm\"} and last_over_time({__name__=~"_s), qPrintable(query));
}

void TestPrometheusClient::authorization_data()
{
    QTest::addColumn<int>("auth");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("bearer") << int(PrometheusSource::Auth::Bearer) << QString() << u"t0ken"_s
                            << QByteArray("Authorization: Bearer t0ken\r\n");
    QTest::newRow("basic") << int(PrometheusSource::Auth::Basic) << u"officer"_s << u"pa:ss"_s
                           << "Authorization: Basic " + QByteArray("officer:pa:ss").toBase64() +
                                  "\r\n";
}

void TestPrometheusClient::authorization()
{
    QFETCH(int, auth);
    QTcpServer tcp;
    FakePrometheus fake(&tcp);
    QVERIFY(fake.listen());
    PrometheusSource source = sourceFor(fake.port()); // loopback: plain http allowed
    source.auth = PrometheusSource::Auth(auth);
    QFETCH(QString, user);
    QFETCH(QString, secret);
    source.user = user;
    source.secret = secret;
    fake.status = 401;
    fake.reason = "Unauthorized";
    fake.body = "Unauthorized\n";
    const PrometheusAnswer a = ask(source);
    QFETCH(QByteArray, header);
    QVERIFY2(fake.request.contains(header), fake.request.constData());
    // The refusal names neither the token nor the password.
    QVERIFY(a.error.contains(u"refused access (HTTP 401"_s));
    QVERIFY(!a.error.contains(secret));
}

void TestPrometheusClient::httpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("contains");
    QTest::newRow("400 with Prometheus' message")
        << 400
        << QByteArray(R"({"status":"error","errorType":"bad_data","error":"exceeded maximum resolution of 11,000 points per timeseries"})")
        << QStringList{u"refused the query (HTTP 400: bad_data: exceeded maximum resolution"_s};
    QTest::newRow("422 execution error")
        << 422
        << QByteArray(R"({"status":"error","errorType":"execution","error":"query processing would load too many samples into memory"})")
        << QStringList{u"HTTP 422: execution: query processing"_s};
    QTest::newRow("503 from a proxy")
        << 503 << QByteArray("<html>busy</html>")
        << QStringList{u"failed to answer (HTTP 503"_s, u"Try again later"_s};
    QTest::newRow("404: not the API") << 404 << QByteArray("404 page not found")
                                      << QStringList{u"has no Prometheus API (HTTP 404)"_s};
    QTest::newRow("200 with bad JSON") << 200 << QByteArray("{\"status\":")
                                       << QStringList{u"cannot read"_s, u"not valid JSON"_s};
}

void TestPrometheusClient::httpErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, contains);
    QTcpServer tcp;
    FakePrometheus fake(&tcp);
    QVERIFY(fake.listen());
    fake.status = status;
    fake.reason = "Reason";
    fake.body = body;
    const PrometheusAnswer a = ask(sourceFor(fake.port()));
    QVERIFY(!a.ok());
    QVERIFY(!a.cancelled);
    for (const QString &piece : contains)
        QVERIFY2(a.error.contains(piece), qPrintable(a.error));
    QVERIFY2(a.error.contains(u"127.0.0.1"_s), qPrintable(a.error));
}

void TestPrometheusClient::connectionRefused()
{
    const quint16 port = test::closedLoopbackPort();
    QVERIFY(port != 0);
    const PrometheusAnswer a = ask(sourceFor(port));
    QVERIFY2(a.error.contains(u"refused the connection"_s), qPrintable(a.error));
}

void TestPrometheusClient::timeoutAndCancel()
{
    QTcpServer tcp;
    FakePrometheus fake(&tcp);
    QVERIFY(fake.listen());
    fake.hang = true;
    PrometheusSource source = sourceFor(fake.port());
    source.timeoutSeconds = 1;
    const PrometheusAnswer late = ask(source);
    QVERIFY2(late.error.contains(u"did not answer within 1 s"_s), qPrintable(late.error));
    QVERIFY(!late.cancelled);
    source.timeoutSeconds = 30;
    const PrometheusAnswer cancelled = ask(source, nullptr, 100);
    QVERIFY(cancelled.cancelled);
    QVERIFY(cancelled.error.isEmpty());
}

void TestPrometheusClient::refusedConfigurations_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("auth");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("contains");
    const int none = int(PrometheusSource::Auth::None);
    const int bearer = int(PrometheusSource::Auth::Bearer);
    QTest::newRow("no URL") << QString() << none << QString() << u"not the address"_s;
    QTest::newRow("ftp") << u"ftp://prom.example/"_s << none << QString() << u"not the address"_s;
    QTest::newRow("password in the URL")
        << u"https://me:secret@prom.example/"_s << none << QString() << u"basic authentication"_s;
    QTest::newRow("token over plain http")
        << u"http://prom.example:9090/"_s << bearer << QString() << u"only over https"_s;
    QTest::newRow("missing CA file") << u"https://prom.example/"_s << none
                                     << u"/nonexistent/ca.pem"_s << u"cannot be read"_s;
    QTest::newRow("CA file without a certificate")
        << u"https://prom.example/"_s << none << QStringLiteral(GPUDESK_TEST_DATA "/telemetry/sacct.txt")
        << u"holds no certificate"_s;
}

void TestPrometheusClient::refusedConfigurations()
{
    QFETCH(QString, url);
    QFETCH(int, auth);
    QFETCH(QString, caFile);
    QFETCH(QString, contains);
    PrometheusSource source;
    source.url = QUrl(url);
    source.auth = PrometheusSource::Auth(auth);
    source.secret = u"s3cret"_s;
    source.caFile = caFile;
    PrometheusClient client;
    QString error;
    QVERIFY(!client.configure(source, &error));
    QVERIFY2(error.contains(contains), qPrintable(error));
    QVERIFY(!error.contains(u"s3cret"_s));
    QVERIFY(!error.contains(u"secret@"_s));
}

void TestPrometheusClient::tls()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here.");
    QTemporaryDir dir;
    QVERIFY(makeCertificates(dir.path()));
    QFile keyFile(dir.filePath(u"server.key"_s));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPrivateKey(QSslKey(&keyFile, QSsl::Ec));
    config.setLocalCertificate(QSslCertificate::fromPath(dir.filePath(u"server.pem"_s)).value(0));
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // the server asks no client certificate
    QSslServer tls;
    tls.setSslConfiguration(config);
    FakePrometheus fake(&tls);
    QVERIFY(fake.listen());
    PrometheusSource source = sourceFor(fake.port(), u"https"_s);
    source.auth = PrometheusSource::Auth::Bearer;
    source.secret = u"t0ken"_s;

    // The system's CAs do not know the test CA: refused, with what to do.
    PrometheusAnswer a = ask(source);
    QVERIFY2(a.error.contains(u"TLS connection"_s) && a.error.contains(u"CA file"_s),
             qPrintable(a.error));
    QVERIFY(fake.request.isEmpty()); // the token never left

    // Another CA: refused, naming the file.
    source.caFile = dir.filePath(u"other.pem"_s);
    a = ask(source);
    QVERIFY2(a.error.contains(u"was not signed by the CA in"_s), qPrintable(a.error));
    QVERIFY(fake.request.isEmpty());

    // The right CA: verified and answered.
    source.caFile = dir.filePath(u"ca.pem"_s);
    a = ask(source);
    QVERIFY2(a.ok(), qPrintable(a.error));
    QCOMPARE(a.decoded.samples.size(), 1);
    QVERIFY(fake.request.contains("Authorization: Bearer t0ken"));
}

QTEST_GUILESS_MAIN(TestPrometheusClient)
#include "tst_prometheusclient.moc"
