// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"
#include "rules/RoundScores.h"
#include "rules/ShareAllocation.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace gpudesk {

class Store;

// A multi-year program with a competitive annual evaluation, and its share rule as data.
struct ProgramInfo
{
    QString id;
    QString code;
    QString name;
    QString nameEn;
    QString typeId;
    QString typeCode;
    int gpusPerNode = 8;
    QString poolId;
    QString poolCode;
    int maxTeams = 5;
    int maxYears = 3;
    QDate startsOn; // year 1's first day
    ShareRule rule;

    QString displayName() const; // in the window's language
    // The first day of year `year` (1-based): every year is 12 calendar months.
    QDate yearStart(int year) const { return startsOn.addMonths(12 * (year - 1)); }
};

// One year's call of a program.
struct ProgramRound
{
    QString callId;
    QString code;
    QString title;
    QString titleEn;
    int year = 1;
    QString stage;
    QDate yearStart; // the first day of the year whose nodes the round decides
};

// A team in one round: what it holds in the year that ends and what the round decides.
struct RoundTeam
{
    QString teamId;
    QString teamName;
    QString orgName;
    // The team's application of the year before (none in year 1).
    QString previousId;
    QString previousCode;
    int heldNodes = 0; // nodes it holds on the map now
    // Its application in this round.
    QString applicationId;
    QString code;
    ApplicationStatus status = ApplicationStatus::Submitted;
    int requestedNodes = 0;
    std::optional<int> grantedNodes;
    int placedNodes = 0;   // nodes this round's application holds on the map
    EntryScore score;      // reviews == 0: not scored yet
    int proposedNodes = 0; // by the program's rule, from the current scores
    bool passedFloor = false;
    std::optional<int> recordedProposal; // what the rule proposed when the shares were decided
    QString decisionReason;              // the reason recorded with the decision

    // Its share is decided: selected with nodes, or rejected, with the rule's proposal recorded.
    bool sharesDecided() const;
    // Next year's nodes as the share table starts: the decided share, else the rule's proposal.
    int nextYearShare() const { return sharesDecided() ? grantedNodes.value_or(0) : proposedNodes; }
};

// A round of a program with its teams and the rule's proposal over their current scores.
struct RoundView
{
    ProgramInfo program;
    ProgramRound round;
    QList<RoundTeam> teams; // by rank (scored ones first), then by team order
    ShareResult proposal;   // in the order of `teams`
    int decidedNodes = 0;   // sum of the granted shares of the teams decided so far
};

// What a new yearly round needs beyond what the program and its last round give.
struct NewRoundInput
{
    QDate closesOn;       // the last day for the teams' results
    QDate reviewDeadline; // the evaluation's deadline
};

// Reads the programs, their teams and rounds; keeps the share rule; opens a new yearly round.
// A team's year is an application: year 1's is the team's selection, and each later round holds
// one application per continuing team (its yearly results) in a call of a type whose stages
// include Review and Shares, so the Review area, the rack map and the statements serve it
// unchanged (docs/tracks.md).
class ProgramRepository final
{
public:
    explicit ProgramRepository(Store &store) : m_store(store) {}

    QList<ProgramInfo> programs() const;
    std::optional<ProgramInfo> program(const QString &id) const;
    QList<ProgramRound> rounds(const QString &programId) const;
    // The round a call is, with its program; nullopt when the call is no program's round.
    std::optional<RoundView> roundView(const QString &callId, RankBy by, QString *error) const;

    // Changes the program's share rule, with a reason in the audit log. Refused for a rule the
    // share computation refuses (negative figures, a maximum below the minimum).
    bool setRule(const QString &programId, const ShareRule &rule, const QString &reason,
                 QString *error);

    // The next year's round: a call of the program's evaluation type at its first stage, with
    // the rubric, panel and settings of the program's latest round and one application per team
    // still holding a share. Refused past the program's last year or while the latest round is
    // not closed. *callId receives the new call.
    bool createRound(const QString &programId, const NewRoundInput &input, QString *error,
                     QString *callId = nullptr);

private:
    Store &m_store;
};

} // namespace gpudesk
