// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to DataGenerator.cpp: the in-memory plan of a generated dataset (DataGenerator.cpp
// decides it) and how a plan is written, parents first, with one prepared query per table.
// Kept apart so that neither part grows past a readable size.

#include "DemoNames.h"
#include "FleetGenerator.h"
#include "GeneratedColumns.h"
#include "domain/Enums.h"

#include <QDate>
#include <QHash>
#include <array>
#include <functional>

namespace gpudesk::gen {

using namespace Qt::StringLiterals;

enum class Group
{
    Submitted,
    Screening,
    ScreenRejected,
    Withdrawn,
    UnderReview,
    Decided
};
enum class Phase
{
    Open,
    Review,
    Decided
};

struct Org
{
    QString id;
    demo::OrgName name;
    OrganizationType type = OrganizationType::University;
    bool youth = false;
    QString businessNumber;
};

struct Reviewer
{
    QString id;
    QString userId;
    demo::PersonName person;
    QString email;
    int org = -1;
    QString affiliation;
    QString title;
    QList<int> fields;
    QList<int> conflicts; // organisations, their own included
    double bias = 0;      // a strict or lenient marker, in points of a 0-10 score
};

struct CallPlan
{
    QString id;
    QString code; // 2025-R1
    int year = 2025;
    int round = 1;
    QDate opens, closes, reviewDeadline, allocationFrom;
    int reviewersPerApp = 3;
    int waitlist = 10;
    int applications = 0;
    Phase phase = Phase::Open;
    QList<int> panel;
    QStringList criteria; // rubric criterion ids, in order
    qint64 decisionAt = 0;

    qint64 openMs() const { return seoulMidnightMs(opens.year(), opens.month(), opens.day()); }
    qint64 closeMs() const // 23:59 on the last day
    {
        return seoulMidnightMs(closes.year(), closes.month(), closes.day()) + kDayMs - 60000;
    }
    qint64 grantStart() const
    {
        return seoulMidnightMs(allocationFrom.year(), allocationFrom.month(), allocationFrom.day());
    }
};

struct App
{
    int call = 0, org = 0, field = 0, type = 0;
    int gpus = 8, nodes = 1, months = 6;
    QDate desiredStart;
    Group group = Group::Submitted;
    double quality = 0.5;
    QStringList failures;
    bool late = false;
    QList<ApplicationStatus> path;
    QList<qint64> times;
    QString decisionReason;
    int granted = 0;
    QList<int> allocated; // fleet node indexes
    qint64 grantStart = 0, grantEnd = 0;
    int firstReview = -1, reviewCount = 0;
    double meanTotal = 0;
    quint64 textBits = 0;
};

struct Review
{
    int app = 0, reviewer = 0;
    int state = 0; // 0 assigned without review, 1 draft, 2 submitted
    int scored = 0;
    std::array<int, 4> scores{};
    qint64 assigned = 0, responded = 0, submitted = 0;
};

struct Rubric
{
    const char16_t *name, *nameEn;
    int weight;
    const char16_t *guidance;
};
inline const Rubric kRubric[] = {
    {u"기술 우수성", u"Technical excellence", 30,
     u"연구 목표의 도전성과 기술적 독창성, 선행 연구 대비 차별성을 평가한다."},
    {u"수행 가능성", u"Feasibility", 25,
     u"연구진 역량, 데이터 확보 계획, 일정과 추진 체계의 현실성을 평가한다."},
    {u"대규모 연산 필요성", u"Need for large-scale compute", 25,
     u"요청한 GPU 규모와 기간이 연구 내용에 비추어 필요하고 적정한지 평가한다."},
    {u"기대 효과", u"Expected impact", 20,
     u"산업·학술적 파급 효과와 성과 확산·활용 계획을 평가한다."},
};
inline constexpr int kMaxScore = 10;

// Who moves applications in generated histories: the two program officers of the staff users.
inline const char16_t *const kOfficers[] = {u"김서연", u"이도현"};

inline double totalOf(const Review &r)
{
    double total = 0;
    for (int c = 0; c < 4; ++c)
        total += kRubric[c].weight * double(r.scores[c]) / kMaxScore;
    return total;
}

// The plan of a whole dataset.
struct Dataset
{
    bool demo = true;
    Fleet fleet;
    QList<Org> orgs;
    QList<Reviewer> reviewers;
    QList<CallPlan> calls;
    QList<App> apps;
    QList<Review> reviews;
    int allocations = 0;
};

// Writes a planned dataset: parents before children, one prepared query per table. Reuses the
// rows of reference tables (fields, call types, user logins) a new profile may already have.
class DatasetWriter
{
public:
    DatasetWriter(Context &ctx, Dataset &data, const std::function<void(int)> &tick)
        : m_ctx(ctx), m_d(data), m_tick(tick)
    {
    }

    // Each returns false with ctx.error set; call them in this order.
    bool writeCatalog();
    bool writePeople();
    bool writeCalls();
    bool writeApplications();
    bool writeReviews();
    bool writeGrants();

    // The rows of reference tables written (or reused) by writeCatalog, for later steps.
    const QStringList &callTypeIds() const { return m_callTypeIds; }
    const QStringList &fieldIds() const { return m_fieldIds; }

private:
    using S = ApplicationStatus;

    static QString historyReason(const App &a, int k)
    {
        switch (a.path[k]) {
        case S::Rejected:
            return a.path[k - 1] == S::Screening ? a.failures.join(u"; "_s) : a.decisionReason;
        case S::Selected:
        case S::Waitlisted:
            return a.decisionReason;
        case S::Withdrawn:
            return u"신청 기관 요청에 따른 철회"_s;
        case S::Allocated:
            return u"%1노드 배정, %2부터 %3개월"_s.arg(a.allocated.size())
                .arg(QDate(1970, 1, 1)
                         .addDays((a.grantStart + 9 * kHourMs) / kDayMs)
                         .toString(Qt::ISODate))
                .arg(a.months);
        case S::Completed:
            return u"사용 기간 종료"_s;
        default:
            return {};
        }
    }

    Context &m_ctx;
    Dataset &m_d;
    std::function<void(int)> m_tick;
    QStringList m_fieldIds;
    QStringList m_callTypeIds;
};

inline bool DatasetWriter::writeCatalog()
{
    RowInserter fields(m_ctx.db, u"fields"_s,
                       {u"code"_s, u"parent_id"_s, u"name_ko"_s, u"name_en"_s}, m_ctx.stamp);
    for (int f = 0; f < demo::fieldCount(); ++f) {
        const demo::FieldName name = demo::field(f);
        QString id = existingId(m_ctx.db, u"fields"_s, u"code"_s, name.code);
        if (id.isEmpty() && !fields.insert(id = m_ctx.ids(u"fields"_s, f),
                                           {name.code, QVariant(), name.ko, name.en}))
            return m_ctx.fail(fields);
        m_fieldIds.append(id);
    }
    struct CallType
    {
        const char16_t *code, *name, *nameEn, *stages;
    };
    static const CallType kCallTypes[] = {
        {u"open_call", u"산학연 공모", u"Open call",
         u"[\"open\",\"screening\",\"review\",\"selection\",\"allocation\",\"closed\"]"},
        {u"national_project", u"국가 프로젝트", u"National project",
         u"[\"demand_survey\",\"pre_review\",\"deliberation\",\"allocation\",\"closed\"]"},
        {u"annual_evaluation", u"연차평가", u"Annual evaluation",
         u"[\"submission\",\"evaluation\",\"decision\",\"allocation\",\"closed\"]"},
    };
    RowInserter types(m_ctx.db, u"call_types"_s, {u"code"_s, u"name"_s, u"name_en"_s, u"stages"_s},
                      m_ctx.stamp);
    for (int i = 0; i < int(std::size(kCallTypes)); ++i) {
        const CallType &t = kCallTypes[i];
        const QString code = QString::fromUtf16(t.code);
        QString id = existingId(m_ctx.db, u"call_types"_s, u"code"_s, code);
        if (id.isEmpty() &&
            !types.insert(id = m_ctx.ids(u"call_types"_s, i),
                          {code, QString::fromUtf16(t.name), QString::fromUtf16(t.nameEn),
                           QString::fromUtf16(t.stages)}))
            return m_ctx.fail(types);
        m_callTypeIds.append(id);
    }
    RowInserter orgs(m_ctx.db, u"organizations"_s,
                     {u"name"_s, u"name_en"_s, u"org_type"_s, u"youth_founded"_s,
                      u"business_number"_s, u"region"_s},
                     m_ctx.stamp);
    for (const Org &o : std::as_const(m_d.orgs)) {
        if (!orgs.insert(o.id, {o.name.name, o.name.nameEn, orgTypeKey(o.type), o.youth ? 1 : 0,
                                o.businessNumber, o.name.region}))
            return m_ctx.fail(orgs);
    }
    return true;
}

inline bool DatasetWriter::writePeople()
{
    RowInserter users(m_ctx.db, u"users"_s,
                      {u"login"_s, u"display_name"_s, u"email"_s, u"role"_s, u"disabled"_s},
                      m_ctx.stamp);
    struct Staff
    {
        const char16_t *login, *name, *email;
        Role role;
    };
    static const Staff kStaff[] = {
        {u"admin", u"박준혁", u"admin@aihighway.example", Role::Administrator},
        {u"officer", u"김서연", u"seoyeon.kim@aihighway.example", Role::ProgramOfficer},
        {u"officer2", u"이도현", u"dohyun.lee@aihighway.example", Role::ProgramOfficer},
        {u"manager", u"정민호", u"minho.jung@aihighway.example", Role::Manager},
    };
    for (int i = 0; i < int(std::size(kStaff)); ++i) {
        const QString login = QString::fromUtf16(kStaff[i].login);
        if (existingId(m_ctx.db, u"users"_s, u"login"_s, login).isEmpty() &&
            !users.insert(m_ctx.ids(u"users"_s, i),
                          {login, QString::fromUtf16(kStaff[i].name),
                           QString::fromUtf16(kStaff[i].email), roleKey(kStaff[i].role), 0}))
            return m_ctx.fail(users);
    }
    const int digits = m_d.demo ? 2 : 4;
    for (int i = 0; i < m_d.reviewers.size(); ++i) {
        Reviewer &r = m_d.reviewers[i];
        const QString login = u"reviewer%1"_s.arg(i + 1, digits, 10, QLatin1Char('0'));
        const QString existing = existingId(m_ctx.db, u"users"_s, u"login"_s, login);
        if (!existing.isEmpty())
            r.userId = existing;
        else if (!users.insert(r.userId, {login, r.person.ko, r.email, roleKey(Role::Reviewer), 0}))
            return m_ctx.fail(users);
    }
    return true;
}

inline bool DatasetWriter::writeCalls()
{
    RowInserter calls(m_ctx.db, u"calls"_s,
                      {u"call_type_id"_s, u"code"_s, u"title"_s, u"title_en"_s, u"opens_on"_s,
                       u"closes_on"_s, u"review_deadline"_s, u"allocation_from"_s, u"max_months"_s,
                       u"reviewers_per_application"_s, u"waitlist_length"_s,
                       u"youth_discount_percent"_s, u"idle_threshold_percent"_s, u"idle_days"_s,
                       u"vat_percent"_s, u"pledge_text"_s, u"stage"_s, u"panel_closed_at"_s},
                      m_ctx.stamp);
    RowInserter accelerators(m_ctx.db, u"call_accelerators"_s, generated::acceleratorColumns(),
                             m_ctx.stamp);
    RowInserter rates(m_ctx.db, u"call_share_rates"_s, generated::shareRateColumns(), m_ctx.stamp);
    RowInserter criteria(m_ctx.db, u"rubric_criteria"_s, generated::criterionColumns(),
                         m_ctx.stamp);
    static const int kShare[] = {0, 0, 500, 500, 1000, 0}; // basis points, per OrganizationType
    int accIndex = 0;
    for (int c = 0; c < m_d.calls.size(); ++c) {
        const CallPlan &p = m_d.calls[c];
        qint64 lastGrantEnd = 0;
        for (const App &a : std::as_const(m_d.apps))
            lastGrantEnd = a.call == c ? qMax(lastGrantEnd, a.grantEnd) : lastGrantEnd;
        const bool closed = p.phase == Phase::Decided && !m_d.demo && lastGrantEnd <= m_ctx.stamp;
        const QString stage = p.phase == Phase::Open                 ? u"open"_s
                              : p.phase == Phase::Review || m_d.demo ? u"review"_s
                              : closed                               ? u"closed"_s
                                                                     : u"allocation"_s;
        if (!calls.insert(
                p.id,
                {m_callTypeIds[0], p.code,
                 u"%1년 첨단 GPU 지원 사업 %2차 공모"_s.arg(p.year).arg(p.round),
                 u"%1 Advanced GPU Support Program, open call %2"_s.arg(p.year).arg(p.round),
                 p.opens.toString(Qt::ISODate), p.closes.toString(Qt::ISODate),
                 p.reviewDeadline.toString(Qt::ISODate), p.allocationFrom.toString(Qt::ISODate), 12,
                 p.reviewersPerApp, p.waitlist, 50, 30, 14, 10, demo::pledgeText(), stage,
                 closed ? QVariant(p.decisionAt + 30 * kDayMs) : QVariant()}))
            return m_ctx.fail(calls);
        for (const FleetType &t : std::as_const(m_d.fleet.types)) {
            const int pool = m_d.fleet.poolIndex(u"open-"_s + t.code.toLower());
            if (pool >= 0 && !accelerators.insert(m_ctx.ids(u"call_accelerators"_s, accIndex++),
                                                  {p.id, t.id, t.code == u"B200"_s ? 16 : 32,
                                                   t.price, m_d.fleet.pools[pool].id}))
                return m_ctx.fail(accelerators);
        }
        for (int o = 0; o < kOrganizationTypeCount; ++o) {
            if (!rates.insert(m_ctx.ids(u"call_share_rates"_s, c * kOrganizationTypeCount + o),
                              {p.id, orgTypeKey(static_cast<OrganizationType>(o)), 1, kShare[o]}))
                return m_ctx.fail(rates);
        }
        for (int k = 0; k < 4; ++k) {
            const Rubric &r = kRubric[k];
            if (!criteria.insert(p.criteria[k], {p.id, k + 1, QString::fromUtf16(r.name),
                                                 QString::fromUtf16(r.nameEn), r.weight, 0,
                                                 kMaxScore, QString::fromUtf16(r.guidance)}))
                return m_ctx.fail(criteria);
        }
    }
    return true;
}

inline bool DatasetWriter::writeApplications()
{
    const qint64 stamp = m_ctx.stamp;
    RowInserter apps(m_ctx.db, u"applications"_s, generated::applicationColumns(), stamp);
    RowInserter people(m_ctx.db, u"application_people"_s,
                       {u"application_id"_s, u"name"_s, u"email"_s, u"role"_s}, stamp);
    RowInserter history(m_ctx.db, u"application_status_history"_s,
                        generated::statusHistoryColumns(), stamp);
    RowInserter docs(m_ctx.db, u"documents"_s,
                     {u"application_id"_s, u"kind"_s, u"file_name"_s, u"mime_type"_s,
                      u"size_bytes"_s, u"sha256"_s, u"content"_s},
                     stamp);
    Rng rng(m_ctx.seed, "people");
    QList<int> sequence(m_d.calls.size(), 0);
    int nPeople = 0, nHistory = 0, nDocs = 0;
    auto addDoc = [&](const QString &appId, const QString &kind, const QString &file,
                      const QString &text) {
        const QByteArray bytes = text.toUtf8();
        return docs.insert(
            m_ctx.ids(u"documents"_s, nDocs++),
            {appId, kind, file, u"text/plain"_s, bytes.size(), sha256Hex(bytes), bytes});
    };
    for (int i = 0; i < m_d.apps.size(); ++i) {
        if (i % 2000 == 0)
            m_tick(38 + 27 * i / int(m_d.apps.size()));
        const App &a = m_d.apps[i];
        const CallPlan &call = m_d.calls[a.call];
        const Org &org = m_d.orgs[a.org];
        const QString id = m_ctx.ids(u"applications"_s, i);
        const int seq = ++sequence[a.call];
        const QString code =
            u"%1R%2-%3"_s.arg(call.year).arg(call.round).arg(seq, 4, 10, QLatin1Char('0'));
        const QString type = m_d.fleet.types[a.type].code;
        const demo::Bilingual title = demo::projectTitle(a.field, a.textBits);
        const QString summary = demo::projectSummary(a.field, a.textBits, type, a.gpus, a.months);
        const demo::PersonName pi = demo::person(rng.next());
        const QString piEmail = demo::email(pi, org.name.domain);
        const bool screened = a.path.contains(S::UnderReview);
        const QString note = a.group == Group::ScreenRejected ? a.failures.join(u"; "_s)
                             : screened                       ? u"요건 검토 통과"_s
                                                              : QString();
        if (!apps.insert(
                id,
                {call.id,
                 org.id,
                 code,
                 title.ko,
                 title.en,
                 summary,
                 pi.ko,
                 piEmail,
                 demo::phone(rng.next()),
                 m_fieldIds[a.field],
                 m_d.fleet.types[a.type].id,
                 a.gpus,
                 a.nodes,
                 a.months,
                 a.desiredStart.toString(Qt::ISODate),
                 u"prj-%1r%2-%3"_s.arg(call.year).arg(call.round).arg(seq, 4, 10, QLatin1Char('0')),
                 a.times.first(),
                 statusKey(a.path.last()),
                 a.times.last(),
                 note,
                 a.granted > 0 ? QVariant(a.granted) : QVariant(),
                 m_d.demo ? u"demo"_s : u"scale"_s}))
            return m_ctx.fail(apps);
        const int members = 1 + rng.weighted({2, 6, 3});
        for (int j = 0; j < members; ++j) {
            const demo::PersonName p = demo::person(rng.next());
            const Org &at = rng.chance(0.25) ? m_d.orgs[rng.below(int(m_d.orgs.size()))] : org;
            const QString role = j == 0   ? u"co_investigator"_s
                                 : j == 2 ? u"contact"_s
                                          : u"member"_s;
            if (!people.insert(m_ctx.ids(u"application_people"_s, nPeople++),
                               {id, p.ko, demo::email(p, at.name.domain), role}))
                return m_ctx.fail(people);
        }
        for (int k = 0; k < a.path.size(); ++k) {
            if (!history.insert(m_ctx.ids(u"application_status_history"_s, nHistory++),
                                {id, k ? statusKey(a.path[k - 1]) : QString(), statusKey(a.path[k]),
                                 a.times[k], QString::fromUtf16(kOfficers[(i + k) % 2]),
                                 historyReason(a, k)}))
                return m_ctx.fail(history);
        }
        const QString proposal =
            u"과제 번호: %1\n과제명: %2\nTitle: %3\n신청 기관: %4 (%5)\n책임자: %6 <%7>\n분야: %8\n"
            "요청 자원: %9 GPU %10장 (%11노드), %12개월, 희망 시작일 %13\n\n[연구 개요]\n%14\n"_s
                .arg(code, title.ko, title.en, org.name.name, org.name.nameEn, pi.ko, piEmail,
                     demo::field(a.field).ko, type)
                .arg(a.gpus)
                .arg(a.nodes)
                .arg(a.months)
                .arg(a.desiredStart.toString(Qt::ISODate), summary);
        if (!addDoc(id, u"proposal"_s, u"%1_연구계획서_요약.txt"_s.arg(code), proposal))
            return m_ctx.fail(docs);
        if (m_d.demo && rng.chance(0.35)) {
            const QString plan = u"과제 번호: %1\nSlurm 계정: prj-%2r%3-%4\n\n[자원 활용 계획]\n"
                                 "1~2개월: 데이터 정제와 소규모 실험 (%5노드 중 일부)\n"
                                 "3개월 이후: 전체 %5노드 분산 학습, 주 1회 체크포인트 저장\n"
                                 "종료 1개월 전: 평가와 결과 공개 준비\n"_s.arg(code)
                                     .arg(call.year)
                                     .arg(call.round)
                                     .arg(seq, 4, 10, QLatin1Char('0'))
                                     .arg(a.nodes);
            if (!addDoc(id, u"other"_s, u"%1_자원활용계획.txt"_s.arg(code), plan))
                return m_ctx.fail(docs);
        }
    }
    return true;
}

inline bool DatasetWriter::writeReviews()
{
    const qint64 stamp = m_ctx.stamp;
    RowInserter reviewers(
        m_ctx.db, u"reviewers"_s,
        {u"user_id"_s, u"name"_s, u"email"_s, u"organization_id"_s, u"affiliation"_s, u"title"_s},
        stamp);
    RowInserter fields(m_ctx.db, u"reviewer_fields"_s, {u"reviewer_id"_s, u"field_id"_s}, stamp);
    RowInserter conflicts(m_ctx.db, u"reviewer_conflicts"_s,
                          {u"reviewer_id"_s, u"organization_id"_s, u"note"_s}, stamp);
    Rng rng(m_ctx.seed, "review texts");
    int nFields = 0, nConflicts = 0;
    for (const Reviewer &r : std::as_const(m_d.reviewers)) {
        if (!reviewers.insert(r.id, {r.userId, r.person.ko, r.email,
                                     r.org >= 0 ? QVariant(m_d.orgs[r.org].id) : QVariant(),
                                     r.affiliation, r.title}))
            return m_ctx.fail(reviewers);
        for (int f : r.fields) {
            if (!fields.insert(m_ctx.ids(u"reviewer_fields"_s, nFields++), {r.id, m_fieldIds[f]}))
                return m_ctx.fail(fields);
        }
        for (int o : r.conflicts) {
            if (o != r.org &&
                !conflicts.insert(m_ctx.ids(u"reviewer_conflicts"_s, nConflicts++),
                                  {r.id, m_d.orgs[o].id, demo::conflictNote(rng.next())}))
                return m_ctx.fail(conflicts);
        }
    }
    // The pledge comes before a reviewer opens the first application of the call.
    QHash<qint64, qint64> firstOpened;
    for (const Review &r : std::as_const(m_d.reviews)) {
        if (r.responded) {
            const qint64 key = qint64(m_d.apps[r.app].call) * m_d.reviewers.size() + r.reviewer;
            const auto it = firstOpened.constFind(key);
            if (it == firstOpened.cend() || *it > r.responded)
                firstOpened.insert(key, r.responded);
        }
    }
    RowInserter panel(m_ctx.db, u"panel_members"_s, generated::panelColumns(), stamp);
    RowInserter pledges(m_ctx.db, u"pledges"_s, generated::pledgeColumns(), stamp);
    const QString pledgeHash = sha256Hex(demo::pledgeText().toUtf8());
    int nPanel = 0, nPledges = 0;
    for (int c = 0; c < m_d.calls.size(); ++c) {
        for (int r : std::as_const(m_d.calls[c].panel)) {
            if (!panel.insert(m_ctx.ids(u"panel_members"_s, nPanel++),
                              {m_d.calls[c].id, m_d.reviewers[r].id}))
                return m_ctx.fail(panel);
            const qint64 opened = firstOpened.value(qint64(c) * m_d.reviewers.size() + r);
            if (opened &&
                !pledges.insert(m_ctx.ids(u"pledges"_s, nPledges++),
                                {m_d.calls[c].id, m_d.reviewers[r].id, opened - 60000, pledgeHash}))
                return m_ctx.fail(pledges);
        }
    }
    RowInserter assignments(m_ctx.db, u"review_assignments"_s,
                            {u"application_id"_s, u"reviewer_id"_s, u"status"_s, u"assigned_at"_s,
                             u"responded_at"_s, u"reason"_s},
                            stamp);
    RowInserter reviews(m_ctx.db, u"reviews"_s,
                        {u"assignment_id"_s, u"application_id"_s, u"reviewer_id"_s, u"status"_s,
                         u"scores"_s, u"total"_s, u"comment"_s, u"submitted_at"_s,
                         u"reopen_reason"_s},
                        stamp);
    int nReviews = 0;
    for (int j = 0; j < m_d.reviews.size(); ++j) {
        if (j % 5000 == 0)
            m_tick(65 + 30 * j / int(m_d.reviews.size()));
        const Review &r = m_d.reviews[j];
        const App &a = m_d.apps[r.app];
        const QString appId = m_ctx.ids(u"applications"_s, r.app);
        const QString assignmentId = m_ctx.ids(u"review_assignments"_s, j);
        const QString reviewerId = m_d.reviewers[r.reviewer].id;
        if (!assignments.insert(assignmentId,
                                {appId, reviewerId, r.state ? u"accepted"_s : u"assigned"_s,
                                 r.assigned, nullable(r.responded), QString()}))
            return m_ctx.fail(assignments);
        if (r.state == 0)
            continue;
        const QStringList &criteria = m_d.calls[a.call].criteria;
        QStringList parts;
        for (int c = 0; c < r.scored; ++c)
            parts << u"\"%1\":%2"_s.arg(criteria[c]).arg(r.scores[c]);
        const double total = totalOf(r);
        const QString comment = r.state == 2 || rng.chance(0.5)
                                    ? demo::reviewComment(total / 100, rng.next())
                                    : QString();
        if (!reviews.insert(
                m_ctx.ids(u"reviews"_s, nReviews++),
                {assignmentId, appId, reviewerId, r.state == 2 ? u"submitted"_s : u"draft"_s,
                 u"{%1}"_s.arg(parts.join(u',')), r.scored == 4 ? QVariant(total) : QVariant(),
                 comment, nullable(r.submitted), QString()}))
            return m_ctx.fail(reviews);
    }
    return true;
}

inline bool DatasetWriter::writeGrants()
{
    RowInserter grants(m_ctx.db, u"grants"_s,
                       {u"application_id"_s, u"accelerator_type_id"_s, u"pool_id"_s, u"nodes"_s,
                        u"starts_at"_s, u"ends_at"_s, u"status"_s},
                       m_ctx.stamp);
    RowInserter allocations(m_ctx.db, u"allocations"_s,
                            {u"grant_id"_s, u"node_id"_s, u"starts_at"_s, u"ends_at"_s},
                            m_ctx.stamp);
    int nGrants = 0, nAllocations = 0;
    for (int i = 0; i < m_d.apps.size(); ++i) {
        const App &a = m_d.apps[i];
        if (a.allocated.isEmpty())
            continue;
        const QString grantId = m_ctx.ids(u"grants"_s, nGrants++);
        const S status = a.path.last();
        const int pool = m_d.fleet.nodes[a.allocated.first()].pool;
        if (!grants.insert(grantId, {m_ctx.ids(u"applications"_s, i), m_d.fleet.types[a.type].id,
                                     m_d.fleet.pools[pool].id, int(a.allocated.size()),
                                     a.grantStart, a.grantEnd,
                                     status == S::Completed ? u"completed"_s
                                     : status == S::Active  ? u"active"_s
                                                            : u"planned"_s}))
            return m_ctx.fail(grants);
        for (int n : a.allocated) {
            if (!allocations.insert(m_ctx.ids(u"allocations"_s, nAllocations++),
                                    {grantId, m_d.fleet.nodes[n].id, a.grantStart, a.grantEnd}))
                return m_ctx.fail(allocations);
        }
    }
    return true;
}

} // namespace gpudesk::gen
