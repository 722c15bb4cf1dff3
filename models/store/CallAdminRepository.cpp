// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallAdminRepository.h"

#include "AuditLog.h"
#include "CallRepository.h"
#include "SqlExec.h"
#include "Store.h"
#include "rules/CallValidation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CallAdminRepository)
};

// Past screening: what an applicant was told depends on the call's rules as they were.
const QString kScreenedStatuses =
    u"('under_review', 'selected', 'waitlisted', 'rejected', 'allocated', 'active', "
    "'completed', 'reclaimed')"_s;

QString dateKey(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : u""_s;
}

QDate dateFrom(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QStringList stagesFrom(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

bool fail(QString *error, const QString &what, const QString &detail)
{
    if (error)
        *error = Text::tr("%1: %2").arg(what, detail);
    return false;
}

// Writes the offers: existing rows (even tombstoned ones, which UNIQUE(call, type) keeps) are
// updated, new ones inserted, dropped ones tombstoned.
bool writeOffers(QSqlDatabase &db, const QString &callId, const CallDefinition &c,
                 const QString &user, qint64 now, QString *error)
{
    QSqlQuery q(db);
    QHash<QString, QString> existing; // type id -> row id
    if (!sql::exec(q, u"SELECT accelerator_type_id, id FROM call_accelerators WHERE call_id = ?"_s,
                   {callId}, error))
        return false;
    while (q.next())
        existing.insert(q.value(0).toString(), q.value(1).toString());
    QSet<QString> kept;
    for (const CallOffer &o : c.offers) {
        kept.insert(o.typeId);
        const QVariant pool = sql::nullable(o.poolId);
        const QString id = existing.value(o.typeId);
        const bool ok =
            id.isEmpty()
                ? sql::exec(q,
                            u"INSERT INTO call_accelerators (id, updated_at, updated_by, call_id, "
                            "accelerator_type_id, max_nodes, price_per_gpu_hour, pool_id) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                            {Store::newId(), now, user, callId, o.typeId, o.maxNodes,
                             o.pricePerGpuHour, pool},
                            error)
                : sql::exec(q,
                            u"UPDATE call_accelerators SET max_nodes = ?, price_per_gpu_hour = ?, "
                            "pool_id = ?, deleted = 0, updated_at = ?, updated_by = ? "
                            "WHERE id = ?"_s,
                            {o.maxNodes, o.pricePerGpuHour, pool, now, user, id}, error);
        if (!ok)
            return false;
    }
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        if (!kept.contains(it.key()) &&
            !sql::exec(q,
                       u"UPDATE call_accelerators SET deleted = 1, updated_at = ?, updated_by = ? "
                       "WHERE id = ? AND deleted = 0"_s,
                       {now, user, it.value()}, error))
            return false;
    }
    return true;
}

bool writeShareTerms(QSqlDatabase &db, const QString &callId, const CallDefinition &c,
                     const QString &user, qint64 now, QString *error)
{
    QSqlQuery q(db);
    QHash<QString, QString> existing; // org type key -> row id
    if (!sql::exec(q, u"SELECT org_type, id FROM call_share_rates WHERE call_id = ?"_s, {callId},
                   error))
        return false;
    while (q.next())
        existing.insert(q.value(0).toString(), q.value(1).toString());
    QSet<QString> kept;
    for (const CallShareTerm &s : c.shareTerms) {
        const QString key = orgTypeKey(s.orgType);
        kept.insert(key);
        const QString id = existing.value(key);
        const bool ok =
            id.isEmpty()
                ? sql::exec(q,
                            u"INSERT INTO call_share_rates (id, updated_at, updated_by, call_id, "
                            "org_type, eligible, share_basis_points) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                            {Store::newId(), now, user, callId, key, s.eligible ? 1 : 0,
                             s.shareBasisPoints},
                            error)
                : sql::exec(q,
                            u"UPDATE call_share_rates SET eligible = ?, share_basis_points = ?, "
                            "deleted = 0, updated_at = ?, updated_by = ? WHERE id = ?"_s,
                            {s.eligible ? 1 : 0, s.shareBasisPoints, now, user, id}, error);
        if (!ok)
            return false;
    }
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        if (!kept.contains(it.key()) &&
            !sql::exec(q,
                       u"UPDATE call_share_rates SET deleted = 1, updated_at = ?, updated_by = ? "
                       "WHERE id = ? AND deleted = 0"_s,
                       {now, user, it.value()}, error))
            return false;
    }
    return true;
}

bool writeRubric(QSqlDatabase &db, const QString &callId, const CallDefinition &c,
                 const QString &user, qint64 now, QString *error)
{
    QSqlQuery q(db);
    QSet<QString> existing;
    if (!sql::exec(q, u"SELECT id FROM rubric_criteria WHERE call_id = ? AND deleted = 0"_s,
                   {callId}, error))
        return false;
    while (q.next())
        existing.insert(q.value(0).toString());
    for (int i = 0; i < c.rubric.size(); ++i) {
        const RubricCriterion &r = c.rubric[i];
        const bool update = !r.id.isEmpty() && existing.remove(r.id);
        const QVariantList common = {i + 1,      sql::text(r.name.trimmed()),
                                     sql::text(r.nameEn.trimmed()), r.weight,
                                     r.minScore, r.maxScore,
                                     sql::text(r.guidance)};
        const bool ok =
            update ? sql::exec(q,
                               u"UPDATE rubric_criteria SET ordinal = ?, name = ?, name_en = ?, "
                               "weight = ?, min_score = ?, max_score = ?, guidance = ?, "
                               "updated_at = ?, updated_by = ? WHERE id = ?"_s,
                               common + QVariantList{now, user, r.id}, error)
                   : sql::exec(q,
                               u"INSERT INTO rubric_criteria (ordinal, name, name_en, weight, "
                               "min_score, max_score, guidance, updated_at, updated_by, id, "
                               "call_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                               common + QVariantList{now, user, Store::newId(), callId}, error);
        if (!ok)
            return false;
    }
    for (const QString &id : std::as_const(existing)) {
        if (!sql::exec(q,
                       u"UPDATE rubric_criteria SET deleted = 1, updated_at = ?, updated_by = ? "
                       "WHERE id = ?"_s,
                       {now, user, id}, error))
            return false;
    }
    return true;
}

QVariantList callColumns(const CallDefinition &c)
{
    return {c.callTypeId,
            c.code.trimmed(),
            c.title.trimmed(),
            sql::text(c.titleEn.trimmed()),
            dateKey(c.opens),
            dateKey(c.closes),
            dateKey(c.reviewDeadline),
            dateKey(c.allocationFrom),
            c.maxMonths,
            c.reviewersPerApplication,
            c.waitlistLength,
            c.youthDiscountPercent,
            c.idleThresholdPercent,
            c.idleDays,
            c.vatPercent,
            sql::text(c.pledgeText),
            c.stage};
}

} // namespace

QList<CallListRow> CallAdminRepository::list() const
{
    QList<CallListRow> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT c.id, c.code, c.title, c.title_en, t.name, t.name_en, c.opens_on, "
                "c.closes_on, c.stage, coalesce(c.panel_closed_at, 0), "
                "(SELECT count(*) FROM applications a WHERE a.call_id = c.id AND a.deleted = 0), "
                "(SELECT count(*) FROM applications a WHERE a.call_id = c.id AND a.deleted = 0 "
                " AND a.status IN "_s +
                kScreenedStatuses +
                u"), (SELECT group_concat(code || ' ' || max_nodes, ' · ') FROM "
                "(SELECT at.code, ca.max_nodes FROM call_accelerators ca JOIN accelerator_types at "
                " ON at.id = ca.accelerator_type_id WHERE ca.call_id = c.id AND ca.deleted = 0 "
                " ORDER BY at.code)) "
                "FROM calls c LEFT JOIN call_types t ON t.id = c.call_type_id "
                "WHERE c.deleted = 0 ORDER BY c.opens_on DESC, c.code"_s))
        return out;
    while (q.next()) {
        CallListRow r;
        r.id = q.value(0).toString();
        r.code = q.value(1).toString();
        r.title = q.value(2).toString();
        r.titleEn = q.value(3).toString();
        r.typeName = q.value(4).toString();
        r.typeNameEn = q.value(5).toString();
        r.opens = dateFrom(q.value(6));
        r.closes = dateFrom(q.value(7));
        r.stage = q.value(8).toString();
        r.panelClosedAt = q.value(9).toLongLong();
        r.applications = q.value(10).toInt();
        r.screened = q.value(11).toInt();
        r.offers = q.value(12).toString();
        out.append(r);
    }
    return out;
}

std::optional<CallDefinition> CallAdminRepository::load(const QString &callId) const
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!sql::exec(q,
                   u"SELECT call_type_id, code, title, title_en, opens_on, closes_on, "
                   "review_deadline, allocation_from, max_months, reviewers_per_application, "
                   "waitlist_length, youth_discount_percent, idle_threshold_percent, idle_days, "
                   "vat_percent, pledge_text, stage, panel_closed_at FROM calls "
                   "WHERE id = ? AND deleted = 0"_s,
                   {callId}, nullptr) ||
        !q.next())
        return std::nullopt;
    CallDefinition c;
    c.id = callId;
    c.callTypeId = q.value(0).toString();
    c.code = q.value(1).toString();
    c.title = q.value(2).toString();
    c.titleEn = q.value(3).toString();
    c.opens = dateFrom(q.value(4));
    c.closes = dateFrom(q.value(5));
    c.reviewDeadline = dateFrom(q.value(6));
    c.allocationFrom = dateFrom(q.value(7));
    c.maxMonths = q.value(8).toInt();
    c.reviewersPerApplication = q.value(9).toInt();
    c.waitlistLength = q.value(10).toInt();
    c.youthDiscountPercent = q.value(11).toInt();
    c.idleThresholdPercent = q.value(12).toInt();
    c.idleDays = q.value(13).toInt();
    c.vatPercent = q.value(14).toInt();
    c.pledgeText = q.value(15).toString();
    c.stage = q.value(16).toString();
    if (!q.value(17).isNull())
        c.panelClosedAt = q.value(17).toLongLong();

    if (sql::exec(q,
                  u"SELECT ca.id, ca.accelerator_type_id, t.code, t.gpus_per_node, ca.max_nodes, "
                  "ca.price_per_gpu_hour, coalesce(ca.pool_id, '') FROM call_accelerators ca "
                  "JOIN accelerator_types t ON t.id = ca.accelerator_type_id "
                  "WHERE ca.call_id = ? AND ca.deleted = 0 ORDER BY t.code"_s,
                  {callId}, nullptr)) {
        while (q.next())
            c.offers.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toInt(), q.value(4).toInt(), q.value(5).toLongLong(),
                             q.value(6).toString()});
    }
    if (sql::exec(q,
                  u"SELECT id, org_type, eligible, share_basis_points FROM call_share_rates "
                  "WHERE call_id = ? AND deleted = 0"_s,
                  {callId}, nullptr)) {
        while (q.next()) {
            if (const auto type = orgTypeFromKey(q.value(1).toString()))
                c.shareTerms.append(
                    {q.value(0).toString(), *type, q.value(2).toBool(), q.value(3).toInt()});
        }
    }
    std::sort(c.shareTerms.begin(), c.shareTerms.end(),
              [](const CallShareTerm &a, const CallShareTerm &b) { return a.orgType < b.orgType; });
    if (sql::exec(q,
                  u"SELECT id, ordinal, name, name_en, weight, min_score, max_score, guidance "
                  "FROM rubric_criteria WHERE call_id = ? AND deleted = 0 ORDER BY ordinal"_s,
                  {callId}, nullptr)) {
        while (q.next())
            c.rubric.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toInt(), q.value(5).toInt(),
                             q.value(6).toInt(), q.value(7).toString()});
    }
    return c;
}

CallDefinition CallAdminRepository::blank() const
{
    CallDefinition c;
    const QList<CallTypeChoice> types = callTypes();
    if (!types.isEmpty()) {
        c.callTypeId = types.first().id;
        c.stage = types.first().stages.value(0, c.stage);
    }
    for (const AcceleratorTypeInfo &a : CallRepository(m_store.db()).acceleratorTypes())
        c.offers.append({QString(), a.id, a.code, a.gpusPerNode, 0, a.marketPrice, QString()});
    for (int t = 0; t < kOrganizationTypeCount; ++t)
        c.shareTerms.append({QString(), static_cast<OrganizationType>(t), true, 0});
    return c;
}

std::optional<CallDefinition> CallAdminRepository::copyOf(const QString &callId) const
{
    auto c = load(callId);
    if (!c)
        return std::nullopt;
    c->id.clear();
    c->panelClosedAt.reset();
    for (CallOffer &o : c->offers)
        o.id.clear();
    for (CallShareTerm &s : c->shareTerms)
        s.id.clear();
    for (RubricCriterion &r : c->rubric)
        r.id.clear();
    for (const CallTypeChoice &t : callTypes()) {
        if (t.id == c->callTypeId)
            c->stage = t.stages.value(0, c->stage);
    }
    // A free code next to the original: 2025-R1 -> 2025-R1-copy, -copy2, ...
    const QString base = c->code + u"-copy"_s;
    QString code = base;
    for (int n = 2; sql::scalar(m_store.db(), u"SELECT count(*) FROM calls WHERE lower(code) = lower(?)"_s,
                                {code})
                        .toInt() > 0;
         ++n)
        code = base + QString::number(n);
    c->code = code;
    c->title = Text::tr("%1 (copy)").arg(c->title);
    if (!c->titleEn.isEmpty())
        c->titleEn += u" (copy)"_s;
    return c;
}

QList<CallTypeChoice> CallAdminRepository::callTypes() const
{
    QList<CallTypeChoice> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT id, code, name, name_en, stages FROM call_types WHERE deleted = 0 "
               "ORDER BY rowid"_s)) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), stagesFrom(q.value(4).toString())});
    }
    return out;
}

QList<PoolChoice> CallAdminRepository::pools() const
{
    QList<PoolChoice> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT id, code, name, name_en, coalesce(accelerator_type_id, ''), "
               "capacity_nodes FROM pools WHERE deleted = 0 ORDER BY code"_s)) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toInt()});
    }
    return out;
}

int CallAdminRepository::screenedApplications(const QString &callId) const
{
    if (callId.isEmpty())
        return 0;
    return sql::scalar(m_store.db(),
                       u"SELECT count(*) FROM applications WHERE call_id = ? AND deleted = 0 "
                       "AND status IN "_s +
                           kScreenedStatuses,
                       {callId})
        .toInt();
}

CallContext CallAdminRepository::context(const CallDefinition &call) const
{
    CallContext ctx;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (sql::exec(q, u"SELECT lower(code) FROM calls WHERE id <> ?"_s, {sql::text(call.id)},
                  nullptr)) {
        while (q.next())
            ctx.otherCodes.insert(q.value(0).toString());
    }
    for (const CallTypeChoice &t : callTypes()) {
        if (t.id == call.callTypeId)
            ctx.stages = t.stages;
    }
    for (const PoolChoice &p : pools())
        ctx.pools.insert(p.id, {p.code, p.typeId, p.capacityNodes});
    for (const AcceleratorTypeInfo &a : CallRepository(m_store.db()).acceleratorTypes())
        ctx.typeCodes.insert(a.id, a.code);
    if (call.id.isEmpty())
        return ctx;
    if (sql::exec(q,
                  u"SELECT accelerator_type_id, count(*) FROM applications WHERE call_id = ? "
                  "AND deleted = 0 AND status <> 'withdrawn' GROUP BY accelerator_type_id"_s,
                  {call.id}, nullptr)) {
        while (q.next())
            ctx.applicationsByType.insert(q.value(0).toString(), q.value(1).toInt());
    }
    ctx.screenedApplications = screenedApplications(call.id);
    ctx.submittedReviews =
        sql::scalar(m_store.db(),
                    u"SELECT count(*) FROM reviews r JOIN applications a ON a.id = r.application_id "
                    "WHERE a.call_id = ? AND r.deleted = 0 AND r.status = 'submitted'"_s,
                    {call.id})
            .toInt();
    if (const auto saved = load(call.id))
        ctx.savedRubric = saved->rubric;
    return ctx;
}

std::optional<CallAdminRepository::SaveResult>
CallAdminRepository::save(const CallDefinition &call, const QString &reason, QString *error,
                          ValidationIssues *issues)
{
    const CallContext ctx = context(call);
    const ValidationIssues found = validateCall(call, ctx);
    if (issues)
        *issues = found;
    if (!found.isEmpty()) {
        if (error)
            *error = Text::tr("The call was not saved: %1").arg(issueMessages(found).join(u' '));
        return std::nullopt;
    }
    std::optional<CallDefinition> before;
    if (!call.id.isEmpty()) {
        before = load(call.id);
        if (!before) {
            if (error)
                *error = Text::tr("The call no longer exists in this profile; reload the list.");
            return std::nullopt;
        }
    }
    SaveResult result;
    result.created = !before;
    result.id = before ? call.id : Store::newId();
    CallChanges changes;
    if (before) {
        changes = diffCalls(*before, call);
        result.changes = changes.lines;
        if (changes.isEmpty())
            return result; // nothing to write, nothing to record
        if (ctx.screenedApplications > 0 && reason.trimmed().isEmpty()) {
            if (error)
                *error = Text::tr("%n application(s) of this call were already screened under "
                                  "its rules; give a reason for the change.",
                                  nullptr, ctx.screenedApplications);
            return std::nullopt;
        }
    }
    const bool ok = m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            const qint64 now = Store::nowMs();
            const QString user = m_store.currentUserId();
            QSqlQuery q(db);
            const QVariantList columns = callColumns(call);
            const bool written =
                result.created
                    ? sql::exec(q,
                                u"INSERT INTO calls (call_type_id, code, title, title_en, opens_on, "
                                "closes_on, review_deadline, allocation_from, max_months, "
                                "reviewers_per_application, waitlist_length, "
                                "youth_discount_percent, idle_threshold_percent, idle_days, "
                                "vat_percent, pledge_text, stage, updated_at, updated_by, id) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                "?)"_s,
                                columns + QVariantList{now, user, result.id}, err)
                    : sql::exec(q,
                                u"UPDATE calls SET call_type_id = ?, code = ?, title = ?, "
                                "title_en = ?, opens_on = ?, closes_on = ?, review_deadline = ?, "
                                "allocation_from = ?, max_months = ?, "
                                "reviewers_per_application = ?, waitlist_length = ?, "
                                "youth_discount_percent = ?, idle_threshold_percent = ?, "
                                "idle_days = ?, vat_percent = ?, pledge_text = ?, stage = ?, "
                                "updated_at = ?, updated_by = ? WHERE id = ?"_s,
                                columns + QVariantList{now, user, result.id}, err);
            if (!written || !writeOffers(db, result.id, call, user, now, err) ||
                !writeShareTerms(db, result.id, call, user, now, err) ||
                !writeRubric(db, result.id, call, user, now, err))
                return fail(err, Text::tr("The call could not be saved"), *err);
            QJsonObject details{{u"code"_s, call.code.trimmed()}};
            if (!result.created) {
                details.insert(u"changes"_s, changes.details);
                details.insert(u"screened_applications"_s, ctx.screenedApplications);
                if (!reason.trimmed().isEmpty())
                    details.insert(u"reason"_s, reason.trimmed());
            }
            if (!AuditLog::append(db, user, result.created ? u"call_create"_s : u"call_change"_s,
                                  u"call"_s, result.id, details, err))
                return false;
            changed << u"calls"_s << u"call_accelerators"_s << u"call_share_rates"_s
                    << u"rubric_criteria"_s << u"audit_log"_s;
            return true;
        },
        error);
    if (!ok)
        return std::nullopt;
    return result;
}

bool CallAdminRepository::closePanel(const QString &callId, QString *error)
{
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            QSqlQuery q(db);
            if (!sql::exec(q, u"SELECT code, panel_closed_at FROM calls WHERE id = ? AND deleted = 0"_s,
                           {callId}, err) ||
                !q.next()) {
                *err = Text::tr("The call no longer exists in this profile; reload the list.");
                return false;
            }
            const QString code = q.value(0).toString();
            if (!q.value(1).isNull()) {
                *err = Text::tr("The review panel of call %1 is closed already.").arg(code);
                return false;
            }
            const qint64 now = Store::nowMs();
            if (!sql::exec(q,
                           u"UPDATE calls SET panel_closed_at = ?, updated_at = ?, updated_by = ? "
                           "WHERE id = ?"_s,
                           {now, now, m_store.currentUserId(), callId}, err))
                return fail(err, Text::tr("The panel could not be closed"), *err);
            if (!AuditLog::append(db, m_store.currentUserId(), u"panel_close"_s, u"call"_s, callId,
                                  {{u"code"_s, code}}, err))
                return false;
            changed << u"calls"_s << u"audit_log"_s;
            return true;
        },
        error);
}

} // namespace gpudesk
