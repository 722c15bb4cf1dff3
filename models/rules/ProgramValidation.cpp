// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgramValidation.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProgramValidation)
};

void add(ValidationIssues *out, const QString &field, const QString &message)
{
    out->append({field, message});
}

} // namespace

QString evaluationBegunReason(int reviewsStarted)
{
    if (reviewsStarted <= 0)
        return {};
    return Text::tr("The program's evaluation has begun (%n review(s)), so its teams and "
                    "settings no longer change.",
                    nullptr, reviewsStarted);
}

namespace {

// The evaluation has begun or a later year is open: what no longer changes, and why.
QString frozen(int reviewsStarted, int roundsOpened)
{
    if (reviewsStarted > 0)
        return evaluationBegunReason(reviewsStarted);
    if (roundsOpened > 1)
        return Text::tr("Year %1's round is open with the current teams; teams change only "
                        "before the second year's round opens.")
            .arg(roundsOpened);
    return {};
}

} // namespace

ValidationIssues validateProgram(const ProgramDraft &p, const ProgramContext &ctx)
{
    ValidationIssues out;
    const bool saved = !p.id.isEmpty();
    if (saved && ctx.reviewsStarted > 0)
        add(&out, u"program"_s, frozen(ctx.reviewsStarted, 0));

    static const QRegularExpression codePattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,23}$"_s);
    const QString code = p.code.trimmed();
    if (code.isEmpty())
        add(&out, u"code"_s, Text::tr("Give the program a short code, such as WBL."));
    else if (!codePattern.match(code).hasMatch())
        add(&out, u"code"_s,
            Text::tr("The code \"%1\" may hold only letters, digits, dots, hyphens and "
                     "underscores (at most 24), starting with a letter or digit.")
                .arg(code));
    else if (ctx.otherCodes.contains(code.toLower()))
        add(&out, u"code"_s,
            Text::tr("Another program already has the code %1; choose another.").arg(code));
    if (p.name.trimmed().isEmpty())
        add(&out, u"name"_s, Text::tr("Give the program a Korean name."));

    const QString typeCode = ctx.typeCodes.value(p.typeId);
    if (p.typeId.isEmpty() || typeCode.isEmpty())
        add(&out, u"type"_s, Text::tr("Choose the accelerator type of the program's nodes."));
    else if (saved && ctx.teams > 0 && p.typeId != ctx.savedTypeId)
        add(&out, u"type"_s,
            Text::tr("The program's teams hold %1 nodes; its accelerator type stays while it "
                     "has teams.")
                .arg(ctx.typeCodes.value(ctx.savedTypeId, ctx.savedTypeId)));

    if (!p.poolId.isEmpty()) {
        const auto pool = ctx.pools.constFind(p.poolId);
        if (pool == ctx.pools.cend()) {
            add(&out, u"pool"_s, Text::tr("The chosen pool no longer exists; choose another."));
        } else {
            if (!pool->typeId.isEmpty() && pool->typeId != p.typeId)
                add(&out, u"pool"_s,
                    Text::tr("Pool %1 holds another type of node than %2; choose a %2 pool.")
                        .arg(pool->code, typeCode));
            if (p.rule.capacityNodes > pool->capacityNodes)
                add(&out, u"rule/capacity"_s,
                    Text::tr("The program hands out %1 nodes a year but pool %2 holds %3; lower "
                             "the capacity or choose a larger pool.")
                        .arg(p.rule.capacityNodes)
                        .arg(pool->code)
                        .arg(pool->capacityNodes));
        }
    }

    if (p.maxTeams < 1 || p.maxTeams > kMaxProgramTeams)
        add(&out, u"teams"_s,
            Text::tr("A program has 1 to %1 teams; it says %2.")
                .arg(kMaxProgramTeams)
                .arg(p.maxTeams));
    else if (p.maxTeams < ctx.teams)
        add(&out, u"teams"_s,
            Text::tr("The program has %1 teams already; allow at least that many, or remove "
                     "teams first.")
                .arg(ctx.teams));
    if (p.maxYears < 1 || p.maxYears > kMaxProgramYears)
        add(&out, u"years"_s,
            Text::tr("A program runs 1 to %1 years; it says %2.")
                .arg(kMaxProgramYears)
                .arg(p.maxYears));
    else if (p.maxYears < ctx.roundsOpened)
        add(&out, u"years"_s,
            Text::tr("Year %1's round exists already; the program runs at least %1 years.")
                .arg(ctx.roundsOpened));
    if (!p.startsOn.isValid())
        add(&out, u"startsOn"_s, Text::tr("Set the first day of the program's first year."));
    else if (saved && ctx.roundsOpened > 1 && p.startsOn != ctx.savedStartsOn)
        add(&out, u"startsOn"_s,
            Text::tr("Later years' rounds were opened for years starting from %1; the first day "
                     "stays.")
                .arg(ctx.savedStartsOn.toString(Qt::ISODate)));

    const ShareResult check = computeShares({}, p.rule);
    if (!check.ok())
        add(&out, u"rule"_s, check.error);
    if (p.rule.capacityNodes < 1)
        add(&out, u"rule/capacity"_s,
            Text::tr("The program must hand out at least one node a year."));
    else if (p.maxTeams >= 1 && qint64(p.rule.minimumNodes) * p.maxTeams > p.rule.capacityNodes)
        add(&out, u"rule/minimum"_s,
            Text::tr("%1 teams at the minimum of %2 nodes need %3 nodes, more than the %4 the "
                     "program hands out; lower the minimum or the number of teams.")
                .arg(p.maxTeams)
                .arg(p.rule.minimumNodes)
                .arg(qint64(p.rule.minimumNodes) * p.maxTeams)
                .arg(p.rule.capacityNodes));
    return out;
}

QString teamProblem(const TeamSlot &p, const TeamCandidate &c, const QString &name)
{
    const QString why = frozen(p.reviewsStarted, p.roundsOpened);
    if (!why.isEmpty())
        return why;
    if (p.teamNames.size() >= p.maxTeams)
        return Text::tr("The program has its %1 teams already; allow more teams in its settings "
                        "or remove one first.")
            .arg(p.maxTeams);
    if (c.status != ApplicationStatus::Allocated && c.status != ApplicationStatus::Active)
        return Text::tr("%1 is %2: a team is a project that holds nodes (allocated or active).")
            .arg(c.code, statusLabel(c.status));
    if (c.heldNodes < 1)
        return Text::tr("%1 holds no nodes on the rack map; place its nodes there first.")
            .arg(c.code);
    if (c.typeId != p.typeId)
        return Text::tr("%1 holds %2 nodes; the program is for %3 nodes.")
            .arg(c.code, c.typeCode, p.typeCode);
    if (!c.otherProgramCode.isEmpty())
        return Text::tr("%1 is a team of program %2 already.").arg(c.code, c.otherProgramCode);
    const QString n = name.trimmed();
    if (n.isEmpty())
        return Text::tr("Give the team a name.");
    for (const QString &other : p.teamNames) {
        if (other.compare(n, Qt::CaseInsensitive) == 0)
            return Text::tr("The program has a team named %1 already; choose another name.").arg(n);
    }
    return {};
}

QString teamRemovalProblem(const TeamSlot &p)
{
    return frozen(p.reviewsStarted, p.roundsOpened);
}

} // namespace gpudesk
