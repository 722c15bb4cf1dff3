// SPDX-License-Identifier: GPL-3.0-or-later
// ProgramRepository::createRound: a program's next yearly round, made from its latest round.
// Kept apart from the reads because it writes a whole call (settings, rubric, panel, one
// application per continuing team) in one transaction.
#include "CallStageRepository.h"
#include "ProgramRepository.h"
#include "RoundCreation.h"
#include "Store.h"
#include "domain/TimeFormat.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProgramRepository)
};

} // namespace

bool ProgramRepository::createRound(const QString &programId, const NewRoundInput &input,
                                    QString *error, QString *callId)
{
    const auto p = program(programId);
    if (!p) {
        *error = Text::tr("The program no longer exists.");
        return false;
    }
    const QList<ProgramRound> all = rounds(programId);
    if (all.isEmpty()) {
        *error = Text::tr("%1 has no round yet: its first year's selection comes first.")
                     .arg(p->displayName());
        return false;
    }
    const ProgramRound &last = all.last();
    const int year = last.year + 1;
    if (year > p->maxYears) {
        *error = Text::tr("%1 runs for %2 years; year %3 has no round.")
                     .arg(p->displayName())
                     .arg(p->maxYears)
                     .arg(year);
        return false;
    }
    const auto lastState = CallStageRepository(m_store).state(last.callId);
    if (!lastState || lastState->stages.isEmpty() || lastState->stage != lastState->stages.last()) {
        *error = Text::tr("The round %1 is not closed yet; close it before opening year %2.")
                     .arg(last.code)
                     .arg(year);
        return false;
    }
    if (!lastState->typeAllows(StageActivity::Review) ||
        !lastState->typeAllows(StageActivity::Shares)) {
        *error = Text::tr("The call type of %1 has no evaluation and share stages, so it cannot "
                          "hold an annual evaluation.")
                     .arg(last.code);
        return false;
    }
    const QDate today = displayDate(Store::nowMs());
    const QDate yearStart = p->yearStart(year);
    if (!input.closesOn.isValid() || input.closesOn < today || !input.reviewDeadline.isValid() ||
        input.reviewDeadline < input.closesOn || input.reviewDeadline >= yearStart) {
        *error = Text::tr("The results are due between today and the review deadline, and the "
                          "review ends before year %1 begins on %2.")
                     .arg(year)
                     .arg(yearStart.toString(Qt::ISODate));
        return false;
    }

    QString newCall;
    const bool ok = m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            const qint64 now = Store::nowMs();
            const QString user = m_store.currentUserId().isNull() ? u""_s : m_store.currentUserId();
            const QString who =
                m_store.currentUserName().isEmpty() ? user : m_store.currentUserName();
            QSqlQuery q(db);
            QString code = u"%1-Y%2"_s.arg(p->code).arg(year);
            if (!prepareRoundWrite(q, u"SELECT 1 FROM calls WHERE code = ?"_s, err))
                return false;
            for (int n = 2;; ++n) {
                if (!runRoundWrite(q, {code}, err))
                    return false;
                if (!q.next())
                    break;
                code = u"%1-Y%2-%3"_s.arg(p->code).arg(year).arg(n);
            }
            NewRound round;
            round.fromCallId = last.callId;
            round.code = code;
            // The call's title is data in Korean, its title_en in English, whatever the language
            // of the window that made it.
            round.title = u"%1 %2차년도 연차평가"_s.arg(p->name).arg(year);
            round.titleEn = u"%1 — annual evaluation for year %2"_s
                                .arg(p->nameEn.isEmpty() ? p->name : p->nameEn)
                                .arg(year);
            round.opensOn = today;
            round.closesOn = input.closesOn;
            round.reviewDeadline = input.reviewDeadline;
            round.allocationFrom = yearStart;
            round.historyReason =
                Text::tr("Opened for year %1 of %2.").arg(year).arg(p->displayName());
            if (!insertRoundWithin(db, m_store, round, &newCall, err))
                return false;
            if (!execRoundWrite(
                    q,
                    u"INSERT INTO program_rounds (id, updated_at, updated_by, program_id, "
                    "call_id, year) VALUES (?, ?, ?, ?, ?, ?)"_s,
                    {Store::newId(), now, user, programId, newCall, year}, err))
                return false;

            // One application per team that holds a share in the year that ends.
            QSqlQuery teams(db);
            teams.setForwardOnly(true);
            if (!execRoundWrite(
                    teams,
                    u"SELECT t.id, t.name, t.name_en, t.ordinal, t.organization_id, "
                    "a.pi_name, a.pi_email, a.pi_phone, a.field_id, a.accelerator_type_id, "
                    "coalesce(a.granted_nodes, a.requested_nodes), tp.gpus_per_node "
                    "FROM program_entries e JOIN program_teams t ON t.id = e.team_id "
                    "JOIN applications a ON a.id = e.application_id "
                    "JOIN accelerator_types tp ON tp.id = a.accelerator_type_id "
                    "WHERE a.call_id = ? AND e.deleted = 0 AND t.deleted = 0 "
                    "AND a.status IN ('selected', 'allocated', 'active') ORDER BY t.ordinal"_s,
                    {last.callId}, err))
                return false;
            QSqlQuery app(db), history(db), entry(db);
            if (!prepareRoundWrite(
                    app,
                    u"INSERT INTO applications (id, updated_at, updated_by, call_id, "
                    "organization_id, code, title, title_en, pi_name, pi_email, pi_phone, "
                    "field_id, accelerator_type_id, requested_gpus, requested_nodes, months, "
                    "desired_start, submitted_at, status, status_changed_at, source) VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 12, ?, ?, 'submitted', ?, "
                    "'program')"_s,
                    err) ||
                !prepareRoundWrite(
                    history,
                    u"INSERT INTO application_status_history (id, updated_at, "
                    "updated_by, application_id, from_status, to_status, changed_at, "
                    "changed_by, reason) VALUES (?, ?, ?, ?, '', 'submitted', ?, ?, ?)"_s,
                    err) ||
                !prepareRoundWrite(
                    entry,
                    u"INSERT INTO program_entries (id, updated_at, updated_by, team_id, "
                    "application_id, year) VALUES (?, ?, ?, ?, ?, ?)"_s,
                    err))
                return false;
            int count = 0;
            while (teams.next()) {
                const QString appId = Store::newId();
                const QString name = teams.value(1).toString();
                const QString nameEn = teams.value(2).toString();
                const int nodes = teams.value(10).toInt();
                if (!runRoundWrite(
                        app,
                        {appId, now, user, newCall, teams.value(4),
                         u"%1-T%2"_s.arg(code).arg(teams.value(3).toInt()),
                         u"%1: %2차년도 성과"_s.arg(name).arg(year - 1),
                         u"%1: results of year %2"_s.arg(nameEn.isEmpty() ? name : nameEn)
                             .arg(year - 1),
                         teams.value(5), teams.value(6), teams.value(7), teams.value(8),
                         teams.value(9), nodes * teams.value(11).toInt(), nodes,
                         yearStart.toString(Qt::ISODate), now, now},
                        err) ||
                    !runRoundWrite(
                        history,
                        {Store::newId(), now, user, appId, now, who,
                         Text::tr("Opened for the annual evaluation of year %1.").arg(year)},
                        err) ||
                    !runRoundWrite(entry, {Store::newId(), now, user, teams.value(0), appId, year},
                                   err))
                    return false;
                ++count;
            }
            if (count == 0) {
                *err = Text::tr("No team of %1 holds a share in year %2, so there is nobody to "
                                "evaluate.")
                           .arg(p->displayName())
                           .arg(year - 1);
                return false;
            }
            changed << u"calls"_s << u"call_accelerators"_s << u"call_share_rates"_s
                    << u"rubric_criteria"_s << u"panel_members"_s << u"program_rounds"_s
                    << u"call_stage_history"_s << u"applications"_s
                    << u"application_status_history"_s << u"program_entries"_s;
            return true;
        },
        error);
    if (ok && callId)
        *callId = newCall;
    return ok;
}

} // namespace gpudesk
