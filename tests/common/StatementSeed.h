// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FleetSeed.h"

// February 2026 (28 days) on the fleet of FleetSeed.h, for the statements:
//   R1-0101 university    a1-01..04 the whole month; a1-05 in a grant released on the map on
//                         the 5th (planned to the 28th): 4 days
//   R1-0102 youth startup a2-01, a2-02 from the 1st to the 11th (10 days); a2-03 deleted
//   R1-0103 SME (H200)    b1-01 from the 20th 12:20 to 5 March
//   R1-0199 public agency, for which the call sets no rate: refused
namespace gpudesk::test {

inline qint64 feb(int day, int hour = 0, int minute = 0)
{
    return seoulMidnight(2026, 2, day) + (hour * 60 + minute) * 60 * 1000LL;
}

inline QString grantRow(const char *id, const char *app, const char *type, const char *status,
                        qint64 start, qint64 end, qint64 updatedAt = 0)
{
    return QStringLiteral("INSERT INTO grants (id, application_id, accelerator_type_id, nodes, "
                          "starts_at, ends_at, status, updated_at) VALUES ('%1', '%2', '%3', 1, "
                          "%4, %5, '%6', %7)")
        .arg(QString::fromLatin1(id), QString::fromLatin1(app), QString::fromLatin1(type))
        .arg(start)
        .arg(end)
        .arg(QString::fromLatin1(status))
        .arg(updatedAt);
}

inline QString allocationRow(const char *id, const char *grantId, const char *node, qint64 start,
                             qint64 end, int deleted = 0)
{
    return QStringLiteral("INSERT INTO allocations (id, grant_id, node_id, starts_at, ends_at, "
                          "deleted) VALUES ('%1', '%2', '%3', %4, %5, %6)")
        .arg(QString::fromLatin1(id), QString::fromLatin1(grantId), QString::fromLatin1(node))
        .arg(start)
        .arg(end)
        .arg(deleted);
}

inline bool seedFebruaryStatements(Store &store)
{
    const qint64 mar1 = seoulMidnight(2026, 3, 1);
    const qint64 mar5 = seoulMidnight(2026, 3, 5);
    return exec(store, {QStringLiteral("INSERT INTO organizations (id, name, name_en, org_type) "
                                       "VALUES ('o-pub', '국립데이터원', 'National Data Agency', "
                                       "'public_agency')")}) &&
           addApplication(store, QStringLiteral("ap-pub"), QStringLiteral("R1-0199"),
                          QStringLiteral("공공 과제"), QStringLiteral("o-pub"),
                          QStringLiteral("t-h200"), 8, 6, QStringLiteral("active")) &&
           exec(store, {grantRow("g-b", "ap-b", "t-b200", "completed", feb(1), mar1),
                        allocationRow("al-b1", "g-b", "n-a1-01", feb(1), mar1),
                        allocationRow("al-b2", "g-b", "n-a1-02", feb(1), mar1),
                        allocationRow("al-b3", "g-b", "n-a1-03", feb(1), mar1),
                        allocationRow("al-b4", "g-b", "n-a1-04", feb(1), mar1),
                        grantRow("g-bx", "ap-b", "t-b200", "released", feb(1), feb(28), feb(5)),
                        allocationRow("al-bx", "g-bx", "n-a1-05", feb(1), feb(28)),
                        grantRow("g-b2", "ap-b2", "t-b200", "completed", feb(1), feb(11)),
                        allocationRow("al-b21", "g-b2", "n-a2-01", feb(1), feb(11)),
                        allocationRow("al-b22", "g-b2", "n-a2-02", feb(1), feb(11)),
                        allocationRow("al-b23", "g-b2", "n-a2-03", feb(1), feb(28), 1),
                        grantRow("g-h", "ap-h", "t-h200", "active", feb(20, 12, 20), mar5),
                        allocationRow("al-h1", "g-h", "n-b1-01", feb(20, 12, 20), mar5),
                        grantRow("g-p", "ap-pub", "t-h200", "active", feb(10), feb(12)),
                        allocationRow("al-p1", "g-p", "n-b1-02", feb(10), feb(12))});
}

} // namespace gpudesk::test
