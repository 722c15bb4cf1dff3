// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgramRepository.h"

#include "AuditLog.h"
#include "CallStageRepository.h"
#include "DeliberationRepository.h"
#include "SelectionRepository.h"
#include "SqlExec.h"
#include "Store.h"
#include "domain/DisplayLanguage.h"
#include "domain/TimeFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProgramRepository)
};

const QString kProgramSelect =
    u"SELECT p.id, p.code, p.name, p.name_en, t.id, t.code, t.gpus_per_node, "
    "coalesce(p.pool_id, ''), coalesce(pl.code, ''), p.max_teams, p.max_years, p.starts_on, "
    "p.capacity_nodes, p.floor_score, p.min_nodes, p.max_nodes FROM programs p "
    "JOIN accelerator_types t ON t.id = p.accelerator_type_id "
    "LEFT JOIN pools pl ON pl.id = p.pool_id WHERE p.deleted = 0 "_s;

ProgramInfo readProgram(const QSqlQuery &q)
{
    ProgramInfo p;
    int i = 0;
    p.id = q.value(i++).toString();
    p.code = q.value(i++).toString();
    p.name = q.value(i++).toString();
    p.nameEn = q.value(i++).toString();
    p.typeId = q.value(i++).toString();
    p.typeCode = q.value(i++).toString();
    p.gpusPerNode = q.value(i++).toInt();
    p.poolId = q.value(i++).toString();
    p.poolCode = q.value(i++).toString();
    p.maxTeams = q.value(i++).toInt();
    p.maxYears = q.value(i++).toInt();
    p.startsOn = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    p.rule.capacityNodes = q.value(i++).toInt();
    p.rule.floor = q.value(i++).toDouble();
    p.rule.minimumNodes = q.value(i++).toInt();
    p.rule.maximumNodes = q.value(i++).toInt();
    return p;
}

bool english()
{
    return DisplayLanguage::isEnglish();
}

// Prepares and runs one write; a null QString binds as '' for the NOT NULL text columns.
bool run(QSqlQuery &q, const QString &statement, const QVariantList &values, QString *error)
{
    if (sql::exec(q, statement, values, error, sql::NullText::AsEmpty))
        return true;
    *error =
        Text::tr("The program's data could not be saved: %1. Nothing was changed.").arg(*error);
    return false;
}

// Nodes each application's current grant holds on the map.
QHash<QString, int> placedByApplication(const QSqlDatabase &db, const QString &programId)
{
    QHash<QString, int> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT g.application_id, count(al.id) FROM grants g "
              "JOIN allocations al ON al.grant_id = g.id AND al.deleted = 0 "
              "JOIN program_entries e ON e.application_id = g.application_id AND e.deleted = 0 "
              "JOIN program_teams t ON t.id = e.team_id WHERE t.program_id = ? "
              "AND g.deleted = 0 AND g.status <> 'released' GROUP BY g.application_id"_s);
    q.addBindValue(programId);
    if (q.exec()) {
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return out;
}

} // namespace

QString ProgramInfo::displayName() const
{
    return english() && !nameEn.isEmpty() ? nameEn : name;
}

bool RoundTeam::sharesDecided() const
{
    return recordedProposal.has_value() &&
           (DeliberationRepository::isApproved(status) || status == ApplicationStatus::Rejected);
}

QList<ProgramInfo> ProgramRepository::programs() const
{
    QList<ProgramInfo> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (q.exec(kProgramSelect + u"ORDER BY p.starts_on DESC, p.code"_s)) {
        while (q.next())
            out.append(readProgram(q));
    }
    return out;
}

std::optional<ProgramInfo> ProgramRepository::program(const QString &id) const
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(kProgramSelect + u"AND p.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readProgram(q);
}

QList<ProgramRound> ProgramRepository::rounds(const QString &programId) const
{
    QList<ProgramRound> out;
    const auto p = program(programId);
    if (!p)
        return out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.id, c.code, c.title, c.title_en, r.year, c.stage FROM program_rounds r "
              "JOIN calls c ON c.id = r.call_id AND c.deleted = 0 "
              "WHERE r.program_id = ? AND r.deleted = 0 ORDER BY r.year"_s);
    q.addBindValue(programId);
    if (q.exec()) {
        while (q.next()) {
            ProgramRound r{q.value(0).toString(),
                           q.value(1).toString(),
                           q.value(2).toString(),
                           q.value(3).toString(),
                           q.value(4).toInt(),
                           q.value(5).toString(),
                           {}};
            r.yearStart = p->yearStart(r.year);
            out.append(r);
        }
    }
    return out;
}

std::optional<RoundView> ProgramRepository::roundView(const QString &callId, RankBy by,
                                                      QString *error) const
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT program_id FROM program_rounds WHERE call_id = ? AND deleted = 0"_s);
    q.addBindValue(callId);
    if (!q.exec() || !q.next()) {
        *error = Text::tr("This call is not a round of a program.");
        return std::nullopt;
    }
    const QString programId = q.value(0).toString();
    RoundView view;
    const auto program = this->program(programId);
    if (!program) {
        *error = Text::tr("The program no longer exists.");
        return std::nullopt;
    }
    view.program = *program;
    for (const ProgramRound &r : rounds(programId)) {
        if (r.callId == callId)
            view.round = r;
    }

    q.prepare(u"SELECT t.id, t.name, t.name_en, o.name, o.name_en, a.id, a.code, a.status, "
              "a.requested_nodes, a.granted_nodes, td.proposed_nodes, "
              "(SELECT p.application_id FROM program_entries p WHERE p.team_id = t.id "
              " AND p.year = e.year - 1 AND p.deleted = 0), "
              "(SELECT h.reason FROM application_status_history h WHERE h.application_id = a.id "
              " AND h.deleted = 0 AND h.to_status IN ('selected', 'rejected') "
              " ORDER BY h.changed_at DESC, h.rowid DESC LIMIT 1) "
              "FROM program_entries e JOIN program_teams t ON t.id = e.team_id "
              "JOIN applications a ON a.id = e.application_id AND a.deleted = 0 "
              "JOIN organizations o ON o.id = t.organization_id "
              "LEFT JOIN track_decisions td ON td.application_id = a.id AND td.deleted = 0 "
              "WHERE a.call_id = ? AND e.deleted = 0 ORDER BY t.ordinal, t.name"_s);
    q.addBindValue(callId);
    if (!q.exec()) {
        *error = Text::tr("The round's teams could not be read: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    while (q.next()) {
        RoundTeam t;
        t.teamId = q.value(0).toString();
        const QString nameEn = q.value(2).toString();
        t.teamName = english() && !nameEn.isEmpty() ? nameEn : q.value(1).toString();
        const QString orgEn = q.value(4).toString();
        t.orgName = english() && !orgEn.isEmpty() ? orgEn : q.value(3).toString();
        t.applicationId = q.value(5).toString();
        t.code = q.value(6).toString();
        t.status = statusFromKey(q.value(7).toString()).value_or(ApplicationStatus::Submitted);
        t.requestedNodes = q.value(8).toInt();
        if (!q.value(9).isNull())
            t.grantedNodes = q.value(9).toInt();
        if (!q.value(10).isNull())
            t.recordedProposal = q.value(10).toInt();
        t.previousId = q.value(11).toString();
        t.decisionReason = q.value(12).toString();
        view.teams.append(t);
    }
    const QHash<QString, int> placed = placedByApplication(m_store.db(), programId);
    q.prepare(u"SELECT code FROM applications WHERE id = ?"_s);
    for (RoundTeam &t : view.teams) {
        t.placedNodes = placed.value(t.applicationId);
        t.heldNodes = placed.value(t.previousId);
        if (!t.previousId.isEmpty()) {
            q.bindValue(0, t.previousId);
            if (q.exec() && q.next())
                t.previousCode = q.value(0).toString();
        }
    }

    const auto call = SelectionRepository(m_store).load(callId, error);
    if (!call)
        return std::nullopt;
    const QHash<QString, EntryScore> scores = scoresById(*call, by);
    for (RoundTeam &t : view.teams)
        t.score = scores.value(t.applicationId);
    // Ranked teams first, by rank; the others keep the teams' order.
    std::stable_sort(view.teams.begin(), view.teams.end(),
                     [](const RoundTeam &a, const RoundTeam &b) {
                         if ((a.score.rank == 0) != (b.score.rank == 0))
                             return a.score.rank != 0;
                         return a.score.rank < b.score.rank;
                     });
    QList<TeamScore> input;
    for (const RoundTeam &t : std::as_const(view.teams))
        input.append({t.applicationId, t.score.reviews > 0
                                           ? t.score.score
                                           : std::numeric_limits<double>::quiet_NaN()});
    view.proposal = computeShares(input, view.program.rule);
    for (int i = 0; i < view.teams.size(); ++i) {
        RoundTeam &t = view.teams[i];
        if (view.proposal.ok()) {
            t.proposedNodes = view.proposal.shares[i].nodes;
            t.passedFloor = view.proposal.shares[i].passed;
        }
        if (DeliberationRepository::isApproved(t.status))
            view.decidedNodes += t.grantedNodes.value_or(0);
    }
    return view;
}

bool ProgramRepository::setRule(const QString &programId, const ShareRule &rule,
                                const QString &reason, QString *error)
{
    if (reason.trimmed().isEmpty()) {
        *error = Text::tr("Changing the share rule needs a reason; write why before confirming.");
        return false;
    }
    const ShareResult check = computeShares({}, rule);
    if (!check.ok()) {
        *error = check.error;
        return false;
    }
    const auto before = program(programId);
    if (!before) {
        *error = Text::tr("The program no longer exists.");
        return false;
    }
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            const qint64 now = Store::nowMs();
            const QString user = m_store.currentUserId();
            QSqlQuery q(db);
            if (!run(q,
                     u"UPDATE programs SET capacity_nodes = ?, floor_score = ?, min_nodes = ?, "
                     "max_nodes = ?, updated_at = ?, updated_by = ? WHERE id = ?"_s,
                     {rule.capacityNodes, rule.floor, rule.minimumNodes, rule.maximumNodes, now,
                      user, programId},
                     err))
                return false;
            auto json = [](const ShareRule &r) {
                return QJsonObject{{u"capacity"_s, r.capacityNodes},
                                   {u"floor"_s, r.floor},
                                   {u"min"_s, r.minimumNodes},
                                   {u"max"_s, r.maximumNodes}};
            };
            const QJsonObject details{{u"from"_s, json(before->rule)},
                                      {u"to"_s, json(rule)},
                                      {u"reason"_s, reason.trimmed()}};
            if (!AuditLog::append(db, user, u"rule_change"_s, u"program"_s, programId, details,
                                  err))
                return false;
            changed << u"programs"_s << u"audit_log"_s;
            return true;
        },
        error);
}

} // namespace gpudesk
