// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Store.h"

#include <QString>

namespace gpudesk {

// Where profiles live and how the desktop picks the user a session runs as.
namespace Profiles {

// The per-user local data folder (on Windows %LOCALAPPDATA%, never a roaming folder: WAL needs a
// local disk) + profiles/.
QString folder();
QString demoProfilePath();

struct User
{
    QString id;
    QString login;
    QString displayName;
    QString roleKey;
};

// The user with `login`, or the first program officer, administrator, manager, reviewer (in that
// order) when login is empty. A profile without users gets a local administrator named after the
// operating-system account.
bool resolveUser(Store &store, const QString &login, User *user, QString *error);

} // namespace Profiles
} // namespace gpudesk
