// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Bench.h"

#include <QString>
#include <memory>
#include <thread>

namespace gpudesk {

class ApiServer;
class SqliteServerStore;

// The sync figures' server: a data directory in bench-data/sync-server made once from the scale
// profile (init's CA and configuration, the scale data as the database, the officer given a
// password), served in-process on a loopback port for the whole bench run.
class SyncBenchServer final
{
public:
    static SyncBenchServer &instance();
    ~SyncBenchServer();

    QString url() const;
    QString caPem() const { return m_caPem; }
    // The officer's session (signed in once; scrypt is not what these figures measure).
    QString token() const { return m_token; }
    QString userId() const { return m_userId; }
    SqliteServerStore &store() { return *m_store; }
    int port() const;
    // A desktop profile as the first sync left it, for the incremental figure.
    QString syncedProfilePath() const;

private:
    SyncBenchServer();
    bool prepare(QString *error);
    bool start(QString *error);

    QString m_dir;
    QString m_caPem;
    QString m_token;
    QString m_userId;
    std::unique_ptr<SqliteServerStore> m_store;
    std::unique_ptr<ApiServer> m_server;
    std::thread m_thread;
};

} // namespace gpudesk
