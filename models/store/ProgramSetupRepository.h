// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/ProgramValidation.h"
#include "store/CallAdminRepository.h"
#include "store/CallRepository.h"

#include <QList>
#include <QString>
#include <optional>

namespace gpudesk {

class Store;

// A team of a program as its teams list shows it.
struct ProgramTeamRow
{
    QString teamId;
    QString name;
    QString orgName;
    QString applicationId; // its project (year 1's entry)
    QString code;
    QString title;
    int heldNodes = 0;
};

// A project that could become a team: an allocated or active application holding nodes.
struct TeamChoice
{
    TeamCandidate candidate;
    QString title;
    QString orgName;
};

// Creates and edits programs with an annual evaluation (연차평가) and their teams, from the GUI.
// A program's rubric and settings live in its year-1 round, a call of an evaluation type (its
// stages allow the review and the share decision) made with the program at its last stage: the
// teams were chosen already, as projects holding nodes. Later rounds copy it (createRound).
// Every save is validated (validateProgram, and validateCall for the rubric) and audited; a
// program is edited only until any of its rounds is being scored.
class ProgramSetupRepository final
{
public:
    explicit ProgramSetupRepository(Store &store) : m_store(store) {}

    // A new program: the first accelerator type, its first national pool, starting next month,
    // 5 teams for 3 years, an empty rule and rubric.
    ProgramDraft blank() const;
    std::optional<ProgramDraft> load(const QString &programId) const;
    QList<AcceleratorTypeInfo> acceleratorTypes() const;
    QList<PoolChoice> pools() const;
    ProgramContext context(const ProgramDraft &program) const;
    // validateProgram, plus the rubric's and the year-1 call's own rules.
    ValidationIssues validate(const ProgramDraft &program) const;
    // Why the program can no longer be edited; empty while it can.
    QString lockedReason(const QString &programId) const;

    // Validates and writes the program in one transaction; an edit needs a reason. *programId
    // receives the program's id. Refused with *issues (when given) listing what is wrong.
    bool save(const ProgramDraft &program, const QString &reason, QString *error,
              ValidationIssues *issues = nullptr, QString *programId = nullptr);

    QList<ProgramTeamRow> teams(const QString &programId) const;
    // Projects of the program's accelerator type that hold nodes, with what keeps each from
    // becoming a team (teamProblem with an acceptable name).
    QList<TeamChoice> candidates(const QString &programId) const;
    TeamSlot slot(const QString &programId) const;
    // Adds the project as a team named `name` (its organisation's), audited. Refused with
    // teamProblem's reason.
    bool addTeam(const QString &programId, const QString &applicationId, const QString &name,
                 QString *error, QString *teamId = nullptr);
    // Removes the team (a tombstone; its project keeps its nodes), audited with the reason.
    bool removeTeam(const QString &programId, const QString &teamId, const QString &reason,
                    QString *error);

private:
    Store &m_store;
};

} // namespace gpudesk
