// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace gpudesk {

class Store;

struct UserInfo
{
    QString id;
    QString login;
    QString displayName;
    QString roleKey;
    bool hasPassword = false; // a local password guards signing in as this user
};

// The users of a profile and their local passwords (local_credentials, never synced). Passwords
// are kept as PBKDF2-HMAC-SHA256 with a random salt: "pbkdf2-sha256$iterations$salt$hash" with
// base64 salt and hash; the plain text is never stored or logged.
class UserRepository final
{
public:
    explicit UserRepository(Store &store) : m_store(store) {}

    // Active (not disabled, not deleted) users, by role then display name.
    QList<UserInfo> activeUsers() const;
    std::optional<UserInfo> user(const QString &id) const;

    // True when the user has no local password, or `password` matches it.
    bool verifyPassword(const QString &userId, const QString &password) const;
    // Sets or replaces the user's local password; refuses one that passwordProblems() rejects.
    bool setPassword(const QString &userId, const QString &password, QString *error);
    // The same inside the caller's Store::write (the caller adds "local_credentials" to its
    // changed tables): the password is checked, salted and hashed, never stored or logged.
    static bool storePassword(QSqlDatabase &db, const QString &userId, const QString &login,
                              const QString &password, QString *error);

    static constexpr int kIterations = 310000;

private:
    Store &m_store;
};

} // namespace gpudesk
