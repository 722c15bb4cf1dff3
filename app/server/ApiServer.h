// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiServices.h"
#include "Router.h"
#include "ServerConfig.h"

#include <QString>
#include <memory>

namespace httplib {
class SSLServer;
}

namespace gpudesk {

// The HTTPS server: httplib::SSLServer on an SSL_CTX configured by TlsContext, a worker pool
// and timeouts from the configuration, the protocol check on every request, the routes of
// ApiRoutes behind the Router, JSON errors and an access log without secrets.
class ApiServer final
{
public:
    ApiServer(const ServerConfig &config, const QString &dataDir, ServerStore &store);
    ~ApiServer();
    ApiServer(const ApiServer &) = delete;
    ApiServer &operator=(const ApiServer &) = delete;

    // Loads the TLS material and binds; port 0 in the configuration picks a free port.
    bool bind(QString *error);
    int port() const { return m_port; }
    // Serves until stop(); returns false when the listening loop failed.
    bool run();
    void stop();
    // Waits until run() accepts connections.
    void waitUntilRunning() const;

    const Router &router() const { return *m_router; }
    ApiServices &services() { return m_services; }

private:
    void configure();

    ServerConfig m_config;
    QString m_dataDir;
    ApiServices m_services;
    QString m_tlsError;
    std::unique_ptr<httplib::SSLServer> m_server;
    std::unique_ptr<Router> m_router;
    int m_port = 0;
};

} // namespace gpudesk
