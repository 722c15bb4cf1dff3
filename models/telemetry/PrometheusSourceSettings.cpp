// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/PrometheusSourceSettings.h"

#include "telemetry/PrometheusQuery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {

QString authKey(PrometheusSource::Auth auth)
{
    switch (auth) {
    case PrometheusSource::Auth::None:
        break;
    case PrometheusSource::Auth::Bearer:
        return u"bearer"_s;
    case PrometheusSource::Auth::Basic:
        return u"basic"_s;
    }
    return u"none"_s;
}

PrometheusSource::Auth authFromKey(const QString &key)
{
    if (key == u"bearer"_s)
        return PrometheusSource::Auth::Bearer;
    if (key == u"basic"_s)
        return PrometheusSource::Auth::Basic;
    return PrometheusSource::Auth::None;
}

} // namespace

PrometheusSourceSettings::PrometheusSourceSettings(const QString &profilePath)
{
    QFileInfo info(profilePath);
    const QString canonical = info.canonicalFilePath();
    const QString path = canonical.isEmpty() ? info.absoluteFilePath() : canonical;
    m_key = QString::fromLatin1(
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

QString PrometheusSourceSettings::secretsFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           u"/prometheus-secrets.json"_s;
}

QJsonObject PrometheusSourceSettings::readSecrets() const
{
    QFile file(secretsFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QList<PrometheusSource> PrometheusSourceSettings::load() const
{
    QSettings settings;
    const QJsonObject secrets = readSecrets();
    QList<PrometheusSource> sources;
    const int n = settings.beginReadArray(u"prometheus/"_s + m_key + u"/sources"_s);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        PrometheusSource s;
        s.id = settings.value(u"id"_s).toString();
        if (s.id.isEmpty())
            continue;
        s.name = settings.value(u"name"_s).toString();
        s.url = QUrl(settings.value(u"url"_s).toString());
        s.caFile = settings.value(u"caFile"_s).toString();
        s.auth = authFromKey(settings.value(u"auth"_s).toString());
        s.user = settings.value(u"user"_s).toString();
        s.labelFilter = settings.value(u"labelFilter"_s).toString();
        s.stepSeconds = settings.value(u"stepSeconds"_s, 60).toInt();
        s.timeoutSeconds = settings.value(u"timeoutSeconds"_s, 60).toInt();
        s.periodic = settings.value(u"periodic"_s, false).toBool();
        s.intervalMinutes = settings.value(u"intervalMinutes"_s, 15).toInt();
        s.secret = secrets.value(m_key + u'/' + s.id).toString();
        sources << s;
    }
    settings.endArray();
    for (PrometheusSource &s : sources)
        s.fetched = PrometheusQuery::rangesFromText(
            settings.value(u"prometheus/"_s + m_key + u"/fetched/"_s + s.id).toString());
    return sources;
}

bool PrometheusSourceSettings::save(const QList<PrometheusSource> &sources, QString *error)
{
    // The secrets first: a list that names a source whose token was lost would fail later.
    QJsonObject secrets = readSecrets();
    const QString prefix = m_key + u'/';
    for (const QString &key : secrets.keys()) {
        if (key.startsWith(prefix))
            secrets.remove(key);
    }
    for (const PrometheusSource &s : sources) {
        if (s.auth != PrometheusSource::Auth::None && !s.secret.isEmpty())
            secrets.insert(prefix + s.id, s.secret);
    }
    const QString path = secretsFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    // Owner-only before the first byte is written: the temporary file becomes the real one.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(QJsonDocument(secrets).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        *error = tr("The credentials could not be saved to %1: %2. Check that the folder is "
                    "writable; nothing was changed.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }

    QSettings settings;
    const QString group = u"prometheus/"_s + m_key;
    QSet<QString> ids;
    settings.remove(group + u"/sources"_s);
    settings.beginWriteArray(group + u"/sources"_s, int(sources.size()));
    for (int i = 0; i < sources.size(); ++i) {
        const PrometheusSource &s = sources.at(i);
        ids.insert(s.id);
        settings.setArrayIndex(i);
        settings.setValue(u"id"_s, s.id);
        settings.setValue(u"name"_s, s.name);
        settings.setValue(u"url"_s, s.url.toString());
        settings.setValue(u"caFile"_s, s.caFile);
        settings.setValue(u"auth"_s, authKey(s.auth));
        settings.setValue(u"user"_s, s.user);
        settings.setValue(u"labelFilter"_s, s.labelFilter);
        settings.setValue(u"stepSeconds"_s, s.stepSeconds);
        settings.setValue(u"timeoutSeconds"_s, s.timeoutSeconds);
        settings.setValue(u"periodic"_s, s.periodic);
        settings.setValue(u"intervalMinutes"_s, s.intervalMinutes);
    }
    settings.endArray();
    settings.beginGroup(group + u"/fetched"_s);
    for (const QString &id : settings.childKeys()) {
        if (!ids.contains(id))
            settings.remove(id);
    }
    settings.endGroup();
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        *error = tr("The source list could not be saved to the settings (%1). Check that the "
                    "settings file is writable.")
                     .arg(QDir::toNativeSeparators(settings.fileName()));
        return false;
    }
    return true;
}

void PrometheusSourceSettings::setFetched(const QString &id, const QList<FetchedRange> &fetched)
{
    QSettings().setValue(u"prometheus/"_s + m_key + u"/fetched/"_s + id,
                         PrometheusQuery::rangesText(fetched));
}

} // namespace gpudesk
