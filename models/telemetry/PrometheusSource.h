// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace gpudesk {

// Evaluation times from..to inclusive (UTC ms, on the source's step grid).
struct FetchedRange
{
    qint64 from = 0;
    qint64 to = 0;
    friend bool operator==(const FetchedRange &a, const FetchedRange &b)
    {
        return a.from == b.from && a.to == b.to;
    }
};

// A Prometheus server an officer reads dcgm-exporter's metrics from, with what a fetch needs.
// `secret` (the bearer token or the basic-auth password) lives only in memory and in the
// owner-only secrets file (PrometheusSourceSettings); nothing ever logs it.
struct PrometheusSource
{
    enum class Auth
    {
        None,
        Bearer,
        Basic
    };

    QString id;   // stable key of a configured source
    QString name; // what the officer calls it ("KTC B200 cluster")
    QUrl url;     // the server's base URL, such as https://prom.example:9090/ (path prefixes kept)
    QString caFile; // PEM file of the CA that signed the server's certificate; empty: the system's
    Auth auth = Auth::None;
    QString user;   // basic auth only
    QString secret; // the token (bearer) or the password (basic)
    QString labelFilter; // extra label matchers, such as job="dcgm",cluster="b200-1"
    int stepSeconds = 60;
    int timeoutSeconds = 60;
    bool periodic = false;
    int intervalMinutes = 15;
    // What was already imported from this source, merged and sorted: a fetch asks only for the
    // rest, since a sample imported twice would count twice in the rollups.
    QList<FetchedRange> fetched;
    // The last evaluation time imported; 0 when nothing was.
    qint64 fetchedUpToMs() const { return fetched.isEmpty() ? 0 : fetched.constLast().to; }
};

} // namespace gpudesk
