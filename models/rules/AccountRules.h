// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ValidationIssue.h"

#include <QSet>
#include <QString>
#include <QStringList>

// The rules of a profile's local accounts: what a user record must be, which changes would lock
// everyone out of administration, and what a password must be. Pure functions; the users page
// shows the issues, the repository refuses the same writes.
namespace gpudesk {

struct UserDraft
{
    QString id; // empty for a new user
    QString login;
    QString displayName;
    QString email;
    QString roleKey = QStringLiteral("program_officer");
    bool disabled = false;
};

struct AccountContext
{
    QSet<QString> otherLogins;     // lower-case logins of every other user (disabled ones too)
    int otherActiveAdministrators = 0; // active administrators besides this user
    QString currentUserId;         // who is making the change
    QString savedRoleKey;          // the user's role as stored; empty for a new user
    bool savedDisabled = false;
};

// Fields: login, displayName, email, role, disabled.
ValidationIssues validateUser(const UserDraft &user, const AccountContext &context);

// The shortest new password, on the desktop and on the server alike.
inline constexpr int kMinPasswordLength = 10;

// What is wrong with a new password (at least kMinPasswordLength characters, at most 256, not the
// login itself);
// empty when it may be used. Never quotes the password.
QStringList passwordProblems(const QString &password, const QString &login);

} // namespace gpudesk
