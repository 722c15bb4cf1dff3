// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallRepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gpudesk {

QList<CallSummary> CallRepository::calls() const
{
    QList<CallSummary> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(u"SELECT id, code, title, title_en FROM calls WHERE deleted = 0 ORDER BY opens_on DESC, code"_s)) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString()});
    }
    return out;
}

std::optional<CallRules> CallRepository::rules(const QString &callId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT opens_on, closes_on, max_months, youth_discount_percent FROM calls "
              "WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(callId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    CallRules r;
    r.opens = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    r.closes = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    r.maxMonths = q.value(2).toInt();
    r.youthDiscountPercent = q.value(3).toInt();

    q.prepare(u"SELECT t.code, t.gpus_per_node, ca.max_nodes, ca.price_per_gpu_hour "
              "FROM call_accelerators ca JOIN accelerator_types t ON t.id = ca.accelerator_type_id "
              "WHERE ca.call_id = ? AND ca.deleted = 0 ORDER BY t.code"_s);
    q.addBindValue(callId);
    if (q.exec()) {
        while (q.next())
            r.accelerators.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(),
                                   q.value(3).toLongLong()});
    }
    q.prepare(u"SELECT org_type, eligible, share_basis_points FROM call_share_rates "
              "WHERE call_id = ? AND deleted = 0"_s);
    q.addBindValue(callId);
    if (q.exec()) {
        while (q.next()) {
            if (const auto type = orgTypeFromKey(q.value(0).toString()))
                r.shareRates.append({*type, q.value(1).toBool(), q.value(2).toInt()});
        }
    }
    return r;
}

QList<AcceleratorTypeInfo> CallRepository::acceleratorTypes() const
{
    QList<AcceleratorTypeInfo> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(u"SELECT id, code, gpus_per_node, market_price_per_gpu_hour FROM accelerator_types "
               "WHERE deleted = 0 ORDER BY code"_s)) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                        q.value(3).toLongLong()});
    }
    return out;
}

std::optional<CallReviewSettings> CallRepository::reviewSettings(const QString &callId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, code, title, title_en, stage, review_deadline, reviewers_per_application, "
              "waitlist_length, pledge_text FROM calls WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(callId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    CallReviewSettings s;
    s.id = q.value(0).toString();
    s.code = q.value(1).toString();
    s.title = q.value(2).toString();
    s.titleEn = q.value(3).toString();
    s.stage = q.value(4).toString();
    s.reviewDeadline = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    s.reviewersPerApplication = q.value(6).toInt();
    s.waitlistLength = q.value(7).toInt();
    s.pledgeText = q.value(8).toString();
    return s;
}

QList<RubricCriterion> CallRepository::rubric(const QString &callId) const
{
    QList<RubricCriterion> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, ordinal, name, name_en, weight, min_score, max_score, guidance "
              "FROM rubric_criteria WHERE call_id = ? AND deleted = 0 ORDER BY ordinal"_s);
    q.addBindValue(callId);
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toInt(), q.value(5).toInt(),
                        q.value(6).toInt(), q.value(7).toString()});
    }
    return out;
}

} // namespace gpudesk
