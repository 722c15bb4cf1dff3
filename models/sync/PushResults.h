// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/SyncWire.h"

#include <QSet>
#include <QSqlDatabase>

namespace gpudesk {

class StatementCache;

// How a push ended, mutation by mutation.
struct PushTally
{
    int applied = 0;
    int conflicts = 0;
    int rejected = 0;
};

// What the desktop does with the server's answers to a push, inside a write the caller opened
// with capture off (docs/sync.md, "The desktop engine"): applied → the outbox row goes and the
// row takes its new version; conflict → the row takes the server's values and a conflict record
// waits for the user; rejected → the change is undone (the server's row restored, or removed
// when the server has none) and listed with its reason. Local edits still waiting for the same
// row are re-applied on top. Answers to mutations no longer in the outbox are ignored (a repeat).
namespace PushResults {

// `statements` keeps prepared statements across calls on the same connection (optional).
bool apply(QSqlDatabase &db, const QList<sync::MutationResult> &results, QSet<QString> &changed,
           PushTally *tally, QString *error, StatementCache *statements = nullptr);

} // namespace PushResults
} // namespace gpudesk
