// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestStore.h"

// A small fleet for the rack map's tests, on top of seedReference(): provider "KR", one site,
// one B200 cluster, rows A and B of three racks each (A1..A3, B1..B3), four 10U nodes per rack
// at units 1, 11, 21 and 31, hostnames like "a1-n1" (bottom) .. "a1-n4" (top), all in pool
// open-b200. a3-n4 is in maintenance ("fan"), b3-n4 failed.
//
// Two allocated projects, windows [start, end) in UTC:
//   a1 R1-0001 on a1-n1, a1-n2  2026-02-01 .. 2026-08-01
//   a2 R1-0002 on a2-n3         2026-06-01 .. 2026-12-01
namespace gpudesk::test {

inline constexpr qint64 kMapFeb1 = 1769904000000;
inline constexpr qint64 kMapMar1 = 1772323200000;
inline constexpr qint64 kMapJun1 = 1780272000000;
inline constexpr qint64 kMapJul1 = 1782864000000;
inline constexpr qint64 kMapAug1 = 1785542400000;
inline constexpr qint64 kMapDec1 = 1796083200000;
inline constexpr qint64 kMapJan15 = 1768435200000;

inline bool seedMapFleet(Store &store)
{
    QStringList sql{
        QStringLiteral("INSERT INTO providers (id, code, name, name_en) VALUES "
                       "('pv-kr', 'KR', '케이알', 'KR Cloud')"),
        QStringLiteral(
            "INSERT INTO sites (id, provider_id, name) VALUES ('s-1', 'pv-kr', 'Site One')"),
        QStringLiteral("INSERT INTO clusters (id, site_id, name, accelerator_type_id) VALUES "
                       "('cl-1', 's-1', 'C1', 't-b200')"),
        QStringLiteral("INSERT INTO rack_rows (id, site_id, name, ordinal) VALUES "
                       "('row-a', 's-1', 'A', 1), ('row-b', 's-1', 'B', 2)"),
        QStringLiteral(
            "INSERT INTO pools (id, code, name, kind, accelerator_type_id, capacity_nodes) "
            "VALUES ('p-b', 'open-b200', 'Open B200', 'open_call', 't-b200', 24)"),
    };
    for (const QString &row : {QStringLiteral("a"), QStringLiteral("b")}) {
        for (int r = 1; r <= 3; ++r) {
            const QString rack = row + QString::number(r);
            sql << QStringLiteral(
                       "INSERT INTO racks (id, cluster_id, row_id, name, ordinal) VALUES "
                       "('k-%1', 'cl-1', 'row-%2', '%3', %4)")
                       .arg(rack, row, rack.toUpper())
                       .arg(r);
            for (int n = 1; n <= 4; ++n) {
                const QString host = QStringLiteral("%1-n%2").arg(rack).arg(n);
                QString state = QStringLiteral("free"), reason;
                if (host == QStringLiteral("a3-n4")) {
                    state = QStringLiteral("maintenance");
                    reason = QStringLiteral("fan");
                } else if (host == QStringLiteral("b3-n4")) {
                    state = QStringLiteral("failed");
                }
                sql << QStringLiteral("INSERT INTO nodes (id, rack_id, hostname, rack_unit, "
                                      "height_units, accelerator_type_id, accelerator_count, "
                                      "state, state_reason, pool_id) VALUES ('n-%1', 'k-%2', '%1', "
                                      "%3, 10, 't-b200', 8, '%4', '%5', 'p-b')")
                           .arg(host, rack)
                           .arg(1 + (n - 1) * 10)
                           .arg(state, reason);
            }
        }
    }
    if (!exec(store, sql))
        return false;
    if (!addApplication(store, QStringLiteral("a1"), QStringLiteral("R1-0001"),
                        QStringLiteral("첫째 과제"), QStringLiteral("o-univ"),
                        QStringLiteral("t-b200"), 16, 6, QStringLiteral("allocated")) ||
        !addApplication(store, QStringLiteral("a2"), QStringLiteral("R1-0002"),
                        QStringLiteral("둘째 과제"), QStringLiteral("o-sme"),
                        QStringLiteral("t-b200"), 8, 6, QStringLiteral("allocated")))
        return false;
    const QString feb = QString::number(kMapFeb1), aug = QString::number(kMapAug1);
    const QString jun = QString::number(kMapJun1), dec = QString::number(kMapDec1);
    return exec(
        store,
        {QStringLiteral("INSERT INTO grants (id, application_id, accelerator_type_id, pool_id, "
                        "nodes, starts_at, ends_at, status) VALUES "
                        "('g1', 'a1', 't-b200', 'p-b', 2, %1, %2, 'planned'), "
                        "('g2', 'a2', 't-b200', 'p-b', 1, %3, %4, 'planned')")
             .arg(feb, aug, jun, dec),
         QStringLiteral(
             "INSERT INTO allocations (id, grant_id, node_id, starts_at, ends_at) VALUES "
             "('al-1', 'g1', 'n-a1-n1', %1, %2), ('al-2', 'g1', 'n-a1-n2', %1, %2), "
             "('al-3', 'g2', 'n-a2-n3', %3, %4)")
             .arg(feb, aug, jun, dec)});
}

} // namespace gpudesk::test
