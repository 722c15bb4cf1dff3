// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgramSetupRepository.h"

#include "AuditLog.h"
#include "CallRepository.h"
#include "ProgramRepository.h"
#include "SqlExec.h"
#include "Store.h"
#include "domain/TimeFormat.h"
#include "rules/CallStages.h"
#include "rules/CallValidation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProgramSetupRepository)
};

// The first call type whose stages hold an annual evaluation: the review and the share decision.
std::optional<CallTypeChoice> evaluationType(const QList<CallTypeChoice> &types)
{
    for (const CallTypeChoice &t : types) {
        if (stagesAllow(t.stages, StageActivity::Review) &&
            stagesAllow(t.stages, StageActivity::Shares))
            return t;
    }
    return std::nullopt;
}

QString firstRoundOf(const QSqlDatabase &db, const QString &programId)
{
    return sql::scalar(db,
                       u"SELECT call_id FROM program_rounds WHERE program_id = ? AND deleted = 0 "
                       "ORDER BY year LIMIT 1"_s,
                       {programId})
        .toString();
}

QJsonObject programJson(const ProgramDraft &p)
{
    return {{u"code"_s, p.code.trimmed()},
            {u"name"_s, p.name.trimmed()},
            {u"name_en"_s, p.nameEn.trimmed()},
            {u"type"_s, p.typeId},
            {u"pool"_s, p.poolId},
            {u"teams"_s, p.maxTeams},
            {u"years"_s, p.maxYears},
            {u"starts_on"_s, p.startsOn.toString(Qt::ISODate)},
            {u"capacity"_s, p.rule.capacityNodes},
            {u"floor"_s, p.rule.floor},
            {u"min"_s, p.rule.minimumNodes},
            {u"max"_s, p.rule.maximumNodes},
            {u"criteria"_s, int(p.rubric.size())}};
}

} // namespace

ProgramDraft ProgramSetupRepository::blank() const
{
    ProgramDraft p;
    const QList<AcceleratorTypeInfo> types = acceleratorTypes();
    if (!types.isEmpty())
        p.typeId = types.first().id;
    p.poolId = sql::scalar(m_store.db(),
                           u"SELECT id FROM pools WHERE deleted = 0 AND accelerator_type_id = ? "
                           "ORDER BY kind <> 'national', code LIMIT 1"_s,
                           {p.typeId})
                   .toString();
    const QDate today = displayDate(Store::nowMs());
    p.startsOn = QDate(today.year(), today.month(), 1).addMonths(1);
    return p;
}

std::optional<ProgramDraft> ProgramSetupRepository::load(const QString &programId) const
{
    const auto info = ProgramRepository(m_store).program(programId);
    if (!info)
        return std::nullopt;
    ProgramDraft p;
    p.id = info->id;
    p.code = info->code;
    p.name = info->name;
    p.nameEn = info->nameEn;
    p.typeId = info->typeId;
    p.poolId = info->poolId;
    p.maxTeams = info->maxTeams;
    p.maxYears = info->maxYears;
    p.startsOn = info->startsOn;
    p.rule = info->rule;
    const QString first = firstRoundOf(m_store.db(), programId);
    if (!first.isEmpty())
        p.rubric = CallRepository(m_store.db()).rubric(first);
    return p;
}

QList<AcceleratorTypeInfo> ProgramSetupRepository::acceleratorTypes() const
{
    return CallRepository(m_store.db()).acceleratorTypes();
}

QList<PoolChoice> ProgramSetupRepository::pools() const
{
    return CallAdminRepository(m_store).pools();
}

ProgramContext ProgramSetupRepository::context(const ProgramDraft &program) const
{
    ProgramContext ctx;
    const QSqlDatabase db = m_store.db();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (sql::exec(q, u"SELECT lower(code) FROM programs WHERE deleted = 0 AND id <> ?"_s,
                  {program.id.isNull() ? u""_s : program.id}, nullptr)) {
        while (q.next())
            ctx.otherCodes.insert(q.value(0).toString());
    }
    for (const AcceleratorTypeInfo &t : acceleratorTypes())
        ctx.typeCodes.insert(t.id, t.code);
    for (const PoolChoice &p : pools())
        ctx.pools.insert(p.id, {p.code, p.typeId, p.capacityNodes});
    if (program.id.isEmpty())
        return ctx;
    const TeamSlot s = slot(program.id);
    ctx.teams = int(s.teamNames.size());
    ctx.roundsOpened = s.roundsOpened;
    ctx.reviewsStarted = s.reviewsStarted;
    if (const auto saved = ProgramRepository(m_store).program(program.id)) {
        ctx.savedTypeId = saved->typeId;
        ctx.savedStartsOn = saved->startsOn;
    }
    return ctx;
}

ValidationIssues ProgramSetupRepository::validate(const ProgramDraft &program) const
{
    ValidationIssues out = validateProgram(program, context(program));
    // The rubric is a call's: the call rules judge it (criteria, weights adding up to 100).
    CallDefinition call;
    call.rubric = program.rubric;
    for (const ValidationIssue &i : validateCall(call, {})) {
        if (i.field.startsWith(u"rubric"_s))
            out.append(i);
    }
    return out;
}

QString ProgramSetupRepository::lockedReason(const QString &programId) const
{
    return evaluationBegunReason(slot(programId).reviewsStarted);
}

bool ProgramSetupRepository::save(const ProgramDraft &p, const QString &reason, QString *error,
                                  ValidationIssues *issues, QString *programId)
{
    const ValidationIssues found = validate(p);
    if (issues)
        *issues = found;
    if (!found.isEmpty()) {
        *error = Text::tr("The program was not saved: %1").arg(issueMessages(found).join(u' '));
        return false;
    }
    const bool create = p.id.isEmpty();
    if (!create && reason.trimmed().isEmpty()) {
        *error = Text::tr("Changing a program needs a reason; write why before saving.");
        return false;
    }
    CallAdminRepository calls(m_store);
    const auto type = evaluationType(calls.callTypes());
    if (!type) {
        *error = Text::tr("No call type has both an evaluation and a share-decision stage, so "
                          "the program's yearly rounds have no type. An administrator adds one "
                          "in Administration > Calls.");
        return false;
    }
    const std::optional<ProgramDraft> before = create ? std::nullopt : load(p.id);
    if (!create && !before) {
        *error = Text::tr("The program no longer exists.");
        return false;
    }
    AcceleratorTypeInfo accel;
    for (const AcceleratorTypeInfo &t : acceleratorTypes()) {
        if (t.id == p.typeId)
            accel = t;
    }
    const QString id = create ? Store::newId() : p.id;
    const QString pledge =
        sql::scalar(m_store.db(),
                    u"SELECT pledge_text FROM calls WHERE deleted = 0 AND pledge_text <> '' "
                    "ORDER BY opens_on DESC LIMIT 1"_s)
            .toString();

    const bool ok = m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            const qint64 now = Store::nowMs();
            const QString user = m_store.currentUserId().isNull() ? u""_s : m_store.currentUserId();
            const QString who =
                m_store.currentUserName().isEmpty() ? user : m_store.currentUserName();
            QSqlQuery q(db);
            const QVariantList columns = {p.code.trimmed(),
                                          p.name.trimmed(),
                                          p.nameEn.trimmed(),
                                          p.typeId,
                                          p.poolId.isEmpty() ? QVariant() : QVariant(p.poolId),
                                          p.maxTeams,
                                          p.maxYears,
                                          p.startsOn.toString(Qt::ISODate),
                                          p.rule.capacityNodes,
                                          p.rule.floor,
                                          p.rule.minimumNodes,
                                          p.rule.maximumNodes,
                                          now,
                                          user,
                                          id};
            const bool written =
                create ? sql::exec(q,
                                   u"INSERT INTO programs (code, name, name_en, "
                                   "accelerator_type_id, pool_id, max_teams, max_years, "
                                   "starts_on, capacity_nodes, floor_score, min_nodes, "
                                   "max_nodes, updated_at, updated_by, id) VALUES (?, ?, ?, ?, "
                                   "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                   columns, err)
                       : sql::exec(q,
                                   u"UPDATE programs SET code = ?, name = ?, name_en = ?, "
                                   "accelerator_type_id = ?, pool_id = ?, max_teams = ?, "
                                   "max_years = ?, starts_on = ?, capacity_nodes = ?, "
                                   "floor_score = ?, min_nodes = ?, max_nodes = ?, "
                                   "updated_at = ?, updated_by = ? WHERE id = ?"_s,
                                   columns, err);
            if (!written) {
                *err =
                    Text::tr("The program could not be saved: %1. Nothing was changed.").arg(*err);
                return false;
            }

            // Every round's call follows the program: its type, pool, cap and rubric.
            QList<std::pair<QString, int>> rounds; // call id, year
            if (!create) {
                if (!sql::exec(q,
                               u"SELECT call_id, year FROM program_rounds WHERE program_id = ? "
                               "AND deleted = 0 ORDER BY year"_s,
                               {id}, err))
                    return false;
                while (q.next())
                    rounds.append({q.value(0).toString(), q.value(1).toInt()});
            }
            const int cap = p.rule.maximumNodes > 0 ? p.rule.maximumNodes : p.rule.capacityNodes;
            const CallOffer offer{QString(), accel.id,          accel.code, accel.gpusPerNode,
                                  cap,       accel.marketPrice, p.poolId};
            if (create) {
                CallDefinition call = calls.blank();
                call.callTypeId = type->id;
                call.stage = type->stages.last();
                call.code = u"%1-Y1"_s.arg(p.code.trimmed());
                call.title = u"%1 1차년도"_s.arg(p.name.trimmed());
                call.titleEn = u"%1 — year 1"_s.arg(
                    p.nameEn.trimmed().isEmpty() ? p.name.trimmed() : p.nameEn.trimmed());
                call.opens = call.closes = p.startsOn.addDays(-1);
                call.allocationFrom = p.startsOn;
                call.pledgeText = pledge;
                call.offers = {offer};
                call.rubric = p.rubric;
                const QString callId = Store::newId();
                if (sql::scalar(db, u"SELECT count(*) FROM calls WHERE lower(code) = lower(?)"_s,
                                {call.code})
                        .toInt() > 0) {
                    *err = Text::tr("A call with the code %1 exists already; give the program "
                                    "another code.")
                               .arg(call.code);
                    return false;
                }
                if (!CallAdminRepository::writeWithin(db, callId, true, call, user, now, err) ||
                    !sql::exec(q,
                               u"INSERT INTO program_rounds (id, updated_at, updated_by, "
                               "program_id, call_id, year) VALUES (?, ?, ?, ?, ?, 1)"_s,
                               {Store::newId(), now, user, id, callId}, err) ||
                    !sql::exec(q,
                               u"INSERT INTO call_stage_history (id, updated_at, updated_by, "
                               "call_id, from_stage, to_stage, changed_at, changed_by, reason) "
                               "VALUES (?, ?, ?, ?, '', ?, ?, ?, ?)"_s,
                               {Store::newId(), now, user, callId, call.stage, now, who,
                                Text::tr("Made with program %1: its teams are projects that "
                                         "hold nodes already.")
                                    .arg(p.code.trimmed())},
                               err))
                    return false;
            }
            for (const auto &[callId, year] : std::as_const(rounds)) {
                auto call = calls.load(callId);
                if (!call)
                    continue;
                CallOffer kept = offer; // the price the round was made with stays
                if (const CallOffer *old = call->offer(offer.typeId))
                    kept.pricePerGpuHour = old->pricePerGpuHour;
                call->offers = {kept};
                call->rubric = p.rubric;
                call->allocationFrom = p.startsOn.addMonths(12 * (year - 1));
                if (!CallAdminRepository::writeWithin(db, callId, false, *call, user, now, err))
                    return false;
            }
            QJsonObject details{{u"to"_s, programJson(p)}};
            if (before)
                details.insert(u"from"_s, programJson(*before));
            if (!reason.trimmed().isEmpty())
                details.insert(u"reason"_s, reason.trimmed());
            if (!AuditLog::append(db, user, create ? u"program_create"_s : u"program_change"_s,
                                  u"program"_s, id, details, err))
                return false;
            changed << u"programs"_s << u"program_rounds"_s << u"calls"_s << u"call_accelerators"_s
                    << u"call_share_rates"_s << u"rubric_criteria"_s << u"call_stage_history"_s
                    << u"audit_log"_s;
            return true;
        },
        error);
    if (ok && programId)
        *programId = id;
    return ok;
}

} // namespace gpudesk
