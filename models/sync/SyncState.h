// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace gpudesk {

class Store;

// What a profile knows about its server, kept in the profile's local sync_state table (never
// synced, never logged): where the server is, which CA the profile trusts for it, the signed-in
// account and its bearer token, the pull cursor and the last result.
struct SyncSettings
{
    QString serverUrl;   // https://host:port
    QString caPem;       // the trusted CA certificate (configured or pinned on first use)
    QString caSha256;    // its fingerprint, hex with colons
    bool pinned = false; // true: trusted on first use; false: a configured CA file
    QString token;       // bearer token of the signed-in account; empty: signed out
    QString userId;      // the server account the token belongs to
    QString login;
    QString role;
    int intervalMinutes = 15; // periodic sync; 0: only on demand

    bool configured() const { return !serverUrl.isEmpty() && !caPem.isEmpty(); }
    bool signedIn() const { return configured() && !token.isEmpty(); }
};

// Where the pull stands and how the last run ended.
struct SyncProgressState
{
    qint64 cursor = 0;
    QString serverId;    // the server's database id the cursor belongs to
    qint64 lastSuccess = 0; // UTC ms of the last run that completed
};

namespace SyncState {

QString value(const QSqlDatabase &db, const QString &key);
// Sets (or, with an empty value, removes) keys inside a write the caller opened.
bool set(QSqlDatabase &db, const QString &key, const QString &value, QString *error);

SyncSettings settings(const QSqlDatabase &db);
bool saveSettings(Store &store, const SyncSettings &settings, QString *error);

SyncProgressState progress(const QSqlDatabase &db);
// Inside the write that applies a page: the cursor moves with the data it covers.
bool setCursor(QSqlDatabase &db, qint64 cursor, const QString &serverId, QString *error);
bool setLastSuccess(QSqlDatabase &db, qint64 at, QString *error);

} // namespace SyncState
} // namespace gpudesk
