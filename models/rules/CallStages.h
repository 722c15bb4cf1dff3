// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The stages of a call, as data (call_types.stages, a JSON array of stage keys in order). A call's
// type decides its stages; each stage key this version knows says what work it allows (the
// activities below), and the screens offer their actions by activity, never by type. So a new
// call type is one row of data: its stages, picked from the known keys. Pure.
//
// Steps: one stage forward, or one stage back with a written reason (it reopens work that was
// thought done). Skipping a stage, going back further, staying, leaving the last stage (closed)
// and any stage the type does not have are refused, each with a reason that names the stages.
namespace gpudesk {

enum class StageActivity
{
    Intake,       // applications, demands or yearly results come in
    Screening,    // the call's rules are checked by hand (the open call)
    Review,       // reviewers are assigned and score by the rubric
    Selection,    // the capacity cut over the ranking
    Deliberation, // an outside body (the ministers' meeting) decides; decisions are recorded
    Shares,       // a program's next-year shares are computed and decided
    Allocation,   // the decided projects get nodes on the rack map
};

// Every stage key this version knows, in the order they are usually met.
QStringList knownStages();
bool isKnownStage(const QString &key);
// Translated; an unknown key comes back as it is.
QString stageLabel(const QString &key);
// What work a stage allows; none for an unknown key or the last stage ("closed").
QList<StageActivity> stageActivities(const QString &key);
bool stageAllows(const QString &key, StageActivity activity);
// True when some stage of the list allows `activity` (which screens apply to a call type).
bool stagesAllow(const QStringList &stages, StageActivity activity);

// A type's stages read from its JSON text: an array of at least two distinct, known keys.
struct StageList
{
    QStringList stages;
    QString error; // translated; set when the text is not a valid stage list
    bool ok() const { return error.isEmpty(); }
};
StageList parseStages(const QString &json);

// The answer to "may the call go from `from` to `to`?".
struct StageStep
{
    bool allowed = false;
    bool reasonRequired = false; // true for a step back
    QString refusal;             // translated; set when !allowed
};

// `stages` is the call type's list; a blank reason is one that is empty after trimming. A call
// whose current stage is not in the list (data edited elsewhere) may only go to the first stage.
StageStep checkStageStep(const QStringList &stages, const QString &from, const QString &to,
                         const QString &reason);

// The stage after / before `from` in `stages`; empty when there is none.
QString nextStage(const QStringList &stages, const QString &from);
QString previousStage(const QStringList &stages, const QString &from);

} // namespace gpudesk
