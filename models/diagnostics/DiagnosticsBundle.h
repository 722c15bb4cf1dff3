// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
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
    // Writes the bundle to `zipPath`; `store` may be null (no profile open).
    static bool write(const QString &zipPath, Store *store, QString *error);

    // The bundle's files by name (what write() zips), for the preview and the tests.
    static QMap<QString, QByteArray> contents(Store *store);
};

} // namespace gpudesk
