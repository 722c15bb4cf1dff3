// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/PrometheusClient.h"

#include "telemetry/PrometheusQuery.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == u"localhost"_s)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

} // namespace

PrometheusClient::PrometheusClient(QObject *parent) : QObject(parent)
{
    // Redirects may stay on the same server only: the Authorization header must not travel on.
    m_network.setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

PrometheusClient::~PrometheusClient()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply;
    }
}

QString PrometheusClient::displayUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

bool PrometheusClient::configure(const PrometheusSource &source, QString *error)
{
    const QUrl &url = source.url;
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
        *error = tr("\"%1\" is not the address of a Prometheus server. Write it as "
                    "https://host:9090/ (or http:// on a trusted network).")
                     .arg(url.toString(QUrl::RemoveUserInfo));
        return false;
    }
    if (!url.userInfo().isEmpty()) {
        *error = tr("The URL contains a user name or password. Remove it from the URL and use "
                    "basic authentication instead, so the password is not shown or stored with "
                    "the address.");
        return false;
    }
    if (source.auth != PrometheusSource::Auth::None) {
        if (source.secret.isEmpty()) {
            *error = source.auth == PrometheusSource::Auth::Bearer
                         ? tr("Bearer authentication is chosen but no token is set. Enter the "
                              "token, or choose no authentication.")
                         : tr("Basic authentication is chosen but no password is set. Enter the "
                              "password, or choose no authentication.");
            return false;
        }
        if (source.auth == PrometheusSource::Auth::Basic && source.user.isEmpty()) {
            *error = tr("Basic authentication needs a user name.");
            return false;
        }
        if (url.scheme() != u"https"_s && !isLoopback(url)) {
            *error = tr("Credentials are sent only over https: %1 uses plain http, where anyone "
                        "on the network could read them. Use the https address of the server.")
                         .arg(displayUrl(url));
            return false;
        }
    }
    if (source.stepSeconds < 1 || source.stepSeconds > 86400) {
        *error = tr("The step must be between 1 second and 1 day; %1 s was given.")
                     .arg(source.stepSeconds);
        return false;
    }
    if (!PrometheusQuery::normaliseFilter(source.labelFilter, &m_matchers, error))
        return false;

    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!source.caFile.isEmpty()) {
        if (!QFileInfo(source.caFile).isReadable()) {
            *error = tr("The CA file %1 cannot be read. Check the path, or leave it empty to "
                        "trust the system's certificate authorities.")
                         .arg(source.caFile);
            return false;
        }
        QList<QSslCertificate> cas = QSslCertificate::fromPath(source.caFile, QSsl::Pem);
        if (cas.isEmpty())
            cas = QSslCertificate::fromPath(source.caFile, QSsl::Der);
        if (cas.isEmpty()) {
            *error = tr("The CA file %1 holds no certificate (PEM or DER). Ask the provider for "
                        "the certificate of the CA that signed the server's certificate.")
                         .arg(source.caFile);
            return false;
        }
        // Only the configured CA: a private CA pins the server more tightly than the system's.
        m_ssl.setCaCertificates(cas);
    }
    m_source = source;
    return true;
}

void PrometheusClient::queryRange(qint64 fromMs, qint64 toMs)
{
    Q_ASSERT(!m_reply);
    m_cancelled = false;
    m_sslErrors.clear();
    QUrl url = m_source.url;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/api/v1/query_range"_s);
    url.setQuery(QString());
    url.setFragment(QString());
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      u"application/x-www-form-urlencoded"_s);
    request.setRawHeader("Accept", "application/json");
    if (url.scheme() == u"https"_s)
        request.setSslConfiguration(m_ssl);
    // No byte for this long: the server or the network is stuck.
    request.setTransferTimeout(m_source.timeoutSeconds * 1000);
    switch (m_source.auth) {
    case PrometheusSource::Auth::None:
        break;
    case PrometheusSource::Auth::Bearer:
        request.setRawHeader("Authorization", "Bearer " + m_source.secret.toUtf8());
        break;
    case PrometheusSource::Auth::Basic:
        request.setRawHeader("Authorization",
                             "Basic " + (m_source.user + u':' + m_source.secret).toUtf8().toBase64());
        break;
    }
    QUrlQuery form;
    form.addQueryItem(u"query"_s, PrometheusQuery::expression(m_matchers, m_source.stepSeconds));
    form.addQueryItem(u"start"_s, seconds(fromMs));
    form.addQueryItem(u"end"_s, seconds(toMs));
    form.addQueryItem(u"step"_s, QString::number(m_source.stepSeconds) + u's');
    form.addQueryItem(u"timeout"_s, QString::number(m_source.timeoutSeconds) + u's');
    m_reply = m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    connect(m_reply, &QNetworkReply::finished, this, &PrometheusClient::onFinished);
}

void PrometheusClient::cancel()
{
    if (m_reply) {
        m_cancelled = true;
        m_reply->abort();
    }
}

QString PrometheusClient::networkError(int code, const QString &detail) const
{
    const QString where = displayUrl(m_source.url);
    switch (QNetworkReply::NetworkError(code)) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("%1 refused the connection: nothing listens there. Check the address and the "
                  "port, and that Prometheus is running.")
            .arg(where);
    case QNetworkReply::HostNotFoundError:
        return tr("The host of %1 was not found. Check the spelling of the address and the "
                  "network connection.")
            .arg(where);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("%1 did not answer within %2 s. Try a shorter period or a larger step, or check "
                  "the network.")
            .arg(where)
            .arg(m_source.timeoutSeconds);
    case QNetworkReply::SslHandshakeFailedError: {
        QStringList reasons;
        for (const QSslError &e : m_sslErrors)
            reasons << e.errorString();
        const QString why = reasons.isEmpty() ? detail : reasons.join(u"; "_s);
        return m_source.caFile.isEmpty()
                   ? tr("The TLS connection to %1 failed: %2. The server's certificate is not "
                        "trusted by this computer; set the CA file of the provider's certificate "
                        "authority. gpudesk never connects without verifying the server.")
                         .arg(where, why)
                   : tr("The TLS connection to %1 failed: %2. The server's certificate was not "
                        "signed by the CA in %3; check that it is the right CA file. gpudesk "
                        "never connects without verifying the server.")
                         .arg(where, why, m_source.caFile);
    }
    default:
        break;
    }
    return tr("The connection to %1 failed: %2. Check the address and the network, then try "
              "again.")
        .arg(where, detail);
}

void PrometheusClient::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    PrometheusAnswer answer;
    if (m_cancelled) {
        answer.cancelled = true;
        Q_EMIT answered(answer);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted or timed-out reply is closed: nothing to read.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QString where = displayUrl(m_source.url);
    if (status == 0 || (status < 400 && reply->error() != QNetworkReply::NoError)) {
        // No (whole) HTTP answer: the connection or TLS failed before or during it.
        answer.error = networkError(reply->error(), reply->errorString());
    } else if (status >= 400) {
        const PrometheusDecodeResult decoded = PrometheusDecoder::decode(body);
        QString message = decoded.errorType.isEmpty() ? decoded.error
                                                      : decoded.errorType + u": "_s + decoded.error;
        if (decoded.errorType.isEmpty())
            message = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        if (status == 401 || status == 403)
            answer.error = tr("%1 refused access (HTTP %2: %3). Check the token, or the user "
                              "name and password, and that they may read this server.")
                               .arg(where)
                               .arg(status)
                               .arg(message);
        else if (status == 404)
            answer.error = tr("%1 has no Prometheus API (HTTP 404). Check the address: it is the "
                              "server's base URL, such as https://host:9090/.")
                               .arg(where);
        else if (status >= 500)
            answer.error = tr("Prometheus at %1 failed to answer (HTTP %2: %3). Try again later, "
                              "or a shorter period or a larger step.")
                               .arg(where)
                               .arg(status)
                               .arg(message);
        else
            answer.error = tr("Prometheus at %1 refused the query (HTTP %2: %3). Check the label "
                              "filter and the step.")
                               .arg(where)
                               .arg(status)
                               .arg(message);
    } else {
        answer.decoded = PrometheusDecoder::decode(body);
        if (!answer.decoded.ok())
            answer.error = tr("Prometheus at %1 gave an answer gpudesk cannot read: %2")
                               .arg(where, answer.decoded.error);
    }
    Q_EMIT answered(answer);
}

} // namespace gpudesk
