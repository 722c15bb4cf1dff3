// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/SyncState.h"
#include "sync/SyncTransport.h"

#include <QSslCertificate>
#include <QString>
#include <atomic>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

namespace gpudesk {

// HTTPS to gpudesk-server with Qt's network stack: the system proxy settings, TLS 1.2 or later,
// the peer verified against the profile's trusted CA only (and its host name always), never an
// error ignored. Every request carries the protocol header and, once signed in, the bearer token
// (kept here, never logged). Lives and is used on one thread (the sync worker's).
class HttpsTransport final : public SyncTransport
{
public:
    // `pinnedSha256` set: the CA was trusted on first use; another CA presented is reported as a
    // changed certificate rather than merely untrusted.
    HttpsTransport(const QString &baseUrl, const QString &caPem, const QString &pinnedSha256);
    // The server and trust a profile's settings name (its CA, pinned when trusted on first use).
    // No token yet: signing in has none; setToken() gives the settings' one.
    static std::unique_ptr<HttpsTransport> forSettings(const SyncSettings &settings);
    // The same, signed in with the settings' token: what every call after sign-in uses.
    static std::unique_ptr<HttpsTransport> forSession(const SyncSettings &settings);
    ~HttpsTransport() override;
    HttpsTransport(const HttpsTransport &) = delete;
    HttpsTransport &operator=(const HttpsTransport &) = delete;

    void setToken(const QString &token) { m_token = token; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Another thread may ask the exchange in flight to stop.
    void cancel() override { m_cancelled.store(true); }

    TransportReply post(const QString &path, const QByteArray &body) override;
    void begin(const QString &path, const QByteArray &body) override;
    TransportReply finish() override;
    bool ready(int waitMs) override;
    TransportReply send(const QByteArray &method, const QString &path,
                        const QByteArray &body) override;

private:
    void start(const QByteArray &method, const QString &path, const QByteArray &body);
    enum class Until
    {
        Sent,    // the request's body has gone out
        Finished // the answer is in
    };
    // Runs this thread's event loop, through which Qt moves the exchange in flight, until
    // `until` (or the reply ends) or `waitMs` pass.
    void runEvents(int waitMs, Until until);

    QString m_baseUrl;
    QList<QSslCertificate> m_ca;
    QString m_pinned;
    QString m_token;
    int m_timeoutMs = 60000;
    std::atomic<bool> m_cancelled{false};
    std::unique_ptr<QNetworkAccessManager> m_manager;
    // The exchange in flight, and what its TLS handshake saw.
    QNetworkReply *m_reply = nullptr;
    QList<QSslCertificate> m_presented;
    QList<QSslError> m_sslErrors;
    TransportReply m_early; // an answer known without asking (no CA, cancelled)
    bool m_hasEarly = false;
};

} // namespace gpudesk
