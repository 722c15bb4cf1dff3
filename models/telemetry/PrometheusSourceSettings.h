// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/PrometheusSource.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace gpudesk {

// Where the Prometheus sources of one profile are kept. Everything but the secret goes into the
// user's QSettings under a key made from the profile's path, so each profile has its own list.
// The token or password goes into a separate JSON file in the user's local data folder
// (secretsFilePath()), written with owner-only permissions (0600) and never into QSettings, a
// log or a report. It is not encrypted: anyone who can read the user's files can read it, as with
// the profile itself.
class PrometheusSourceSettings final
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusSourceSettings)

public:
    explicit PrometheusSourceSettings(const QString &profilePath);

    QList<PrometheusSource> load() const;
    // Replaces the profile's list (and the secrets of its sources); sources no longer in the list
    // lose their secret and their fetch position.
    bool save(const QList<PrometheusSource> &sources, QString *error);
    // Remembers what was imported from a source (kept apart from the list, so saving the list
    // while a periodic fetch runs loses neither).
    void setFetched(const QString &id, const QList<FetchedRange> &fetched);

    static QString secretsFilePath();

private:
    QJsonObject readSecrets() const;
    QString m_key;
};

} // namespace gpudesk
