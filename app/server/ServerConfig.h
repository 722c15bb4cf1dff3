// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PasswordHasher.h"

#include <QString>

namespace gpudesk {

// The server's settings, kept as config.json in the data directory. Paths are relative to it.
// Every limit is applied at run time (Debian's cpp-httplib is a compiled library: its macros are
// fixed at build time, so nothing here relies on them).
struct ServerConfig
{
    QString bindAddress = QStringLiteral("0.0.0.0");
    int port = 8443;

    QString certificateFile = QStringLiteral("server.pem");
    QString privateKeyFile = QStringLiteral("server.key");
    QString caFile = QStringLiteral("ca.pem"); // also the client CA in mutual-TLS mode
    bool mutualTls = false;

    // Each connection holds a worker for its life, keep-alive included: enough workers for the
    // clients, short keep-alive and read timeouts so a stalled client frees its worker soon.
    int workerThreads = 128;
    int keepAliveMaxCount = 100;
    int keepAliveTimeoutSeconds = 5;
    int readTimeoutSeconds = 10;
    int writeTimeoutSeconds = 10;
    qint64 payloadMaxBytes = 4 * 1024 * 1024;

    int hashConcurrency = 4; // scrypt runs at once (128 MiB each at production cost)
    int hashWaitMs = 3000;   // then "busy"
    int sessionLifetimeHours = 12;
    ScryptParams scrypt;

    static constexpr const char *kFileName = "config.json";

    QByteArray toJson() const;
    // Missing keys keep their defaults; a wrong type or an out-of-range value is an error.
    static bool fromJson(const QByteArray &json, ServerConfig *config, QString *error);
    static bool load(const QString &dataDir, ServerConfig *config, QString *error);
    bool save(const QString &dataDir, QString *error) const;

    bool weakHashing() const { return scrypt.log2N < PasswordHasher::kProductionLog2N; }
};

} // namespace gpudesk
