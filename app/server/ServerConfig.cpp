// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerConfig.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

// Reads an integer key of `o` into *value when present, checking its range.
bool readInt(const QJsonObject &o, const QString &key, qint64 lo, qint64 hi, qint64 *value,
             QString *error)
{
    if (!o.contains(key))
        return true;
    const QJsonValue v = o.value(key);
    const double d = v.toDouble(-1e300);
    if (!v.isDouble() || d != double(qint64(d)) || d < double(lo) || d > double(hi)) {
        *error = u"config: \"%1\" must be a whole number from %2 to %3"_s.arg(key).arg(lo).arg(hi);
        return false;
    }
    *value = qint64(d);
    return true;
}

template <typename T>
bool readIntInto(const QJsonObject &o, const QString &key, qint64 lo, qint64 hi, T *target,
                 QString *error)
{
    qint64 v = *target;
    if (!readInt(o, key, lo, hi, &v, error))
        return false;
    *target = T(v);
    return true;
}

bool readString(const QJsonObject &o, const QString &key, QString *value, QString *error)
{
    if (!o.contains(key))
        return true;
    if (!o.value(key).isString() || o.value(key).toString().isEmpty()) {
        *error = u"config: \"%1\" must be a non-empty string"_s.arg(key);
        return false;
    }
    *value = o.value(key).toString();
    return true;
}

} // namespace

QByteArray ServerConfig::toJson() const
{
    QJsonObject tls{{u"certificate"_s, certificateFile},
                    {u"private_key"_s, privateKeyFile},
                    {u"ca"_s, caFile},
                    {u"mutual"_s, mutualTls}};
    QJsonObject limits{{u"worker_threads"_s, workerThreads},
                       {u"keep_alive_max_count"_s, keepAliveMaxCount},
                       {u"keep_alive_timeout_s"_s, keepAliveTimeoutSeconds},
                       {u"read_timeout_s"_s, readTimeoutSeconds},
                       {u"write_timeout_s"_s, writeTimeoutSeconds},
                       {u"payload_max_bytes"_s, payloadMaxBytes},
                       {u"hash_concurrency"_s, hashConcurrency},
                       {u"hash_wait_ms"_s, hashWaitMs}};
    QJsonObject hashing{
        {u"scrypt_log2_n"_s, scrypt.log2N}, {u"scrypt_r"_s, scrypt.r}, {u"scrypt_p"_s, scrypt.p}};
    QJsonObject root{{u"bind_address"_s, bindAddress},
                     {u"port"_s, port},
                     {u"tls"_s, tls},
                     {u"limits"_s, limits},
                     {u"session_lifetime_hours"_s, sessionLifetimeHours},
                     {u"password_hashing"_s, hashing}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ServerConfig::fromJson(const QByteArray &json, ServerConfig *c, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = u"config: not a JSON object (%1)"_s.arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    const QJsonObject tls = root.value(u"tls"_s).toObject();
    const QJsonObject limits = root.value(u"limits"_s).toObject();
    const QJsonObject hashing = root.value(u"password_hashing"_s).toObject();
    if (!readString(root, u"bind_address"_s, &c->bindAddress, error) ||
        !readIntInto(root, u"port"_s, 0, 65535, &c->port, error) ||
        !readString(tls, u"certificate"_s, &c->certificateFile, error) ||
        !readString(tls, u"private_key"_s, &c->privateKeyFile, error) ||
        !readString(tls, u"ca"_s, &c->caFile, error) ||
        !readIntInto(limits, u"worker_threads"_s, 2, 4096, &c->workerThreads, error) ||
        !readIntInto(limits, u"keep_alive_max_count"_s, 1, 100000, &c->keepAliveMaxCount, error) ||
        !readIntInto(limits, u"keep_alive_timeout_s"_s, 1, 300, &c->keepAliveTimeoutSeconds,
                     error) ||
        !readIntInto(limits, u"read_timeout_s"_s, 1, 300, &c->readTimeoutSeconds, error) ||
        !readIntInto(limits, u"write_timeout_s"_s, 1, 300, &c->writeTimeoutSeconds, error) ||
        !readIntInto(limits, u"payload_max_bytes"_s, 1024, qint64(1) << 30, &c->payloadMaxBytes,
                     error) ||
        !readIntInto(limits, u"hash_concurrency"_s, 1, 64, &c->hashConcurrency, error) ||
        !readIntInto(limits, u"hash_wait_ms"_s, 0, 60000, &c->hashWaitMs, error) ||
        !readIntInto(root, u"session_lifetime_hours"_s, 1, 24 * 90, &c->sessionLifetimeHours,
                     error) ||
        !readIntInto(hashing, u"scrypt_log2_n"_s, 10, 20, &c->scrypt.log2N, error) ||
        !readIntInto(hashing, u"scrypt_r"_s, 1, 32, &c->scrypt.r, error) ||
        !readIntInto(hashing, u"scrypt_p"_s, 1, 4, &c->scrypt.p, error))
        return false;
    if (tls.contains(u"mutual"_s)) {
        if (!tls.value(u"mutual"_s).isBool()) {
            *error = u"config: \"mutual\" must be true or false"_s;
            return false;
        }
        c->mutualTls = tls.value(u"mutual"_s).toBool();
    }
    return true;
}

bool ServerConfig::load(const QString &dataDir, ServerConfig *config, QString *error)
{
    QFile f(QDir(dataDir).filePath(QString::fromLatin1(kFileName)));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(f.fileName(), f.errorString());
        return false;
    }
    return fromJson(f.read(1024 * 1024), config, error);
}

bool ServerConfig::save(const QString &dataDir, QString *error) const
{
    QSaveFile f(QDir(dataDir).filePath(QString::fromLatin1(kFileName)));
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(toJson());
    if (!f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace gpudesk
