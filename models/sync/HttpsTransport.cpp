// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpsTransport.h"

#include "sync/Protocol.h"
#include "sync/ServerTrust.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

// How long begin() runs the event loop at most for the request's body to go out.
constexpr int kSendWaitMs = 50;

// Errors of the network itself: the server is simply not there now, which is normal.
bool offline(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

} // namespace

std::unique_ptr<HttpsTransport> HttpsTransport::forSettings(const SyncSettings &settings)
{
    return std::make_unique<HttpsTransport>(settings.serverUrl, settings.caPem,
                                            settings.pinned ? settings.caSha256 : QString());
}

std::unique_ptr<HttpsTransport> HttpsTransport::forSession(const SyncSettings &settings)
{
    auto transport = forSettings(settings);
    transport->setToken(settings.token);
    return transport;
}

HttpsTransport::HttpsTransport(const QString &baseUrl, const QString &caPem,
                               const QString &pinnedSha256)
    : m_baseUrl(baseUrl), m_ca(QSslCertificate::fromData(caPem.toUtf8(), QSsl::Pem)),
      m_pinned(pinnedSha256), m_manager(std::make_unique<QNetworkAccessManager>())
{
    // A proxy configured for the session (environment, or the system's on Windows) is honoured.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    while (m_baseUrl.endsWith(u'/'))
        m_baseUrl.chop(1);
}

HttpsTransport::~HttpsTransport()
{
    if (m_reply) {
        m_reply->disconnect(); // its handlers use this transport
        m_reply->abort();
        m_reply->deleteLater();
    }
}

TransportReply HttpsTransport::post(const QString &path, const QByteArray &body)
{
    begin(path, body);
    return finish();
}

void HttpsTransport::begin(const QString &path, const QByteArray &body)
{
    start("POST", path, body);
    // Qt starts the request, and its network thread asks for the body, through this thread's
    // event loop: run it until the body is out (well under a millisecond on a LAN), so the
    // server works on the request while the caller does something else. Measured: without
    // this, a first sync's next page was asked for only when the caller came back for it, and
    // the server's work never overlapped the caller's (2 s of its 8 s were spent waiting).
    runEvents(kSendWaitMs, Until::Sent);
}

TransportReply HttpsTransport::send(const QByteArray &method, const QString &path,
                                    const QByteArray &body)
{
    start(method, path, body);
    return finish();
}

void HttpsTransport::start(const QByteArray &method, const QString &path, const QByteArray &body)
{
    m_hasEarly = false;
    m_early = TransportReply();
    m_presented.clear();
    m_sslErrors.clear();
    if (m_cancelled.load()) {
        m_early.failure = TransportFailure::Cancelled;
        m_hasEarly = true;
        return;
    }
    if (m_ca.isEmpty()) {
        m_early.failure = TransportFailure::TlsUntrusted;
        m_early.detail = u"no trusted CA is set for the server"_s;
        m_hasEarly = true;
        return;
    }
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader(kProtocolHeader, QByteArray::number(kProtocolVersion));
    // Loopback and LAN transfers are faster uncompressed; the server compresses only on request.
    request.setRawHeader("Accept-Encoding", "identity");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(m_timeoutMs);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setCaCertificates(m_ca); // this server's CA only, not the system's whole store
    request.setSslConfiguration(tls);

    QNetworkReply *reply = method == "POST"  ? m_manager->post(request, body)
                           : method == "GET" ? m_manager->get(request)
                                             : m_manager->sendCustomRequest(request, method, body);
    m_reply = reply;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [this, reply](const QList<QSslError> &errors) {
                         // Recorded to say what was wrong; never ignored.
                         m_sslErrors = errors;
                         m_presented = reply->sslConfiguration().peerCertificateChain();
                     });
}

bool HttpsTransport::ready(int waitMs)
{
    runEvents(waitMs, Until::Finished);
    return m_hasEarly || !m_reply || m_reply->isFinished();
}

void HttpsTransport::runEvents(int waitMs, Until until)
{
    if (m_hasEarly || !m_reply || m_reply->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(m_reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (until == Until::Sent) {
        QObject::connect(m_reply, &QNetworkReply::uploadProgress, &loop,
                         [&loop](qint64 sent, qint64 total) {
                             if (sent >= total)
                                 loop.quit();
                         });
    }
    QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

TransportReply HttpsTransport::finish()
{
    if (m_hasEarly || !m_reply) {
        m_hasEarly = false;
        return m_early;
    }
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    TransportReply out;
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer poll;
        poll.setInterval(100);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (m_cancelled.load())
                reply->abort();
        });
        poll.start();
        loop.exec();
    }
    const QNetworkReply::NetworkError error = reply->error();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    if (!m_sslErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        const QSslCertificate anchor = ServerTrust::anchorOf(m_presented);
        out.presentedSha256 = anchor.isNull() ? QString() : ServerTrust::fingerprint(anchor);
        QStringList what;
        for (const QSslError &e : std::as_const(m_sslErrors))
            what << e.errorString();
        out.detail = what.isEmpty() ? reply->errorString() : what.join(u"; "_s);
        const bool changed = !m_pinned.isEmpty() && !out.presentedSha256.isEmpty() &&
                             out.presentedSha256 != m_pinned;
        out.failure = changed ? TransportFailure::CertificateChanged : TransportFailure::TlsUntrusted;
        out.status = 0;
        out.body.clear();
    } else if (error == QNetworkReply::OperationCanceledError) {
        out.failure =
            m_cancelled.load() ? TransportFailure::Cancelled : TransportFailure::Timeout;
    } else if (out.status == 0) {
        out.failure = offline(error) ? TransportFailure::Unreachable : TransportFailure::Other;
        out.detail = reply->errorString();
    }
    reply->deleteLater();
    return out;
}

} // namespace gpudesk
