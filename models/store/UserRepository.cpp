// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserRepository.h"

#include "Store.h"
#include "rules/AccountRules.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {
constexpr int kHashBytes = 32;
constexpr int kSaltBytes = 16;

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, kHashBytes);
}

// Compares without stopping at the first difference, so the time says nothing of the hash.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QString storedHash(QSqlDatabase db, const QString &userId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT password_hash FROM local_credentials WHERE user_id = ?"_s);
    q.addBindValue(userId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
} // namespace

QList<UserInfo> UserRepository::activeUsers() const
{
    QList<UserInfo> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT u.id, u.login, u.display_name, u.role, c.user_id IS NOT NULL FROM users u "
               "LEFT JOIN local_credentials c ON c.user_id = u.id WHERE u.deleted = 0 AND "
               "u.disabled = 0 ORDER BY CASE u.role WHEN 'program_officer' THEN 0 WHEN "
               "'administrator' THEN 1 WHEN 'manager' THEN 2 ELSE 3 END, u.login"_s)) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toBool()});
    }
    return out;
}

std::optional<UserInfo> UserRepository::user(const QString &id) const
{
    for (const UserInfo &u : activeUsers()) {
        if (u.id == id)
            return u;
    }
    return std::nullopt;
}

bool UserRepository::verifyPassword(const QString &userId, const QString &password) const
{
    const QString stored = storedHash(m_store.db(), userId);
    if (stored.isEmpty())
        return true;
    const QStringList parts = stored.split(u'$');
    bool ok = false;
    const int iterations = parts.value(1).toInt(&ok);
    if (parts.size() != 4 || parts[0] != u"pbkdf2-sha256" || !ok || iterations < 1)
        return false; // an unknown format never lets anyone in
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    return sameBytes(derive(password, salt, iterations), expected);
}

bool UserRepository::storePassword(QSqlDatabase &db, const QString &userId, const QString &login,
                                   const QString &password, QString *error)
{
    const QStringList problems = passwordProblems(password, login);
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(u' ');
        return false;
    }
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          kSaltBytes / int(sizeof(quint32)));
    const QString encoded =
        u"pbkdf2-sha256$%1$%2$%3"_s.arg(kIterations)
            .arg(QString::fromLatin1(salt.toBase64()),
                 QString::fromLatin1(derive(password, salt, kIterations).toBase64()));
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO local_credentials (user_id, password_hash) VALUES (?, ?) "
              "ON CONFLICT (user_id) DO UPDATE SET password_hash = excluded.password_hash"_s);
    q.addBindValue(userId);
    q.addBindValue(encoded);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

bool UserRepository::setPassword(const QString &userId, const QString &password, QString *error)
{
    const QStringList problems = passwordProblems(password, QString());
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(u' ');
        return false;
    }
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            if (!storePassword(db, userId, QString(), password, err))
                return false;
            changed << u"local_credentials"_s;
            return true;
        },
        error);
}

} // namespace gpudesk
