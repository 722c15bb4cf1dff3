// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeliberationRepository.h"

#include "ApplicationRepository.h"
#include "CallStageRepository.h"
#include "DemandRepository.h"
#include "SelectionRepository.h"
#include "Store.h"
#include "TrackDecisions.h"
#include "data/Csv.h"
#include "domain/DisplayLanguage.h"
#include "rules/MeetingRules.h"
#include "rules/RoundScores.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeliberationRepository)
};

using S = ApplicationStatus;
using Outcome = MeetingDecision::Outcome;

QString lastDayOf(const QDate &start, int months)
{
    return start.addMonths(months).addDays(-1).toString(Qt::ISODate);
}

// What the history says: the meeting, its reference and what it decided, then the officer's note.
QString reasonOf(const MeetingDecision &d)
{
    const QString meeting = d.meetingOn.toString(Qt::ISODate);
    QString text;
    switch (d.outcome) {
    case Outcome::Approve:
        text = Text::tr("Approved by the ministers' meeting of %1 (%2): %n node(s) from %3 to %4.",
                        nullptr, d.nodes)
                   .arg(meeting, d.reference.trimmed(), d.start.toString(Qt::ISODate),
                        lastDayOf(d.start, d.months));
        break;
    case Outcome::Defer:
        text = Text::tr("Deferred by the ministers' meeting of %1 (%2) to a later meeting.")
                   .arg(meeting, d.reference.trimmed());
        break;
    case Outcome::Reject:
        text = Text::tr("Not approved by the ministers' meeting of %1 (%2).")
                   .arg(meeting, d.reference.trimmed());
        break;
    }
    if (!d.note.trimmed().isEmpty())
        text += u' ' + d.note.trimmed();
    return text;
}

} // namespace

bool DeliberationRepository::isApproved(ApplicationStatus s)
{
    return s == S::Selected || s == S::Allocated || s == S::Active;
}

QString DeliberationRepository::outcomeLabel(MeetingDecision::Outcome outcome)
{
    switch (outcome) {
    case Outcome::Approve:
        //: A decision of the ministers' meeting on a demand (의결)
        return Text::tr("Approve");
    case Outcome::Defer:
        //: A decision of the ministers' meeting on a demand (보류)
        return Text::tr("Defer");
    case Outcome::Reject:
        //: A decision of the ministers' meeting on a demand (미의결)
        return Text::tr("Do not approve");
    }
    return {};
}

std::optional<Agenda> DeliberationRepository::agenda(const QString &callId, RankBy by,
                                                     QString *error) const
{
    const auto round = CallStageRepository(m_store).state(callId);
    if (!round) {
        *error = Text::tr("The round no longer exists.");
        return std::nullopt;
    }
    const auto call = SelectionRepository(m_store).load(callId, error);
    if (!call)
        return std::nullopt;
    const QHash<QString, EntryScore> scores = scoresById(*call, by);
    QHash<QString, DemandRow> demands;
    for (const DemandRow &d : DemandRepository(m_store).demands(callId))
        demands.insert(d.id, d);

    Agenda out;
    out.callId = callId;
    out.code = round->code;
    out.title =
        DisplayLanguage::isEnglish() && !round->titleEn.isEmpty() ? round->titleEn : round->title;
    out.stage = round->stage;

    QHash<QString, AgendaItem *> byId;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    for (const RankingApplication &a : call->input.applications) {
        const auto score = scores.constFind(a.id);
        const auto demand = demands.constFind(a.id);
        if (score == scores.cend() || demand == demands.cend())
            continue;
        AgendaItem item;
        item.applicationId = a.id;
        item.code = a.code;
        item.ministry = demand->facts.ministry;
        item.project = demand->facts.project;
        item.purpose = demand->facts.purpose;
        item.typeCode = demand->facts.typeCode;
        item.gpusPerNode = demand->gpusPerNode;
        item.requestedNodes = a.requestedNodes;
        item.start = demand->facts.start;
        item.months = demand->facts.months;
        item.priority = demand->facts.priority;
        item.status = a.status;
        item.reviews = score->reviews;
        item.reviewsRequired = score->reviewsRequired;
        if (score->reviews > 0)
            item.score = score->score;
        item.rank = score->rank;
        item.grantedNodes = a.grantedNodes;
        out.items.append(item);
    }
    std::sort(out.items.begin(), out.items.end(), [](const AgendaItem &x, const AgendaItem &y) {
        if (x.typeCode != y.typeCode)
            return x.typeCode < y.typeCode;
        if ((x.rank == 0) != (y.rank == 0))
            return x.rank != 0;
        return x.rank != y.rank ? x.rank < y.rank : x.code < y.code;
    });
    for (AgendaItem &item : out.items)
        byId.insert(item.applicationId, &item);

    q.prepare(u"SELECT d.application_id, d.decided_on, d.reference, d.starts_on, d.months "
              "FROM track_decisions d JOIN applications a ON a.id = d.application_id "
              "WHERE a.call_id = ? AND d.deleted = 0"_s);
    q.addBindValue(callId);
    if (q.exec()) {
        while (q.next()) {
            if (AgendaItem *item = byId.value(q.value(0).toString())) {
                item->decidedOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
                item->reference = q.value(2).toString();
                item->approvedStart = QDate::fromString(q.value(3).toString(), Qt::ISODate);
                item->approvedMonths = q.value(4).toInt();
            }
        }
    }
    q.prepare(u"SELECT p.application_id, p.outcome, p.nodes, p.starts_on, p.months, p.reason, "
              "p.proposed_at, p.proposed_by FROM proposed_decisions p JOIN applications a ON "
              "a.id = p.application_id WHERE a.call_id = ? AND p.deleted = 0"_s);
    q.addBindValue(callId);
    if (q.exec()) {
        while (q.next()) {
            AgendaItem *item = byId.value(q.value(0).toString());
            const auto outcome = meetingOutcomeFromKey(q.value(1).toString());
            if (!item || !outcome)
                continue;
            DemandProposal p;
            p.outcome = *outcome;
            p.nodes = q.value(2).toInt();
            p.start = QDate::fromString(q.value(3).toString(), Qt::ISODate);
            p.months = q.value(4).toInt();
            p.reason = q.value(5).toString();
            p.proposedAt = q.value(6).toLongLong();
            p.proposedBy = q.value(7).toString();
            item->proposal = p;
        }
    }
    q.prepare(u"SELECT g.application_id, count(al.id) FROM grants g "
              "JOIN allocations al ON al.grant_id = g.id AND al.deleted = 0 "
              "JOIN applications a ON a.id = g.application_id WHERE a.call_id = ? "
              "AND g.deleted = 0 AND g.status <> 'released' GROUP BY g.application_id"_s);
    q.addBindValue(callId);
    if (q.exec()) {
        while (q.next()) {
            if (AgendaItem *item = byId.value(q.value(0).toString()))
                item->placedNodes = q.value(1).toInt();
        }
    }

    for (const SelectionType &t : call->types) {
        if (!t.hasPool)
            continue;
        AgendaPool pool{t.typeCode,           t.pool.poolCode,       t.poolName, t.gpusPerNode,
                        t.pool.capacityNodes, t.pool.committedNodes, 0,          0};
        for (const AgendaItem &item : std::as_const(out.items)) {
            if (item.typeCode != t.typeCode)
                continue;
            if (isApproved(item.status))
                pool.approvedNodes += item.grantedNodes.value_or(item.requestedNodes);
            else if (item.status == S::UnderReview || item.status == S::Waitlisted)
                pool.pendingNodes += item.requestedNodes;
        }
        out.pools.append(pool);
    }
    return out;
}

bool DeliberationRepository::record(const QString &applicationId, const MeetingDecision &d,
                                    QString *error)
{
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            QSqlQuery q(db);
            q.prepare(u"SELECT a.code, a.status, a.requested_nodes, a.call_id, c.max_months, "
                      "coalesce(a.granted_nodes, a.requested_nodes), t.code FROM applications a "
                      "JOIN calls c ON c.id = a.call_id JOIN accelerator_types t ON "
                      "t.id = a.accelerator_type_id WHERE a.id = ? AND a.deleted = 0"_s);
            q.addBindValue(applicationId);
            if (!q.exec() || !q.next()) {
                *err = Text::tr("The demand no longer exists.");
                return false;
            }
            const QString code = q.value(0).toString();
            const auto status = statusFromKey(q.value(1).toString()).value_or(S::Submitted);
            const int requested = q.value(2).toInt();
            const QString callId = q.value(3).toString();
            const int maxMonths = q.value(4).toInt();
            const int holding = q.value(5).toInt();
            const QString typeCode = q.value(6).toString();

            const auto round = CallStageRepository(m_store).state(callId);
            if (!round || !round->allows(StageActivity::Deliberation)) {
                *err = Text::tr("The round is at the stage %1; the meeting's decisions are "
                                "recorded at the stage %2.")
                           .arg(round ? stageLabel(round->stage) : QString(),
                                stageLabel(u"deliberation"_s));
                return false;
            }
            if (status == S::Allocated || status == S::Active) {
                *err = Text::tr("%1 already holds nodes on the rack map; release them there before "
                                "recording another decision.")
                           .arg(code);
                return false;
            }
            if (!(status == S::UnderReview || status == S::Selected || status == S::Waitlisted ||
                  status == S::Rejected)) {
                *err = Text::tr("%1 is %2: only demands that went through the pre-review are "
                                "decided by the meeting.")
                           .arg(code, statusLabel(status));
                return false;
            }
            const auto call = SelectionRepository(m_store).load(callId, err);
            if (!call)
                return false;
            QStringList problems;
            if (!d.meetingOn.isValid())
                problems << Text::tr("Give the date of the ministers' meeting.");
            if (d.reference.trimmed().isEmpty())
                problems << Text::tr("Give the decision's reference (the meeting and the agenda "
                                     "item).");
            if (d.outcome == Outcome::Approve) {
                problems << approvalProblems({code, requested, maxMonths}, d.nodes, d.start,
                                             d.months);
                // What the pool has left, counting what this demand holds as approved now.
                for (const SelectionType &t : call->types) {
                    if (t.typeCode != typeCode || !t.hasPool)
                        continue;
                    const int left = t.pool.left() + (isApproved(status) ? holding : 0);
                    if (d.nodes > left)
                        problems << Text::tr("Pool %1 has %2 nodes left; %3 nodes cannot be "
                                             "approved. Approve fewer, or defer the demand.")
                                        .arg(t.pool.poolCode)
                                        .arg(left)
                                        .arg(d.nodes);
                }
            }
            if (!problems.isEmpty()) {
                *err = problems.join(u'\n');
                return false;
            }

            ApplicationRepository::Move move;
            move.id = applicationId;
            move.reason = reasonOf(d);
            move.decidedByOverride = false;
            switch (d.outcome) {
            case Outcome::Approve:
                move.to = S::Selected;
                move.grant = ApplicationRepository::Grant::Set;
                move.grantedNodes = d.nodes;
                break;
            case Outcome::Defer:
                move.to = S::Waitlisted;
                move.grant = ApplicationRepository::Grant::Clear;
                break;
            case Outcome::Reject:
                move.to = S::Rejected;
                move.grant = ApplicationRepository::Grant::Clear;
                break;
            }
            // A later meeting that confirms the same outcome is still recorded, as X -> X.
            move.allocationChange = move.to == status;
            if (!ApplicationRepository(m_store).applyWithin(db, changed, move, err))
                return false;

            TrackDecision row;
            row.applicationId = applicationId;
            row.decidedOn = d.meetingOn;
            row.reference = d.reference;
            if (d.outcome == Outcome::Approve) {
                row.startsOn = d.start;
                row.months = d.months;
            }
            row.proposedNodes = requested;
            const EntryScore score = scoresById(*call, RankBy::Raw).value(applicationId);
            if (score.reviews > 0)
                row.score = score.score;
            if (!saveTrackDecision(db, m_store.currentUserId(), Store::nowMs(), row, err))
                return false;
            changed << u"track_decisions"_s;
            return true;
        },
        error);
}

bool DeliberationRepository::writeAgendaCsv(QIODevice *out, const Agenda &agenda,
                                            QString *error) const
{
    CsvWriter csv(out);
    //: Column headers of the agenda for the ministers' meeting
    csv.writeRow({Text::tr("Round"),
                  Text::tr("Accelerator type"),
                  Text::tr("Rank"),
                  Text::tr("Code"),
                  Text::tr("Ministry"),
                  Text::tr("Project"),
                  Text::tr("Purpose"),
                  Text::tr("Priority"),
                  Text::tr("Nodes requested"),
                  Text::tr("GPUs requested"),
                  Text::tr("Start"),
                  Text::tr("Months"),
                  Text::tr("Pre-review score"),
                  Text::tr("Reviews"),
                  Text::tr("Proposed decision"),
                  Text::tr("Reason for the proposal"),
                  Text::tr("Status"),
                  Text::tr("Nodes approved"),
                  Text::tr("Approved from"),
                  Text::tr("Approved months"),
                  Text::tr("Meeting date"),
                  Text::tr("Decision reference")});
    for (const AgendaItem &i : agenda.items) {
        const bool approved = isApproved(i.status);
        csv.writeRow({agenda.code,
                      i.typeCode,
                      i.rank ? QString::number(i.rank) : QString(),
                      i.code,
                      i.ministry,
                      i.project,
                      i.purpose,
                      QString::number(i.priority),
                      QString::number(i.requestedNodes),
                      QString::number(i.requestedNodes * i.gpusPerNode),
                      i.start.toString(Qt::ISODate),
                      QString::number(i.months),
                      i.score ? QString::number(*i.score, 'f', 1) : QString(),
                      u"%1/%2"_s.arg(i.reviews).arg(i.reviewsRequired),
                      i.proposal ? proposalText(*i.proposal) : QString(),
                      i.proposal ? i.proposal->reason : QString(),
                      statusLabel(i.status),
                      approved && i.grantedNodes ? QString::number(*i.grantedNodes) : QString(),
                      approved ? i.approvedStart.toString(Qt::ISODate) : QString(),
                      approved && i.approvedMonths ? QString::number(i.approvedMonths) : QString(),
                      i.decidedOn.toString(Qt::ISODate),
                      i.reference});
    }
    for (const AgendaPool &p : agenda.pools) {
        csv.writeRow({});
        csv.writeRow({agenda.code, p.typeCode,
                      Text::tr("Pool %1 (%2): capacity %3 nodes, committed %4, left %5; this "
                               "round approved %6 and has %7 more requested.")
                          .arg(p.poolCode, p.poolName)
                          .arg(p.capacityNodes)
                          .arg(p.committedNodes)
                          .arg(p.left())
                          .arg(p.approvedNodes)
                          .arg(p.pendingNodes)});
    }
    if (!csv.ok()) {
        *error = Text::tr("The agenda could not be written; check that the disk has room and the "
                          "file is not open in another program.");
        return false;
    }
    return true;
}

} // namespace gpudesk
