// SPDX-License-Identifier: GPL-3.0-or-later
// ProgramSetupRepository's teams: each a project holding nodes, entered as the team's year 1.
#include "AuditLog.h"
#include "ProgramRepository.h"
#include "ProgramSetupRepository.h"
#include "SqlExec.h"
#include "Store.h"
#include "domain/DisplayLanguage.h"

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

QString localized(const QSqlQuery &q, int ko, int en)
{
    const QString english = q.value(en).toString();
    return DisplayLanguage::isEnglish() && !english.isEmpty() ? english : q.value(ko).toString();
}

// Nodes an application's live grants hold on the map now.
const QString kHeldNodes =
    u"(SELECT count(al.id) FROM grants g JOIN allocations al ON al.grant_id = g.id "
    "AND al.deleted = 0 WHERE g.application_id = a.id AND g.deleted = 0 "
    "AND g.status <> 'released')"_s;

} // namespace

TeamSlot ProgramSetupRepository::slot(const QString &programId) const
{
    TeamSlot s;
    const QSqlDatabase db = m_store.db();
    if (const auto p = ProgramRepository(m_store).program(programId)) {
        s.typeId = p->typeId;
        s.typeCode = p->typeCode;
        s.maxTeams = p->maxTeams;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (sql::exec(q, u"SELECT name FROM program_teams WHERE program_id = ? AND deleted = 0"_s,
                  {programId}, nullptr)) {
        while (q.next())
            s.teamNames << q.value(0).toString();
    }
    s.roundsOpened = sql::scalar(db,
                                 u"SELECT count(*) FROM program_rounds WHERE program_id = ? "
                                 "AND deleted = 0"_s,
                                 {programId})
                         .toInt();
    s.reviewsStarted =
        sql::scalar(
            db,
            u"SELECT count(*) FROM reviews r JOIN applications a ON a.id = r.application_id "
            "JOIN program_rounds pr ON pr.call_id = a.call_id AND pr.deleted = 0 "
            "WHERE pr.program_id = ? AND r.deleted = 0"_s,
            {programId})
            .toInt();
    return s;
}

QList<ProgramTeamRow> ProgramSetupRepository::teams(const QString &programId) const
{
    QList<ProgramTeamRow> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!sql::exec(q,
                   u"SELECT t.id, t.name, t.name_en, o.name, o.name_en, a.id, a.code, a.title, "
                   "a.title_en, "_s +
                       kHeldNodes +
                       u" FROM program_teams t JOIN organizations o ON o.id = t.organization_id "
                       "LEFT JOIN program_entries e ON e.team_id = t.id AND e.year = 1 "
                       "AND e.deleted = 0 LEFT JOIN applications a ON a.id = e.application_id "
                       "WHERE t.program_id = ? AND t.deleted = 0 ORDER BY t.ordinal, t.name"_s,
                   {programId}, nullptr))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), localized(q, 1, 2), localized(q, 3, 4),
                    q.value(5).toString(), q.value(6).toString(), localized(q, 7, 8),
                    q.value(9).toInt()});
    return out;
}

QList<TeamChoice> ProgramSetupRepository::candidates(const QString &programId) const
{
    QList<TeamChoice> out;
    const auto p = ProgramRepository(m_store).program(programId);
    if (!p)
        return out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!sql::exec(q,
                   u"SELECT a.id, a.code, a.accelerator_type_id, tp.code, a.status, "_s +
                       kHeldNodes +
                       u", coalesce((SELECT pg.code FROM program_entries e JOIN program_teams t "
                       "ON t.id = e.team_id AND t.deleted = 0 JOIN programs pg ON "
                       "pg.id = t.program_id WHERE e.application_id = a.id AND e.deleted = 0), "
                       "''), a.title, a.title_en, o.name, o.name_en FROM applications a "
                       "JOIN accelerator_types tp ON tp.id = a.accelerator_type_id "
                       "JOIN organizations o ON o.id = a.organization_id "
                       "WHERE a.deleted = 0 AND a.status IN ('allocated', 'active') "
                       "AND a.accelerator_type_id = ? ORDER BY a.code"_s,
                   {p->typeId}, nullptr))
        return out;
    while (q.next()) {
        TeamChoice c;
        c.candidate.applicationId = q.value(0).toString();
        c.candidate.code = q.value(1).toString();
        c.candidate.typeId = q.value(2).toString();
        c.candidate.typeCode = q.value(3).toString();
        c.candidate.status =
            statusFromKey(q.value(4).toString()).value_or(ApplicationStatus::Active);
        c.candidate.heldNodes = q.value(5).toInt();
        c.candidate.otherProgramCode = q.value(6).toString();
        c.title = localized(q, 7, 8);
        c.orgName = localized(q, 9, 10);
        // Projects in a program already are teams elsewhere; only those that could join are
        // offered (the checks run again when one is added).
        if (c.candidate.heldNodes > 0 && c.candidate.otherProgramCode.isEmpty())
            out.append(c);
    }
    return out;
}

bool ProgramSetupRepository::addTeam(const QString &programId, const QString &applicationId,
                                     const QString &name, QString *error, QString *teamId)
{
    const QString newTeam = Store::newId();
    const bool ok = m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            const TeamSlot s = slot(programId);
            if (s.typeId.isEmpty()) {
                *err = Text::tr("The program no longer exists.");
                return false;
            }
            QSqlQuery q(db);
            if (!sql::exec(q,
                           u"SELECT a.code, a.accelerator_type_id, tp.code, a.status, "_s +
                               kHeldNodes +
                               u", coalesce((SELECT pg.code FROM program_entries e JOIN "
                               "program_teams t ON t.id = e.team_id AND t.deleted = 0 JOIN "
                               "programs pg ON pg.id = t.program_id WHERE e.application_id = "
                               "a.id AND e.deleted = 0), ''), a.organization_id FROM "
                               "applications a JOIN accelerator_types tp ON "
                               "tp.id = a.accelerator_type_id WHERE a.id = ? AND a.deleted = 0"_s,
                           {applicationId}, err) ||
                !q.next()) {
                *err = Text::tr("The project no longer exists; reload the list.");
                return false;
            }
            TeamCandidate c;
            c.applicationId = applicationId;
            c.code = q.value(0).toString();
            c.typeId = q.value(1).toString();
            c.typeCode = q.value(2).toString();
            c.status = statusFromKey(q.value(3).toString()).value_or(ApplicationStatus::Submitted);
            c.heldNodes = q.value(4).toInt();
            c.otherProgramCode = q.value(5).toString();
            const QString orgId = q.value(6).toString();
            const QString problem = teamProblem(s, c, name);
            if (!problem.isEmpty()) {
                *err = problem;
                return false;
            }
            const qint64 now = Store::nowMs();
            const QString user = m_store.currentUserId().isNull() ? u""_s : m_store.currentUserId();
            const int ordinal =
                sql::scalar(db,
                            u"SELECT coalesce(max(ordinal), 0) + 1 FROM program_teams "
                            "WHERE program_id = ?"_s,
                            {programId})
                    .toInt();
            if (!sql::exec(q,
                           u"INSERT INTO program_teams (id, updated_at, updated_by, program_id, "
                           "organization_id, name, ordinal) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                           {newTeam, now, user, programId, orgId, name.trimmed(), ordinal}, err))
                return false;
            // A project once a team and removed keeps its tombstoned entry (one per project):
            // it comes back for the new team.
            if (!sql::exec(q,
                           u"UPDATE program_entries SET team_id = ?, year = 1, deleted = 0, "
                           "updated_at = ?, updated_by = ? WHERE application_id = ?"_s,
                           {newTeam, now, user, applicationId}, err))
                return false;
            if (q.numRowsAffected() == 0 &&
                !sql::exec(q,
                           u"INSERT INTO program_entries (id, updated_at, updated_by, team_id, "
                           "application_id, year) VALUES (?, ?, ?, ?, ?, 1)"_s,
                           {Store::newId(), now, user, newTeam, applicationId}, err))
                return false;
            if (!AuditLog::append(
                    db, user, u"program_team_add"_s, u"program"_s, programId,
                    {{u"team"_s, newTeam}, {u"name"_s, name.trimmed()}, {u"application"_s, c.code}},
                    err))
                return false;
            changed << u"program_teams"_s << u"program_entries"_s << u"audit_log"_s;
            return true;
        },
        error);
    if (ok && teamId)
        *teamId = newTeam;
    return ok;
}

bool ProgramSetupRepository::removeTeam(const QString &programId, const QString &teamId,
                                        const QString &reason, QString *error)
{
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            const QString problem = teamRemovalProblem(slot(programId));
            if (!problem.isEmpty()) {
                *err = problem;
                return false;
            }
            if (reason.trimmed().isEmpty()) {
                *err = Text::tr("Removing a team needs a reason; write why before confirming.");
                return false;
            }
            const QString name = sql::scalar(db,
                                             u"SELECT name FROM program_teams WHERE id = ? AND "
                                             "program_id = ? AND deleted = 0"_s,
                                             {teamId, programId})
                                     .toString();
            if (name.isEmpty()) {
                *err = Text::tr("The team is no longer in the program; reload the list.");
                return false;
            }
            const qint64 now = Store::nowMs();
            const QString user = m_store.currentUserId().isNull() ? u""_s : m_store.currentUserId();
            QSqlQuery q(db);
            if (!sql::exec(q,
                           u"UPDATE program_entries SET deleted = 1, updated_at = ?, "
                           "updated_by = ? WHERE team_id = ? AND deleted = 0"_s,
                           {now, user, teamId}, err) ||
                !sql::exec(q,
                           u"UPDATE program_teams SET deleted = 1, updated_at = ?, "
                           "updated_by = ? WHERE id = ?"_s,
                           {now, user, teamId}, err) ||
                !AuditLog::append(
                    db, user, u"program_team_remove"_s, u"program"_s, programId,
                    {{u"team"_s, teamId}, {u"name"_s, name}, {u"reason"_s, reason.trimmed()}}, err))
                return false;
            changed << u"program_teams"_s << u"program_entries"_s << u"audit_log"_s;
            return true;
        },
        error);
}

} // namespace gpudesk
