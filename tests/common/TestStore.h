// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Test helpers: a fresh profile in a temporary folder, and small SQL conveniences.
namespace gpudesk::test {

inline std::unique_ptr<Store> openFresh(const QTemporaryDir &dir, const QString &name = QStringLiteral("p.sqlite"))
{
    OpenOutcome outcome;
    auto store = Store::open(dir.filePath(name), OpenOptions{}, &outcome);
    if (!store)
        qWarning("open failed: %s / %s", qPrintable(outcome.message), qPrintable(outcome.detail));
    return store;
}

inline QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.next() ? q.value(0) : QVariant();
}

// Runs statements inside one store write with the given capture mode.
inline bool exec(Store &store, const QStringList &statements,
                 Store::Capture capture = Store::Capture::Uncaptured, QString *error = nullptr)
{
    QString local;
    if (!error)
        error = &local;
    const bool ok = store.write(
        [&](QSqlDatabase &db, QSet<QString> &, QString *err) {
            QSqlQuery q(db);
            for (const QString &sql : statements) {
                if (!q.exec(sql)) {
                    *err = q.lastError().text() + QStringLiteral(" in ") + sql;
                    return false;
                }
            }
            return true;
        },
        error, capture);
    if (!ok && error == &local)
        qWarning("write failed: %s", qPrintable(local));
    return ok;
}

// A call 2025-R1 with B200/H200 (8 GPUs a node), caps 16/32, the seed's share rates, two fields,
// and one organisation of each kind the tests use. Not captured, like generated reference data.
inline bool seedReference(Store &store)
{
    return exec(store, {
        QStringLiteral("INSERT INTO accelerator_types (id, code, name, gpus_per_node, market_price_per_gpu_hour) VALUES "
                       "('t-b200', 'B200', 'NVIDIA B200', 8, 9000), ('t-h200', 'H200', 'NVIDIA H200', 8, 6000)"),
        QStringLiteral("INSERT INTO fields (id, code, name_ko, name_en) VALUES "
                       "('f-nlp', 'nlp', '자연어처리', 'Natural language processing'), ('f-bio', 'bio', '신약·생명과학', 'Drug discovery and life sciences')"),
        QStringLiteral("INSERT INTO call_types (id, code, name) VALUES ('ct-open', 'open_call', '공모')"),
        QStringLiteral("INSERT INTO calls (id, call_type_id, code, title, opens_on, closes_on) VALUES "
                       "('c-r1', 'ct-open', '2025-R1', '2025년 1차 공모', '2025-12-22', '2026-01-28')"),
        QStringLiteral("INSERT INTO call_accelerators (id, call_id, accelerator_type_id, max_nodes, price_per_gpu_hour) VALUES "
                       "('ca-b', 'c-r1', 't-b200', 16, 9000), ('ca-h', 'c-r1', 't-h200', 32, 6000)"),
        QStringLiteral("INSERT INTO call_share_rates (id, call_id, org_type, eligible, share_basis_points) VALUES "
                       "('sr-u', 'c-r1', 'university', 1, 0), ('sr-r', 'c-r1', 'research_institute', 1, 0), "
                       "('sr-s', 'c-r1', 'sme', 1, 500), ('sr-t', 'c-r1', 'startup', 1, 500), "
                       "('sr-l', 'c-r1', 'large_enterprise', 1, 1000)"),
        QStringLiteral("INSERT INTO organizations (id, name, name_en, org_type, youth_founded, business_number) VALUES "
                       "('o-univ', '한빛과학기술대학교', 'Hanbit Institute of Science and Technology', 'university', 0, '101-82-00001'), "
                       "('o-start', '(주)딥파인', 'DeepFine Inc.', 'startup', 1, '220-81-12345'), "
                       "('o-sme', '서울데이터랩(주)', 'Seoul Data Lab', 'sme', 0, '120-86-54321')"),
    });
}

// A fresh profile holding the reference data above; null (with a warning) when either step fails.
inline std::unique_ptr<Store> openWithReference(const QTemporaryDir &dir,
                                                const QString &name = QStringLiteral("p.sqlite"))
{
    auto store = openFresh(dir, name);
    if (store && !seedReference(*store)) {
        qWarning("seeding the reference data failed");
        store.reset();
    }
    return store;
}

// Inserts one application (not captured) and returns nothing; status and request are the knobs.
inline bool addApplication(Store &store, const QString &id, const QString &code, const QString &title,
                           const QString &org, const QString &type, int gpus, int months,
                           const QString &status = QStringLiteral("submitted"),
                           qint64 submittedAt = 1767225600000 /* 2026-01-01 */)
{
    return store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "INSERT INTO applications (id, call_id, organization_id, code, title, title_en, pi_name, "
                "field_id, accelerator_type_id, requested_gpus, requested_nodes, months, desired_start, "
                "submitted_at, status, status_changed_at) VALUES (?, 'c-r1', ?, ?, ?, ?, '김하늘', 'f-nlp', ?, ?, ?, ?, "
                "'2026-02-01', ?, ?, ?)"));
            for (const QVariant &v : {QVariant(id), QVariant(org), QVariant(code), QVariant(title),
                                      QVariant(QStringLiteral("English ") + title), QVariant(type),
                                      QVariant(gpus), QVariant((gpus + 7) / 8), QVariant(months),
                                      QVariant(submittedAt), QVariant(status), QVariant(submittedAt)})
                q.addBindValue(v);
            if (!q.exec()) {
                *err = q.lastError().text();
                return false;
            }
            changed << QStringLiteral("applications");
            return true;
        },
        nullptr, Store::Capture::Uncaptured);
}

} // namespace gpudesk::test
