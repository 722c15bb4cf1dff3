// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/AccountRules.h"
#include "sync/SyncTransport.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace gpudesk {

// What the server answered about its accounts, or its (or the transport's) code for why not
// (words for it: SyncMessages). A password the server made is here once and nowhere else.
struct AccountsReply
{
    bool ok = false;
    QString code;
    QJsonObject params;
    QString detail; // technical, for the details; never a password or token
    QList<UserDraft> accounts; // list
    UserDraft account;         // create, update
    QString generatedPassword; // create or reset with a password made by the server
};

// The server's account administration (/api/users, /api/me/password) for a signed-in
// administrator's desktop. Each call blocks on the transport: run it on a worker thread.
namespace ServerAccounts {

AccountsReply list(SyncTransport &transport);
// An empty `password` asks the server to make one (returned once in generatedPassword).
AccountsReply create(SyncTransport &transport, const UserDraft &user, const QString &password);
// Name, e-mail, role and disabled as `user` has them.
AccountsReply update(SyncTransport &transport, const UserDraft &user);
// An empty `password` asks the server to make one. The user's sessions end either way.
AccountsReply resetPassword(SyncTransport &transport, const QString &userId,
                            const QString &password);
// The signed-in user's own password; their other sessions end.
AccountsReply changeOwnPassword(SyncTransport &transport, const QString &currentPassword,
                                const QString &newPassword);

// The account rules' view of `user` among the server's accounts (unique login, the active
// administrators besides them), as the local profile's users page builds it from its table.
AccountContext context(const QList<UserDraft> &accounts, const UserDraft &user,
                       const QString &currentUserId);

} // namespace ServerAccounts
} // namespace gpudesk
