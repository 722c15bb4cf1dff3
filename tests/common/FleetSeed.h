// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestStore.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

// A small fleet for the rack map's tests, on top of seedReference():
//
//   provider pv-k (KTC), site st-1 (Asia/Seoul), rows A and B
//   cluster cl-b (B200): rack a1 (8 nodes), a2 (8), a3 (4, national pool)   row A
//   cluster cl-h (H200): rack b1 (6 nodes), b2 (4)                           row B
//   nodes n-a1-01 .. with hostnames a1-01 .., 4 units each from unit 1, 8 GPUs
//   pools pl-b open-b200 (racks a1, a2), pl-nat national-b200 (a3), pl-h open-h200 (b1, b2)
//   a2-07 failed, a2-08 in maintenance ("PSU swap"), b1-06 reserved
//   call 2025-R1 draws on pl-b / pl-h (caps 16 / 32), allocation from 2027-03-01
//
//   app    code     type  nodes months desired     status        slurm account
//   ap-b   R1-0101  B200  4     6      2026-02-01  selected      hanbit01
//   ap-b2  R1-0102  B200  2     3      2026-02-01  selected      deepfine
//   ap-h   R1-0103  H200  2     12     2027-05-01  selected      sdl-h
//   ap-rv  R1-0104  B200  1     6      2026-02-01  under_review
//
// Nothing is allocated yet. Ids differ from SelectionSeed's so that neither clashes.
namespace gpudesk::test {

inline qint64 seoulMidnight(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone(QByteArrayLiteral("Asia/Seoul")))
        .toMSecsSinceEpoch();
}

inline QString fleetNodeId(const QString &rack, int i)
{
    return QStringLiteral("n-%1-%2").arg(rack).arg(i, 2, 10, QLatin1Char('0'));
}

inline QString fleetHostname(const QString &rack, int i)
{
    return QStringLiteral("%1-%2").arg(rack).arg(i, 2, 10, QLatin1Char('0'));
}

inline bool seedFleet(Store &store)
{
    QStringList sql{
        QStringLiteral("INSERT INTO providers (id, code, name, name_en) VALUES "
                       "('pv-k', 'KTC', '케이티클라우드', 'KT Cloud')"),
        QStringLiteral("INSERT INTO sites (id, provider_id, name) VALUES ('st-1', 'pv-k', '목동')"),
        QStringLiteral("INSERT INTO rack_rows (id, site_id, name, ordinal) VALUES "
                       "('rw-a', 'st-1', 'A', 1), ('rw-b', 'st-1', 'B', 2)"),
        QStringLiteral(
            "INSERT INTO clusters (id, site_id, name, accelerator_type_id) VALUES "
            "('cl-b', 'st-1', 'B200-1', 't-b200'), ('cl-h', 'st-1', 'H200-1', 't-h200')"),
        QStringLiteral("INSERT INTO pools (id, code, name, kind, accelerator_type_id, "
                       "capacity_nodes) VALUES "
                       "('pl-b', 'open-b200', '공모 B200', 'open_call', 't-b200', 16), "
                       "('pl-nat', 'national-b200', '국가 B200', 'national', 't-b200', 4), "
                       "('pl-h', 'open-h200', '공모 H200', 'open_call', 't-h200', 10)"),
        QStringLiteral("UPDATE call_accelerators SET pool_id = 'pl-b' WHERE id = 'ca-b'"),
        QStringLiteral("UPDATE call_accelerators SET pool_id = 'pl-h' WHERE id = 'ca-h'"),
        QStringLiteral("UPDATE calls SET allocation_from = '2027-03-01' WHERE id = 'c-r1'"),
    };
    const struct
    {
        const char *rack;
        const char *cluster;
        const char *row;
        int ordinal;
        int nodes;
        const char *type;
        const char *pool;
    } racks[] = {{"a1", "cl-b", "rw-a", 1, 8, "t-b200", "pl-b"},
                 {"a2", "cl-b", "rw-a", 2, 8, "t-b200", "pl-b"},
                 {"a3", "cl-b", "rw-a", 3, 4, "t-b200", "pl-nat"},
                 {"b1", "cl-h", "rw-b", 1, 6, "t-h200", "pl-h"},
                 {"b2", "cl-h", "rw-b", 2, 4, "t-h200", "pl-h"}};
    for (const auto &r : racks) {
        const QString rack = QString::fromLatin1(r.rack);
        sql << QStringLiteral("INSERT INTO racks (id, cluster_id, row_id, name, ordinal) VALUES "
                              "('rk-%1', '%2', '%3', '%1', %4)")
                   .arg(rack, QString::fromLatin1(r.cluster), QString::fromLatin1(r.row))
                   .arg(r.ordinal);
        for (int i = 1; i <= r.nodes; ++i)
            sql << QStringLiteral("INSERT INTO nodes (id, rack_id, hostname, rack_unit, "
                                  "accelerator_type_id, pool_id) VALUES ('%1', 'rk-%2', '%3', "
                                  "%4, '%5', '%6')")
                       .arg(fleetNodeId(rack, i), rack, fleetHostname(rack, i))
                       .arg(1 + (i - 1) * 4)
                       .arg(QString::fromLatin1(r.type), QString::fromLatin1(r.pool));
    }
    sql << QStringLiteral("UPDATE nodes SET state = 'failed' WHERE id = 'n-a2-07'")
        << QStringLiteral("UPDATE nodes SET state = 'maintenance', state_reason = 'PSU swap' "
                          "WHERE id = 'n-a2-08'")
        << QStringLiteral("UPDATE nodes SET state = 'reserved' WHERE id = 'n-b1-06'");
    if (!exec(store, sql))
        return false;
    const auto app = [&](const char *id, const char *code, const char *org, const char *type,
                         int nodes, int months, const char *status) {
        return addApplication(store, QString::fromLatin1(id), QString::fromLatin1(code),
                              QStringLiteral("과제 ") + QString::fromLatin1(code),
                              QString::fromLatin1(org), QString::fromLatin1(type), nodes * 8,
                              months, QString::fromLatin1(status));
    };
    return app("ap-b", "R1-0101", "o-univ", "t-b200", 4, 6, "selected") &&
           app("ap-b2", "R1-0102", "o-start", "t-b200", 2, 3, "selected") &&
           app("ap-h", "R1-0103", "o-sme", "t-h200", 2, 12, "selected") &&
           app("ap-rv", "R1-0104", "o-univ", "t-b200", 1, 6, "under_review") &&
           exec(store,
                {QStringLiteral(
                     "UPDATE applications SET slurm_account = 'hanbit01' WHERE id = 'ap-b'"),
                 QStringLiteral(
                     "UPDATE applications SET slurm_account = 'deepfine' WHERE id = 'ap-b2'"),
                 QStringLiteral("UPDATE applications SET slurm_account = 'sdl-h', "
                                "desired_start = '2027-05-01' WHERE id = 'ap-h'")});
}

// A fresh profile with the reference data and the fleet above; null (with a warning) on failure.
inline std::unique_ptr<Store> openWithFleet(const QTemporaryDir &dir)
{
    auto store = openWithReference(dir);
    if (store && !seedFleet(*store)) {
        qWarning("seeding the fleet failed");
        store.reset();
    }
    if (store)
        store->setCurrentUser(QStringLiteral("u-officer"), QStringLiteral("담당자"));
    return store;
}

} // namespace gpudesk::test
