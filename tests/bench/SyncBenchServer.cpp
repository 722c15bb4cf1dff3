// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncBenchServer.h"

#include "ApiServer.h"
#include "PasswordHasher.h"
#include "ServerConfig.h"
#include "ServerInit.h"
#include "ServerLog.h"
#include "SqliteServerStore.h"
#include "sync/HttpsTransport.h"
#include "sync/SyncAccount.h"

#include <QDir>
#include <QFile>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {
const QString kPassword = u"bench-password-1"_s;
}

SyncBenchServer &SyncBenchServer::instance()
{
    static SyncBenchServer server;
    return server;
}

SyncBenchServer::SyncBenchServer()
{
    ServerLog::setQuiet(true);
    m_dir = QFileInfo(bench::scaleProfilePath()).absolutePath() + u"/sync-server"_s;
    QString error;
    if (!prepare(&error) || !start(&error))
        qFatal("sync bench server: %s", qPrintable(error));
}

SyncBenchServer::~SyncBenchServer()
{
    if (m_server)
        m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
    m_server.reset();
    m_store.reset();
}

QString SyncBenchServer::syncedProfilePath() const
{
    return m_dir + u"/../synced-officer.sqlite"_s;
}

int SyncBenchServer::port() const
{
    return m_server->port();
}

QString SyncBenchServer::url() const
{
    return u"https://localhost:%1"_s.arg(port());
}

bool SyncBenchServer::prepare(QString *error)
{
    const QString db = ServerInit::databasePath(m_dir);
    if (!QFileInfo::exists(db)) {
        std::fprintf(stderr, "making the sync server's data from the scale profile ...\n");
        QDir(m_dir).removeRecursively();
        InitOptions o;
        o.dir = m_dir;
        o.adminPassword = kPassword;
        o.scrypt.log2N = 10;
        InitReport report;
        if (!ServerInit::run(o, &report, error))
            return false;
        // The scale data becomes the database; the server's own tables and its change feed
        // are added when it is opened.
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u".lock"_s})
            QFile::remove(db + suffix);
        QFile::remove(ServerInit::auditHeadPath(m_dir)); // it belonged to the database replaced
        if (!QFile::copy(bench::scaleProfilePath(), db)) {
            *error = u"cannot copy the scale profile"_s;
            return false;
        }
    }
    m_store = SqliteServerStore::open(db, ServerInit::auditHeadPath(m_dir), false, error);
    if (!m_store)
        return false;
    const auto officer = m_store->userByLogin(u"officer"_s);
    if (!officer) {
        *error = u"the scale data has no officer"_s;
        return false;
    }
    m_userId = officer->id;
    ScryptParams cheap;
    cheap.log2N = 10;
    m_store->setPasswordHash(officer->id, PasswordHasher(cheap).hash(kPassword), QString(),
                             nullptr);
    QFile ca(ServerInit::caCertPath(m_dir));
    if (!ca.open(QIODevice::ReadOnly)) {
        *error = u"no CA in %1"_s.arg(m_dir);
        return false;
    }
    m_caPem = QString::fromLatin1(ca.readAll());
    return true;
}

bool SyncBenchServer::start(QString *error)
{
    ServerConfig config;
    if (!ServerConfig::load(m_dir, &config, error))
        return false;
    config.bindAddress = u"127.0.0.1"_s;
    config.port = 0;
    m_server = std::make_unique<ApiServer>(config, m_dir, *m_store);
    if (!m_server->bind(error))
        return false;
    m_thread = std::thread([this] { m_server->run(); });
    m_server->waitUntilRunning();
    HttpsTransport transport(url(), m_caPem, QString());
    const SignInResult r = SyncAccount::signIn(transport, u"officer"_s, kPassword);
    if (!r.ok) {
        *error = u"sign-in failed: %1 %2"_s.arg(r.code, r.detail);
        return false;
    }
    m_token = r.token;
    return true;
}

} // namespace gpudesk
