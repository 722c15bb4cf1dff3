// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/SyncWire.h"

#include <QSqlDatabase>
#include <QStringList>

namespace gpudesk {

// The desktop's outbox as the push sees it: coalescing, batches cut at transaction boundaries,
// and what went out. Works on the connection it is given, inside writes the caller opens.
class OutboxQueue final
{
public:
    explicit OutboxQueue(const QSqlDatabase &db) : m_db(db) {}

    // Merges a transaction never sent into the previous one never sent when it touches only rows
    // that one touched (review drafts saved as the reviewer types become one mutation): old values
    // from the first, new values from the last; a column set back to its old value drops out,
    // and a mutation left with nothing to say goes. Returns how many outbox rows went, or -1.
    int coalesce(QString *error);

    // The oldest transactions, whole, up to about `maxMutations` mutations (one transaction may
    // exceed it); empty when nothing waits.
    sync::PushRequest nextBatch(int maxMutations, QString *error) const;
    // Remembers that these mutations went out: they never change again.
    bool markSent(const sync::PushRequest &batch, qint64 at, QString *error);

    int pendingCount() const;

private:
    QSqlDatabase m_db;
};

} // namespace gpudesk
