// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrackGenerator.h"

#include "GeneratedColumns.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace gpudesk::gen {
namespace {

struct Ministry
{
    const char16_t *name, *nameEn, *domain;
};
const Ministry kMinistries[] = {
    {u"과학기술정보통신부", u"Ministry of Science and ICT", u"msit.go.kr"},
    {u"산업통상자원부", u"Ministry of Trade, Industry and Energy", u"motie.go.kr"},
    {u"보건복지부", u"Ministry of Health and Welfare", u"mohw.go.kr"},
    {u"국방부", u"Ministry of National Defense", u"mnd.go.kr"},
    {u"행정안전부", u"Ministry of the Interior and Safety", u"mois.go.kr"},
    {u"국토교통부", u"Ministry of Land, Infrastructure and Transport", u"molit.go.kr"},
    {u"기상청", u"Korea Meteorological Administration", u"kma.go.kr"},
    {u"해양수산부", u"Ministry of Oceans and Fisheries", u"mof.go.kr"},
};

struct Demand
{
    int ministry;
    const char16_t *project, *projectEn, *purpose;
    int nodes, months, startMonth, priority;
    double quality;
    int reviews; // submitted ones, of three
};
const Demand kDemands[] = {
    {0, u"독자 AI 파운데이션 모델 개발", u"Sovereign AI foundation model",
     u"한국어·한국 문화에 강한 초거대 언어 모델을 사전학습하여 공공과 산업에 공개한다.", 192, 12, 4,
     1, 0.9, 3},
    {0, u"AI 반도체 검증용 모델 학습", u"Models for validating domestic AI chips",
     u"국산 NPU 성능 검증에 쓸 기준 모델을 학습하고 비교 벤치마크를 만든다.", 32, 6, 5, 2, 0.7, 3},
    {1, u"제조 공정 특화 AI 모델", u"AI model for manufacturing processes",
     u"반도체·자동차 공정 데이터로 불량 예측과 공정 최적화 모델을 학습한다.", 64, 12, 4, 1, 0.78,
     3},
    {1, u"이차전지 소재 탐색 AI", u"AI for battery materials discovery",
     u"이차전지 양극재 후보 물질을 생성 모델로 탐색하고 물성을 예측한다.", 24, 9, 5, 2, 0.62, 3},
    {2, u"의료 영상 판독 보조 모델", u"Medical imaging assistant model",
     u"국립병원 영상 데이터로 판독 보조 모델을 학습하고 임상 검증을 준비한다.", 48, 12, 4, 1, 0.82,
     3},
    {2, u"신약 후보 물질 예측", u"Drug candidate prediction",
     u"단백질 구조 예측과 결합 친화도 모델로 신약 후보 물질을 선별한다.", 32, 9, 6, 2, 0.66, 2},
    {3, u"국방 특화 언어 모델", u"Defence language model",
     u"국방 문서와 교범에 특화된 언어 모델을 폐쇄망 환경에서 학습한다.", 64, 12, 4, 1, 0.74, 3},
    {4, u"공공 민원 상담 AI", u"Public service assistant",
     u"정부 민원 상담에 쓰는 대화형 모델을 미세조정하고 안전성을 평가한다.", 16, 6, 5, 1, 0.58, 3},
    {5, u"도시 교통 디지털 트윈", u"Urban traffic digital twin",
     u"수도권 교통 흐름을 모사하는 디지털 트윈과 예측 모델을 학습한다.", 24, 12, 4, 1, 0.68, 3},
    {5, u"자율주행 시뮬레이션", u"Autonomous driving simulation",
     u"자율주행 인지 모델을 대규모 시뮬레이션 데이터로 학습한다.", 40, 9, 6, 2, 0.55, 1},
    {6, u"AI 기반 수치예보 모델", u"AI numerical weather prediction",
     u"기상 재분석 자료로 전 지구 예보 모델을 학습하여 현업 예보와 비교한다.", 96, 12, 4, 1, 0.86,
     3},
    {7, u"해양 위성 영상 분석", u"Ocean satellite image analysis",
     u"해양 위성 영상으로 불법 조업과 해양 오염을 탐지하는 모델을 학습한다.", 16, 6, 5, 1, 0.6, 3},
};

struct Criterion
{
    const char16_t *name, *nameEn;
    int weight;
    const char16_t *guidance;
};
const Criterion kNationalRubric[] = {
    {u"국가 전략 부합성", u"Fit with national strategy", 30,
     u"국가 AI 전략과 부처 정책 목표에 비추어 사업의 필요성과 시급성을 평가한다."},
    {u"추진 체계·준비도", u"Readiness", 25,
     u"수행 기관, 데이터, 인력과 일정이 갖추어져 배정 즉시 착수할 수 있는지 평가한다."},
    {u"연산 자원 필요성", u"Need for compute", 25,
     u"요청한 노드 수와 기간이 사업 내용에 비추어 필요하고 적정한지 평가한다."},
    {u"파급 효과", u"Expected impact", 20,
     u"공공·산업에 미치는 효과와 성과 공개·확산 계획을 평가한다."},
};
const Criterion kProgramRubric[] = {
    {u"연구 성과", u"Research results", 35,
     u"연차 목표 대비 모델 성능, 공개 성과와 논문·특허를 평가한다."},
    {u"기술 수준·벤치마크", u"Technical level and benchmarks", 30,
     u"국내외 공개 벤치마크에서 세계 최고 수준 모델과의 격차를 평가한다."},
    {u"자원 활용 효율", u"Use of compute", 15,
     u"배정된 노드의 사용률과 학습 효율, 체크포인트 관리를 평가한다."},
    {u"차년도 계획", u"Plan for the next year", 20,
     u"차년도 목표와 필요한 자원 규모가 성과에 비추어 타당한지 평가한다."},
};

struct Team
{
    OrganizationType type;
    int ordinal;
    const char16_t *tag, *tagEn;
    double quality;
};
const Team kTeams[] = {
    {OrganizationType::LargeEnterprise, 0, u"컨소시엄", u"consortium", 0.91},
    {OrganizationType::LargeEnterprise, 1, u"컨소시엄", u"consortium", 0.83},
    {OrganizationType::Startup, 0, u"팀", u"team", 0.76},
    {OrganizationType::University, 0, u"연합팀", u"alliance", 0.67},
    {OrganizationType::ResearchInstitute, 0, u"컨소시엄", u"consortium", 0.53},
};
constexpr int kTeamNodes = 50;
// What screening writes when an entry meets the call's rules (as for the open call).
constexpr const char16_t *kPassedText = u"요건 검토 통과";
const QString kPassed = QString::fromUtf16(kPassedText);

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QString scoresJson(const QStringList &criteria, const QList<int> &scores)
{
    QStringList parts;
    for (int c = 0; c < scores.size(); ++c)
        parts << u"\"%1\":%2"_s.arg(criteria[c]).arg(scores[c]);
    return u"{%1}"_s.arg(parts.join(u','));
}

} // namespace

// One prepared INSERT per table both tracks write, shared by them.
struct TrackWriters
{
    TrackWriters(const QSqlDatabase &db, qint64 stamp)
        : calls(db, u"calls"_s,
                {u"call_type_id"_s, u"code"_s, u"title"_s, u"title_en"_s, u"opens_on"_s,
                 u"closes_on"_s, u"review_deadline"_s, u"allocation_from"_s, u"max_months"_s,
                 u"reviewers_per_application"_s, u"waitlist_length"_s, u"pledge_text"_s,
                 u"stage"_s},
                stamp),
          accelerators(db, u"call_accelerators"_s, generated::acceleratorColumns(), stamp),
          rates(db, u"call_share_rates"_s, generated::shareRateColumns(), stamp),
          criteria(db, u"rubric_criteria"_s, generated::criterionColumns(), stamp),
          stages(db, u"call_stage_history"_s,
                 {u"call_id"_s, u"from_stage"_s, u"to_stage"_s, u"changed_at"_s, u"changed_by"_s,
                  u"reason"_s},
                 stamp),
          panel(db, u"panel_members"_s, generated::panelColumns(), stamp),
          pledges(db, u"pledges"_s, generated::pledgeColumns(), stamp),
          apps(db, u"applications"_s, generated::applicationColumns(), stamp),
          history(db, u"application_status_history"_s, generated::statusHistoryColumns(), stamp),
          assignments(db, u"review_assignments"_s,
                      {u"application_id"_s, u"reviewer_id"_s, u"status"_s, u"assigned_at"_s,
                       u"responded_at"_s},
                      stamp),
          reviews(db, u"reviews"_s,
                  {u"assignment_id"_s, u"application_id"_s, u"reviewer_id"_s, u"status"_s,
                   u"scores"_s, u"total"_s, u"comment"_s, u"submitted_at"_s},
                  stamp)
    {
    }

    RowInserter calls, accelerators, rates, criteria, stages, panel, pledges, apps, history,
        assignments, reviews;
};

int TrackGenerator::demands() const
{
    return m_d.demo ? int(std::size(kDemands)) : 0;
}

int TrackGenerator::teams() const
{
    return m_d.demo ? int(std::size(kTeams)) : 0;
}

void TrackGenerator::plan()
{
    if (!m_d.demo)
        return;
    const int pool = m_d.fleet.poolIndex(u"national-b200"_s);
    const qint64 start = seoulMidnightMs(2025, 8, 1);
    const qint64 end = seoulMidnightMs(2026, 8, 1);
    for (int t = 0; t < int(std::size(kTeams)); ++t) {
        m_teamNodes.append(pool >= 0 ? m_d.fleet.reserve(pool, kTeamNodes, start, end)
                                     : QList<int>());
        m_d.allocations += int(m_teamNodes.last().size());
    }
}

bool TrackGenerator::write(const QStringList &callTypeIds, const QStringList &fieldIds)
{
    if (!m_d.demo || callTypeIds.size() < 3)
        return true;
    TrackWriters w(m_ctx.db, m_ctx.stamp);
    return writeNational(w, callTypeIds[1]) && writeProgram(w, callTypeIds[2], fieldIds);
}

bool TrackGenerator::writeNational(TrackWriters &w, const QString &callTypeId)
{
    const qint64 stamp = m_ctx.stamp;
    Rng rng(m_ctx.seed, "national projects");
    const int b200 = m_d.fleet.typeIndex(u"B200"_s);
    const int pool = m_d.fleet.poolIndex(u"national-b200"_s);
    if (b200 < 0 || pool < 0)
        return true;
    const FleetType &type = m_d.fleet.types[b200];

    RowInserter orgs(m_ctx.db, u"organizations"_s, {u"name"_s, u"name_en"_s, u"org_type"_s}, stamp);
    QStringList ministryIds;
    for (const Ministry &m : kMinistries) {
        ministryIds << nextId(u"organizations"_s);
        if (!orgs.insert(ministryIds.last(), {s(m.name), s(m.nameEn), u"public_agency"_s}))
            return m_ctx.fail(orgs);
    }

    const QString callId = nextId(u"calls"_s);
    const qint64 opens = seoulMidnightMs(2026, 1, 12);
    const qint64 preReview = seoulMidnightMs(2026, 2, 9) + 10 * kHourMs;
    if (!w.calls.insert(callId,
                        {callTypeId, u"2026-NP1"_s, u"2026년 국가 프로젝트 GPU 수요조사 1차"_s,
                         u"2026 national-project GPU demand survey, round 1"_s, isoDay(2026, 1, 12),
                         isoDay(2026, 2, 6), isoDay(2026, 2, 27), isoDay(2026, 4, 1), 12, 3, 0,
                         demo::pledgeText(), u"pre_review"_s}))
        return m_ctx.fail(w.calls);
    if (!w.accelerators.insert(nextId(u"call_accelerators"_s),
                               {callId, type.id, 255, type.price, m_d.fleet.pools[pool].id}))
        return m_ctx.fail(w.accelerators);
    if (!w.rates.insert(nextId(u"call_share_rates"_s), {callId, u"public_agency"_s, 1, 0}))
        return m_ctx.fail(w.rates);
    QStringList criterionIds;
    for (int k = 0; k < int(std::size(kNationalRubric)); ++k) {
        const Criterion &c = kNationalRubric[k];
        criterionIds << nextId(u"rubric_criteria"_s);
        if (!w.criteria.insert(criterionIds.last(), {callId, k + 1, s(c.name), s(c.nameEn),
                                                     c.weight, 0, kMaxScore, s(c.guidance)}))
            return m_ctx.fail(w.criteria);
    }
    if (!w.stages.insert(nextId(u"call_stage_history"_s),
                         {callId, QString(), u"demand_survey"_s, opens + 9 * kHourMs,
                          s(kOfficers[0]), u"부처 수요조사 공문 발송"_s}) ||
        !w.stages.insert(
            nextId(u"call_stage_history"_s),
            {callId, u"demand_survey"_s, u"pre_review"_s, preReview, s(kOfficers[0]), QString()}))
        return m_ctx.fail(w.stages);

    // The panel: the first twelve reviewers (none works for a ministry).
    const int panelSize = qMin(12, int(m_d.reviewers.size()));
    const QString pledgeHash = sha256Hex(demo::pledgeText().toUtf8());
    for (int r = 0; r < panelSize; ++r) {
        if (!w.panel.insert(nextId(u"panel_members"_s), {callId, m_d.reviewers[r].id}))
            return m_ctx.fail(w.panel);
        if (!w.pledges.insert(nextId(u"pledges"_s),
                              {callId, m_d.reviewers[r].id, preReview + kHourMs, pledgeHash}))
            return m_ctx.fail(w.pledges);
    }

    RowInserter details(m_ctx.db, u"demand_details"_s, {u"application_id"_s, u"priority"_s}, stamp);
    for (int i = 0; i < int(std::size(kDemands)); ++i) {
        const Demand &d = kDemands[i];
        const Ministry &m = kMinistries[d.ministry];
        const QString id = nextId(u"applications"_s);
        const demo::PersonName contact = demo::person(rng.next());
        const qint64 submitted =
            opens + (i + 1) * 2 * kDayMs + 10 * kHourMs + rng.below(6) * kHourMs;
        if (!w.apps.insert(id, {callId,
                                ministryIds[d.ministry],
                                u"2026-NP1-D%1"_s.arg(i + 1, 3, 10, QLatin1Char('0')),
                                s(d.project),
                                s(d.projectEn),
                                s(d.purpose),
                                contact.ko,
                                demo::email(contact, s(m.domain)),
                                demo::phone(rng.next()),
                                QVariant(),
                                type.id,
                                d.nodes * type.gpusPerNode,
                                d.nodes,
                                d.months,
                                isoDay(2026, d.startMonth, 1),
                                QString(),
                                submitted,
                                u"under_review"_s,
                                preReview + 60000,
                                kPassed,
                                QVariant(),
                                u"수요조사_%1.csv"_s.arg(s(m.name))}))
            return m_ctx.fail(w.apps);
        if (!details.insert(nextId(u"demand_details"_s), {id, d.priority}))
            return m_ctx.fail(details);
        const struct
        {
            const char16_t *from, *to, *reason;
            qint64 at;
        } steps[] = {{u"", u"submitted", u"부처 수요조사 제출", submitted},
                     {u"submitted", u"screening", u"사전 검토 시작 시 공모 규칙 확인", preReview},
                     {u"screening", u"under_review", kPassedText, preReview + 60000}};
        for (const auto &st : steps) {
            if (!w.history.insert(nextId(u"application_status_history"_s),
                                  {id, s(st.from), s(st.to), st.at, s(kOfficers[0]), s(st.reason)}))
                return m_ctx.fail(w.history);
        }
        for (int k = 0; k < 3; ++k) {
            const int r = (i * 3 + k) % panelSize;
            const QString assignment = nextId(u"review_assignments"_s);
            const qint64 assigned = preReview + 2 * kHourMs;
            if (!w.assignments.insert(assignment, {id, m_d.reviewers[r].id, u"accepted"_s, assigned,
                                                   assigned + kDayMs}))
                return m_ctx.fail(w.assignments);
            const bool done = k < d.reviews;
            QList<int> scores;
            double total = 0;
            for (int c = 0; c < int(std::size(kNationalRubric)); ++c) {
                scores << qBound(0,
                                 int(std::lround(d.quality * kMaxScore + m_d.reviewers[r].bias +
                                                 rng.uniform(-1.0, 1.0))),
                                 kMaxScore);
                total += kNationalRubric[c].weight * double(scores.last()) / kMaxScore;
            }
            ++m_reviews;
            if (!w.reviews.insert(
                    nextId(u"reviews"_s),
                    {assignment, id, m_d.reviewers[r].id, done ? u"submitted"_s : u"draft"_s,
                     scoresJson(criterionIds, scores), total,
                     demo::reviewComment(d.quality, rng.next()),
                     done ? QVariant(assigned + 2 * kDayMs + k * kHourMs) : QVariant()}))
                return m_ctx.fail(w.reviews);
        }
    }
    return true;
}

bool TrackGenerator::writeProgram(TrackWriters &w, const QString &callTypeId,
                                  const QStringList &fieldIds)
{
    const qint64 stamp = m_ctx.stamp;
    Rng rng(m_ctx.seed, "program");
    const int b200 = m_d.fleet.typeIndex(u"B200"_s);
    const int pool = m_d.fleet.poolIndex(u"national-b200"_s);
    if (b200 < 0 || pool < 0)
        return true;
    const FleetType &type = m_d.fleet.types[b200];
    const QString poolId = m_d.fleet.pools[pool].id;

    const QString programId = nextId(u"programs"_s);
    RowInserter programs(m_ctx.db, u"programs"_s,
                         {u"code"_s, u"name"_s, u"name_en"_s, u"accelerator_type_id"_s,
                          u"pool_id"_s, u"max_teams"_s, u"max_years"_s, u"starts_on"_s,
                          u"capacity_nodes"_s, u"floor_score"_s, u"min_nodes"_s, u"max_nodes"_s},
                         stamp);
    if (!programs.insert(programId,
                         {u"WBL"_s, u"월드 베스트 LLM 프로젝트"_s, u"World Best LLM project"_s,
                          type.id, poolId, 5, 3, isoDay(2025, 8, 1), 250, 60.0, 20, 80}))
        return m_ctx.fail(programs);

    // Reviewers without a conflict with any team's organisation.
    QList<int> teamOrgs;
    for (const Team &t : kTeams) {
        int seen = 0, found = -1;
        for (int o = 0; o < m_d.orgs.size() && found < 0; ++o) {
            if (m_d.orgs[o].type == t.type && seen++ == t.ordinal)
                found = o;
        }
        teamOrgs << qMax(0, found);
    }
    QList<int> panelReviewers;
    for (int r = 12; r < m_d.reviewers.size() && panelReviewers.size() < 7; ++r) {
        bool clean = true;
        for (int o : std::as_const(teamOrgs))
            clean = clean && !m_d.reviewers[r].conflicts.contains(o);
        if (clean)
            panelReviewers << r;
    }

    struct Round
    {
        QString id, code, title, titleEn;
        int year;
        QDate opens, closes, deadline, from;
        QString stage;
    };
    const QList<Round> rounds = {
        {nextId(u"calls"_s), u"WBL-2025"_s, u"월드 베스트 LLM 프로젝트 1차년도 선정"_s,
         u"World Best LLM project, year 1 selection"_s, 1, QDate(2025, 6, 2), QDate(2025, 6, 27),
         QDate(2025, 7, 18), QDate(2025, 8, 1), u"closed"_s},
        {nextId(u"calls"_s), u"WBL-2026"_s, u"월드 베스트 LLM 프로젝트 2차년도 연차평가"_s,
         u"World Best LLM project, annual evaluation for year 2"_s, 2, QDate(2026, 1, 5),
         QDate(2026, 1, 30), QDate(2026, 2, 20), QDate(2026, 8, 1), u"evaluation"_s},
    };
    RowInserter roundRows(m_ctx.db, u"program_rounds"_s, {u"program_id"_s, u"call_id"_s, u"year"_s},
                          stamp);
    const QString pledgeHash = sha256Hex(demo::pledgeText().toUtf8());
    QList<QStringList> criterionIds;
    for (const Round &r : rounds) {
        if (!w.calls.insert(r.id,
                            {callTypeId, r.code, r.title, r.titleEn, r.opens.toString(Qt::ISODate),
                             r.closes.toString(Qt::ISODate), r.deadline.toString(Qt::ISODate),
                             r.from.toString(Qt::ISODate), 12, 3, 0, demo::pledgeText(), r.stage}))
            return m_ctx.fail(w.calls);
        if (!w.accelerators.insert(nextId(u"call_accelerators"_s),
                                   {r.id, type.id, 250, type.price, poolId}))
            return m_ctx.fail(w.accelerators);
        for (int o = 0; o < kOrganizationTypeCount; ++o) {
            if (!w.rates.insert(nextId(u"call_share_rates"_s),
                                {r.id, orgTypeKey(static_cast<OrganizationType>(o)), 1, 0}))
                return m_ctx.fail(w.rates);
        }
        criterionIds.append(QStringList());
        for (int k = 0; k < int(std::size(kProgramRubric)); ++k) {
            const Criterion &c = kProgramRubric[k];
            criterionIds.last() << nextId(u"rubric_criteria"_s);
            if (!w.criteria.insert(
                    criterionIds.last().last(),
                    {r.id, k + 1, s(c.name), s(c.nameEn), c.weight, 0, kMaxScore, s(c.guidance)}))
                return m_ctx.fail(w.criteria);
        }
        if (!roundRows.insert(nextId(u"program_rounds"_s), {programId, r.id, r.year}))
            return m_ctx.fail(roundRows);
        // The panel signs the pledge as the round opens, before anything is assigned.
        const qint64 reviewStart =
            seoulMidnightMs(r.opens.year(), r.opens.month(), r.opens.day()) + kDayMs;
        for (int p : std::as_const(panelReviewers)) {
            if (!w.panel.insert(nextId(u"panel_members"_s), {r.id, m_d.reviewers[p].id}) ||
                !w.pledges.insert(nextId(u"pledges"_s),
                                  {r.id, m_d.reviewers[p].id, reviewStart + kHourMs, pledgeHash}))
                return m_ctx.fail(w.panel);
        }
        // The stages each round went through, up to where it is.
        static const char16_t *const kStages[] = {u"submission", u"evaluation", u"decision",
                                                  u"allocation", u"closed"};
        QString from;
        for (int k = 0; k < 5; ++k) {
            const QString to = s(kStages[k]);
            const qint64 at = seoulMidnightMs(r.opens.year(), r.opens.month(), r.opens.day()) +
                              (k == 0 ? 0 : 25 + 7 * k) * kDayMs + 10 * kHourMs;
            if (!w.stages.insert(nextId(u"call_stage_history"_s),
                                 {r.id, from, to, at, s(kOfficers[1]), QString()}))
                return m_ctx.fail(w.stages);
            from = to;
            if (to == r.stage)
                break;
        }
    }

    RowInserter teams(
        m_ctx.db, u"program_teams"_s,
        {u"program_id"_s, u"organization_id"_s, u"name"_s, u"name_en"_s, u"ordinal"_s}, stamp);
    RowInserter entries(m_ctx.db, u"program_entries"_s,
                        {u"team_id"_s, u"application_id"_s, u"year"_s}, stamp);
    RowInserter grants(m_ctx.db, u"grants"_s,
                       {u"application_id"_s, u"accelerator_type_id"_s, u"pool_id"_s, u"nodes"_s,
                        u"starts_at"_s, u"ends_at"_s, u"status"_s},
                       stamp);
    RowInserter allocations(m_ctx.db, u"allocations"_s,
                            {u"grant_id"_s, u"node_id"_s, u"starts_at"_s, u"ends_at"_s}, stamp);
    const qint64 yearStart = seoulMidnightMs(2025, 8, 1);
    const qint64 yearEnd = seoulMidnightMs(2026, 8, 1);
    using S = ApplicationStatus;
    for (int t = 0; t < int(std::size(kTeams)); ++t) {
        const Team &team = kTeams[t];
        const Org &org = m_d.orgs[teamOrgs[t]];
        const QString teamId = nextId(u"program_teams"_s);
        const QString name = u"%1 %2"_s.arg(org.name.name, s(team.tag));
        const QString nameEn = u"%1 %2"_s.arg(org.name.nameEn, s(team.tagEn));
        if (!teams.insert(teamId, {programId, org.id, name, nameEn, t + 1}))
            return m_ctx.fail(teams);
        const demo::PersonName lead = demo::person(rng.next());
        const QString email = demo::email(lead, org.name.domain);
        const QString phone = demo::phone(rng.next());
        const QString field = fieldIds.value(0);
        for (const Round &r : rounds) {
            const bool first = r.year == 1;
            const QString appId = nextId(u"applications"_s);
            const qint64 submitted =
                seoulMidnightMs(r.closes.year(), r.closes.month(), r.closes.day()) -
                (t + 1) * kDayMs + 15 * kHourMs;
            const QList<S> path = first ? QList<S>{S::Submitted, S::Screening, S::UnderReview,
                                                   S::Selected,  S::Allocated, S::Active}
                                        : QList<S>{S::Submitted, S::Screening, S::UnderReview};
            QList<qint64> times{submitted};
            for (int k = 1; k < path.size(); ++k)
                times << (path[k] == S::Active ? yearStart + 9 * kHourMs
                                               : times.last() + (k == 3 ? 18 : 2) * kDayMs);
            if (!w.apps.insert(
                    appId, {r.id,
                            org.id,
                            u"%1-T%2"_s.arg(r.code).arg(t + 1),
                            first ? u"%1 초거대 언어 모델 개발"_s.arg(name)
                                  : u"%1: 1차년도 성과"_s.arg(name),
                            first ? u"%1: large language model development"_s.arg(nameEn)
                                  : u"%1: results of year 1"_s.arg(nameEn),
                            u"한국어 중심 초거대 언어 모델을 사전학습하고 공개 벤치마크에서 세계 "
                            "최고 수준과 비교한다."_s,
                            lead.ko,
                            email,
                            phone,
                            field,
                            type.id,
                            kTeamNodes * type.gpusPerNode,
                            kTeamNodes,
                            12,
                            r.from.toString(Qt::ISODate),
                            u"wbl-team%1"_s.arg(t + 1),
                            submitted,
                            statusKey(path.last()),
                            times.last(),
                            first ? QString() : kPassed,
                            first ? QVariant(kTeamNodes) : QVariant(),
                            u"program"_s}))
                return m_ctx.fail(w.apps);
            if (!entries.insert(nextId(u"program_entries"_s), {teamId, appId, r.year}))
                return m_ctx.fail(entries);
            for (int k = 0; k < path.size(); ++k) {
                const QString reason = path[k] == S::Selected ? u"1차년도 참여 팀 선정"_s
                                       : path[k] == S::UnderReview && !first ? kPassed
                                       : path[k] == S::Allocated
                                           ? u"%1노드 배정, 2025-08-01부터 12개월"_s.arg(kTeamNodes)
                                           : QString();
                if (!w.history.insert(nextId(u"application_status_history"_s),
                                      {appId, k ? statusKey(path[k - 1]) : QString(),
                                       statusKey(path[k]), times[k], s(kOfficers[1]), reason}))
                    return m_ctx.fail(w.history);
            }
            // Year 2's results are scored by three of the panel; year 1 needs no reviews shown.
            for (int k = 0; !first && k < 3 && !panelReviewers.isEmpty(); ++k) {
                const Reviewer &rv = m_d.reviewers[panelReviewers[(t + k) % panelReviewers.size()]];
                const QString assignment = nextId(u"review_assignments"_s);
                const qint64 assigned = times[2] + kDayMs;
                if (!w.assignments.insert(
                        assignment, {appId, rv.id, u"accepted"_s, assigned, assigned + kDayMs}))
                    return m_ctx.fail(w.assignments);
                QList<int> scores;
                double total = 0;
                for (int c = 0; c < int(std::size(kProgramRubric)); ++c) {
                    scores << qBound(0,
                                     int(std::lround(team.quality * kMaxScore + rv.bias / 2 +
                                                     rng.uniform(-0.8, 0.8))),
                                     kMaxScore);
                    total += kProgramRubric[c].weight * double(scores.last()) / kMaxScore;
                }
                ++m_reviews;
                if (!w.reviews.insert(nextId(u"reviews"_s),
                                      {assignment, appId, rv.id, u"submitted"_s,
                                       scoresJson(criterionIds[1], scores), total,
                                       demo::reviewComment(team.quality, rng.next()),
                                       assigned + (3 + k) * kDayMs}))
                    return m_ctx.fail(w.reviews);
            }
            if (!first || m_teamNodes.value(t).isEmpty())
                continue;
            const QString grantId = nextId(u"grants"_s);
            if (!grants.insert(grantId, {appId, type.id, poolId, int(m_teamNodes[t].size()),
                                         yearStart, yearEnd, u"active"_s}))
                return m_ctx.fail(grants);
            for (int n : std::as_const(m_teamNodes[t])) {
                if (!allocations.insert(nextId(u"allocations"_s),
                                        {grantId, m_d.fleet.nodes[n].id, yearStart, yearEnd}))
                    return m_ctx.fail(allocations);
            }
        }
    }
    return true;
}

} // namespace gpudesk::gen
