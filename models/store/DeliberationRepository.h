// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"
#include "rules/Ranking.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

class QIODevice;

namespace gpudesk {

class Store;

// The outcome of the ministers' meeting for one demand (심의·의결).
struct MeetingDecision
{
    enum class Outcome
    {
        Approve, // 의결: selected with the approved nodes and period
        Defer,   // 보류: waitlisted, to come back at a later meeting
        Reject   // 미의결: rejected
    };
    Outcome outcome = Outcome::Approve;
    int nodes = 0; // approved nodes (Approve)
    QDate start;   // approved period (Approve)
    int months = 0;
    QDate meetingOn; // the meeting's date
    QString reference; // the decision's reference, e.g. "제12회 과학기술관계장관회의 안건 제3호"
    QString note; // the officer's addition to the recorded reason
};

// How an outcome is stored: "approve", "defer", "reject".
QString meetingOutcomeKey(MeetingDecision::Outcome outcome);
std::optional<MeetingDecision::Outcome> meetingOutcomeFromKey(const QString &key);

// The officer's proposal for one demand, put on the agenda before the meeting sits: what the
// pre-review results suggest, with the reason. It stays as it was whatever the meeting decides.
struct DemandProposal
{
    MeetingDecision::Outcome outcome = MeetingDecision::Outcome::Approve;
    int nodes = 0; // proposed nodes (Approve)
    QDate start;   // proposed period (Approve)
    int months = 0;
    QString reason;
    qint64 proposedAt = 0; // UTC ms; set when saved
    QString proposedBy;    // set when saved
};

// One reviewed demand on the agenda of the ministers' meeting.
struct AgendaItem
{
    QString applicationId;
    QString code;
    QString ministry;
    QString project;
    QString purpose;
    QString typeCode;
    int gpusPerNode = 8;
    int requestedNodes = 0;
    QDate start;
    int months = 0;
    int priority = 1;
    ApplicationStatus status = ApplicationStatus::UnderReview;
    int reviews = 0;
    int reviewsRequired = 0;
    std::optional<double> score; // none without a submitted review
    int rank = 0;                // within its accelerator type; 0 when not ranked
    std::optional<int> grantedNodes;
    int placedNodes = 0; // nodes its grant holds on the map
    // The recorded decision, when there is one.
    QDate decidedOn;
    QString reference;
    QDate approvedStart;
    int approvedMonths = 0;
    // The officer's proposal for the meeting, when there is one.
    std::optional<DemandProposal> proposal;
};

// A pool the round draws on, against what the round asks of it.
struct AgendaPool
{
    QString typeCode;
    QString poolCode;
    QString poolName;
    int gpusPerNode = 8;
    int capacityNodes = 0;
    int committedNodes =
        0;                 // every call's selected, allocated and active projects, this round's too
    int approvedNodes = 0; // this round's approved demands (part of committed)
    int pendingNodes = 0;  // requested by this round's demands under review or deferred
    int left() const { return capacityNodes - committedNodes; }
};

struct Agenda
{
    QString callId;
    QString code;
    QString title;
    QString stage;
    QList<AgendaItem> items; // per type: ranked ones in rank order, then those not ranked
    QList<AgendaPool> pools;
};

// The deliberation of a national-project round: the agenda for the science and technology
// ministers' meeting (reviewed demands with their pre-review scores and requests against the
// pools' capacity) and the meeting's decision per demand, recorded through the application state
// machine (history and audit) with the period, date and reference in track_decisions. Approved
// demands are selected applications: they wait in the rack map's list, restricted to the pool
// the round draws on, with the approved period as their default window.
class DeliberationRepository final
{
public:
    explicit DeliberationRepository(Store &store) : m_store(store) {}

    std::optional<Agenda> agenda(const QString &callId, RankBy by, QString *error) const;

    // Refused (nothing written) with the reason: the round not at its deliberation stage, a
    // demand holding nodes already, a missing meeting date or reference, approved nodes outside
    // 1..requested or beyond what the pool has left, a period outside the round's months.
    bool record(const QString &applicationId, const MeetingDecision &decision, QString *error);

    // Proposes the decision the meeting is asked to take on a reviewed demand, replacing the
    // proposal it had; recorded in the audit log. Refused (nothing written) with the reason: the
    // round not between its pre-review and its meeting, a demand not under review nor deferred,
    // no submitted pre-review yet, no reason, or approval terms outside the request and the
    // round's months.
    bool propose(const QString &applicationId, const DemandProposal &proposal, QString *error);

    // The agenda as CSV for the meeting's papers (UTF-8 with BOM, for spreadsheets).
    bool writeAgendaCsv(QIODevice *out, const Agenda &agenda, QString *error) const;

    static QString outcomeLabel(MeetingDecision::Outcome outcome);
    // "Approve 4 nodes, 2031-04-01 – 2032-03-31", "Defer", "Do not approve".
    static QString proposalText(const DemandProposal &proposal);
    // The meeting approved it: selected, or holding (allocated, active) its nodes.
    static bool isApproved(ApplicationStatus status);

private:
    Store &m_store;
};

} // namespace gpudesk
