// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/PrometheusDecoder.h"
#include "telemetry/PrometheusSource.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>


namespace gpudesk {

// The outcome of one range query.
struct PrometheusAnswer
{
    PrometheusDecodeResult decoded;
    QString error; // translated: what happened, why, what to do; empty when the answer was read
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

// Asks one Prometheus server's HTTP API for a range of dcgm-exporter metrics, one query_range
// request at a time (Qt Network, asynchronous, on the thread that owns it). TLS is verified against
// the system's CAs or the source's CA file, never ignored; the token or password goes only into
// the Authorization header, and only over https (or to a loopback address), never into a message.
class PrometheusClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusClient)

public:
    explicit PrometheusClient(QObject *parent = nullptr);
    ~PrometheusClient() override;

    // Checks the source and prepares TLS; false with a translated reason when it cannot be used
    // (no URL, a URL with a password in it, an unreadable CA file, credentials over plain http,
    // a broken label filter, a step out of range).
    bool configure(const PrometheusSource &source, QString *error);

    // Asks for [fromMs, toMs] at the source's step; answered() follows, once.
    void queryRange(qint64 fromMs, qint64 toMs);
    // Aborts the request under way; answered() follows with cancelled set.
    void cancel();
    bool isBusy() const { return m_reply; }

    // The URL as shown to people: without user info, query or fragment.
    static QString displayUrl(const QUrl &url);

Q_SIGNALS:
    void answered(const gpudesk::PrometheusAnswer &answer);

private:
    void onFinished();
    QString networkError(int code, const QString &detail) const;

    QNetworkAccessManager m_network;
    PrometheusSource m_source;
    QString m_matchers;
    QSslConfiguration m_ssl;
    QPointer<QNetworkReply> m_reply;
    QList<QSslError> m_sslErrors;
    bool m_cancelled = false;
};

} // namespace gpudesk
