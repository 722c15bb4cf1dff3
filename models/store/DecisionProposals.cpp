// SPDX-License-Identifier: GPL-3.0-or-later
// DeliberationRepository::propose: the officer's proposed decision per demand, for the agenda of
// the ministers' meeting. Kept apart from the meeting's own decisions (track_decisions): a
// proposal is what the meeting is asked, never what it decided.
#include "AuditLog.h"
#include "CallStageRepository.h"
#include "DeliberationRepository.h"
#include "SelectionRepository.h"
#include "SqlExec.h"
#include "Store.h"
#include "rules/MeetingRules.h"
#include "rules/RoundScores.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeliberationRepository)
};

using S = ApplicationStatus;
using Outcome = MeetingDecision::Outcome;

} // namespace

QString meetingOutcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Approve:
        return u"approve"_s;
    case Outcome::Defer:
        return u"defer"_s;
    case Outcome::Reject:
        return u"reject"_s;
    }
    return {};
}

std::optional<Outcome> meetingOutcomeFromKey(const QString &key)
{
    for (Outcome o : {Outcome::Approve, Outcome::Defer, Outcome::Reject}) {
        if (meetingOutcomeKey(o) == key)
            return o;
    }
    return std::nullopt;
}

QString DeliberationRepository::proposalText(const DemandProposal &p)
{
    if (p.outcome != Outcome::Approve)
        return outcomeLabel(p.outcome);
    return Text::tr("Approve %n node(s), %1 – %2", nullptr, p.nodes)
        .arg(p.start.toString(Qt::ISODate),
             p.start.addMonths(p.months).addDays(-1).toString(Qt::ISODate));
}

bool DeliberationRepository::propose(const QString &applicationId, const DemandProposal &p,
                                     QString *error)
{
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            QSqlQuery q(db);
            if (!sql::exec(q,
                           u"SELECT a.code, a.status, a.requested_nodes, a.call_id, c.max_months "
                           "FROM applications a JOIN calls c ON c.id = a.call_id "
                           "WHERE a.id = ? AND a.deleted = 0"_s,
                           {applicationId}, err) ||
                !q.next()) {
                *err = Text::tr("The demand no longer exists.");
                return false;
            }
            const DemandTerms terms{q.value(0).toString(), q.value(2).toInt(), q.value(4).toInt()};
            const auto status = statusFromKey(q.value(1).toString()).value_or(S::Submitted);
            const QString callId = q.value(3).toString();

            const auto round = CallStageRepository(m_store).state(callId);
            if (!round || !round->typeAllows(StageActivity::Deliberation) ||
                !(round->allows(StageActivity::Review) ||
                  round->allows(StageActivity::Deliberation))) {
                *err = Text::tr("Decisions are proposed after the pre-review has scores and "
                                "before the meeting decides: at the stages %1 and %2. The round "
                                "is at %3.")
                           .arg(stageLabel(u"pre_review"_s), stageLabel(u"deliberation"_s),
                                round ? stageLabel(round->stage) : QString());
                return false;
            }
            if (status != S::UnderReview && status != S::Waitlisted) {
                *err = Text::tr("%1 is %2: a decision is proposed only for a demand in its "
                                "pre-review or deferred to a later meeting.")
                           .arg(terms.code, statusLabel(status));
                return false;
            }
            const auto call = SelectionRepository(m_store).load(callId, err);
            if (!call)
                return false;
            if (scoresById(*call, RankBy::Raw).value(applicationId).reviews == 0) {
                *err = Text::tr("%1 has no submitted pre-review yet; propose a decision once its "
                                "reviewers have scored it.")
                           .arg(terms.code);
                return false;
            }
            const bool approve = p.outcome == Outcome::Approve;
            const QStringList problems =
                proposalProblems(terms, approve, p.nodes, p.start, p.months, p.reason);
            if (!problems.isEmpty()) {
                *err = problems.join(u'\n');
                return false;
            }

            const qint64 now = Store::nowMs();
            const QString user = m_store.currentUserId().isNull() ? u""_s : m_store.currentUserId();
            const QString who =
                m_store.currentUserName().isEmpty() ? user : m_store.currentUserName();
            const QString start = approve ? p.start.toString(Qt::ISODate) : u""_s;
            const int nodes = approve ? p.nodes : 0;
            const int months = approve ? p.months : 0;
            const QVariantList values = {now,   user,         meetingOutcomeKey(p.outcome), nodes,
                                         start, months,       p.reason.trimmed(),           now,
                                         who,   applicationId};
            if (!sql::exec(q,
                           u"UPDATE proposed_decisions SET updated_at = ?, updated_by = ?, "
                           "outcome = ?, nodes = ?, starts_on = ?, months = ?, reason = ?, "
                           "proposed_at = ?, proposed_by = ?, deleted = 0 "
                           "WHERE application_id = ?"_s,
                           values, err))
                return false;
            if (q.numRowsAffected() == 0 &&
                !sql::exec(q,
                           u"INSERT INTO proposed_decisions (updated_at, updated_by, outcome, "
                           "nodes, starts_on, months, reason, proposed_at, proposed_by, "
                           "application_id, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                           values + QVariantList{Store::newId()}, err))
                return false;
            QJsonObject details{{u"outcome"_s, meetingOutcomeKey(p.outcome)},
                                {u"reason"_s, p.reason.trimmed()}};
            if (approve) {
                details.insert(u"nodes"_s, nodes);
                details.insert(u"starts_on"_s, start);
                details.insert(u"months"_s, months);
            }
            if (!AuditLog::append(db, user, u"decision_proposal"_s, u"application"_s, applicationId,
                                  details, err))
                return false;
            changed << u"proposed_decisions"_s << u"audit_log"_s;
            return true;
        },
        error);
}

} // namespace gpudesk
