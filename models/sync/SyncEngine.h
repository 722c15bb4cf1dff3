// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StatementCache.h"
#include "sync/PushResults.h"
#include "sync/SyncTransport.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace gpudesk {

class RowWriter;
class Store;

// How one sync run ended, for the status bar and the log.
struct SyncRunReport
{
    enum class Result
    {
        Done,      // pushed and pulled everything
        Offline,   // the server could not be reached: normal, nothing is lost
        SignedOut, // the server refused the token: sign in again
        Refused,   // TLS trust, a changed certificate, another protocol: the user must act
        Failed,    // the server or the profile failed; the next run starts over from here
        Cancelled
    };
    Result result = Result::Done;
    QString code; // the server's or the transport's code (tls.certificate_changed, ...)
    QJsonObject params;
    QString detail; // technical detail: never a token
    PushTally push;
    int pulledRows = 0;
    int pages = 0;
    // Where the time went, for the details and the benchmarks.
    qint64 waitMs = 0;   // for the server's answers
    qint64 decodeMs = 0; // checking them
    qint64 applyMs = 0;  // writing them to the profile
};

// One sync run on a worker thread (docs/sync.md): coalesce the outbox, push it in batches,
// apply the answers, then pull pages until the server has nothing more, written a few pages at a
// time (up to setApplyRows), each group and the last page's cursor in one transaction with
// capture off. Everything it writes goes through `connection`, a worker
// connection of `store` (or the store's own in a single-threaded test). A cut connection loses
// at most the batch or page in flight; the next run resumes.
class SyncEngine final
{
public:
    using Progress = std::function<void(int percent, const QString &phase)>;
    using Cancelled = std::function<bool()>;

    SyncEngine(Store &store, const QSqlDatabase &connection, SyncTransport &transport);

    SyncRunReport run(const Progress &progress = {}, const Cancelled &cancelled = {});
    // After a large pull, folds the write-ahead log it left into the database: a copy and a disk
    // flush of most of the profile, about a second after a first sync. Apart from run() so that
    // the caller reports the run first; other connections read and write meanwhile. Skipping it
    // loses no data, but the next commit of any connection (often the window's, on its thread)
    // or the close of the last connection then does the fold.
    void foldLog(const SyncRunReport &report);

    // The two halves, for tests and the simulation. Both return false with the report filled
    // when the run must stop.
    bool push(SyncRunReport *report, const Progress &progress, const Cancelled &cancelled);
    bool pull(SyncRunReport *report, const Progress &progress, const Cancelled &cancelled);

    void setPushBatch(int mutations) { m_pushBatch = mutations; }
    void setPullLimit(int rows) { m_pullLimit = rows; }
    // Pages are written together until they hold this many rows (or the server has no more).
    void setApplyRows(int rows) { m_applyRows = rows; }
    // A pull of at least this many changes sets the secondary indexes aside while it writes
    // and builds them once at the end (IndexSetAside).
    void setSetAsideRows(qint64 changes) { m_setAsideRows = changes; }

private:
    bool exchange(const QString &path, const QByteArray &body, SyncRunReport *report,
                  QByteArray *answer);
    bool interpret(const TransportReply &reply, SyncRunReport *report, QByteArray *answer);
    // Where a pull is: the cursor asked for, whether an answer is in flight, and what the
    // last written page said.
    struct PullStream
    {
        QString serverId; // of the pages received
        qint64 asked = 0;
        bool inFlight = false;
        qint64 cursor = 0; // of the last page written
        QString written;   // its server's id
    };
    // Waits for the page in flight and asks for the next; false with the report filled when
    // the run must stop.
    // Asks for the page after `cursor`; the answer is taken by receive().
    void ask(PullStream &stream, qint64 cursor);
    bool receive(PullStream &stream, sync::PullPage *page, SyncRunReport *report,
                 const Cancelled &cancelled);
    static bool applyPage(RowWriter &writer, const sync::PullPage &page, QSet<QString> &changed,
                          int *rows, QString *error);
    bool write(const std::function<bool(QSqlDatabase &, QSet<QString> &, QString *)> &fn,
               SyncRunReport *report);

    Store &m_store;
    QSqlDatabase m_db;
    StatementCache m_statements; // of m_db, for the run
    SyncTransport &m_transport;
    int m_pushBatch = 500;
    int m_pullLimit = 5000;
    int m_applyRows = 50000;
    qint64 m_setAsideRows = 100000;
};

} // namespace gpudesk
