// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/SyncSeed.h"
#include "ServerLog.h"
#include "SqliteServerStore.h"
#include "SyncEndpoint.h"
#include "store/SyncedTables.h"
#include "sync/SyncEngine.h"
#include "sync/SyncValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <functional>
#include <random>

// The simulation's world: the server's store in-process (restartable), reached through the same
// code the HTTPS routes run (SyncEndpoint), by a transport that drops requests, loses answers
// after the server committed, delivers twice and cuts pulls between pages.
namespace gpudesk::test {

struct SimServer
{
    QString databasePath;
    QString headPath;
    std::unique_ptr<SqliteServerStore> store;
    int restarts = 0;

    bool open()
    {
        QString error;
        store = SqliteServerStore::open(databasePath, headPath, true, &error);
        if (!store)
            qWarning("server store: %s", qPrintable(error));
        return bool(store);
    }
    bool restart()
    {
        store.reset();
        ++restarts;
        return open();
    }
};

// How often things go wrong, per exchange.
struct Faults
{
    double dropRequest = 0.08; // never reaches the server
    double loseAnswer = 0.08;  // the server committed; the answer is lost
    double duplicate = 0.05;   // delivered twice
};

class SimTransport final : public SyncTransport
{
public:
    SimTransport(SimServer &server, const SyncCaller &caller, std::mt19937 &rng)
        : m_server(server), m_caller(caller), m_rng(rng)
    {
    }

    bool faulty = true;
    Faults faults;
    QStringList sent; // every mutation id that reached the server at least once
    // Sees every pull answer delivered to this client; returns a problem or an empty string.
    std::function<QString(const QByteArray &)> inspect;
    QStringList problems;

    TransportReply post(const QString &path, const QByteArray &body) override
    {
        TransportReply reply;
        if (faulty && chance(faults.dropRequest)) {
            reply.failure = TransportFailure::Unreachable;
            return reply;
        }
        const bool push = path.endsWith(QStringLiteral("/push"));
        SyncAnswer answer = call(push, body);
        if (faulty && chance(faults.duplicate))
            answer = call(push, body);
        if (!push && answer.status == 200 && inspect) {
            const QString problem = inspect(answer.body);
            if (!problem.isEmpty())
                problems << problem;
        }
        if (faulty && chance(faults.loseAnswer)) {
            reply.failure = TransportFailure::Unreachable;
            return reply;
        }
        reply.status = answer.status;
        reply.body = answer.body;
        return reply;
    }

private:
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }

    SyncAnswer call(bool push, const QByteArray &body)
    {
        if (push) {
            sync::WireError e;
            if (const auto request = sync::decodePushRequest(body, &e)) {
                for (const sync::ClientTransaction &tx : request->transactions)
                    for (const sync::Mutation &m : tx.mutations)
                        if (!sent.contains(m.id))
                            sent << m.id;
            }
            return SyncEndpoint::push(*m_server.store, m_caller, body);
        }
        return SyncEndpoint::pull(*m_server.store, m_caller, body);
    }

    SimServer &m_server;
    SyncCaller m_caller;
    std::mt19937 &m_rng;
};

// Every row a caller would receive now, by table and id, from a full pull.
inline QHash<QString, QHash<QString, QJsonObject>> fullView(SqliteServerStore &store,
                                                            const SyncCaller &caller)
{
    QHash<QString, QHash<QString, QJsonObject>> view;
    qint64 cursor = 0;
    for (;;) {
        const SyncAnswer a =
            SyncEndpoint::pull(store, caller, sync::encode(sync::PullRequest{cursor, 10000}));
        sync::WireError e;
        const auto page = sync::decodePullPage(a.body, &e);
        if (!page)
            return view;
        for (const sync::PullTable &t : page->tables) {
            for (const QJsonArray &r : sync::rowArrays(t)) {
                QJsonObject o;
                for (int i = 0; i < t.columns.size(); ++i)
                    o.insert(t.columns[i], r.at(i));
                view[t.table].insert(o.value(QStringLiteral("id")).toString(), o);
            }
        }
        cursor = page->cursor;
        if (!page->more)
            return view;
    }
}

// What a client's profile holds of one table, in the wire's form.
inline QHash<QString, QJsonObject> localRows(const QSqlDatabase &db, const QString &table)
{
    QHash<QString, QJsonObject> rows;
    const QList<SyncedTables::Column> cols = SyncedTables::columns(db, table);
    QStringList exprs;
    for (const SyncedTables::Column &c : cols)
        exprs << (c.blob ? QStringLiteral("CASE WHEN %1 IS NULL THEN NULL ELSE hex(%1) END").arg(c.name)
                         : c.name);
    // Identifiers cannot be bound: the table is one of the fixed synced tables, its columns
    // come from the schema.
    if (!SyncedTables::isSynced(table))
        return rows;
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM %2").arg(exprs.join(QStringLiteral(", ")), table)) ||
        !q.exec())
        return rows;
    while (q.next()) {
        QJsonObject o;
        for (int i = 0; i < cols.size(); ++i)
            o.insert(cols[i].name, syncvalue::fromSql(q.value(i), false));
        rows.insert(o.value(QStringLiteral("id")).toString(), o);
    }
    return rows;
}

} // namespace gpudesk::test
