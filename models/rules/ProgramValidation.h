// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CallDefinition.h"
#include "domain/Enums.h"
#include "domain/Review.h"
#include "domain/ValidationIssue.h"
#include "rules/ShareAllocation.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// The rules a multi-year program (연차평가) and its teams must meet before they are saved. Pure:
// the program editor shows the issues as the officer types, the repository refuses a save or a
// team that still has any.
namespace gpudesk {

// A program as its editor holds it: the program, its share rule and the rubric its yearly
// evaluations score by.
struct ProgramDraft
{
    QString id; // empty for a program not saved yet
    QString code;
    QString name;   // Korean, required
    QString nameEn; // optional
    QString typeId; // the accelerator type of its nodes
    QString poolId; // the pool its nodes come from; empty: none named
    int maxTeams = 5;
    int maxYears = 3;
    QDate startsOn; // the first day of year 1
    ShareRule rule;
    QList<RubricCriterion> rubric;
};

// What the profile knows that the rules of a program need besides the program itself.
struct ProgramContext
{
    QSet<QString> otherCodes;           // every other program's code, lower-case
    QHash<QString, QString> typeCodes;  // accelerator type id -> code
    QHash<QString, CallPoolInfo> pools; // by id
    // For a saved program:
    int teams = 0;          // teams it has
    int roundsOpened = 0;   // yearly rounds it has (year 1 included)
    int reviewsStarted = 0; // reviews begun on any of its rounds
    QString savedTypeId;
    QDate savedStartsOn;
};

inline constexpr int kMaxProgramTeams = 20;
inline constexpr int kMaxProgramYears = 10;

// Every rule is checked and every failure kept, each with its field: program (the evaluation
// has begun: nothing changes), code, name, type, pool, teams, years, startsOn, rule. The rubric
// is a call's rubric and is judged by validateCall.
ValidationIssues validateProgram(const ProgramDraft &program, const ProgramContext &context);

// A project proposed as a team: an application holding nodes.
struct TeamCandidate
{
    QString applicationId;
    QString code;
    QString typeId;
    QString typeCode;
    ApplicationStatus status = ApplicationStatus::Active;
    int heldNodes = 0;        // nodes it holds on the rack map now
    QString otherProgramCode; // the program it is a team of already; empty: none
};

// The program as a new team needs it.
struct TeamSlot
{
    QString typeId;
    QString typeCode;
    int maxTeams = 5;
    QStringList teamNames; // the teams it has
    int roundsOpened = 1;
    int reviewsStarted = 0;
};

// Why the project cannot become a team named `name`; empty when it can.
QString teamProblem(const TeamSlot &program, const TeamCandidate &candidate, const QString &name);

// Why the program no longer changes once `reviewsStarted` reviews were begun on its rounds;
// empty when none was.
QString evaluationBegunReason(int reviewsStarted);

// Why a team cannot be removed now (the evaluation has begun, a later year is open); empty when
// it can.
QString teamRemovalProblem(const TeamSlot &program);

} // namespace gpudesk
