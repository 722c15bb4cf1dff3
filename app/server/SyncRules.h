// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace gpudesk {

// Why the server refused a transaction: a code with the parameters the desktop words it with.
struct SyncRefusal
{
    QString code;
    QJsonObject params;
};

// What must hold across every desktop's changes (docs/sync.md, "Global rules"), decided on the
// server's database inside the push's transaction with the models/rules code the desktop uses.
namespace SyncRules {

// Each pool's committed nodes now (the capacity cut's figure), by pool id.
bool poolCommitments(const QSqlDatabase &db, QHash<QString, int> *committed, QString *error);

// No pool may end over its capacity because of this transaction: a pool that is over and holds
// more than `before` is refused. nullopt when every pool is fine (or only got better).
std::optional<SyncRefusal> checkPools(const QSqlDatabase &db, const QHash<QString, int> &before,
                                      QString *error);

// No node booked twice: no allocation of these applications, as stored, overlaps another
// application's on the same node; then the allocation rules on what each holds now. nullopt when
// both hold.
std::optional<SyncRefusal> checkAllocations(const QSqlDatabase &db,
                                            const QSet<QString> &applicationIds, QString *error);

// The server's rules on accounts (as /api/users keeps them): at least one active administrator
// remains, and the caller, when `changedUsers` holds them, has not demoted, disabled or deleted
// themselves. nullopt when both hold.
std::optional<SyncRefusal> checkAdministrators(const QSqlDatabase &db, const QString &callerId,
                                               const QSet<QString> &changedUsers, QString *error);

} // namespace SyncRules
} // namespace gpudesk
