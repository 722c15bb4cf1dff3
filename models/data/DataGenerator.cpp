// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataGenerator.h"

#include "DatasetPlan.h"
#include "TrackGenerator.h"
#include "store/Store.h"
#include "store/SyncedTables.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

using namespace gen;
using S = ApplicationStatus;
using T = OrganizationType;

// Plans the whole dataset in memory first (statuses depend on review scores, node states on
// grants), then hands it to DatasetWriter.
class Generator
{
public:
    Generator(Context &ctx, DatasetKind kind, const ScaleShape &shape, const GenerateProgress &p)
        : m_ctx(ctx), m_shape(shape), m_progress(p), m_rng(ctx.seed, "data")
    {
        m_d.demo = kind == DatasetKind::Demo;
    }

    bool run(GenerateReport *report);

private:
    bool demo() const { return m_d.demo; }
    void step(int percent, const QString &name)
    {
        m_stepName = name;
        if (m_progress)
            m_progress(percent, name);
    }
    void planOrganizations();
    void planReviewers();
    void planCalls();
    void planApplications();
    void planReviews();
    void decide();
    void planTimelines();

    Context &m_ctx;
    ScaleShape m_shape;
    GenerateProgress m_progress;
    QString m_stepName;
    Rng m_rng;
    Dataset m_d;
};

void Generator::planOrganizations()
{
    const int total = demo() ? 250 : m_shape.organizations;
    // Shares of each organisation type, per mille (demo: 55/35/65/65/15/15). At scale most
    // applicants are companies: there are only so many universities and institutes.
    const std::array<int, 6> perMille = demo() ? std::array<int, 6>{220, 140, 260, 260, 60, 60}
                                               : std::array<int, 6>{50, 40, 450, 420, 20, 20};
    std::array<int, 6> ordinal{};
    Rng rng(m_ctx.seed, "organizations");
    for (int i = 0; i < total; ++i) {
        int t = 0; // the i-th organisation's type, so that the shares hold for any total
        for (int acc = perMille[0]; t < 5 && i * 1000 >= acc * total; acc += perMille[++t]) {
        }
        Org o;
        o.type = static_cast<T>(t);
        o.name = demo::organizationName(o.type, ordinal[t]++);
        o.youth =
            (o.type == T::Startup && rng.chance(0.3)) || (o.type == T::Sme && rng.chance(0.05));
        const bool company =
            o.type == T::Sme || o.type == T::Startup || o.type == T::LargeEnterprise;
        static const int kCorporate[] = {81, 86, 87, 88};
        o.businessNumber = u"%1-%2-%3"_s.arg(rng.between(101, 899))
                               .arg(company ? kCorporate[rng.below(4)] : 82)
                               .arg(rng.below(100000), 5, 10, QLatin1Char('0'));
        m_d.orgs.append(o);
    }
    m_rng.shuffle(m_d.orgs);
    for (int i = 0; i < m_d.orgs.size(); ++i)
        m_d.orgs[i].id = m_ctx.ids(u"organizations"_s, i);
}

void Generator::planReviewers()
{
    const int total = demo() ? 60 : m_shape.reviewers;
    Rng rng(m_ctx.seed, "reviewers");
    QList<int> hosts; // organisations reviewers come from: academia first, some industry
    for (int i = 0; i < m_d.orgs.size(); ++i) {
        const T t = m_d.orgs[i].type;
        const int copies = t == T::University                                ? 4
                           : t == T::ResearchInstitute                       ? 3
                           : t == T::LargeEnterprise || t == T::PublicAgency ? 1
                                                                             : 0;
        for (int c = 0; c < copies; ++c)
            hosts.append(i);
    }
    for (int i = 0; i < total; ++i) {
        Reviewer r;
        r.id = m_ctx.ids(u"reviewers"_s, i);
        r.userId = m_ctx.ids(u"users"_s, 100 + i);
        r.person = demo::person(rng.next());
        if (rng.chance(0.78)) {
            r.org = hosts[rng.below(int(hosts.size()))];
            r.conflicts.append(r.org);
            r.affiliation = m_d.orgs[r.org].name.name;
            r.title = demo::reviewerTitle(m_d.orgs[r.org].type, rng.next());
            r.email = demo::email(r.person, m_d.orgs[r.org].name.domain);
        } else {
            r.affiliation = demo::externalAffiliation(rng.next());
            r.title = u"자문위원"_s;
            r.email = demo::email(r.person, u"reviewers.example"_s);
        }
        const int nFields = 1 + rng.weighted({5, 4, 2});
        while (r.fields.size() < nFields) {
            const int f = rng.below(demo::fieldCount());
            if (!r.fields.contains(f))
                r.fields.append(f);
        }
        if (rng.chance(0.12)) { // declared collaborations
            for (int k = rng.between(1, 2); k > 0; --k) {
                const int o = rng.below(int(m_d.orgs.size()));
                if (!r.conflicts.contains(o))
                    r.conflicts.append(o);
            }
        }
        r.bias = rng.uniform(-0.8, 0.8);
        m_d.reviewers.append(r);
    }
}

void Generator::planCalls()
{
    struct Round
    {
        int y1, m1, d1, y2, m2, d2, y3, m3, d3, y4, m4, d4, weight;
    };
    // opens, closes, review deadline, allocation from; weight = share of the applications.
    static const Round kRounds[] = {
        {2025, 12, 22, 2026, 1, 28, 2026, 2, 20, 2026, 2, 1, 60},
        {2026, 3, 16, 2026, 4, 15, 2026, 5, 15, 2026, 6, 1, 75},
        {2026, 6, 15, 2026, 7, 15, 2026, 8, 14, 2026, 9, 1, 85},
        {2026, 9, 14, 2026, 10, 14, 2026, 11, 13, 2026, 12, 1, 90},
        {2026, 12, 14, 2027, 1, 14, 2027, 2, 12, 2027, 3, 2, 100},
        {2027, 3, 15, 2027, 4, 14, 2027, 5, 14, 2027, 6, 1, 105},
        {2027, 6, 14, 2027, 7, 14, 2027, 8, 13, 2027, 9, 1, 110},
        {2027, 9, 13, 2027, 10, 13, 2027, 11, 12, 2027, 12, 1, 115},
        {2027, 12, 13, 2028, 1, 13, 2028, 3, 24, 2028, 4, 3, 160},
        {2028, 3, 2, 2028, 4, 1, 2028, 4, 30, 2028, 5, 15, 100},
    };
    const int rounds = demo() ? 1 : int(std::size(kRounds));
    int assigned = 0;
    for (int c = 0; c < rounds; ++c) {
        const Round &r = kRounds[c];
        CallPlan p;
        p.id = m_ctx.ids(u"calls"_s, c);
        p.opens = QDate(r.y1, r.m1, r.d1);
        p.closes = QDate(r.y2, r.m2, r.d2);
        p.reviewDeadline = QDate(r.y3, r.m3, r.d3);
        p.allocationFrom = QDate(r.y4, r.m4, r.d4);
        p.year = r.y1; // rounds are numbered within the year they open in
        p.round = c > 0 && m_d.calls.last().year == p.year ? m_d.calls.last().round + 1 : 1;
        p.code = u"%1-R%2"_s.arg(p.year).arg(p.round);
        p.reviewersPerApp = demo() ? 3 : (r.y1 <= 2026 ? 6 : 7);
        p.applications = demo()            ? 400
                         : c + 1 == rounds ? m_shape.applications - assigned
                                           : m_shape.applications * r.weight / 1000;
        assigned += p.applications;
        const qint64 deadline = seoulMidnightMs(r.y3, r.m3, r.d3);
        const qint64 decideBy = qMin(deadline, p.grantStart() - 7 * kDayMs) + 10 * kHourMs;
        p.decisionAt = decideBy;
        p.phase = m_ctx.stamp < p.closeMs() ? Phase::Open
                  : m_ctx.stamp < decideBy  ? Phase::Review
                                            : Phase::Decided;
        for (int i = 0; i < m_d.reviewers.size(); ++i) {
            if (demo() || (i + c) % 5 < 2)
                p.panel.append(i);
        }
        for (int k = 0; k < 4; ++k)
            p.criteria.append(m_ctx.ids(u"rubric_criteria"_s, c * 4 + k));
        m_d.calls.append(p);
    }
}

void Generator::planApplications()
{
    Rng rng(m_ctx.seed, "applications");
    std::array<QList<int>, 6> byType; // organisations of each type
    for (int i = 0; i < m_d.orgs.size(); ++i)
        byType[int(m_d.orgs[i].type)].append(i);
    const int h200 = m_d.fleet.typeIndex(u"H200"_s);
    const int b200 = m_d.fleet.typeIndex(u"B200"_s);
    const int h100 = m_d.fleet.typeIndex(u"H100"_s);
    static const int kNodes[] = {1, 2, 4, 8, 12, 16, 24, 32};
    static const int kMonths[] = {3, 4, 6, 9, 12};
    for (int c = 0; c < m_d.calls.size(); ++c) {
        const CallPlan &call = m_d.calls[c];
        const int n = call.applications;
        QList<Group> groups;
        auto add = [&groups](Group g, int count) {
            for (int i = 0; i < count; ++i)
                groups.append(g);
        };
        if (demo()) { // the mix of DOMAIN.md's first call, a few weeks after it closed
            add(Group::Submitted, 30), add(Group::Screening, 40), add(Group::ScreenRejected, 25);
            add(Group::UnderReview, 230), add(Group::Decided, n - 325);
        } else {
            const int rejected = n * 8 / 100, withdrawn = n / 100;
            add(Group::ScreenRejected, rejected), add(Group::Withdrawn, withdrawn);
            const int rest = n - rejected - withdrawn;
            if (call.phase == Phase::Open)
                add(Group::Screening, rest * 2 / 5), add(Group::Submitted, rest - rest * 2 / 5);
            else
                add(call.phase == Phase::Review ? Group::UnderReview : Group::Decided, rest);
        }
        rng.shuffle(groups);
        for (int i = 0; i < n; ++i) {
            App a;
            a.call = c;
            a.group = groups[i];
            const QList<int> &orgs = byType[rng.weighted({33, 14, 22, 22, 5, 4})];
            const double u = rng.uniform(); // some organisations apply often, most once or twice
            a.org =
                orgs.isEmpty() ? rng.below(int(m_d.orgs.size())) : orgs[int(u * u * orgs.size())];
            a.field =
                rng.weighted({18, 10, 5, 9, 9, 8, 6, 6, 7, 5, 6, 4, 4, 3}) % demo::fieldCount();
            a.type = demo() ? (rng.chance(0.55) ? h200 : b200)
                            : std::array<int, 3>{b200, h200, h100}[rng.weighted({50, 35, 15})];
            const int cap = a.type == b200 ? 16 : 32;
            a.nodes = qMin(cap, kNodes[rng.weighted({8, 16, 22, 22, 8, 12, 5, 7})]);
            a.months = kMonths[rng.weighted({2, 2, 4, 2, 5})];
            const bool failing =
                a.group == Group::ScreenRejected ||
                ((a.group == Group::Submitted || a.group == Group::Screening) && rng.chance(0.15));
            int kinds = failing ? (1 << rng.below(call.phase == Phase::Open ? 3 : 4)) : 0;
            if (failing && rng.chance(0.2))
                kinds |= 1 << rng.below(3);
            const QString typeCode = m_d.fleet.types[a.type].code;
            if (kinds & 1) {
                a.nodes = cap + std::array<int, 4>{2, 4, 8, 16}[rng.below(4)];
                a.failures << u"요청 노드 수 %1노드가 %2 과제당 상한 %3노드를 초과함"_s.arg(a.nodes)
                                  .arg(typeCode)
                                  .arg(cap);
            }
            a.gpus = a.nodes * 8;
            if (kinds & 2) {
                a.gpus = qMax(4, a.gpus - 2 * rng.between(1, 3));
                a.nodes = (a.gpus + 7) / 8;
                a.failures << u"요청 GPU %1개가 노드 단위(노드당 8개)로 나누어떨어지지 않음"_s.arg(
                    a.gpus);
            }
            if (kinds & 4) {
                a.months = rng.between(13, 18);
                a.failures << u"사용 기간 %1개월이 공모 최대 12개월을 초과함"_s.arg(a.months);
            }
            if (kinds & 8) {
                a.late = true;
                a.failures << u"접수 마감(%1) 이후 제출됨"_s.arg(call.closes.toString(Qt::ISODate));
            }
            a.desiredStart = call.allocationFrom.addMonths(rng.weighted({3, 3, 2}))
                                 .addDays(rng.chance(0.3) ? 14 : 0);
            a.quality = rng.uniform(0.25, 0.95);
            a.textBits = rng.next();
            m_d.apps.append(a);
        }
    }
}

void Generator::planReviews()
{
    Rng rng(m_ctx.seed, "reviews");
    QList<int> load(m_d.reviewers.size(), 0);
    QList<int> underReview; // assignments of applications still being reviewed
    QList<std::pair<int, int>> keyed;
    for (int i = 0; i < m_d.apps.size(); ++i) {
        App &a = m_d.apps[i];
        if (a.group != Group::UnderReview && a.group != Group::Decided)
            continue;
        const CallPlan &call = m_d.calls[a.call];
        // Never someone with a conflict; prefer the field's experts and the least loaded.
        keyed.clear();
        for (int r : call.panel) {
            const Reviewer &rv = m_d.reviewers[r];
            if (!rv.conflicts.contains(a.org))
                keyed.append(
                    {load[r] * 4 + (rv.fields.contains(a.field) ? 0 : 6) + rng.below(4), r});
        }
        const int k = qMin(call.reviewersPerApp, int(keyed.size()));
        std::partial_sort(keyed.begin(), keyed.begin() + k, keyed.end());
        a.firstReview = int(m_d.reviews.size());
        a.reviewCount = k;
        for (int j = 0; j < k; ++j) {
            Review r;
            r.app = i;
            r.reviewer = keyed[j].second;
            ++load[r.reviewer];
            if (a.group == Group::Decided)
                r.state = 2;
            else if (demo())
                r.state = rng.weighted({35, 20, 45});
            else
                underReview.append(int(m_d.reviews.size()));
            m_d.reviews.append(r);
        }
    }
    if (!demo()) { // an exact total: every decided application fully reviewed, the rest midway
        int needed = m_shape.reviews;
        for (const Review &r : std::as_const(m_d.reviews))
            needed -= r.state == 2 ? 1 : 0;
        rng.shuffle(underReview);
        needed = qBound(0, needed, int(underReview.size()));
        for (int j = 0; j < needed; ++j)
            m_d.reviews[underReview[j]].state = rng.chance(0.75) ? 2 : 1;
    }
    for (Review &r : m_d.reviews) {
        if (r.state == 0)
            continue;
        const double centre = m_d.apps[r.app].quality * kMaxScore + m_d.reviewers[r.reviewer].bias;
        r.scored = r.state == 2 ? 4 : rng.between(1, 4);
        for (int c = 0; c < r.scored; ++c)
            r.scores[c] = qBound(0, int(std::lround(centre + rng.uniform(-1.2, 1.2))), kMaxScore);
    }
}

// Ranks each call's reviewed applications per accelerator type by their mean total and goes
// down the ranking: selected while the pool has nodes, then the waitlist, then rejected.
void Generator::decide()
{
    Rng rng(m_ctx.seed, "decisions");
    for (App &a : m_d.apps) {
        int n = 0;
        double sum = 0;
        for (int j = a.firstReview; j >= 0 && j < a.firstReview + a.reviewCount; ++j) {
            if (m_d.reviews[j].state == 2)
                sum += totalOf(m_d.reviews[j]), ++n;
        }
        a.meanTotal = n ? sum / n : 0;
    }
    int lastDecided = -1;
    for (int c = 0; c < m_d.calls.size(); ++c)
        lastDecided = m_d.calls[c].phase == Phase::Decided || demo() ? c : lastDecided;
    for (int c = 0; c < m_d.calls.size(); ++c) {
        const CallPlan &call = m_d.calls[c];
        int decidedInCall = 0;
        for (const App &a : std::as_const(m_d.apps))
            decidedInCall += a.call == c && a.group == Group::Decided ? 1 : 0;
        QList<int> selected;
        for (int t = 0; t < m_d.fleet.types.size(); ++t) {
            QList<int> ranked;
            for (int i = 0; i < m_d.apps.size(); ++i) {
                if (m_d.apps[i].call == c && m_d.apps[i].type == t &&
                    m_d.apps[i].group == Group::Decided)
                    ranked.append(i);
            }
            std::stable_sort(ranked.begin(), ranked.end(), [this](int x, int y) {
                return m_d.apps[x].meanTotal > m_d.apps[y].meanTotal;
            });
            const int n = int(ranked.size());
            const int pool = m_d.fleet.poolIndex(u"open-"_s + m_d.fleet.types[t].code.toLower());
            int capacity = pool >= 0 ? m_d.fleet.available(pool, call.grantStart()) : 0;
            const int selectTarget = demo() ? (n * 50 + 37) / 75 : n / 4;
            const int waitTarget =
                demo() ? (n * 10 + 37) / 75
                       : (call.waitlist * n + decidedInCall - 1) / qMax(1, decidedInCall);
            int picked = 0, waiting = 0;
            const QString type = m_d.fleet.types[t].code;
            for (int rank = 0; rank < n; ++rank) {
                App &a = m_d.apps[ranked[rank]];
                a.path = {S::Submitted, S::Screening, S::UnderReview};
                const QString score = QString::number(a.meanTotal, 'f', 1);
                if (picked < selectTarget && capacity > 0) {
                    a.granted = qMin(a.nodes, capacity);
                    capacity -= a.granted;
                    ++picked;
                    a.path << S::Selected;
                    a.decisionReason =
                        u"평가 결과 선정 (평균 %1점, %2 %3위)"_s.arg(score, type).arg(rank + 1);
                    selected.append(ranked[rank]);
                } else if (waiting < waitTarget) {
                    a.path << S::Waitlisted;
                    a.decisionReason = u"예비 %1순위 (평균 %2점)"_s.arg(++waiting).arg(score);
                } else {
                    a.path << S::Rejected;
                    a.decisionReason =
                        u"평가 순위 미달 (평균 %1점, %2 %3위)"_s.arg(score, type).arg(rank + 1);
                }
            }
        }
        // Allocation: the demo shows a few projects with nodes; in the scale dataset every
        // decided call is allocated but the latest, where some selections still wait for nodes.
        std::sort(selected.begin(), selected.end());
        if (demo())
            rng.shuffle(selected);
        const int toAllocate = demo()                         ? qMin(15, int(selected.size()))
                               : call.phase != Phase::Decided ? 0
                               : c == lastDecided             ? int(selected.size()) * 85 / 100
                                                              : int(selected.size());
        const qint64 start = call.grantStart();
        for (int k = 0; k < toAllocate; ++k) {
            App &a = m_d.apps[selected[k]];
            const QDate last = call.allocationFrom.addMonths(a.months);
            const qint64 end = seoulMidnightMs(last.year(), last.month(), last.day());
            const int pool =
                m_d.fleet.poolIndex(u"open-"_s + m_d.fleet.types[a.type].code.toLower());
            a.allocated = m_d.fleet.reserve(pool, a.granted, start, end);
            if (a.allocated.isEmpty())
                continue;
            a.grantStart = start;
            a.grantEnd = end;
            m_d.allocations += int(a.allocated.size());
            a.path << S::Allocated;
            const bool active = demo() ? k >= 10 : start + 2 * kDayMs <= m_ctx.stamp;
            if (active)
                a.path << S::Active;
            if (!demo() && end + kDayMs <= m_ctx.stamp)
                a.path << S::Completed;
        }
    }
}

// More submissions towards the deadline. Basic arithmetic only: std::pow may round differently
// between standard libraries, and generated rows must not.
double lateSkew(double u)
{
    return u * (2 - u);
}

// Applicants submit at any hour; officers act on weekdays between 09:00 and 18:00 in Seoul.
qint64 officeHours(qint64 t, Rng &rng)
{
    const qint64 local = t + 9 * kHourMs;
    qint64 day = local / kDayMs;
    qint64 ms = local % kDayMs;
    if (ms >= 18 * kHourMs) {
        ++day;
        ms = 0;
    }
    if (ms < 9 * kHourMs)
        ms = 9 * kHourMs + rng.below(int(3 * kHourMs));
    while ((day + 3) % 7 >= 5) // 1970-01-01 was a Thursday: 0 = Monday, 5 and 6 the weekend
        ++day;
    return day * kDayMs + ms - 9 * kHourMs;
}

void Generator::planTimelines()
{
    Rng rng(m_ctx.seed, "timelines");
    const qint64 now = m_ctx.stamp;
    auto days = [&rng](double lo, double hi) { return qint64(rng.uniform(lo, hi) * kDayMs); };
    for (App &a : m_d.apps) {
        const CallPlan &call = m_d.calls[a.call];
        // The path of each group; decide() laid those of the decided applications.
        static const QList<S> kPaths[] = {{S::Submitted},
                                          {S::Submitted, S::Screening},
                                          {S::Submitted, S::Screening, S::Rejected},
                                          {S::Submitted, S::Withdrawn},
                                          {S::Submitted, S::Screening, S::UnderReview}};
        if (a.group == Group::Withdrawn && rng.chance(0.5))
            a.path = {S::Submitted, S::Screening, S::Withdrawn};
        else if (a.group != Group::Decided)
            a.path = kPaths[int(a.group)];
        qint64 to = call.closeMs();
        if (a.group == Group::Decided)
            to = qMin(to, call.decisionAt - 12 * kDayMs);
        to = qMin(to, now - 6 * kHourMs);
        qint64 t =
            a.late ? call.closeMs() + days(0.1, 4)
                   : call.openMs() + qint64(lateSkew(rng.uniform()) * double(to - call.openMs()));
        QList<qint64> times{t};
        for (int k = 1; k < a.path.size(); ++k) {
            switch (a.path[k]) {
            case S::Screening:
                t += days(0.2, 3);
                break;
            case S::Rejected:
                t = a.path[k - 1] == S::Screening ? t + days(0.3, 2.5)
                                                  : call.decisionAt + days(0, 1.5);
                break;
            case S::Selected:
            case S::Waitlisted:
                t = call.decisionAt + days(0, 1.5);
                break;
            case S::Allocated:
                t += days(0.5, 2);
                break;
            case S::Active:
                t = a.grantStart + days(0.1, 2);
                break;
            case S::Completed:
                t = a.grantEnd + days(0, 1);
                break;
            default: // under review, withdrawn
                t += days(0.3, 2.5);
                break;
            }
            t = officeHours(t, rng);
            times.append(t);
        }
        // Strictly increasing, and never after the generation time.
        constexpr qint64 gap = 5 * 60000;
        for (int k = 1; k < times.size(); ++k)
            times[k] = qMax(times[k], times[k - 1] + gap);
        if (times.last() > now - 2 * gap) {
            times.last() = now - 2 * gap;
            for (qsizetype k = times.size() - 2; k >= 0; --k)
                times[k] = qMin(times[k], times[k + 1] - gap);
        }
        a.times = times;
    }
    // Reviews happen between the start of the review and the decision (or now).
    for (Review &r : m_d.reviews) {
        const App &a = m_d.apps[r.app];
        const qint64 begin = a.times[2];
        const qint64 limit = a.times.size() > 3 ? a.times[3] - 2 * kHourMs : now - kHourMs;
        const qint64 span = qMax<qint64>(limit - begin, 3 * 60000);
        r.assigned = begin + qMin<qint64>(days(0.05, 1), span / 4);
        if (r.state > 0)
            r.responded = r.assigned + qMin<qint64>(days(0.05, 2), span / 4);
        if (r.state == 2)
            r.submitted =
                r.responded + qint64(rng.uniform(0.1, 0.95) * double(limit - r.responded));
        r.submitted = qMax(r.submitted, r.state == 2 ? r.responded + 60000 : 0);
    }
}

bool Generator::run(GenerateReport *report)
{
    step(0, QCoreApplication::translate("DataGenerator", "Checking the profile"));
    QSqlQuery q(m_ctx.db);
    if (!q.exec(u"SELECT EXISTS (SELECT 1 FROM applications) OR EXISTS (SELECT 1 FROM nodes)"_s) ||
        !q.next()) {
        m_ctx.error = q.lastError().text();
        return false;
    }
    if (q.value(0).toBool()) {
        m_ctx.error = QCoreApplication::translate(
            "DataGenerator",
            "This profile already has applications or nodes. Generated data goes into "
            "a new, empty profile only: create one and generate there.");
        return false;
    }
    step(2, QCoreApplication::translate("DataGenerator",
                                        "Planning the fleet, organisations and applications"));
    m_d.fleet = FleetGenerator::plan(m_ctx, demo() ? FleetPlan::Demo : FleetPlan::Scale);
    planOrganizations();
    planReviewers();
    planCalls();
    planApplications();
    step(6, QCoreApplication::translate("DataGenerator",
                                        "Planning reviews, selections and allocations"));
    planReviews();
    decide();
    planTimelines();
    TrackGenerator tracks(m_ctx, m_d);
    tracks.plan();

    DatasetWriter writer(m_ctx, m_d, [this](int percent) { step(percent, m_stepName); });
    step(12, QCoreApplication::translate("DataGenerator", "Writing the fleet"));
    if (!FleetGenerator::write(m_ctx, m_d.fleet))
        return false;
    step(30,
         QCoreApplication::translate("DataGenerator", "Writing organisations, users and calls"));
    if (!writer.writeCatalog() || !writer.writePeople() || !writer.writeCalls())
        return false;
    step(38,
         QCoreApplication::translate("DataGenerator", "Writing applications and their history"));
    if (!writer.writeApplications())
        return false;
    step(65, QCoreApplication::translate("DataGenerator",
                                         "Writing reviewers, assignments and reviews"));
    if (!writer.writeReviews())
        return false;
    step(95, QCoreApplication::translate("DataGenerator", "Writing grants and allocations"));
    if (!writer.writeGrants())
        return false;
    step(97, QCoreApplication::translate("DataGenerator",
                                         "Writing the national-project round and the program"));
    if (!tracks.write(writer.callTypeIds(), writer.fieldIds()))
        return false;
    *report = {int(m_d.fleet.nodes.size()),
               m_d.fleet.racks,
               int(m_d.apps.size()),
               int(m_d.reviewers.size()),
               0,
               int(m_d.orgs.size()),
               m_d.allocations,
               tracks.demands(),
               tracks.teams()};
    for (const Review &r : std::as_const(m_d.reviews))
        report->reviews += r.state ? 1 : 0;
    report->reviews += tracks.reviews();
    return true;
}

bool generate(Store &store, DatasetKind kind, const ScaleShape &shape, quint32 seed,
              GenerateReport *report, QString *error, const GenerateProgress &progress)
{
    // "Now" of the generated world, also every row's updated_at: a few weeks after the first
    // call closed (demo), or March 2028 (scale).
    const bool demo = kind == DatasetKind::Demo;
    const qint64 stamp = demo ? seoulMidnightMs(2026, 2, 10) + 9 * kHourMs
                              : seoulMidnightMs(2028, 3, 16) + 9 * kHourMs;
    GenerateReport result;
    const bool ok = store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            Context ctx{db, IdMaker(demo ? u"demo"_s : u"scale"_s), seed, stamp, {}};
            Generator generator(ctx, kind, shape, progress);
            if (!generator.run(&result)) {
                *err = demo ? QCoreApplication::translate("DataGenerator",
                                                          "Generating the demo data failed: %1")
                                  .arg(ctx.error)
                            : QCoreApplication::translate("DataGenerator",
                                                          "Generating the scale data failed: %1")
                                  .arg(ctx.error);
                return false;
            }
            for (const QString &t : SyncedTables::names())
                changed.insert(t);
            return true;
        },
        error, Store::Capture::Uncaptured);
    if (ok && report)
        *report = result;
    if (ok && progress)
        //: Progress step: the data were generated and saved
        progress(100, QCoreApplication::translate("DataGenerator", "Done"));
    return ok;
}

} // namespace

bool generateDataset(Store &store, DatasetKind kind, quint32 seed, GenerateReport *report,
                     QString *error, const GenerateProgress &progress)
{
    return generate(store, kind, ScaleShape{}, seed, report, error, progress);
}

bool generateScaleDataset(Store &store, const ScaleShape &shape, quint32 seed,
                          GenerateReport *report, QString *error, const GenerateProgress &progress)
{
    return generate(store, DatasetKind::Scale, shape, seed, report, error, progress);
}

} // namespace gpudesk
