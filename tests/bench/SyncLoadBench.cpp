// SPDX-License-Identifier: GPL-3.0-or-later
// 200 clients against the sync bench server (SyncBenchServer), each pushing one change and
// pulling once a second for 60 s (GPUDESK_BENCH_CONCURRENT_S shortens it for a quick look; the
// figures name the duration they measured on stderr). A cycle is a push and a pull on one TLS
// connection, as a desktop's sync is. One run gives three figures:
//   concurrent_lost_mutations  pushed mutations the server has no result for afterwards (0)
//   concurrent_p50_ms          median cycle time
//   concurrent_p99_ms          99th percentile cycle time
#include "SyncBenchServer.h"

#include "ServerInit.h"
#include "SqliteServerStore.h"
#include "store/Store.h"
#include "sync/Protocol.h"
#include "sync/SyncWire.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <httplib.h>
#include <mutex>
#include <sys/resource.h>
#include <thread>

using namespace Qt::StringLiterals;
using namespace gpudesk;
using namespace gpudesk::sync;

namespace {

constexpr int kClients = 200;

struct LoadResult
{
    bool done = false;
    double lost = 0;
    double p50 = 0;
    double p99 = 0;
};

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i = qsizetype(std::min<double>(double(v.size() - 1), p * double(v.size())));
    return v[i];
}

struct Client
{
    QString applicationId;
    QString summary; // what the server holds, as this client last wrote it
    qint64 cursor = 0;
    QList<double> cycleMs;
    QStringList sent; // every mutation id pushed
    int failures = 0;
};

LoadResult run()
{
    SyncBenchServer &server = SyncBenchServer::instance();
    const int seconds = qEnvironmentVariableIsSet("GPUDESK_BENCH_CONCURRENT_S")
                            ? std::max(1, qEnvironmentVariableIntValue("GPUDESK_BENCH_CONCURRENT_S"))
                            : 60;
    // Each client edits an application of its own (no conflicts), starting in sync.
    std::vector<Client> clients(kClients);
    {
        QSqlQuery q(server.store().sharedStore().db());
        q.exec(u"SELECT id, summary FROM applications WHERE deleted = 0 ORDER BY code LIMIT 200 "
               "OFFSET 10000"_s);
        for (int i = 0; i < kClients && q.next(); ++i) {
            clients[size_t(i)].applicationId = q.value(0).toString();
            clients[size_t(i)].summary = q.value(1).toString();
        }
        q.exec(u"SELECT max(seq) FROM sync_feed"_s);
        const qint64 start = q.next() ? q.value(0).toLongLong() : 0;
        for (Client &c : clients)
            c.cursor = start;
    }
    const std::string ca = ServerInit::caCertPath(QFileInfo(server.store().sharedStore().path())
                                                      .absolutePath())
                               .toStdString();
    const httplib::Headers headers = {
        {kProtocolHeader, std::to_string(kProtocolVersion)},
        {"Authorization", "Bearer " + server.token().toStdString()}};
    const int port = server.port();
    rusage before{};
    getrusage(RUSAGE_SELF, &before);
    const auto begin = std::chrono::steady_clock::now();
    std::vector<std::thread> threads;
    for (int i = 0; i < kClients; ++i) {
        threads.emplace_back([&, i] {
            Client &me = clients[size_t(i)];
            // Spread over the second, as independent desktops are.
            const auto offset = std::chrono::milliseconds(i * 1000 / kClients);
            QString pending; // a mutation sent without an answer goes again, unchanged
            QByteArray pendingBody;
            // One client (its TLS context and CA loaded once); a new connection every cycle.
            httplib::SSLClient cli("localhost", port);
            cli.set_ca_cert_path(ca.c_str());
            cli.enable_server_certificate_verification(true);
            cli.set_keep_alive(true);
            cli.set_connection_timeout(10, 0);
            cli.set_read_timeout(30, 0);
            for (int k = 0; k < seconds; ++k) {
                std::this_thread::sleep_until(begin + std::chrono::seconds(k) + offset);
                if (pending.isEmpty()) {
                    const QString next = u"client %1 cycle %2"_s.arg(i).arg(k);
                    Mutation m;
                    m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                    m.table = u"applications"_s;
                    m.rowId = me.applicationId;
                    m.baseVersion = 0;
                    m.changes = QJsonObject{{u"summary"_s, QJsonArray{me.summary, next}}};
                    pending = m.id;
                    pendingBody = encode(PushRequest{{ClientTransaction{QString::number(k), {m}}}});
                    me.sent << m.id;
                    me.summary = next;
                }
                const auto t0 = std::chrono::steady_clock::now();
                const auto pushed = cli.Post("/api/sync/push", headers, pendingBody.toStdString(),
                                             "application/json");
                WireError e;
                const auto answer = pushed && pushed->status == 200
                                        ? decodePushResponse(QByteArray::fromStdString(pushed->body), &e)
                                        : std::nullopt;
                if (answer && answer->results.size() == 1 &&
                    answer->results[0].outcome != Outcome::Rejected)
                    pending.clear();
                else
                    ++me.failures;
                const auto pulled = cli.Post("/api/sync/pull", headers,
                                             encode(PullRequest{me.cursor, 5000}).toStdString(),
                                             "application/json");
                if (pulled && pulled->status == 200) {
                    const auto page = decodePullPage(QByteArray::fromStdString(pulled->body), &e);
                    if (page)
                        me.cursor = page->cursor;
                    else
                        ++me.failures;
                } else {
                    ++me.failures;
                }
                cli.stop();
                me.cycleMs << std::chrono::duration<double, std::milli>(
                                  std::chrono::steady_clock::now() - t0)
                                  .count();
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    const auto cpuSeconds = [](const rusage &u) {
        return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
               double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    };
    const double cpu = cpuSeconds(after) - cpuSeconds(before);

    // Lost: pushed, yet the server has no result for it (or the row does not hold the last
    // value written).
    QStringList all;
    QList<double> times;
    int failures = 0;
    for (const Client &c : clients) {
        all << c.sent;
        times << c.cycleMs;
        failures += c.failures;
    }
    QSqlQuery q(server.store().sharedStore().db());
    q.prepare(u"SELECT count(*) FROM mutation_results WHERE mutation_id IN (SELECT value FROM "
              "json_each(?))"_s);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(all)).toJson(QJsonDocument::Compact)));
    const qint64 recorded = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    qint64 stale = 0;
    for (const Client &c : clients) {
        q.prepare(u"SELECT summary FROM applications WHERE id = ?"_s);
        q.addBindValue(c.applicationId);
        if (q.exec() && q.next() && q.value(0).toString() != c.summary)
            ++stale;
    }
    LoadResult r;
    r.done = true;
    r.lost = double(all.size() - recorded + stale);
    r.p50 = percentile(times, 0.50);
    r.p99 = percentile(times, 0.99);
    std::fprintf(stderr,
                 "concurrent: %d clients for %d s: %lld cycles, %lld mutations pushed, %lld "
                 "recorded, %lld rows not holding their last value, %d failed exchanges; %.1f s "
                 "of CPU (clients and server)\n",
                 kClients, seconds, qlonglong(times.size()), qlonglong(all.size()),
                 qlonglong(recorded), qlonglong(stale), failures, cpu);
    return r;
}

const LoadResult &result()
{
    static LoadResult r;
    if (!r.done)
        r = run();
    return r;
}

const bool registered = [] {
    bench::add({u"concurrent_lost_mutations"_s, u"count"_s, 0, true, [] { return result().lost; }});
    bench::add({u"concurrent_p50_ms"_s, u"ms"_s, 0, true, [] { return result().p50; }});
    bench::add({u"concurrent_p99_ms"_s, u"ms"_s, 500, true, [] { return result().p99; }});
    return true;
}();

} // namespace
