// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncEngine.h"

#include "store/IndexSetAside.h"
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

// Rows pulled in one run beyond which foldLog() checkpoints the log.
constexpr int kCheckpointRows = 20000;
// How long a group's write stays open waiting for the next page before it commits.
constexpr int kHoldMs = 100;

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
    const bool ok = m_store.writeOn(m_db, fn, &error, Store::Capture::Uncaptured);
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

bool SyncEngine::applyPage(RowWriter &writer, const PullPage &page, QSet<QString> &changed,
                           int *rows, QString *error)
{
    for (const PullTable &t : page.tables) {
        if (!writer.upsertRows(t.table, t.columns, t.rows, t.rowCount, error))
            return false;
        *rows += int(t.rowCount);
        changed << t.table;
    }
    for (const PullGone &g : page.gone) {
        for (const QString &id : g.ids) {
            if (!writer.remove(g.table, id, error))
                return false;
        }
        changed << g.table;
    }
    return true;
}

bool SyncEngine::receive(PullStream &stream, PullPage *page, SyncRunReport *report,
                         const Cancelled &cancelled)
{
    for (;;) {
        QElapsedTimer timer;
        timer.start();
        const TransportReply reply = m_transport.finish();
        stream.inFlight = false;
        report->waitMs += timer.restart();
        QByteArray answer;
        if (!interpret(reply, report, &answer))
            return false;
        WireError wireError;
        auto decoded = decodePullPage(answer, &wireError);
        report->decodeMs += timer.restart();
        if (!decoded)
            return stop(report, Result::Failed, wireError.code,
                        QString::fromUtf8(QJsonDocument(wireError.params).toJson()));
        if (!stream.serverId.isEmpty() && decoded->serverId != stream.serverId &&
            stream.asked > 0) {
            // Another server database: its cursor means nothing here. Start over.
            stream.serverId = decoded->serverId;
            ask(stream, 0);
            continue;
        }
        stream.serverId = decoded->serverId;
        // The server prepares the next page while this one is written.
        if (decoded->more && !(cancelled && cancelled()))
            ask(stream, decoded->cursor);
        *page = std::move(*decoded);
        return true;
    }
}

void SyncEngine::ask(PullStream &stream, qint64 cursor)
{
    stream.asked = cursor;
    m_transport.begin(u"/api/sync/pull"_s, encode(PullRequest{cursor, m_pullLimit}));
    stream.inFlight = true;
}

bool SyncEngine::pull(SyncRunReport *report, const Progress &progress, const Cancelled &cancelled)
{
    const SyncProgressState state = SyncState::progress(m_db);
    const qint64 start = state.cursor; // what the profile holds
    PullStream stream;
    stream.serverId = state.serverId;
    ask(stream, start);
    PullPage page;
    if (!receive(stream, &page, report, cancelled))
        return false;
    // A large pull builds the secondary indexes once at its end (run() puts them back).
    if (page.high - start >= m_setAsideRows &&
        !write([](QSqlDatabase &db, QSet<QString> &, QString *err) {
            return IndexSetAside::setAside(db, err) >= 0;
        },
               report)) {
        if (stream.inFlight)
            m_transport.finish();
        return false;
    }
    // Pages are written as they arrive, several in one transaction (each commit rewrites every
    // index page the rows touched), while the server prepares the next. A group ends at
    // m_applyRows rows, when the next page is slow to come (the write is not held open for the
    // network), or when the run must stop: what arrived before a cut connection is kept.
    for (;;) {
        bool halted = false;
        int rows = 0;
        int pages = 0;
        qint64 high = 0;
        QElapsedTimer timer;
        timer.start();
        const qint64 waitedBefore = report->waitMs + report->decodeMs;
        const bool written = write(
            [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
                RowWriter writer(db, &m_statements);
                if (!writer.loadPending(err) || !writer.deferDerived(err))
                    return false;
                for (;;) {
                    if (!applyPage(writer, page, changed, &rows, err))
                        return false;
                    ++pages;
                    high = page.high;
                    stream.cursor = page.cursor;
                    stream.written = page.serverId;
                    if (!stream.inFlight || rows >= m_applyRows)
                        break;
                    QElapsedTimer held;
                    held.start();
                    const bool arrived = m_transport.ready(kHoldMs);
                    report->waitMs += held.elapsed();
                    if (!arrived)
                        break;
                    if (!receive(stream, &page, report, cancelled)) {
                        halted = true; // the report says why; keep what was written
                        break;
                    }
                }
                return writer.finishDeferred(err) &&
                       SyncState::setCursor(db, stream.cursor, stream.written, err);
            },
            report);
        report->applyMs += timer.elapsed() - (report->waitMs + report->decodeMs - waitedBefore);
        if (!written) {
            if (stream.inFlight)
                m_transport.finish(); // the page asked for ahead is not wanted any more
            return false;
        }
        report->pulledRows += rows;
        report->pages += pages;
        if (progress && high > start) {
            const qint64 done = std::min(stream.cursor, high) - start;
            progress(20 + int(80 * done / (high - start)), Text::tr("Receiving changes…"));
        }
        if (halted)
            return false;
        if (!stream.inFlight)
            return page.more ? stop(report, Result::Cancelled, u"sync.cancelled"_s) : true;
        if (!receive(stream, &page, report, cancelled))
            return false;
    }
}

SyncRunReport SyncEngine::run(const Progress &progress, const Cancelled &cancelled)
{
    SyncRunReport report;
    // The server keeps the data whole; pages may arrive children first, so this connection does
    // not check foreign keys while it applies them. A first sync writes the whole database: a
    // larger cache, and no checkpoint while it writes (foldLog() does one after it).
    QSqlQuery q(m_db);
    q.exec(u"PRAGMA foreign_keys = OFF"_s);
    q.exec(u"PRAGMA cache_size = -131072"_s);
    q.exec(u"PRAGMA wal_autocheckpoint = 0"_s);
    if (progress)
        progress(0, Text::tr("Sending changes…"));
    const bool ok = push(&report, progress, cancelled) && pull(&report, progress, cancelled);
    // Indexes a large pull set aside are built again whatever ended it. Should that fail, the
    // profile keeps them recorded and builds them when it is next opened.
    QString restoreError;
    const bool restored = IndexSetAside::restore(m_db, &restoreError);
    q.exec(u"PRAGMA foreign_keys = ON"_s);
    q.exec(u"PRAGMA cache_size = -32768"_s);
    if (ok && !restored)
        stop(&report, Result::Failed, u"profile.write_failed"_s, restoreError);
    if (ok && restored) {
        write(
            [](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
                changed << u"sync_state"_s;
                return SyncState::setLastSuccess(db, Store::nowMs(), err);
            },
            &report);
    }
    // Setting this checkpoints nothing by itself: the log is folded by foldLog(), or else by the
    // next commit of any connection.
    q.exec(u"PRAGMA wal_autocheckpoint = 1000"_s);
    if (report.result == Result::Done && progress)
        progress(100, Text::tr("In sync"));
    return report;
}

void SyncEngine::foldLog(const SyncRunReport &report)
{
    // After a small pull the next commit's automatic checkpoint is enough.
    if (report.pulledRows < kCheckpointRows)
        return;
    QSqlQuery q(m_db);
    q.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
}

} // namespace gpudesk
