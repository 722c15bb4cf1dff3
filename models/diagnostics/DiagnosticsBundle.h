// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace gpudesk {

class Store;

// The file a user sends to support: a ZIP with the versions, the shape of the profile (schema,
// size, integrity, row counts per table: numbers only), the settings and the logs. Never a
// password, a token, a password hash or any application's contents: settings whose names say
// secret are left out, and every text goes through Redaction first.
class DiagnosticsBundle final
{
public:
    // Writes the bundle to `zipPath`; `store` may be null (no profile open). The profile is read
    // through `connection` when given: on a worker thread, one of its own (from
    // Store::openWorkerConnection); otherwise through the store's.
    static bool write(const QString &zipPath, Store *store, QString *error,
                      const QSqlDatabase &connection = {});

    // The bundle's files by name (what write() zips), for the preview and the tests.
    static QMap<QString, QByteArray> contents(Store *store, const QSqlDatabase &connection = {});
};

} // namespace gpudesk
