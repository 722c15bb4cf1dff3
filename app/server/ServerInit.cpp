// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerInit.h"

#include "CertificateAuthority.h"
#include "Crypto.h"
#include "ServerConfig.h"
#include "SqliteServerStore.h"
#include "rules/AccountRules.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {
const QString kSystem = u"system"_s;
}

QString ServerInit::databasePath(const QString &dir)
{
    return QDir(dir).filePath(u"server.sqlite"_s);
}

QString ServerInit::auditHeadPath(const QString &dir)
{
    return QDir(dir).filePath(u"audit-head.log"_s);
}

QString ServerInit::caCertPath(const QString &dir)
{
    return QDir(dir).filePath(u"ca.pem"_s);
}

QString ServerInit::caKeyPath(const QString &dir)
{
    return QDir(dir).filePath(u"ca.key"_s);
}

QString ServerInit::generatePassword()
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    const int n = int(sizeof alphabet) - 1; // 56 symbols: 5.8 bits each
    QString out;
    while (out.size() < 21) {
        const QByteArray bytes = Crypto::randomBytes(32);
        if (bytes.isEmpty())
            return {};
        for (const char b : bytes) {
            const int v = static_cast<unsigned char>(b);
            if (v < 256 - 256 % n && out.size() < 21) // no modulo bias
                out += QLatin1Char(alphabet[v % n]);
        }
    }
    return out;
}

bool ServerInit::run(const InitOptions &o, InitReport *report, QString *error)
{
    QDir dir(o.dir);
    if (dir.exists() &&
        !dir.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        *error = u"%1 exists and is not empty: choose a new directory"_s.arg(o.dir);
        return false;
    }
    if (!QDir().mkpath(o.dir) ||
        !QFile::setPermissions(o.dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner)) {
        *error = u"cannot create %1 with mode 0700"_s.arg(o.dir);
        return false;
    }
    if (o.adminPassword.size() < kMinPasswordLength) {
        *error = u"the administrator's password needs at least %1 characters"_s.arg(
            kMinPasswordLength);
        return false;
    }

    // Certificates: localhost and the loopback address always, then what the caller named.
    QStringList hosts = {u"localhost"_s, u"127.0.0.1"_s, u"::1"_s};
    for (const QString &h : o.hosts) {
        if (!hosts.contains(h, Qt::CaseInsensitive))
            hosts.append(h);
    }
    // The first name is the certificate's common name: prefer the first host given.
    if (!o.hosts.isEmpty()) {
        hosts.removeAll(o.hosts.first());
        hosts.prepend(o.hosts.first());
    }
    const QString caName = u"gpudesk private CA (%1)"_s.arg(QHostInfo::localHostName().left(40));
    if (!CertificateAuthority::createCa(caCertPath(o.dir), caKeyPath(o.dir), caName, error) ||
        !CertificateAuthority::issueServer(caCertPath(o.dir), caKeyPath(o.dir), hosts,
                                           dir.filePath(u"server.pem"_s),
                                           dir.filePath(u"server.key"_s), error))
        return false;
    report->caFingerprint = CertificateAuthority::fingerprintSha256(caCertPath(o.dir));
    report->certificateHosts = hosts;

    ServerConfig config;
    config.bindAddress = o.bindAddress;
    config.port = o.port;
    config.scrypt = o.scrypt;
    if (!config.save(o.dir, error))
        return false;

    auto store = SqliteServerStore::open(databasePath(o.dir), auditHeadPath(o.dir), true, error);
    if (!store)
        return false;
    store->sharedStore().setCurrentUser(kSystem, u"gpudesk-server"_s);
    if (store->appendAudit(AuditEvent{kSystem, u"server.init"_s, u"server"_s, QString(),
                                      QJsonObject{{u"hosts"_s, hosts.join(u' ')},
                                                  {u"ca_sha256"_s, report->caFingerprint},
                                                  {u"demo"_s, o.demo}}}) != StoreResult::Ok) {
        *error = u"cannot write the audit log"_s;
        return false;
    }
    if (o.demo &&
        !generateDataset(store->sharedStore(), DatasetKind::Demo, 20251222, &report->demo, error))
        return false;

    const PasswordHasher hasher(o.scrypt);
    const QString adminHash = hasher.hash(o.adminPassword, error);
    if (adminHash.isEmpty())
        return false;
    if (const auto existing = store->userByLogin(o.adminLogin)) {
        // The demo data has an "admin" already: make sure it is an administrator with a password.
        ServerUser admin = *existing;
        const AuditEvent passwordEvent{kSystem, u"user.password_reset"_s, u"user"_s, admin.id, {}};
        admin.role = Role::Administrator;
        admin.disabled = false;
        if (store->updateUser(admin, AuditEvent{kSystem, u"user.update"_s, u"user"_s, admin.id,
                                                QJsonObject{{u"role"_s, roleKey(admin.role)}}}) !=
                StoreResult::Ok ||
            store->setPasswordHash(admin.id, adminHash, QString(), &passwordEvent) !=
                StoreResult::Ok) {
            *error = u"cannot set the administrator's password"_s;
            return false;
        }
    } else {
        ServerUser admin;
        admin.id = Store::newId();
        admin.login = o.adminLogin;
        admin.displayName = u"Administrator"_s;
        admin.role = Role::Administrator;
        if (store->createUser(admin, adminHash,
                              AuditEvent{kSystem, u"user.create"_s, u"user"_s, admin.id,
                                         QJsonObject{{u"login"_s, admin.login},
                                                     {u"role"_s, roleKey(admin.role)}}}) !=
            StoreResult::Ok) {
            *error = u"cannot create the administrator"_s;
            return false;
        }
    }

    if (o.demo) {
        // A few demo accounts get one shared password, so the roles can be tried at once.
        report->demoPassword = generatePassword();
        for (const QString &login : {u"officer"_s, u"officer2"_s, u"manager"_s, u"reviewer01"_s,
                                     u"reviewer02"_s, u"reviewer03"_s}) {
            const auto user = store->userByLogin(login);
            const QString hash = user ? hasher.hash(report->demoPassword, error) : QString();
            if (!user || hash.isEmpty())
                continue;
            const AuditEvent event{kSystem, u"user.password_reset"_s, u"user"_s, user->id, {}};
            if (store->setPasswordHash(user->id, hash, QString(), &event) == StoreResult::Ok)
                report->demoLogins << login;
        }
    }
    return true;
}

} // namespace gpudesk
