// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/SyncSeed.h"
#include "PasswordHasher.h"
#include "ServerFixture.h"
#include "sync/HttpsTransport.h"
#include "sync/SyncAccount.h"
#include "sync/SyncEngine.h"
#include "sync/SyncState.h"

#include <QFile>

// A desktop profile that syncs with a RunningServer over real TLS: a fresh local store, the
// server's CA configured, signed in through /api/login, and the sync engine on the test thread.
namespace gpudesk::test {

inline constexpr const char *kSyncPassword = "sync-password-1";

// The sync world on a running server, every account with kSyncPassword (cheap hashing).
inline bool seedSyncServer(RunningServer &server)
{
    if (!seedSyncWorld(server.store->sharedStore()))
        return false;
    ScryptParams cheap;
    cheap.log2N = 10;
    const QString hash = PasswordHasher(cheap).hash(QString::fromLatin1(kSyncPassword));
    for (const char *user : {"u-officer", "u-officer2", "u-rev1", "u-rev2", "u-manager"}) {
        if (server.store->setPasswordHash(QString::fromLatin1(user), hash, QString(), nullptr) !=
            StoreResult::Ok)
            return false;
    }
    return true;
}

inline QString caPemOf(const RunningServer &server)
{
    QFile f(ServerInit::caCertPath(server.dataDir()));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()) : QString();
}

struct SyncDesktop
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<HttpsTransport> transport;
    SyncSettings settings;

    // Opens a fresh profile for `server` with its CA configured; false when it cannot.
    bool open(const RunningServer &server, const QString &host = QStringLiteral("localhost"))
    {
        store = openFresh(dir);
        if (!store)
            return false;
        settings.serverUrl = QStringLiteral("https://%1:%2").arg(host).arg(server.port());
        settings.caPem = caPemOf(server);
        transport = std::make_unique<HttpsTransport>(settings.serverUrl, settings.caPem, QString());
        transport->setTimeoutMs(30000);
        return !settings.caPem.isEmpty();
    }

    SignInResult signIn(const QString &login, const QString &password = QString::fromLatin1(kSyncPassword))
    {
        const SignInResult r = SyncAccount::signIn(*transport, login, password);
        if (r.ok) {
            settings.token = r.token;
            settings.userId = r.userId;
            settings.login = r.login;
            settings.role = r.role;
            transport->setToken(r.token);
            store->setCurrentUser(r.userId, r.displayName);
            QString error;
            SyncState::saveSettings(*store, settings, &error);
        }
        return r;
    }

    SyncRunReport sync(SyncTransport *through = nullptr)
    {
        SyncEngine engine(*store, store->db(), through ? *through : *transport);
        engine.setPullLimit(200); // several pages even for the small world
        return engine.run();
    }

    QVariant value(const QString &sql) const { return scalar(store->db(), sql); }
    bool edit(const QStringList &sql) { return exec(*store, sql, Store::Capture::Local); }
};

} // namespace gpudesk::test
