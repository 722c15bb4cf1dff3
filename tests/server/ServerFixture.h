// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiResponse.h"
#include "ApiServer.h"
#include "ServerInit.h"
#include "ServerLog.h"
#include "SqliteServerStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <httplib.h>
#include <memory>
#include <thread>

// An in-process gpudesk-server on a free loopback port: a data directory made by ServerInit
// (cheap hashing), the SQLite store and the TLS server on its own thread.
namespace gpudesk::test {

struct RunningServer
{
    QTemporaryDir dir;
    InitReport report;
    QString adminPassword = QStringLiteral("admin-password-1");
    ServerConfig config;
    std::unique_ptr<SqliteServerStore> store;
    std::unique_ptr<ApiServer> server;
    std::thread thread;

    QString path(const QString &name) const { return dir.filePath(QStringLiteral("data/") + name); }
    QString dataDir() const { return dir.filePath(QStringLiteral("data")); }

    // Creates the data directory; tweak `config` afterwards, then start().
    // `hosts`: names the server's certificate holds besides localhost and 127.0.0.1.
    bool init(bool demo, const QStringList &hosts = {})
    {
        ServerLog::setQuiet(true);
        InitOptions o;
        o.dir = dataDir();
        o.hosts = hosts;
        o.adminPassword = adminPassword;
        o.demo = demo;
        o.scrypt.log2N = 10;
        QString error;
        if (!ServerInit::run(o, &report, &error)) {
            qWarning("init failed: %s", qPrintable(error));
            return false;
        }
        if (!ServerConfig::load(dataDir(), &config, &error))
            return false;
        config.bindAddress = QStringLiteral("127.0.0.1");
        config.port = 0;
        config.workerThreads = 8;
        config.hashConcurrency = 2;
        return true;
    }

    bool start()
    {
        QString error;
        store = SqliteServerStore::open(ServerInit::databasePath(dataDir()),
                                        ServerInit::auditHeadPath(dataDir()), false, &error);
        if (!store) {
            qWarning("store: %s", qPrintable(error));
            return false;
        }
        server = std::make_unique<ApiServer>(config, dataDir(), *store);
        if (!server->bind(&error)) {
            qWarning("bind: %s", qPrintable(error));
            return false;
        }
        thread = std::thread([this] { server->run(); });
        server->waitUntilRunning();
        return true;
    }

    ~RunningServer()
    {
        if (server)
            server->stop();
        if (thread.joinable())
            thread.join();
        server.reset(); // joins the workers, which drop their connections
        store.reset();
    }

    int port() const { return server->port(); }

    // A client that verifies the private CA and the host name, with the protocol header set.
    std::unique_ptr<httplib::SSLClient> client(const std::string &host = "localhost") const
    {
        auto c = std::make_unique<httplib::SSLClient>(host, port());
        c->set_ca_cert_path(ServerInit::caCertPath(dataDir()).toStdString().c_str());
        c->enable_server_certificate_verification(true);
        c->set_default_headers({{kProtocolHeader, std::to_string(kProtocolVersion)}});
        c->set_connection_timeout(5, 0);
        c->set_read_timeout(10, 0);
        return c;
    }
};

inline QJsonObject jsonOf(const httplib::Result &r)
{
    if (!r)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object();
}

inline QString errorCode(const httplib::Result &r)
{
    return jsonOf(r)
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

inline std::string body(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

inline httplib::Headers bearer(const QString &token)
{
    return {{"Authorization", "Bearer " + token.toStdString()}};
}

// Signs in and returns the token (empty on failure).
inline QString login(httplib::SSLClient &c, const QString &loginName, const QString &password)
{
    const auto r = c.Post("/api/login",
                          body(QJsonObject{{QStringLiteral("login"), loginName},
                                           {QStringLiteral("password"), password}}),
                          "application/json");
    if (!r || r->status != 200)
        return {};
    return jsonOf(r).value(QStringLiteral("token")).toString();
}

} // namespace gpudesk::test
