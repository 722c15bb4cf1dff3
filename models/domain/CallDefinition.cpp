// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallDefinition.h"

#include <QCoreApplication>
#include <QHash>

namespace gpudesk {

const CallOffer *CallDefinition::offer(const QString &typeId) const
{
    for (const CallOffer &o : offers) {
        if (o.typeId == typeId)
            return &o;
    }
    return nullptr;
}

const CallShareTerm *CallDefinition::shareTerm(OrganizationType t) const
{
    for (const CallShareTerm &s : shareTerms) {
        if (s.orgType == t)
            return &s;
    }
    return nullptr;
}

QString callStageLabel(const QString &stage)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("open"), QT_TRANSLATE_NOOP("CallStage", "accepting applications")},
        {QStringLiteral("screening"), QT_TRANSLATE_NOOP("CallStage", "screening")},
        {QStringLiteral("review"), QT_TRANSLATE_NOOP("CallStage", "under review")},
        {QStringLiteral("selection"), QT_TRANSLATE_NOOP("CallStage", "selection")},
        {QStringLiteral("allocation"), QT_TRANSLATE_NOOP("CallStage", "allocation")},
        {QStringLiteral("closed"), QT_TRANSLATE_NOOP("CallStage", "closed")},
        {QStringLiteral("demand_survey"), QT_TRANSLATE_NOOP("CallStage", "demand survey")},
        {QStringLiteral("pre_review"), QT_TRANSLATE_NOOP("CallStage", "expert pre-review")},
        {QStringLiteral("deliberation"), QT_TRANSLATE_NOOP("CallStage", "deliberation")},
        {QStringLiteral("submission"), QT_TRANSLATE_NOOP("CallStage", "submission")},
        {QStringLiteral("evaluation"), QT_TRANSLATE_NOOP("CallStage", "evaluation")},
        {QStringLiteral("decision"), QT_TRANSLATE_NOOP("CallStage", "decision")},
    };
    const auto it = labels.constFind(stage);
    return it == labels.cend() ? stage : QCoreApplication::translate("CallStage", *it);
}

} // namespace gpudesk
