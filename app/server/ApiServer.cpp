// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiServer.h"

#include "ApiResponse.h"
#include "ApiRoutes.h"
#include "ServerLog.h"
#include "TlsContext.h"

#include <QDir>
#include <QElapsedTimer>
#include <chrono>
#include <condition_variable>
#include <httplib.h>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

// Holds each worker that arrives until `count` have, or a few seconds have passed (a pool that
// started fewer threads must not hang).
struct WorkerGate
{
    explicit WorkerGate(size_t count) : left(count) {}

    void arriveAndWait()
    {
        std::unique_lock lock(mutex);
        if (--left == 0) {
            done.notify_all();
            return;
        }
        done.wait_for(lock, std::chrono::seconds(5), [this] { return left == 0; });
    }

    std::mutex mutex;
    std::condition_variable done;
    size_t left;
};

// Routes a client may call without the protocol header: a load balancer's health check, and
// the version query a client uses to find out what the server speaks.
bool headerOptional(const std::string &path)
{
    return path == "/api/health" || path == "/api/version";
}

// Answers requests from a client speaking another protocol before any route runs.
httplib::Server::HandlerResponse checkProtocol(const httplib::Request &req, httplib::Response &res)
{
    Router::resetCurrentUser();
    const std::string header = req.get_header_value(kProtocolHeader);
    if (header.empty()) {
        if (headerOptional(req.path))
            return httplib::Server::HandlerResponse::Unhandled;
        ApiResponse::error(res, 400, u"protocol.missing"_s,
                           QJsonObject{{u"header"_s, QString::fromLatin1(kProtocolHeader)},
                                       {u"server"_s, kProtocolVersion}});
        return httplib::Server::HandlerResponse::Handled;
    }
    bool ok = false;
    const int client = QString::fromStdString(header).toInt(&ok);
    if (!ok || client != kProtocolVersion) {
        QJsonObject params{{u"server"_s, kProtocolVersion}};
        params.insert(u"client"_s, ok ? QJsonValue(client)
                                      : QJsonValue(QString::fromStdString(header).left(16)));
        ApiResponse::error(res, 400, u"protocol.mismatch"_s, params);
        return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
}

// httplib answers some failures itself with an empty body (no route, body too large, bad
// request line): give those the JSON shape too.
httplib::Server::HandlerResponse jsonErrors(const httplib::Request &, httplib::Response &res)
{
    if (!res.body.empty())
        return httplib::Server::HandlerResponse::Unhandled;
    switch (res.status) {
    case 404:
        ApiResponse::error(res, 404, u"request.not_found"_s);
        break;
    case 413:
        ApiResponse::error(res, 413, u"request.too_large"_s);
        break;
    case 414:
        ApiResponse::error(res, 414, u"request.uri_too_long"_s);
        break;
    case 400:
        ApiResponse::error(res, 400, u"request.malformed"_s);
        break;
    default:
        ApiResponse::error(res, res.status, u"request.failed"_s,
                           QJsonObject{{u"status"_s, res.status}});
    }
    return httplib::Server::HandlerResponse::Handled;
}

} // namespace

ApiServer::ApiServer(const ServerConfig &config, const QString &dataDir, ServerStore &store)
    : m_config(config), m_dataDir(dataDir), m_services(&store, config)
{
    const QDir dir(dataDir);
    TlsSettings tls;
    tls.certificateFile = dir.absoluteFilePath(config.certificateFile);
    tls.privateKeyFile = dir.absoluteFilePath(config.privateKeyFile);
    tls.clientCaFile = dir.absoluteFilePath(config.caFile);
    tls.mutual = config.mutualTls;
    m_server = std::make_unique<httplib::SSLServer>(
        [this, tls](SSL_CTX &ctx) { return TlsContext::configure(&ctx, tls, &m_tlsError); });
    m_router = std::make_unique<Router>(*m_server, &store);
    configure();
    ApiRoutes::registerAll(*m_router, m_services);
}

ApiServer::~ApiServer()
{
    stop();
}

void ApiServer::configure()
{
    httplib::SSLServer &s = *m_server;
    const size_t workers = size_t(m_config.workerThreads);
    ServerStore *store = m_services.store();
    s.new_task_queue = [workers, store] {
        auto *pool = new httplib::ThreadPool(workers);
        // Every worker opens its database connection now, not on the first request it takes:
        // each waits until all have started, so each takes exactly one of these tasks.
        auto gate = std::make_shared<WorkerGate>(workers);
        for (size_t i = 0; i < workers; ++i) {
            pool->enqueue([gate, store] {
                store->prepareThread();
                gate->arriveAndWait();
            });
        }
        return pool;
    };
    s.set_keep_alive_max_count(size_t(m_config.keepAliveMaxCount));
    s.set_keep_alive_timeout(m_config.keepAliveTimeoutSeconds);
    s.set_read_timeout(m_config.readTimeoutSeconds, 0);
    s.set_write_timeout(m_config.writeTimeoutSeconds, 0);
    s.set_payload_max_length(size_t(m_config.payloadMaxBytes));
    s.set_tcp_nodelay(true);
    s.set_default_headers({{kProtocolHeader, std::to_string(kProtocolVersion)},
                           {"Cache-Control", "no-store"},
                           {"X-Content-Type-Options", "nosniff"}});
    s.set_pre_routing_handler(httplib::Server::HandlerWithResponse(checkProtocol));
    s.set_error_handler(httplib::Server::HandlerWithResponse(jsonErrors));
    s.set_exception_handler(
        [](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
            ApiResponse::error(res, 500, u"server.internal"_s);
        });
    // Method, path (never the query or the body), status, caller: nothing secret.
    s.set_logger([](const httplib::Request &req, const httplib::Response &res) {
        const QString user = Router::currentUserId();
        ServerLog::info(
            u"%1 %2 %3 %4%5"_s
                .arg(QString::fromStdString(req.method), QString::fromStdString(req.path).left(200))
                .arg(res.status)
                .arg(QString::fromStdString(req.remote_addr),
                     user.isEmpty() ? QString() : u" user="_s + user));
    });
}

bool ApiServer::bind(QString *error)
{
    if (!m_server->is_valid()) {
        *error = u"TLS setup failed: %1"_s.arg(m_tlsError);
        return false;
    }
    const std::string host = m_config.bindAddress.toStdString();
    if (m_config.port == 0) {
        m_port = m_server->bind_to_any_port(host);
    } else if (m_server->bind_to_port(host, m_config.port)) {
        m_port = m_config.port;
    }
    if (m_port <= 0) {
        *error = u"cannot listen on %1:%2 (in use, or not allowed)"_s.arg(m_config.bindAddress)
                     .arg(m_config.port);
        return false;
    }
    return true;
}

bool ApiServer::run()
{
    return m_server->listen_after_bind();
}

void ApiServer::stop()
{
    if (m_server && m_server->is_running())
        m_server->stop();
}

void ApiServer::waitUntilRunning() const
{
    while (!m_server->is_running())
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
}

} // namespace gpudesk
