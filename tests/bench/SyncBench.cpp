// SPDX-License-Identifier: GPL-3.0-or-later
// Sync over TLS on loopback against an in-process gpudesk-server holding the scale dataset
// (a copy of the scale profile made into a server database once, in bench-data/sync-server):
//   first_sync_ms            a new officer desktop's first sync (push nothing, pull everything),
//                            to its outcome: the log is folded after it, as in the window
//   first_sync_fold_ms       that fold, while the window already shows the outcome (reported)
//   incremental_sync_100_ms  a synced desktop pushes 100 changes and pulls 100 others
//   concurrent_*             200 clients, each pushing one change and pulling once a second
//                            (SyncLoadBench.cpp)
#include "SyncBenchServer.h"
#include "store/Store.h"

#include "sync/HttpsTransport.h"
#include "sync/SyncAccount.h"
#include "sync/SyncEngine.h"
#include "sync/SyncState.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

bool detail()
{
    return qEnvironmentVariableIsSet("GPUDESK_BENCH_DETAIL");
}

// CPU time of the whole process (desktop and in-process server), in ms: on a shared machine the
// wall clock says more about the neighbours than about the code.
double processCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
           (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

struct Desktop
{
    std::unique_ptr<Store> store;
    std::unique_ptr<HttpsTransport> transport;

    bool open(const QString &path, SyncBenchServer &server)
    {
        OpenOutcome outcome;
        store = Store::open(path, OpenOptions{}, &outcome);
        if (!store)
            return false;
        transport = std::make_unique<HttpsTransport>(server.url(), server.caPem(), QString());
        transport->setToken(server.token());
        store->setCurrentUser(server.userId(), u"bench"_s);
        return true;
    }

    // A run as the window does it: the outcome is shown, then the log of a large pull is folded
    // while the user works. `runMs` is the time to the outcome, `foldMs` the fold's after it.
    SyncRunReport sync(double *runMs = nullptr, double *foldMs = nullptr)
    {
        SyncEngine engine(*store, store->db(), *transport);
        QElapsedTimer timer;
        timer.start();
        const SyncRunReport report = engine.run();
        const qint64 ran = timer.nsecsElapsed();
        engine.foldLog(report);
        if (runMs)
            *runMs = double(ran) / 1e6;
        if (foldMs)
            *foldMs = double(timer.nsecsElapsed() - ran) / 1e6;
        return report;
    }
};

struct FirstSync
{
    double runMs = 0;  // median
    double foldMs = 0; // median
};

FirstSync measureFirstSync()
{
    SyncBenchServer &server = SyncBenchServer::instance();
    QList<double> times;
    QList<double> folds;
    for (int i = 0; i < bench::runs(); ++i) {
        QTemporaryDir dir;
        Desktop d;
        if (!d.open(dir.filePath(u"first.sqlite"_s), server))
            qFatal("first_sync: cannot create a profile");
        const double cpu = processCpuMs();
        double ms = 0;
        double foldMs = 0;
        const SyncRunReport r = d.sync(&ms, &foldMs);
        if (r.result != SyncRunReport::Result::Done)
            qFatal("first_sync: %s %s", qPrintable(r.code), qPrintable(r.detail));
        if (detail())
            std::fprintf(stderr,
                         "first_sync: %.0f ms, %d rows in %d pages (waiting %lld ms, decoding %lld "
                         "ms, applying %lld ms; then the log folded in %.0f ms; CPU of "
                         "desktop and server for both %.0f ms)\n",
                         ms, r.pulledRows, r.pages, r.waitMs, r.decodeMs, r.applyMs,
                         foldMs, processCpuMs() - cpu);
        times << ms;
        folds << foldMs;
        // The copy for the incremental figure: a desktop in sync.
        if (i == 0) {
            d.store.reset();
            QFile::remove(server.syncedProfilePath());
            QFile::copy(dir.filePath(u"first.sqlite"_s), server.syncedProfilePath());
        }
    }
    return {bench::median(times), bench::median(folds)};
}

const FirstSync &firstSync()
{
    static const FirstSync measured = measureFirstSync();
    return measured;
}

// 100 applications' summaries, as captured local edits, on `store`.
bool editApplications(Store &store, int offset, const QString &text)
{
    QString error;
    const bool ok = store.write(
        [&](QSqlDatabase &db, QSet<QString> &, QString *err) {
            QSqlQuery q(db);
            q.prepare(u"UPDATE applications SET summary = ? WHERE id IN (SELECT id FROM "
                      "applications ORDER BY code LIMIT 100 OFFSET ?)"_s);
            q.addBindValue(text);
            q.addBindValue(offset);
            if (!q.exec()) {
                *err = q.lastError().text();
                return false;
            }
            return true;
        },
        &error, Store::Capture::Local);
    if (!ok)
        std::fprintf(stderr, "incremental_sync: %s\n", qPrintable(error));
    return ok;
}

double incrementalSync()
{
    SyncBenchServer &server = SyncBenchServer::instance();
    if (!QFile::exists(server.syncedProfilePath()))
        firstSync();
    QTemporaryDir dir;
    const QString mine = dir.filePath(u"mine.sqlite"_s);
    const QString other = dir.filePath(u"other.sqlite"_s);
    if (!QFile::copy(server.syncedProfilePath(), mine) ||
        !QFile::copy(server.syncedProfilePath(), other))
        qFatal("incremental_sync: cannot copy the synced profile");
    Desktop me;
    Desktop them;
    if (!me.open(mine, server) || !them.open(other, server))
        qFatal("incremental_sync: cannot open the profiles");
    // Both catch up with whatever earlier figures changed on the server.
    me.sync();
    them.sync();
    QList<double> times;
    for (int i = 0; i <= bench::runs(); ++i) { // the first run warms the caches
        const QString stamp = u"run %1 at %2"_s.arg(i).arg(Store::nowMs());
        // 100 changes arrive from another desktop, 100 of mine wait in the outbox.
        if (!editApplications(*them.store, 1000, u"theirs "_s + stamp) ||
            them.sync().result != SyncRunReport::Result::Done ||
            !editApplications(*me.store, 5000, u"mine "_s + stamp))
            qFatal("incremental_sync: could not prepare the changes");
        const double cpu = processCpuMs();
        double ms = 0;
        const SyncRunReport r = me.sync(&ms);
        if (r.result != SyncRunReport::Result::Done || r.push.applied != 100)
            qFatal("incremental_sync: %s, %d applied", qPrintable(r.code), r.push.applied);
        if (detail())
            std::fprintf(stderr,
                         "incremental_sync: %.1f ms, pushed %d, pulled %d rows (CPU %.0f ms)\n", ms,
                         r.push.applied, r.pulledRows, processCpuMs() - cpu);
        if (i > 0)
            times << ms;
    }
    return bench::median(times);
}

const bool registered = [] {
    bench::add({u"first_sync_ms"_s, u"ms"_s, 5000, true, [] { return firstSync().runMs; }});
    bench::add({u"first_sync_fold_ms"_s, u"ms"_s, 0, true, [] { return firstSync().foldMs; }});
    bench::add({u"incremental_sync_100_ms"_s, u"ms"_s, 150, true, incrementalSync});
    return true;
}();

} // namespace
