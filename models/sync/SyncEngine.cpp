// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncEngine.h"

#include "store/Store.h"
#include "sync/OutboxQueue.h"
#include "sync/RowWriter.h"
#include "sync/SyncState.h"
#include "sync/TransportError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace gpudesk::sync;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
};

using Result = SyncRunReport::Result;

bool stop(SyncRunReport *report, Result result, const QString &code, const QString &detail = {},
          const QJsonObject &params = {})
{
    report->result = result;
    report->code = code;
    report->detail = detail;
    report->params = params;
    return false;
}

} // namespace

SyncEngine::SyncEngine(Store &store, const QSqlDatabase &connection, SyncTransport &transport)
    : m_store(store), m_db(connection), m_statements(connection), m_transport(transport)
{
}

bool SyncEngine::write(const std::function<bool(QSqlDatabase &, QSet<QString> &, QString *)> &fn,
                       SyncRunReport *report)
{
    QString error;
    const bool ok = m_db.connectionName() == m_store.connectionName()
                        ? m_store.write(fn, &error, Store::Capture::Uncaptured)
                        : m_store.writeFromWorker(m_db, fn, &error, Store::Capture::Uncaptured);
    if (!ok)
        stop(report, Result::Failed, u"profile.write_failed"_s, error);
    return ok;
}

bool SyncEngine::exchange(const QString &path, const QByteArray &body, SyncRunReport *report,
                          QByteArray *answer)
{
    QElapsedTimer timer;
    timer.start();
    const TransportReply reply = m_transport.post(path, body);
    report->waitMs += timer.elapsed();
    return interpret(reply, report, answer);
}

bool SyncEngine::interpret(const TransportReply &reply, SyncRunReport *report, QByteArray *answer)
{
    if (const auto failed = TransportErrors::failure(reply)) {
        Result result = Result::Failed;
        switch (reply.failure) {
        case TransportFailure::Unreachable:
        case TransportFailure::Timeout:
            result = Result::Offline;
            break;
        case TransportFailure::TlsUntrusted:
        case TransportFailure::CertificateChanged:
            result = Result::Refused;
            break;
        case TransportFailure::Cancelled:
            return stop(report, Result::Cancelled, failed->code);
        case TransportFailure::None:
        case TransportFailure::Other:
            break;
        }
        return stop(report, result, failed->code, reply.detail, failed->params);
    }
    if (reply.status == 200) {
        *answer = reply.body;
        return true;
    }
    const auto [code, params] = TransportErrors::refusal(reply.body);
    const QString detail = u"HTTP %1"_s.arg(reply.status);
    if (reply.status == 401)
        return stop(report, Result::SignedOut, code.isEmpty() ? u"auth.required"_s : code, detail);
    if (reply.status == 429 || reply.status == 503)
        return stop(report, Result::Offline, code.isEmpty() ? u"server.busy"_s : code, detail,
                    params);
    if (reply.status >= 500)
        return stop(report, Result::Failed, code.isEmpty() ? u"server.internal"_s : code, detail);
    return stop(report, Result::Refused, code.isEmpty() ? u"request.failed"_s : code, detail,
                params);
}

bool SyncEngine::push(SyncRunReport *report, const Progress &progress, const Cancelled &cancelled)
{
    OutboxQueue queue(m_db);
    QString error;
    if (!write([&queue](QSqlDatabase &, QSet<QString> &, QString *err) {
            return queue.coalesce(err) >= 0;
        },
               report))
        return false;
    const int total = std::max(1, queue.pendingCount());
    int sent = 0;
    for (;;) {
        if (cancelled && cancelled())
            return stop(report, Result::Cancelled, u"sync.cancelled"_s);
        const PushRequest batch = queue.nextBatch(m_pushBatch, &error);
        if (!error.isEmpty())
            return stop(report, Result::Failed, u"profile.read_failed"_s, error);
        if (batch.transactions.isEmpty())
            return true;
        // Once sent, never changed: a repeat after a cut is the same push, answered from the
        // server's record.
        if (!write([&](QSqlDatabase &, QSet<QString> &, QString *err) {
                return queue.markSent(batch, Store::nowMs(), err);
            },
                   report))
            return false;
        QByteArray answer;
        if (!exchange(u"/api/sync/push"_s, encode(batch), report, &answer))
            return false;
        WireError wireError;
        const auto response = decodePushResponse(answer, &wireError);
        if (!response)
            return stop(report, Result::Failed, wireError.code,
                        QString::fromUtf8(QJsonDocument(wireError.params).toJson()));
        int mutations = 0;
        for (const ClientTransaction &tx : batch.transactions)
            mutations += int(tx.mutations.size());
        // Every mutation gets its answer; anything else would send the same batch forever.
        if (response->results.size() != mutations)
            return stop(report, Result::Failed, u"sync.incomplete_answer"_s);
        if (!write(
                [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
                    return PushResults::apply(db, response->results, changed, &report->push,
                                              err, &m_statements);
                },
                report))
            return false;
        sent += mutations;
        if (progress)
            progress(std::min(20, 20 * sent / total), Text::tr("Sending changes…"));
    }
}

bool SyncEngine::pull(SyncRunReport *report, const Progress &progress, const Cancelled &cancelled)
{
    const SyncProgressState state = SyncState::progress(m_db);
    qint64 cursor = state.cursor;
    QString serverId = state.serverId;
    const qint64 start = cursor;
    const QString path = u"/api/sync/pull"_s;
    m_transport.begin(path, encode(PullRequest{cursor, m_pullLimit}));
    for (;;) {
        QElapsedTimer timer;
        timer.start();
        const TransportReply reply = m_transport.finish();
        report->waitMs += timer.restart();
        QByteArray answer;
        if (!interpret(reply, report, &answer))
            return false;
        WireError wireError;
        const auto page = decodePullPage(answer, &wireError);
        report->decodeMs += timer.restart();
        if (!page)
            return stop(report, Result::Failed, wireError.code,
                        QString::fromUtf8(QJsonDocument(wireError.params).toJson()));
        if (!serverId.isEmpty() && page->serverId != serverId && cursor > 0) {
            // Another server database: its cursor means nothing here. Start over.
            serverId = page->serverId;
            cursor = 0;
            m_transport.begin(path, encode(PullRequest{cursor, m_pullLimit}));
            continue;
        }
        serverId = page->serverId;
        // The server prepares the next page while this one is written.
        const bool more = page->more && !(cancelled && cancelled());
        if (more)
            m_transport.begin(path, encode(PullRequest{page->cursor, m_pullLimit}));
        int rows = 0;
        const bool written = write(
            [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
                RowWriter writer(db, &m_statements);
                if (!writer.loadPending(err) || !writer.deferDerived(err))
                    return false;
                for (const PullTable &t : page->tables) {
                    if (!writer.upsertRows(t.table, t.columns, t.rows, t.rowCount, err))
                        return false;
                    rows += int(t.rowCount);
                    changed << t.table;
                }
                for (const PullGone &g : page->gone) {
                    for (const QString &id : g.ids) {
                        if (!writer.remove(g.table, id, err))
                            return false;
                    }
                    changed << g.table;
                }
                return writer.finishDeferred(err) &&
                       SyncState::setCursor(db, page->cursor, page->serverId, err);
            },
            report);
        report->applyMs += timer.elapsed();
        if (!written) {
            if (more)
                m_transport.finish(); // the page asked for ahead is not wanted any more
            return false;
        }
        report->pulledRows += rows;
        ++report->pages;
        cursor = page->cursor;
        if (progress && page->high > start) {
            const qint64 done = std::min(cursor, page->high) - start;
            progress(20 + int(80 * done / (page->high - start)), Text::tr("Receiving changes…"));
        }
        if (!page->more)
            return true;
        if (!more)
            return stop(report, Result::Cancelled, u"sync.cancelled"_s);
    }
}

SyncRunReport SyncEngine::run(const Progress &progress, const Cancelled &cancelled)
{
    SyncRunReport report;
    // The server keeps the data whole; pages may arrive children first, so this connection does
    // not check foreign keys while it applies them. A first sync writes the whole database: a
    // larger cache and one checkpoint at the end instead of one every few pages.
    QSqlQuery q(m_db);
    q.exec(u"PRAGMA foreign_keys = OFF"_s);
    q.exec(u"PRAGMA cache_size = -131072"_s);
    q.exec(u"PRAGMA wal_autocheckpoint = 0"_s);
    if (progress)
        progress(0, Text::tr("Sending changes…"));
    const bool ok = push(&report, progress, cancelled) && pull(&report, progress, cancelled);
    q.exec(u"PRAGMA foreign_keys = ON"_s);
    q.exec(u"PRAGMA wal_autocheckpoint = 1000"_s);
    q.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
    q.exec(u"PRAGMA cache_size = -32768"_s);
    if (!ok)
        return report;
    write(
        [](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            changed << u"sync_state"_s;
            return SyncState::setLastSuccess(db, Store::nowMs(), err);
        },
        &report);
    if (progress)
        progress(100, Text::tr("In sync"));
    return report;
}

} // namespace gpudesk
