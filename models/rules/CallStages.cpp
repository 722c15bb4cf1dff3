// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallStages.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CallStages)
};

using A = StageActivity;

struct Known
{
    const char16_t *key;
    QList<StageActivity> activities;
};

// The catalogue. A stage key is data; what it allows is code, so that every screen can ask.
const QList<Known> &catalogue()
{
    static const QList<Known> known = {
        {u"open", {A::Intake}},
        {u"demand_survey", {A::Intake}},
        {u"submission", {A::Intake}},
        {u"screening", {A::Screening}},
        {u"review", {A::Review}},
        {u"pre_review", {A::Review}},
        {u"evaluation", {A::Review}},
        {u"selection", {A::Selection}},
        {u"deliberation", {A::Deliberation}},
        {u"decision", {A::Shares}},
        {u"allocation", {A::Allocation}},
        {u"closed", {}},
    };
    return known;
}

const Known *find(const QString &key)
{
    for (const Known &k : catalogue()) {
        if (key == k.key)
            return &k;
    }
    return nullptr;
}

QString chain(const QStringList &stages)
{
    QStringList labels;
    for (const QString &s : stages)
        labels << stageLabel(s);
    return labels.join(u" → "_s);
}

StageStep refuse(const QString &why)
{
    return {false, false, why};
}

} // namespace

QStringList knownStages()
{
    QStringList keys;
    for (const Known &k : catalogue())
        keys << QString::fromUtf16(k.key);
    return keys;
}

bool isKnownStage(const QString &key)
{
    return find(key) != nullptr;
}

QString stageLabel(const QString &key)
{
    //: Stage of a call: applications come in
    if (key == u"open")
        return Text::tr("Accepting applications");
    //: Stage of a national-project round: the ministries' demand survey (수요조사)
    if (key == u"demand_survey")
        return Text::tr("Demand survey");
    //: Stage of a program's yearly round: the teams hand in their results
    if (key == u"submission")
        return Text::tr("Results submission");
    if (key == u"screening")
        return Text::tr("Screening");
    //: Stage of a call: the expert review
    if (key == u"review")
        return Text::tr("Under review");
    //: Stage of a national-project round: the experts' pre-review (사전 검토)
    if (key == u"pre_review")
        return Text::tr("Pre-review");
    //: Stage of a program's yearly round: the annual evaluation (연차평가)
    if (key == u"evaluation")
        return Text::tr("Annual evaluation");
    if (key == u"selection")
        return Text::tr("Selection");
    //: Stage of a national-project round: the ministers' meeting deliberates and decides
    //: (심의·의결)
    if (key == u"deliberation")
        return Text::tr("Deliberation and decision");
    //: Stage of a program's yearly round: next year's node shares are decided
    if (key == u"decision")
        return Text::tr("Share decision");
    //: Stage of a call: the decided projects get nodes
    if (key == u"allocation")
        return Text::tr("Allocation");
    //: Stage of a call: nothing more happens
    if (key == u"closed")
        return Text::tr("Closed");
    return key;
}

QList<StageActivity> stageActivities(const QString &key)
{
    const Known *k = find(key);
    return k ? k->activities : QList<StageActivity>();
}

bool stageAllows(const QString &key, StageActivity activity)
{
    return stageActivities(key).contains(activity);
}

bool stagesAllow(const QStringList &stages, StageActivity activity)
{
    for (const QString &s : stages) {
        if (stageAllows(s, activity))
            return true;
    }
    return false;
}

StageList parseStages(const QString &json)
{
    StageList out;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray()) {
        out.error = Text::tr("The call type's stages are not a list of stage names; an "
                             "administrator must correct the call type.");
        return out;
    }
    QSet<QString> seen;
    for (const QJsonValue &v : doc.array()) {
        const QString key = v.toString();
        if (!v.isString() || !isKnownStage(key)) {
            out.error =
                Text::tr("The call type names a stage this version of gpudesk does not "
                         "know (%1); known stages are %2.")
                    .arg(v.isString() ? key : Text::tr("not a name"), knownStages().join(u", "_s));
            out.stages.clear();
            return out;
        }
        if (seen.contains(key)) {
            out.error = Text::tr("The call type names the stage %1 twice; each stage comes once.")
                            .arg(stageLabel(key));
            out.stages.clear();
            return out;
        }
        seen.insert(key);
        out.stages << key;
    }
    if (out.stages.size() < 2) {
        out.error = Text::tr("The call type has fewer than two stages; a call needs at least a "
                             "stage to work in and one to close.");
        out.stages.clear();
    }
    return out;
}

QString nextStage(const QStringList &stages, const QString &from)
{
    const qsizetype i = stages.indexOf(from);
    return i >= 0 && i + 1 < stages.size() ? stages.at(i + 1) : QString();
}

QString previousStage(const QStringList &stages, const QString &from)
{
    const qsizetype i = stages.indexOf(from);
    return i > 0 ? stages.at(i - 1) : QString();
}

StageStep checkStageStep(const QStringList &stages, const QString &from, const QString &to,
                         const QString &reason)
{
    if (stages.isEmpty())
        return refuse(Text::tr("The call type has no stages; an administrator must set them "
                               "first."));
    const QString toLabel = stageLabel(to);
    const qsizetype target = stages.indexOf(to);
    if (target < 0)
        return refuse(Text::tr("%1 is not a stage of this call type; its stages are %2.")
                          .arg(toLabel, chain(stages)));
    const qsizetype current = stages.indexOf(from);
    if (current < 0) {
        // The stored stage is not one of the type's (edited elsewhere): only a fresh start.
        if (target == 0)
            return {true, false, {}};
        return refuse(Text::tr("The call is at a stage its type does not have (%1); it can only "
                               "start again at %2.")
                          .arg(stageLabel(from), stageLabel(stages.first())));
    }
    const QString fromLabel = stageLabel(from);
    if (target == current)
        return refuse(Text::tr("The call is already at %1.").arg(fromLabel));
    if (current == stages.size() - 1)
        return refuse(
            Text::tr("The call is %1, the last stage; it cannot move any more.").arg(fromLabel));
    if (target == current + 1)
        return {true, false, {}};
    if (target > current + 1)
        return refuse(Text::tr("Cannot skip from %1 to %2: the next stage is %3.")
                          .arg(fromLabel, toLabel, stageLabel(stages.at(current + 1))));
    if (target < current - 1)
        return refuse(Text::tr("Cannot go back from %1 to %2: a call goes back one stage at a "
                               "time, to %3.")
                          .arg(fromLabel, toLabel, stageLabel(stages.at(current - 1))));
    if (reason.trimmed().isEmpty())
        return {false, true,
                Text::tr("Going back from %1 to %2 reopens work that was thought done; write why "
                         "before confirming.")
                    .arg(fromLabel, toLabel)};
    return {true, true, {}};
}

} // namespace gpudesk
