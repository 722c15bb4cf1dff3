// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxQueue.h"

#include "sync/SyncValues.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace gpudesk::sync;

namespace gpudesk {
namespace {

struct Row
{
    qint64 seq = 0;
    QString mutationId;
    qint64 txId = 0;
    QString table;
    QString rowId;
    QString op;
    qint64 base = 0;
    QJsonObject changes;
    bool sent = false;
    bool merged = false; // changed by coalescing: to be written back

    QString key() const { return table + u'\n' + rowId; }
};

struct Tx
{
    qint64 id = 0;
    QList<Row> rows;
    bool sent = false; // any of its rows went out

    // Each row once: a transaction that wrote one row twice is left as it is.
    bool rowsOnce(QSet<QString> *keys) const
    {
        for (const Row &r : rows) {
            if (keys->contains(r.key()))
                return false;
            keys->insert(r.key());
        }
        return true;
    }
};

bool readAll(const QSqlDatabase &db, QList<Tx> *txs, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT seq, mutation_id, tx_id, table_name, row_id, op, base_version, changes, "
                "sent_at FROM outbox ORDER BY seq"_s)) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        Row r{q.value(0).toLongLong(),
              q.value(1).toString(),
              q.value(2).toLongLong(),
              q.value(3).toString(),
              q.value(4).toString(),
              q.value(5).toString(),
              q.value(6).toLongLong(),
              QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object(),
              q.value(8).toLongLong() != 0,
              false};
        if (txs->isEmpty() || txs->last().id != r.txId)
            txs->append(Tx{r.txId, {}, false});
        txs->last().sent = txs->last().sent || r.sent;
        txs->last().rows.append(r);
    }
    return true;
}

// `later` applied on top of `earlier` (same row).
Row merged(const Row &earlier, const Row &later)
{
    Row m = earlier;
    m.merged = true;
    for (auto it = later.changes.begin(); it != later.changes.end(); ++it) {
        const QJsonArray pair = it.value().toArray();
        const QJsonValue old =
            m.changes.contains(it.key()) ? m.changes.value(it.key()).toArray().at(0) : pair.at(0);
        m.changes.insert(it.key(), QJsonArray{old, pair.at(1)});
    }
    if (earlier.op != u"insert"_s) {
        // Columns back where they started say nothing any more.
        for (const QString &k : m.changes.keys()) {
            const QJsonArray pair = m.changes.value(k).toArray();
            if (syncvalue::same(pair.at(0), pair.at(1)))
                m.changes.remove(k);
        }
        const QJsonArray deleted = m.changes.value(u"deleted"_s).toArray();
        m.op = !deleted.isEmpty() && deleted.at(1).toInt() != 0 ? u"delete"_s : u"update"_s;
    }
    return m;
}

} // namespace

int OutboxQueue::coalesce(QString *error)
{
    QList<Tx> txs;
    if (!readAll(m_db, &txs, error))
        return -1;
    QList<QString> drop; // mutation ids that go
    int previous = -1;   // index of the last transaction kept and never sent
    for (int i = 0; i < txs.size(); ++i) {
        Tx &tx = txs[i];
        if (tx.sent) {
            previous = -1; // never merge across something that went out
            continue;
        }
        QSet<QString> laterKeys;
        QSet<QString> earlierKeys;
        const bool candidate = previous >= 0 && tx.rowsOnce(&laterKeys) &&
                               txs[previous].rowsOnce(&earlierKeys) &&
                               earlierKeys.contains(laterKeys);
        if (!candidate) {
            previous = i;
            continue;
        }
        Tx &into = txs[previous];
        for (const Row &later : std::as_const(tx.rows)) {
            for (Row &earlier : into.rows) {
                if (earlier.key() == later.key()) {
                    earlier = merged(earlier, later);
                    break;
                }
            }
            drop << later.mutationId;
        }
        tx.rows.clear();
    }
    // Write back the rows something merged into.
    QList<Row> rewrite;
    for (const Tx &tx : std::as_const(txs)) {
        for (const Row &r : tx.rows) {
            if (r.merged)
                rewrite << r;
        }
    }
    if (drop.isEmpty())
        return 0;
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM outbox WHERE mutation_id = ? AND sent_at = 0"_s);
    for (const QString &id : std::as_const(drop)) {
        q.addBindValue(id);
        if (!q.exec()) {
            *error = q.lastError().text();
            return -1;
        }
    }
    QSqlQuery u(m_db);
    u.prepare(u"UPDATE outbox SET op = ?, changes = ? WHERE mutation_id = ? AND sent_at = 0"_s);
    QSqlQuery d(m_db);
    d.prepare(u"DELETE FROM outbox WHERE mutation_id = ? AND sent_at = 0"_s);
    int removed = int(drop.size());
    for (const Row &r : std::as_const(rewrite)) {
        if (r.op != u"insert"_s && r.changes.isEmpty()) {
            d.addBindValue(r.mutationId);
            if (!d.exec()) {
                *error = d.lastError().text();
                return -1;
            }
            removed += d.numRowsAffected();
            continue;
        }
        const QString changes =
            QString::fromUtf8(QJsonDocument(r.changes).toJson(QJsonDocument::Compact));
        u.addBindValue(r.op);
        u.addBindValue(changes);
        u.addBindValue(r.mutationId);
        if (!u.exec()) {
            *error = u.lastError().text();
            return -1;
        }
    }
    return removed;
}

PushRequest OutboxQueue::nextBatch(int maxMutations, QString *error) const
{
    PushRequest batch;
    QList<Tx> txs;
    if (!readAll(m_db, &txs, error))
        return batch;
    int count = 0;
    for (const Tx &tx : std::as_const(txs)) {
        if (count > 0 && count + tx.rows.size() > maxMutations)
            break;
        ClientTransaction ct;
        ct.txId = QString::number(tx.id);
        for (const Row &r : tx.rows) {
            Mutation m;
            m.id = r.mutationId;
            m.table = r.table;
            m.rowId = r.rowId;
            m.op = mutationOpFromKey(r.op).value_or(MutationOp::Update);
            m.baseVersion = r.base;
            m.changes = r.changes;
            ct.mutations.append(m);
        }
        count += int(tx.rows.size());
        batch.transactions.append(ct);
        if (count >= maxMutations)
            break;
    }
    return batch;
}

bool OutboxQueue::markSent(const PushRequest &batch, qint64 at, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE outbox SET sent_at = ? WHERE mutation_id = ? AND sent_at = 0"_s);
    for (const ClientTransaction &tx : batch.transactions) {
        for (const Mutation &m : tx.mutations) {
            q.addBindValue(at);
            q.addBindValue(m.id);
            if (!q.exec()) {
                *error = q.lastError().text();
                return false;
            }
        }
    }
    return true;
}

int OutboxQueue::pendingCount() const
{
    QSqlQuery q(m_db);
    return q.exec(u"SELECT count(*) FROM outbox"_s) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace gpudesk
