// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestStore.h"

// A call ready for selection, on top of seedReference(): pool open-b200 of 10 nodes for the call's
// B200, N = 2 reviewers per application, a waitlist of 2.
//
// Committed before the review: a0 selected with 3 of its 4 nodes granted, and an active project
// ("old", another call 2024-R2 on the same pool) holding its requested 1 node: 4 committed,
// 6 left.
//
//   app  code     nodes  totals   the capacity cut (6 left)
//   a1   R1-0001  4      90 90    rank 1: selected, 2 left
//   a2   R1-0002  8      85 85    rank 2: does not fit, waitlist place 1
//   a3   R1-0003  2      80 80    rank 3: selected, 0 left
//   a4   R1-0004  2      70 70    rank 4: waitlist place 2
//   a5   R1-0005  1      60 60    rank 5: rejected
//   a6   R1-0006  1      95       one review (and a draft): flagged, no proposal
//
// Reviewers r1 and r2 (names 심사위원가/나, e-mails @rev.kr) wrote the reviews.
namespace gpudesk::test {

inline bool addSubmittedReviews(Store &store, const QString &app, const QList<double> &totals)
{
    QStringList sql;
    for (int i = 0; i < totals.size(); ++i) {
        const QString as = QStringLiteral("as-%1-%2").arg(app).arg(i + 1);
        sql << QStringLiteral("INSERT INTO review_assignments (id, application_id, reviewer_id, "
                              "status, assigned_at) VALUES ('%1', '%2', 'r%3', 'accepted', 1)")
                   .arg(as, app)
                   .arg(i + 1)
            << QStringLiteral("INSERT INTO reviews (id, assignment_id, application_id, "
                              "reviewer_id, status, total, submitted_at) VALUES ('rv-%1', '%1', "
                              "'%2', 'r%3', 'submitted', %4, 2)")
                   .arg(as, app)
                   .arg(i + 1)
                   .arg(totals[i]);
    }
    return exec(store, sql);
}

inline bool seedSelection(Store &store)
{
    if (!exec(
            store,
            {QStringLiteral("INSERT INTO pools (id, code, name, kind, accelerator_type_id, "
                            "capacity_nodes) VALUES ('p-b', 'open-b200', '공모 B200', "
                            "'open_call', 't-b200', 10)"),
             QStringLiteral("UPDATE call_accelerators SET pool_id = 'p-b' WHERE id = 'ca-b'"),
             QStringLiteral("UPDATE calls SET reviewers_per_application = 2, waitlist_length = 2"),
             QStringLiteral("INSERT INTO calls (id, call_type_id, code, title, opens_on, "
                            "closes_on) VALUES ('c-r0', 'ct-open', '2024-R2', '2024년 2차', "
                            "'2024-06-01', '2024-06-30')"),
             QStringLiteral("INSERT INTO call_accelerators (id, call_id, accelerator_type_id, "
                            "max_nodes, price_per_gpu_hour, pool_id) VALUES ('ca-0', 'c-r0', "
                            "'t-b200', 16, 9000, 'p-b')"),
             QStringLiteral("INSERT INTO reviewers (id, name, email) VALUES ('r1', '심사위원가', "
                            "'ga@rev.kr'), ('r2', '심사위원나', 'na@rev.kr')")}))
        return false;
    const struct
    {
        const char *id;
        int nodes;
        const char *status;
        qint64 at;
    } apps[] = {{"a0", 4, "selected", 1},     {"a1", 4, "under_review", 2},
                {"a2", 8, "under_review", 3}, {"a3", 2, "under_review", 4},
                {"a4", 2, "under_review", 5}, {"a5", 1, "under_review", 6},
                {"a6", 1, "under_review", 7}};
    for (const auto &a : apps) {
        const QString id = QString::fromLatin1(a.id);
        if (!addApplication(store, id, QStringLiteral("R1-000") + id.mid(1),
                            QStringLiteral("과제 ") + id, QStringLiteral("o-univ"),
                            QStringLiteral("t-b200"), a.nodes * 8, 6, QString::fromLatin1(a.status),
                            a.at))
            return false;
    }
    if (!addApplication(store, QStringLiteral("old"), QStringLiteral("R0-0001"),
                        QStringLiteral("지난 과제"), QStringLiteral("o-sme"),
                        QStringLiteral("t-b200"), 8, 6, QStringLiteral("active")))
        return false;
    const QList<QPair<QString, QList<double>>> reviews = {
        {QStringLiteral("a1"), {90, 90}}, {QStringLiteral("a2"), {85, 85}},
        {QStringLiteral("a3"), {80, 80}}, {QStringLiteral("a4"), {70, 70}},
        {QStringLiteral("a5"), {60, 60}}, {QStringLiteral("a6"), {95}}};
    for (const auto &r : reviews) {
        if (!addSubmittedReviews(store, r.first, r.second))
            return false;
    }
    return exec(store,
                {QStringLiteral("UPDATE applications SET granted_nodes = 3 WHERE id = 'a0'"),
                 QStringLiteral("UPDATE applications SET call_id = 'c-r0' WHERE id = 'old'"),
                 // A draft counts for nothing.
                 QStringLiteral("INSERT INTO review_assignments (id, application_id, reviewer_id, "
                                "assigned_at) VALUES ('as-d', 'a6', 'r2', 1)"),
                 QStringLiteral("INSERT INTO reviews (id, assignment_id, application_id, "
                                "reviewer_id, status, total) VALUES ('rv-d', 'as-d', 'a6', 'r2', "
                                "'draft', 99)")});
}

} // namespace gpudesk::test
