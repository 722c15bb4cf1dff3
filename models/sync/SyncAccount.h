// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/SyncTransport.h"

#include <QJsonObject>
#include <QString>

namespace gpudesk {

// Signing in to the server: the account and its bearer token, or the server's or the
// transport's code for why not (words for it: SyncMessages).
struct SignInResult
{
    bool ok = false;
    QString code;
    QJsonObject params;
    QString detail;
    QString token;
    QString userId;
    QString login;
    QString displayName;
    QString role;
    qint64 expiresAt = 0;
};

namespace SyncAccount {

SignInResult signIn(SyncTransport &transport, const QString &login, const QString &password);
// Ends the session on the server (the token stops working); false when the server was not
// reached, in which case the token simply expires there.
bool signOut(SyncTransport &transport);

} // namespace SyncAccount
} // namespace gpudesk
