// SPDX-License-Identifier: GPL-3.0-or-later
// The placement suggestion against first-fit on small hand-made fleets: never an invalid
// proposal, no more racks and no more fragmentation than first-fit on any fleet (strictly better
// on some), clear refusals, and a round that never books a node twice.
#include "rules/Placement.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

qint64 seoul(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone(QByteArrayLiteral("Asia/Seoul")))
        .toMSecsSinceEpoch();
}

const qint64 kDay = 24LL * 3600 * 1000;
const qint64 kStart = seoul(2026, 3, 1);
const qint64 kEnd = seoul(2026, 9, 1);

// A fleet drawn as text, one string per cluster: "TYPE:racks", racks separated by '|', a '/'
// starting a new row, one character per node from the bottom of the rack up:
//   .  free, in the type's open pool         p  free, in the type's national pool
//   x  booked over the whole test window     e  booked until the window starts (touches it)
//   l  booked from the window's last day     m  maintenance   f  failed   r  reserved
// Each cluster gets its own site row numbering; racks keep the drawing's order.
struct TestFleet
{
    FleetSnapshot fleet;
    FleetBookings bookings;

    int type(const QString &code)
    {
        int t = fleet.typeIndex(code);
        if (t >= 0)
            return t;
        fleet.types.append(FleetType{u"t-"_s + code, code, 8});
        t = int(fleet.types.size() - 1);
        for (const QString &kind : {u"open"_s, u"national"_s}) {
            FleetPool p;
            p.id = p.code = kind + u'-' + code.toLower();
            p.type = t;
            fleet.pools.append(p);
            fleet.poolById.insert(p.id, int(fleet.pools.size() - 1));
        }
        return t;
    }
    int pool(const QString &kind, int type) const
    {
        return fleet.poolById.value(kind + u'-' + fleet.types[type].code.toLower(), -1);
    }

    void book(int node, qint64 start, qint64 end)
    {
        AllocationWindow w;
        w.id = u"a%1"_s.arg(bookings.allocations.size());
        w.grantId = u"g-other"_s;
        w.node = node;
        w.start = start;
        w.end = end;
        bookings.allocations.append(w);
    }

    void addCluster(const QString &spec)
    {
        const int colon = int(spec.indexOf(u':'));
        const int t = type(spec.left(colon));
        FleetCluster c;
        c.id = u"c%1"_s.arg(fleet.clusters.size());
        c.name = u"Cluster %1"_s.arg(fleet.clusters.size() + 1);
        c.type = t;
        const int ci = int(fleet.clusters.size());
        fleet.clusters.append(c);
        int row = int(fleet.rows.size());
        fleet.rows.append(FleetRow{u"row%1"_s.arg(row), u"Row %1"_s.arg(row), 0, row, {}});
        int ordinal = 0;
        const QStringList racks = spec.mid(colon + 1).split(u'|');
        for (QString drawing : racks) {
            if (drawing.startsWith(u'/')) {
                drawing.remove(0, 1);
                row = int(fleet.rows.size());
                fleet.rows.append(FleetRow{u"row%1"_s.arg(row), u"Row %1"_s.arg(row), 0, row, {}});
                ordinal = 0;
            }
            FleetRack r;
            r.id = u"rack%1"_s.arg(fleet.racks.size());
            r.name = r.id;
            r.cluster = ci;
            r.row = row;
            r.ordinal = ordinal++;
            const int ri = int(fleet.racks.size());
            for (int u = 0; u < drawing.size(); ++u) {
                const QChar ch = drawing[u];
                FleetNode n;
                n.id = u"n%1"_s.arg(fleet.nodes.size());
                n.hostname = r.id + u"-u"_s + QString::number(u * 4 + 1);
                n.rack = ri;
                n.rackUnit = u * 4 + 1;
                n.type = t;
                n.pool = pool(ch == u'p' ? u"national"_s : u"open"_s, t);
                const int ni = int(fleet.nodes.size());
                switch (ch.unicode()) {
                case 'x':
                    n.state = NodeState::Allocated;
                    book(ni, kStart - 30 * kDay, kEnd + 30 * kDay);
                    break;
                case 'e':
                    book(ni, kStart - 60 * kDay, kStart);
                    break;
                case 'l':
                    book(ni, kEnd - kDay, kEnd + 10 * kDay);
                    break;
                case 'm':
                    n.state = NodeState::Maintenance;
                    break;
                case 'f':
                    n.state = NodeState::Failed;
                    break;
                case 'r':
                    n.state = NodeState::Reserved;
                    break;
                default:
                    break;
                }
                fleet.nodes.append(n);
                fleet.nodeById.insert(n.id, ni);
                r.nodes.append(ni);
            }
            fleet.rows[r.row].racks.append(ri);
            fleet.clusters[ci].racks.append(ri);
            fleet.racks.append(r);
        }
    }

    // "TYPE POOL N": POOL is open, national or - for any pool.
    PlacementRequest request(const QString &spec, int index)
    {
        const QStringList parts = spec.split(u' ');
        PlacementRequest r;
        r.project = index;
        r.code = u"P%1"_s.arg(index + 1);
        r.type = type(parts[0]);
        r.pool = parts[1] == u"-"_s ? -1 : pool(parts[1], r.type);
        r.nodes = parts[2].toInt();
        r.start = kStart;
        r.end = kEnd;
        return r;
    }

    TestFleet(const QStringList &clusters)
    {
        for (const QString &c : clusters)
            addCluster(c);
        bookings.index(int(fleet.nodes.size()));
    }
};

// Checked from the raw lists, without the code under test: the node's own fields, every
// allocation of the fleet, and the nodes given out earlier in the same round.
struct Taken
{
    int node;
    qint64 start;
    qint64 end;
};

QString invalidity(const TestFleet &t, const PlacementRequest &r, const QList<int> &nodes,
                   const QList<Taken> &earlier, bool oneCluster)
{
    if (nodes.size() != r.nodes)
        return u"%1 nodes for %2"_s.arg(nodes.size()).arg(r.nodes);
    QSet<int> seen;
    QSet<int> clusters;
    for (int n : nodes) {
        if (n < 0 || n >= t.fleet.nodes.size())
            return u"node index %1 out of range"_s.arg(n);
        if (seen.contains(n))
            return u"node %1 twice"_s.arg(n);
        seen.insert(n);
        const FleetNode &node = t.fleet.nodes[n];
        if (node.type != r.type)
            return u"node %1 of the wrong type"_s.arg(n);
        if (r.pool >= 0 && node.pool != r.pool)
            return u"node %1 outside the pool"_s.arg(n);
        if (node.state != NodeState::Free && node.state != NodeState::Allocated)
            return u"node %1 not usable"_s.arg(n);
        for (const AllocationWindow &w : t.bookings.allocations) {
            if (w.node == n && w.start < r.end && r.start < w.end)
                return u"node %1 already booked"_s.arg(n);
        }
        for (const Taken &e : earlier) {
            if (e.node == n && e.start < r.end && r.start < e.end)
                return u"node %1 given twice in the round"_s.arg(n);
        }
        clusters.insert(t.fleet.racks[node.rack].cluster);
    }
    if (oneCluster && clusters.size() > 1)
        return u"spread over %1 clusters"_s.arg(clusters.size());
    return QString();
}

// Fragmentation of one cluster written out directly: free nodes along the racks, bottom up.
double referenceFragmentation(const TestFleet &t, int cluster, const QList<Taken> &taken)
{
    int freeCount = 0;
    int longest = 0;
    int run = 0;
    for (int r : t.fleet.clusters[cluster].racks) {
        for (int n : t.fleet.racks[r].nodes) {
            bool free = t.fleet.nodes[n].state == NodeState::Free ||
                        t.fleet.nodes[n].state == NodeState::Allocated;
            for (const AllocationWindow &w : t.bookings.allocations)
                free = free && !(w.node == n && w.start < kEnd && kStart < w.end);
            for (const Taken &e : taken)
                free = free && !(e.node == n && e.start < kEnd && kStart < e.end);
            freeCount += free;
            run = free ? run + 1 : 0;
            longest = std::max(longest, run);
        }
    }
    return freeCount ? 1.0 - double(longest) / freeCount : 0.0;
}

double meanFragmentation(const TestFleet &t, const QList<Taken> &taken)
{
    double sum = 0;
    for (int c = 0; c < t.fleet.clusters.size(); ++c)
        sum += referenceFragmentation(t, c, taken);
    return sum / t.fleet.clusters.size();
}

int distinctRacks(const TestFleet &t, const QList<int> &nodes)
{
    QSet<int> racks;
    for (int n : nodes)
        racks.insert(t.fleet.nodes[n].rack);
    return int(racks.size());
}

// The fixed fleets every comparison runs on.
void addFleets()
{
    QTest::addColumn<QStringList>("clusters");
    QTest::addColumn<QStringList>("requests");
    QTest::newRow("empty fleet") << QStringList{u"B200:....|....|....|....|....|....|....|...."_s}
                                 << QStringList{u"B200 open 6"_s, u"B200 open 3"_s,
                                                u"B200 open 8"_s, u"B200 open 1"_s};
    QTest::newRow("fragmented racks")
        << QStringList{u"B200:x.x.|....|..xx|xx..|x...|....|.xx.|...."_s}
        << QStringList{u"B200 open 2"_s, u"B200 open 1"_s, u"B200 open 4"_s, u"B200 open 3"_s};
    QTest::newRow("holes of one") << QStringList{u"B200:.x.x|.x.x|....|....|x.x.|...."_s}
                                  << QStringList{u"B200 open 1"_s, u"B200 open 1"_s,
                                                 u"B200 open 1"_s, u"B200 open 4"_s};
    QTest::newRow("two clusters of different types")
        << QStringList{u"H200:..x.|....|x...|...."_s, u"B200:xx..|.x..|....|...."_s}
        << QStringList{u"B200 open 4"_s, u"H200 open 3"_s, u"B200 open 2"_s, u"H200 open 4"_s};
    QTest::newRow("pool boundary")
        << QStringList{u"B200:..pp|....|pppp|..x.|pp..|...."_s}
        << QStringList{u"B200 open 4"_s, u"B200 national 5"_s, u"B200 open 3"_s, u"B200 - 2"_s};
    QTest::newRow("maintenance in the middle")
        << QStringList{u"B200:..m.|.mm.|....|.f..|..r.|...."_s}
        << QStringList{u"B200 open 5"_s, u"B200 open 3"_s, u"B200 open 2"_s};
    QTest::newRow("full first cluster")
        << QStringList{u"B200:xxxx|xxxx|xxxx"_s, u"B200:x...|....|..x.|...."_s}
        << QStringList{u"B200 open 4"_s, u"B200 open 2"_s, u"B200 open 3"_s};
    QTest::newRow("first-fit spans clusters")
        << QStringList{u"B200:xxx.|xx..|x.x."_s, u"B200:....|....|...."_s}
        << QStringList{u"B200 open 6"_s, u"B200 open 2"_s};
    QTest::newRow("windows touching at the edge")
        << QStringList{u"B200:eeee|llll|..e.|ee..|...."_s}
        << QStringList{u"B200 open 4"_s, u"B200 open 3"_s, u"B200 open 2"_s};
    QTest::newRow("two rows") << QStringList{u"B200:x...|....|xx..|/..x.|....|...."_s}
                              << QStringList{u"B200 open 6"_s, u"B200 open 4"_s, u"B200 open 2"_s};
}

} // namespace

class TestPlacement : public QObject
{
    Q_OBJECT

private slots:
    void singleAgainstFirstFit_data() { addFleets(); }
    void singleAgainstFirstFit();
    void roundAgainstFirstFit_data() { addFleets(); }
    void roundAgainstFirstFit();
    void strictlyBetterSomewhere();
    void fragmentationMatchesReference_data() { addFleets(); }
    void fragmentationMatchesReference();
    void refusals_data();
    void refusals();
    void excludedNodesAreLeftOut();
    void roundNeverDoubleBooks();
    void requestFromProject();
    void racksStayTogether();

private:
    // Totals over every fleet, for strictlyBetterSomewhere.
    int m_racksSaved = 0;
    double m_fragmentationSaved = 0;
};

namespace {

// First-fit as the suggestion must beat it: plain first-fit for racks, and first-fit kept to one
// cluster for fragmentation (plain first-fit may spill into a second cluster, which the rules
// forbid; where it keeps to one cluster the two are the same placement).
struct Versus
{
    int racks = 0;         // the suggestion's
    int racksFirstFit = 0; // plain first-fit's
    double frag = 0;       // mean over the clusters after the suggestion
    double fragFirstFit = 0;
};

Versus compare(const TestFleet &t, const PlacementRequest &r, const Suggestion &s,
               const PlacementOccupancy &occupancy, const QList<Taken> &earlier)
{
    const QList<int> ff = firstFitPlacement(t.fleet, occupancy, r);
    const QList<int> one = firstFitInOneCluster(t.fleet, occupancy, r);
    Versus v;
    v.racks = distinctRacks(t, s.nodes);
    v.racksFirstFit = distinctRacks(t, ff);
    if (invalidity(t, r, ff, earlier, true).isEmpty() && ff != one)
        qWarning("first-fit kept to one cluster but firstFitInOneCluster differs");
    QList<Taken> mine = earlier;
    QList<Taken> theirs = earlier;
    for (int n : s.nodes)
        mine.append({n, r.start, r.end});
    for (int n : one)
        theirs.append({n, r.start, r.end});
    v.frag = meanFragmentation(t, mine);
    v.fragFirstFit = meanFragmentation(t, theirs);
    return v;
}

} // namespace

// Each request alone on the fleet as drawn.
void TestPlacement::singleAgainstFirstFit()
{
    QFETCH(QStringList, clusters);
    QFETCH(QStringList, requests);
    TestFleet t(clusters);
    const PlacementOccupancy occupancy(t.bookings);
    for (int i = 0; i < requests.size(); ++i) {
        const PlacementRequest r = t.request(requests[i], i);
        const Suggestion s = suggestPlacement(t.fleet, t.bookings, r);
        QVERIFY2(s.ok, qPrintable(requests[i] + u": "_s + s.refusal));
        const QString bad = invalidity(t, r, s.nodes, {}, true);
        QVERIFY2(bad.isEmpty(), qPrintable(requests[i] + u": "_s + bad));
        const QList<int> ff = firstFitPlacement(t.fleet, t.bookings, r);
        QVERIFY(invalidity(t, r, ff, {}, false).isEmpty());
        QVERIFY(invalidity(t, r, firstFitInOneCluster(t.fleet, occupancy, r), {}, true).isEmpty());

        QCOMPARE(s.racksUsed, distinctRacks(t, s.nodes));
        QCOMPARE(racksUsed(t.fleet, s.nodes), s.racksUsed);
        const Versus v = compare(t, r, s, occupancy, {});
        QVERIFY2(v.racks <= v.racksFirstFit,
                 qPrintable(u"%1: %2 racks, first-fit %3"_s.arg(requests[i])
                                .arg(v.racks)
                                .arg(v.racksFirstFit)));
        QVERIFY2(v.frag <= v.fragFirstFit + 1e-12,
                 qPrintable(u"%1: fragmentation %2, first-fit %3"_s.arg(requests[i])
                                .arg(v.frag)
                                .arg(v.fragFirstFit)));
        QList<Taken> mine;
        for (int n : s.nodes)
            mine.append({n, r.start, r.end});
        QVERIFY(qAbs(s.fragmentationAfter - referenceFragmentation(t, s.cluster, mine)) < 1e-12);
        QVERIFY(qAbs(s.fragmentationBefore - referenceFragmentation(t, s.cluster, {})) < 1e-12);
        m_racksSaved += v.racksFirstFit - v.racks;
        m_fragmentationSaved += v.fragFirstFit - v.frag;
    }
}

// The whole set as one round. Each step is compared with first-fit on the same occupancy; the
// round as a whole with first-fit running its own rounds over the same requests in the same
// order: racks against plain first-fit, fragmentation against first-fit kept to one cluster
// (plain first-fit may finish off one cluster's leftovers by spilling a project into the next,
// which the rules forbid).
void TestPlacement::roundAgainstFirstFit()
{
    QFETCH(QStringList, clusters);
    QFETCH(QStringList, requests);
    TestFleet t(clusters);
    QList<PlacementRequest> list;
    for (int i = 0; i < requests.size(); ++i)
        list.append(t.request(requests[i], i));
    const RoundResult round = placeRound(t.fleet, t.bookings, list);
    QCOMPARE(round.suggestions.size(), list.size());
    QCOMPARE(round.placed, int(list.size()));
    QVERIFY(round.notPlaced.isEmpty());

    QList<int> order(list.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int x, int y) { return list[x].nodes > list[y].nodes; });
    QList<Taken> mine;
    QList<Taken> theirs;
    QList<Taken> theirsInOne;
    PlacementOccupancy occupancy(t.bookings);
    PlacementOccupancy ffOccupancy(t.bookings);
    PlacementOccupancy oneOccupancy(t.bookings);
    int racks = 0;
    int racksFf = 0;
    int racksOne = 0;
    for (int i : order) {
        const PlacementRequest &r = list[i];
        const Suggestion &s = round.suggestions[i];
        const QString bad = invalidity(t, r, s.nodes, mine, true);
        QVERIFY2(bad.isEmpty(), qPrintable(requests[i] + u": "_s + bad));
        const Versus step = compare(t, r, s, occupancy, mine);
        QVERIFY2(step.racks <= step.racksFirstFit && step.frag <= step.fragFirstFit + 1e-12,
                 qPrintable(u"%1: %2 racks, fragmentation %3; first-fit %4, %5"_s.arg(requests[i])
                                .arg(step.racks)
                                .arg(step.frag)
                                .arg(step.racksFirstFit)
                                .arg(step.fragFirstFit)));
        for (int n : s.nodes) {
            mine.append({n, r.start, r.end});
            occupancy.book(n, r.start, r.end);
        }
        racks += s.racksUsed;

        const QList<int> ff = firstFitPlacement(t.fleet, ffOccupancy, r);
        QVERIFY2(invalidity(t, r, ff, theirs, false).isEmpty(), qPrintable(requests[i]));
        racksFf += distinctRacks(t, ff);
        for (int n : ff) {
            theirs.append({n, r.start, r.end});
            ffOccupancy.book(n, r.start, r.end);
        }
        const QList<int> one = firstFitInOneCluster(t.fleet, oneOccupancy, r);
        QVERIFY2(invalidity(t, r, one, theirsInOne, true).isEmpty(), qPrintable(requests[i]));
        racksOne += distinctRacks(t, one);
        for (int n : one) {
            theirsInOne.append({n, r.start, r.end});
            oneOccupancy.book(n, r.start, r.end);
        }
    }
    const double fragMine = meanFragmentation(t, mine);
    const double fragFf = meanFragmentation(t, theirsInOne);
    qInfo("racks %d, first-fit %d (in one cluster %d); fragmentation %.3f, first-fit in one "
          "cluster %.3f (spilling over %.3f)",
          racks, racksFf, racksOne, fragMine, fragFf, meanFragmentation(t, theirs));
    QVERIFY2(racks <= racksFf && racks <= racksOne,
             qPrintable(u"racks %1, first-fit %2, in one cluster %3"_s.arg(racks).arg(racksFf).arg(
                 racksOne)));
    QVERIFY2(fragMine <= fragFf + 1e-12,
             qPrintable(u"fragmentation %1, first-fit %2"_s.arg(fragMine).arg(fragFf)));
    m_racksSaved += racksFf - racks;
    m_fragmentationSaved += fragFf - fragMine;
}

// Runs after the two comparisons (Qt Test keeps declaration order).
void TestPlacement::strictlyBetterSomewhere()
{
    QVERIFY2(m_racksSaved > 0 || m_fragmentationSaved > 1e-9,
             qPrintable(u"racks saved %1, fragmentation saved %2"_s.arg(m_racksSaved)
                            .arg(m_fragmentationSaved)));
    QVERIFY(m_racksSaved > 0);
    QVERIFY(m_fragmentationSaved > 1e-9);
}

void TestPlacement::fragmentationMatchesReference()
{
    QFETCH(QStringList, clusters);
    TestFleet t(clusters);
    PlacementOccupancy occupancy(t.bookings);
    for (int c = 0; c < t.fleet.clusters.size(); ++c)
        QCOMPARE(fragmentation(t.fleet, occupancy, c, kStart, kEnd),
                 referenceFragmentation(t, c, {}));
    // Taking the first node of every rack cuts the runs at every rack's bottom.
    QList<Taken> taken;
    for (const FleetRack &r : t.fleet.racks) {
        occupancy.book(r.nodes.first(), kStart, kEnd);
        taken.append({r.nodes.first(), kStart, kEnd});
    }
    for (int c = 0; c < t.fleet.clusters.size(); ++c)
        QCOMPARE(fragmentation(t.fleet, occupancy, c, kStart, kEnd),
                 referenceFragmentation(t, c, taken));
}

void TestPlacement::refusals_data()
{
    QTest::addColumn<QStringList>("clusters");
    QTest::addColumn<QString>("request");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<QString>("reason");
    const QStringList twoClusters{u"B200:xx..|....|pp.."_s, u"B200:....|.x..|...."_s};
    QTest::newRow("too few in the pool")
        << twoClusters << u"B200 open 22"_s << kStart << kEnd
        << u"Only 19 free B200 nodes in pool open-b200 for 2026-03-01 – 2026-09-01, 22 needed."_s;
    QTest::newRow("too few in any pool")
        << twoClusters << u"B200 - 22"_s << kStart << kEnd
        << u"Only 21 free B200 nodes for 2026-03-01 – 2026-09-01, 22 needed."_s;
    QTest::newRow("no type") << twoClusters << u"H200 open 1"_s << kStart << kEnd
                             << u"Only 0 free H200 nodes in pool open-h200"_s;
    QTest::newRow("not in one cluster")
        << twoClusters << u"B200 open 12"_s << kStart << kEnd
        << u"but no cluster has the 12 needed: at most 11 in one cluster (Cluster 2)"_s;
    QTest::newRow("nothing to place")
        << twoClusters << u"B200 open 0"_s << kStart << kEnd << u"Nothing to place"_s;
    QTest::newRow("empty window") << twoClusters << u"B200 open 2"_s << kEnd << kStart
                                  << u"The window 2026-09-01 – 2026-03-01 is empty"_s;
    QTest::newRow("all booked") << QStringList{u"B200:xxxx|xmfr"_s} << u"B200 open 1"_s << kStart
                                << kEnd << u"Only 0 free B200 nodes in pool open-b200"_s;
    QTest::newRow("booked on the last day") << QStringList{u"B200:llll|.l.."_s} << u"B200 open 4"_s
                                            << kStart << kEnd << u"Only 3 free B200 nodes"_s;
}

void TestPlacement::refusals()
{
    QFETCH(QStringList, clusters);
    QFETCH(QString, request);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(QString, reason);
    TestFleet t(clusters);
    PlacementRequest r = t.request(request, 0);
    r.start = start;
    r.end = end;
    const Suggestion s = suggestPlacement(t.fleet, t.bookings, r);
    QVERIFY(!s.ok);
    QVERIFY(s.nodes.isEmpty());
    QVERIFY2(s.refusal.contains(reason), qPrintable(s.refusal));

    const RoundResult round = placeRound(t.fleet, t.bookings, {r});
    QCOMPARE(round.placed, 0);
    QCOMPARE(round.notPlaced.size(), 1);
    QVERIFY(round.notPlaced.first().startsWith(u"P1: "_s));
    QVERIFY(round.notPlaced.first().contains(reason));
}

void TestPlacement::excludedNodesAreLeftOut()
{
    TestFleet t({u"B200:....|....|...."_s});
    const PlacementRequest r = t.request(u"B200 open 4"_s, 0);
    QSet<int> excluded{0, 5, 10};
    const Suggestion s = suggestPlacement(t.fleet, t.bookings, r, &excluded);
    QVERIFY(s.ok);
    for (int n : s.nodes)
        QVERIFY(!excluded.contains(n));
    QVERIFY(invalidity(t, r, s.nodes, {}, true).isEmpty());
    // No rack has four left, so two neighbouring racks share the project.
    QCOMPARE(s.racksUsed, 2);
}

// Overlapping windows never share a node; windows that only touch, or lie apart, may.
void TestPlacement::roundNeverDoubleBooks()
{
    TestFleet t({u"B200:....|....|...."_s, u"B200:x...|....|..x."_s});
    QList<PlacementRequest> list;
    const qint64 mid = kStart + 90 * kDay;
    for (int i = 0; i < 6; ++i) {
        PlacementRequest r = t.request(u"B200 open %1"_s.arg(1 + i % 4), i);
        r.start = i % 2 ? kStart : mid;
        r.end = i % 2 ? mid : kEnd;
        if (i == 4) {
            r.start = kStart + 30 * kDay; // overlaps both halves
            r.end = kStart + 120 * kDay;
        }
        list.append(r);
    }
    const RoundResult round = placeRound(t.fleet, t.bookings, list);
    QCOMPARE(round.placed, int(list.size()));
    bool shared = false;
    for (int i = 0; i < list.size(); ++i) {
        for (int j = i + 1; j < list.size(); ++j) {
            const bool overlap = list[i].start < list[j].end && list[j].start < list[i].end;
            for (int n : round.suggestions[i].nodes) {
                if (round.suggestions[j].nodes.contains(n)) {
                    QVERIFY2(!overlap, qPrintable(u"node %1 in %2 and %3"_s.arg(n).arg(i).arg(j)));
                    shared = true;
                }
            }
        }
    }
    // The two halves of the year reuse the same best nodes: the working copy is per window.
    QVERIFY(shared);
}

void TestPlacement::requestFromProject()
{
    PlacementProject p;
    p.code = u"2026-0042"_s;
    p.type = 1;
    p.pool = 3;
    p.nodesToGrant = 16;
    p.placedNodes = 4;
    p.defaultStart = kStart;
    p.defaultEnd = kEnd;
    const PlacementRequest r = placementRequest(p, 7);
    QCOMPARE(r.project, 7);
    QCOMPARE(r.code, p.code);
    QCOMPARE(r.type, 1);
    QCOMPARE(r.pool, 3);
    QCOMPARE(r.nodes, 12);
    QCOMPARE(r.start, kStart);
    QCOMPARE(r.end, kEnd);
}

// Whole free racks side by side in one row take a project that fits them exactly; a smaller
// one goes into the broken racks rather than breaking up the whole ones.
void TestPlacement::racksStayTogether()
{
    TestFleet t({u"B200:xx..|..xx|xxxx|/....|...."_s});
    const Suggestion eight = suggestPlacement(t.fleet, t.bookings, t.request(u"B200 open 8"_s, 0));
    QVERIFY(eight.ok);
    QCOMPARE(eight.racksUsed, 2);
    QSet<int> racks;
    for (int n : eight.nodes)
        racks.insert(t.fleet.nodes[n].rack);
    QCOMPARE(racks, (QSet<int>{3, 4}));

    const Suggestion four = suggestPlacement(t.fleet, t.bookings, t.request(u"B200 open 4"_s, 1));
    QVERIFY(four.ok);
    QCOMPARE(four.racksUsed, 2);
    racks.clear();
    for (int n : four.nodes)
        racks.insert(t.fleet.nodes[n].rack);
    QCOMPARE(racks, (QSet<int>{0, 1}));
    QCOMPARE(four.fragmentationAfter, 0.0);
}

QTEST_APPLESS_MAIN(TestPlacement)
#include "tst_placement.moc"
