// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FleetSeed.h"
#include "SelectionSeed.h"
#include "store/DemandRepository.h"

// A national-project round and a program with its first year, on top of seedReference():
//
//   call types ct-nat (demand_survey → pre_review → deliberation → allocation → closed) and
//   ct-annual (submission → evaluation → decision → allocation → closed)
//   provider pv-t, site st-t, row rw-n; cluster cl-n (B200) with racks n1, n2, n3 of 8 nodes in
//   pool pl-n (national-b200, 24 nodes) and rack o1 of 4 nodes in pool pl-o (open-b200, 4)
//   hostnames n1-01 .. n3-08 and o1-01 .. o1-04; node ids tn-<host>
//
//   round c-np 2031-NP1 (ct-nat) at demand_survey, 2031-01-05 .. 2031-01-30, allocation from
//   2031-04-01, at most 12 months, 2 reviewers per demand; B200 from pl-n, cap 16 nodes; public
//   agencies eligible, free; rubric 정책 부합성 60 + 준비도 40 (0-10); panel r1, r2, r3
//   ministries o-msit 과학기술정보통신부 and o-mohw 보건복지부
//
//   program pg-wbl WBL (B200, pool pl-n) from 2030-08-01, 3 years, 5 teams at most; rule:
//   capacity 12, floor 50, 2..6 nodes per team
//   round c-y1 WBL-Y1 (ct-annual) year 1, closed: B200 from pl-n (cap 12), all organisation types
//   eligible and free, the same rubric, 2 reviewers per application, panel r1, r2
//   teams tm-a 한빛 AI 팀 (o-univ), tm-b 딥파인 팀 (o-start), tm-c 서울데이터 팀 (o-sme), each
//   with an active year-1 application ap-ya / ap-yb / ap-yc of 4 nodes from 2030-08-01 to
//   2031-08-01: A on n1-01..04, B on n1-05..08, C on n2-01..04
namespace gpudesk::test {

// The demand entered by hand in the tests of round c-np: 양자 소재 시뮬레이션 of
// 과학기술정보통신부, 2 B200 nodes for 6 months from 2031-04-01, priority 1.
inline DemandFacts quantumDemand()
{
    DemandFacts d;
    d.ministry = QStringLiteral("과학기술정보통신부");
    d.project = QStringLiteral("양자 소재 시뮬레이션");
    d.typeCode = QStringLiteral("B200");
    d.nodes = 2;
    d.start = QDate(2031, 4, 1);
    d.months = 6;
    d.contactName = QStringLiteral("오세훈");
    d.contactEmail = QStringLiteral("sh.oh@msit.go.kr");
    return d;
}

inline QString tracksNode(const QString &host)
{
    return QStringLiteral("tn-") + host;
}

inline bool seedTracks(Store &store)
{
    QStringList sql{
        QStringLiteral(
            "INSERT INTO call_types (id, code, name, name_en, stages) VALUES "
            "('ct-nat', 'national_project', '국가 프로젝트', 'National project', "
            "'[\"demand_survey\",\"pre_review\",\"deliberation\",\"allocation\",\"closed\"]'), "
            "('ct-annual', 'annual_evaluation', '연차평가', 'Annual evaluation', "
            "'[\"submission\",\"evaluation\",\"decision\",\"allocation\",\"closed\"]')"),
        QStringLiteral("INSERT INTO providers (id, code, name, name_en) VALUES "
                       "('pv-t', 'TRK', '트랙클라우드', 'Track Cloud')"),
        QStringLiteral("INSERT INTO sites (id, provider_id, name) VALUES ('st-t', 'pv-t', '대전')"),
        QStringLiteral("INSERT INTO rack_rows (id, site_id, name, ordinal) VALUES "
                       "('rw-n', 'st-t', 'N', 1)"),
        QStringLiteral("INSERT INTO clusters (id, site_id, name, accelerator_type_id) VALUES "
                       "('cl-n', 'st-t', 'B200-N', 't-b200')"),
        QStringLiteral("INSERT INTO pools (id, code, name, name_en, kind, accelerator_type_id, "
                       "capacity_nodes) VALUES "
                       "('pl-n', 'national-b200', '국가 B200', 'National B200', 'national', "
                       "'t-b200', 24), "
                       "('pl-o', 'open-b200', '공모 B200', 'Open call B200', 'open_call', "
                       "'t-b200', 4)"),
        QStringLiteral(
            "INSERT INTO organizations (id, name, name_en, org_type) VALUES "
            "('o-msit', '과학기술정보통신부', 'Ministry of Science and ICT', "
            "'public_agency'), "
            "('o-mohw', '보건복지부', 'Ministry of Health and Welfare', 'public_agency')"),
        QStringLiteral("INSERT INTO calls (id, call_type_id, code, title, title_en, opens_on, "
                       "closes_on, allocation_from, max_months, reviewers_per_application, "
                       "stage) VALUES "
                       "('c-np', 'ct-nat', '2031-NP1', '2031 국가 프로젝트 수요조사', "
                       "'2031 national-project survey', '2031-01-05', '2031-01-30', '2031-04-01', "
                       "12, 2, 'demand_survey'), "
                       "('c-y1', 'ct-annual', 'WBL-Y1', '월드 베스트 LLM 1차년도', "
                       "'World Best LLM year 1', '2030-05-01', '2030-05-31', '2030-08-01', 12, 2, "
                       "'closed')"),
        QStringLiteral("INSERT INTO call_accelerators (id, call_id, accelerator_type_id, "
                       "max_nodes, price_per_gpu_hour, pool_id) VALUES "
                       "('ca-np', 'c-np', 't-b200', 16, 9000, 'pl-n'), "
                       "('ca-y1', 'c-y1', 't-b200', 12, 9000, 'pl-n')"),
        QStringLiteral("INSERT INTO call_share_rates (id, call_id, org_type, eligible, "
                       "share_basis_points) VALUES "
                       "('sr-np', 'c-np', 'public_agency', 1, 0), "
                       "('sr-y1u', 'c-y1', 'university', 1, 0), "
                       "('sr-y1s', 'c-y1', 'startup', 1, 0), ('sr-y1m', 'c-y1', 'sme', 1, 0)"),
        QStringLiteral("INSERT INTO rubric_criteria (id, call_id, ordinal, name, name_en, weight, "
                       "min_score, max_score) VALUES "
                       "('rc-np1', 'c-np', 1, '정책 부합성', 'Policy fit', 60, 0, 10), "
                       "('rc-np2', 'c-np', 2, '준비도', 'Readiness', 40, 0, 10), "
                       "('rc-y1', 'c-y1', 1, '성과', 'Results', 60, 0, 10), "
                       "('rc-y2', 'c-y1', 2, '계획', 'Plan', 40, 0, 10)"),
        QStringLiteral("INSERT INTO users (id, login, display_name, role) VALUES "
                       "('u-r1', 'reviewer01', '심사위원가', 'reviewer'), "
                       "('u-r2', 'reviewer02', '심사위원나', 'reviewer'), "
                       "('u-r3', 'reviewer03', '심사위원다', 'reviewer')"),
        QStringLiteral("INSERT INTO reviewers (id, user_id, name, email) VALUES "
                       "('r1', 'u-r1', '심사위원가', 'ga@rev.kr'), "
                       "('r2', 'u-r2', '심사위원나', 'na@rev.kr'), "
                       "('r3', 'u-r3', '심사위원다', 'da@rev.kr')"),
        QStringLiteral("INSERT INTO panel_members (id, call_id, reviewer_id) VALUES "
                       "('pm-n1', 'c-np', 'r1'), ('pm-n2', 'c-np', 'r2'), ('pm-n3', 'c-np', 'r3'), "
                       "('pm-y1', 'c-y1', 'r1'), ('pm-y2', 'c-y1', 'r2')"),
        QStringLiteral("INSERT INTO programs (id, code, name, name_en, accelerator_type_id, "
                       "pool_id, max_teams, max_years, starts_on, capacity_nodes, floor_score, "
                       "min_nodes, max_nodes) VALUES "
                       "('pg-wbl', 'WBL', '월드 베스트 LLM', 'World Best LLM', 't-b200', 'pl-n', "
                       "5, 3, '2030-08-01', 12, 50, 2, 6)"),
        QStringLiteral("INSERT INTO program_rounds (id, program_id, call_id, year) VALUES "
                       "('pr-1', 'pg-wbl', 'c-y1', 1)"),
        QStringLiteral("INSERT INTO program_teams (id, program_id, organization_id, name, "
                       "name_en, ordinal) VALUES "
                       "('tm-a', 'pg-wbl', 'o-univ', '한빛 AI 팀', 'Hanbit AI', 1), "
                       "('tm-b', 'pg-wbl', 'o-start', '딥파인 팀', 'DeepFine', 2), "
                       "('tm-c', 'pg-wbl', 'o-sme', '서울데이터 팀', 'Seoul Data', 3)"),
    };
    for (const auto &[rack, ordinal, pool, count] :
         {std::tuple{"n1", 1, "pl-n", 8}, std::tuple{"n2", 2, "pl-n", 8},
          std::tuple{"n3", 3, "pl-n", 8}, std::tuple{"o1", 4, "pl-o", 4}}) {
        const QString r = QString::fromLatin1(rack);
        sql << QStringLiteral("INSERT INTO racks (id, cluster_id, row_id, name, ordinal) VALUES "
                              "('rk-%1', 'cl-n', 'rw-n', '%1', %2)")
                   .arg(r)
                   .arg(ordinal);
        for (int i = 1; i <= count; ++i) {
            const QString host = fleetHostname(r, i);
            sql << QStringLiteral("INSERT INTO nodes (id, rack_id, hostname, rack_unit, "
                                  "accelerator_type_id, pool_id) VALUES "
                                  "('%1', 'rk-%2', '%3', %4, 't-b200', '%5')")
                       .arg(tracksNode(host), r, host)
                       .arg(1 + 4 * (i - 1))
                       .arg(QString::fromLatin1(pool));
        }
    }
    const qint64 start = seoulMidnight(2030, 8, 1);
    const qint64 end = seoulMidnight(2031, 8, 1);
    const struct
    {
        const char *app, *code, *team, *org;
        int firstNode;
        const char *rack;
    } teams[] = {{"ap-ya", "WBL-Y1-T1", "tm-a", "o-univ", 1, "n1"},
                 {"ap-yb", "WBL-Y1-T2", "tm-b", "o-start", 5, "n1"},
                 {"ap-yc", "WBL-Y1-T3", "tm-c", "o-sme", 1, "n2"}};
    for (const auto &t : teams) {
        const QString app = QString::fromLatin1(t.app);
        sql << QStringLiteral("INSERT INTO applications (id, call_id, organization_id, code, "
                              "title, pi_name, pi_email, accelerator_type_id, requested_gpus, "
                              "requested_nodes, months, desired_start, submitted_at, status, "
                              "granted_nodes) VALUES ('%1', 'c-y1', '%2', '%3', '%3 연구', "
                              "'책임자', 'lead@team.kr', 't-b200', 32, 4, 12, '2030-08-01', 1, "
                              "'active', 4)")
                   .arg(app, QString::fromLatin1(t.org), QString::fromLatin1(t.code))
            << QStringLiteral("INSERT INTO program_entries (id, team_id, application_id, year) "
                              "VALUES ('pe-%1', '%2', '%1', 1)")
                   .arg(app, QString::fromLatin1(t.team))
            << QStringLiteral("INSERT INTO grants (id, application_id, accelerator_type_id, "
                              "pool_id, nodes, starts_at, ends_at, status) VALUES ('g-%1', '%1', "
                              "'t-b200', 'pl-n', 4, %2, %3, 'active')")
                   .arg(app)
                   .arg(start)
                   .arg(end);
        for (int i = 0; i < 4; ++i) {
            const QString node =
                tracksNode(fleetHostname(QString::fromLatin1(t.rack), t.firstNode + i));
            sql << QStringLiteral("INSERT INTO allocations (id, grant_id, node_id, starts_at, "
                                  "ends_at) VALUES ('al-%1-%2', 'g-%1', '%3', %4, %5)")
                       .arg(app)
                       .arg(i)
                       .arg(node)
                       .arg(start)
                       .arg(end);
        }
    }
    return exec(store, sql);
}

} // namespace gpudesk::test
