// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop reaches the server through the system's proxy settings (on Linux the https_proxy
// environment variable, read through Qt's system proxy configuration): a sync goes through an
// HTTP CONNECT proxy, TLS still verified end to end, and a proxy that is down means offline.
#include "../common/ClosedPort.h"
#include "SyncDesktop.h"

#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;
using namespace gpudesk;
using namespace gpudesk::test;

namespace {

// Qt never proxies loopback names, so the server is reached by a name of its own, which only
// the proxy knows (its certificate holds it).
const QString kHost = u"sync.gpudesk.test"_s;

// A minimal HTTP CONNECT proxy on loopback: it records where each tunnel went and relays the
// bytes both ways. It runs on the test's thread, served by the transport's own event loops.
class ConnectProxy final : public QObject
{
public:
    ConnectProxy()
    {
        connect(&m_server, &QTcpServer::newConnection, this, &ConnectProxy::accept);
        m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }
    QStringList tunnels;

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            client->setParent(this);
            connect(client, &QTcpSocket::readyRead, this, [this, client] { request(client); });
        }
    }

    void request(QTcpSocket *client)
    {
        if (client->property("tunnel").value<QObject *>())
            return; // relayed by the tunnel's own connection
        QByteArray head = client->property("head").toByteArray() + client->readAll();
        client->setProperty("head", head);
        if (!head.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> line = head.left(head.indexOf("\r\n")).split(' ');
        if (line.size() < 2 || line[0] != "CONNECT") {
            client->write("HTTP/1.1 405 Method Not Allowed\r\n\r\n");
            client->disconnectFromHost();
            return;
        }
        const QByteArray target = line[1];
        tunnels << QString::fromLatin1(target);
        const qsizetype colon = target.lastIndexOf(':');
        auto *upstream = new QTcpSocket(this);
        client->setProperty("tunnel", QVariant::fromValue<QObject *>(upstream));
        connect(upstream, &QTcpSocket::connected, this, [client] {
            client->write("HTTP/1.1 200 Connection established\r\n\r\n");
        });
        connect(upstream, &QTcpSocket::readyRead, this,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(client, &QTcpSocket::readyRead, this,
                [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        // Every name this proxy is asked for is the test's server on loopback: the desktop
        // cannot reach it without the proxy.
        upstream->connectToHost(QHostAddress::LocalHost, target.mid(colon + 1).toUShort());
    }

    QTcpServer m_server;
};

} // namespace

class TestSyncProxy : public QObject
{
    Q_OBJECT

    std::unique_ptr<RunningServer> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("no_proxy");
        qunsetenv("NO_PROXY");
        m_server = std::make_unique<RunningServer>();
        QVERIFY(m_server->init(false, {kHost}));
        QVERIFY(m_server->start());
        QVERIFY(seedSyncServer(*m_server));
    }

    void cleanupTestCase() { m_server.reset(); }

    void aSyncGoesThroughTheSystemProxy()
    {
        ConnectProxy proxy;
        QVERIFY(proxy.port() != 0);
        qputenv("https_proxy", "http://127.0.0.1:" + QByteArray::number(proxy.port()));
        SyncDesktop d;
        QVERIFY(d.open(*m_server, kHost));
        QVERIFY(d.signIn(u"officer"_s).ok);
        const SyncRunReport r = d.sync();
        QCOMPARE(r.result, SyncRunReport::Result::Done);
        QVERIFY(r.pulledRows > 0);
        QVERIFY(!proxy.tunnels.isEmpty());
        QCOMPARE(proxy.tunnels.first(), u"%1:%2"_s.arg(kHost).arg(m_server->port()));
        qunsetenv("https_proxy");
    }

    void aProxyThatIsDownMeansOffline()
    {
        const quint16 closed = test::closedLoopbackPort();
        QVERIFY(closed != 0);
        qputenv("https_proxy", "http://127.0.0.1:" + QByteArray::number(closed));
        SyncDesktop d;
        QVERIFY(d.open(*m_server, kHost));
        const SignInResult r = d.signIn(u"officer"_s);
        QVERIFY(!r.ok);
        QCOMPARE(r.code, u"network.unreachable"_s);
        // The proxy refused, not the name (which only the proxy could have looked up).
        QVERIFY2(r.detail.contains(u"proxy"_s, Qt::CaseInsensitive), qPrintable(r.detail));
        qunsetenv("https_proxy");
    }
};

QTEST_GUILESS_MAIN(TestSyncProxy)
#include "tst_syncproxy.moc"
