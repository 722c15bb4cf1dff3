// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerTrust.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gpudesk::ServerTrust {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerTrust)
};
} // namespace

QString fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256)
            .toHex(':')
            .toUpper());
}

bool readCaFile(const QString &path, QString *pem, QString *fp, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Text::tr("%1 cannot be read: %2").arg(path, f.errorString());
        return false;
    }
    const QByteArray bytes = f.read(1024 * 1024);
    const QList<QSslCertificate> certs = QSslCertificate::fromData(bytes, QSsl::Pem);
    if (certs.isEmpty() || certs.first().isNull()) {
        *error = Text::tr("%1 holds no certificate in PEM form. Ask the server's administrator for "
                          "the CA file (ca.pem) made by gpudesk-server init.")
                     .arg(path);
        return false;
    }
    *pem = QString::fromLatin1(certs.first().toPem());
    *fp = fingerprint(certs.first());
    return true;
}

QSslCertificate anchorOf(const QList<QSslCertificate> &chain)
{
    return chain.isEmpty() ? QSslCertificate() : chain.last();
}

bool validServerUrl(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    return u.isValid() && u.scheme() == u"https"_s && !u.host().isEmpty() && u.path().size() <= 1 &&
           !u.hasQuery() && !u.hasFragment() && u.userInfo().isEmpty();
}

Probe probe(const QString &url, int timeoutMs)
{
    Probe out;
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(url + u"/api/version"_s));
    request.setTransferTimeout(timeoutMs);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(tls);
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    bool sawErrors = false;
    QObject::connect(reply, &QNetworkReply::sslErrors, &loop, [&](const QList<QSslError> &) {
        // The chain is what we came for; the connection is abandoned, never trusted.
        sawErrors = true;
        const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
        out.anchor = anchorOf(chain);
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (!sawErrors && reply->error() == QNetworkReply::NoError) {
        // A certificate the system already trusts: pin its CA all the same.
        out.alreadyTrusted = true;
        out.anchor = anchorOf(reply->sslConfiguration().peerCertificateChain());
    }
    if (out.anchor.isNull()) {
        out.error = reply->errorString();
    } else {
        out.reached = true;
        out.fingerprint = fingerprint(out.anchor);
        out.subject = out.anchor.subjectDisplayName();
    }
    reply->deleteLater();
    return out;
}

} // namespace gpudesk::ServerTrust
