// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallValidation.h"

#include "domain/Money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CallValidation)
};

constexpr int kMaxMonthsLimit = 36; // the World Best LLM project: up to 3 years
constexpr int kMaxReviewers = 10;
constexpr int kMaxWaitlist = 1000;
constexpr int kMaxIdleDays = 90;

void add(ValidationIssues *out, const QString &field, const QString &message)
{
    out->append({field, message});
}

void checkIdentity(const CallDefinition &c, const CallContext &ctx, ValidationIssues *out)
{
    static const QRegularExpression codePattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"_s);
    const QString code = c.code.trimmed();
    if (code.isEmpty())
        add(out, u"code"_s, Text::tr("Give the call a code, such as 2026-R1."));
    else if (!codePattern.match(code).hasMatch())
        add(out, u"code"_s,
            Text::tr("The code \"%1\" may hold only letters, digits, dots, hyphens and "
                     "underscores (at most 32), starting with a letter or digit.")
                .arg(code));
    else if (ctx.otherCodes.contains(code.toLower()))
        add(out, u"code"_s,
            Text::tr("Another call already has the code %1; choose another.").arg(code));
    if (c.title.trimmed().isEmpty())
        add(out, u"title"_s, Text::tr("Give the call a Korean title; applicants see it."));
    if (c.callTypeId.isEmpty())
        add(out, u"type"_s, Text::tr("Choose the type of the call."));
    if (c.stage.isEmpty())
        add(out, u"stage"_s, Text::tr("Choose the stage the call is in."));
    else if (!ctx.stages.isEmpty() && !ctx.stages.contains(c.stage))
        add(out, u"stage"_s,
            Text::tr("The stage \"%1\" is not a stage of this type of call; choose one of %2.")
                .arg(c.stage, ctx.stages.join(u", "_s)));
}

void checkDates(const CallDefinition &c, ValidationIssues *out)
{
    if (!c.opens.isValid() || !c.closes.isValid()) {
        add(out, u"window"_s, Text::tr("Set the first and the last day of the application window."));
        return;
    }
    if (c.closes < c.opens)
        add(out, u"window"_s,
            Text::tr("The application window closes on %1, before it opens on %2; swap the days.")
                .arg(c.closes.toString(Qt::ISODate), c.opens.toString(Qt::ISODate)));
    if (c.reviewDeadline.isValid() && c.reviewDeadline < c.closes)
        add(out, u"reviewDeadline"_s,
            Text::tr("The review deadline %1 comes before the window closes on %2; reviews can "
                     "only end after the last application is in.")
                .arg(c.reviewDeadline.toString(Qt::ISODate), c.closes.toString(Qt::ISODate)));
    if (c.allocationFrom.isValid() && c.allocationFrom <= c.closes)
        add(out, u"allocationFrom"_s,
            Text::tr("Allocation starts on %1, not after the window closes on %2; let it start "
                     "later.")
                .arg(c.allocationFrom.toString(Qt::ISODate), c.closes.toString(Qt::ISODate)));
    if (c.maxMonths < 1 || c.maxMonths > kMaxMonthsLimit)
        add(out, u"maxMonths"_s,
            Text::tr("The maximum duration must be between 1 and %1 months; it is %2.")
                .arg(kMaxMonthsLimit)
                .arg(c.maxMonths));
}

void checkOffers(const CallDefinition &c, const CallContext &ctx, ValidationIssues *out)
{
    if (c.offers.isEmpty())
        add(out, u"offers"_s,
            Text::tr("Offer at least one accelerator type, with its cap and price."));
    QSet<QString> seen;
    for (const CallOffer &o : c.offers) {
        const QString field = u"offers/"_s + o.typeId;
        const QString type = o.typeCode.isEmpty() ? o.typeId : o.typeCode;
        if (seen.contains(o.typeId)) {
            add(out, field, Text::tr("%1 is offered twice; keep one line per type.").arg(type));
            continue;
        }
        seen.insert(o.typeId);
        if (o.maxNodes <= 0)
            add(out, field + u"/maxNodes"_s,
                Text::tr("The cap per project for %1 must be at least one node; it is %2.")
                    .arg(type)
                    .arg(o.maxNodes));
        if (o.pricePerGpuHour <= 0)
            add(out, field + u"/price"_s,
                Text::tr("Set the market price per GPU-hour of %1; statements multiply by it.")
                    .arg(type));
        if (!o.poolId.isEmpty()) {
            const auto pool = ctx.pools.constFind(o.poolId);
            if (pool == ctx.pools.cend()) {
                add(out, field + u"/pool"_s,
                    Text::tr("The pool chosen for %1 no longer exists; choose another.").arg(type));
            } else {
                if (!pool->typeId.isEmpty() && pool->typeId != o.typeId)
                    add(out, field + u"/pool"_s,
                        Text::tr("Pool %1 holds another type of node than %2; choose a %2 pool.")
                            .arg(pool->code, type));
                if (o.maxNodes > pool->capacityNodes)
                    add(out, field + u"/maxNodes"_s,
                        Text::tr("The cap of %1 nodes for %2 is more than pool %3 holds (%4 "
                                 "nodes); lower the cap.")
                            .arg(o.maxNodes)
                            .arg(type, pool->code)
                            .arg(pool->capacityNodes));
            }
        }
    }
    for (auto it = ctx.applicationsByType.cbegin(); it != ctx.applicationsByType.cend(); ++it) {
        if (it.value() > 0 && !seen.contains(it.key()))
            add(out, u"offers"_s,
                Text::tr("%n application(s) of this call ask for %1; keep offering it.", nullptr,
                         it.value())
                    .arg(ctx.typeCodes.value(it.key(), it.key())));
    }
}

void checkShares(const CallDefinition &c, ValidationIssues *out)
{
    bool anyEligible = false;
    for (const CallShareTerm &s : c.shareTerms) {
        anyEligible = anyEligible || s.eligible;
        if (s.shareBasisPoints < 0 || s.shareBasisPoints > 10000)
            add(out, u"shareTerms/"_s + orgTypeKey(s.orgType),
                Text::tr("The share of %1 must be between 0 and 100 %.")
                    .arg(orgTypeLabel(s.orgType)));
    }
    if (!anyEligible)
        add(out, u"shareTerms"_s,
            Text::tr("No organisation type may apply; make at least one eligible."));
    if (c.youthDiscountPercent < 0 || c.youthDiscountPercent > 100)
        add(out, u"youthDiscount"_s,
            Text::tr("The youth discount must be between 0 and 100 %; it is %1 %.")
                .arg(c.youthDiscountPercent));
    if (c.vatPercent < 0 || c.vatPercent > 100)
        add(out, u"vat"_s, Text::tr("VAT must be between 0 and 100 %; it is %1 %.").arg(c.vatPercent));
}

void checkRubric(const CallDefinition &c, const CallContext &ctx, ValidationIssues *out)
{
    if (c.rubric.isEmpty()) {
        add(out, u"rubric"_s, Text::tr("Add the rubric's criteria; reviewers score by them."));
        return;
    }
    int sum = 0;
    QSet<QString> names;
    for (int i = 0; i < c.rubric.size(); ++i) {
        const RubricCriterion &r = c.rubric[i];
        const QString field = u"rubric/%1"_s.arg(i + 1);
        const QString name = r.name.trimmed();
        if (name.isEmpty())
            add(out, field + u"/name"_s, Text::tr("Criterion %1 has no name.").arg(i + 1));
        else if (names.contains(name))
            add(out, field + u"/name"_s,
                Text::tr("Two criteria are named \"%1\"; reviewers could not tell them apart.")
                    .arg(name));
        names.insert(name);
        if (r.weight <= 0)
            add(out, field + u"/weight"_s,
                Text::tr("Criterion %1 needs a positive weight; it is %2.").arg(i + 1).arg(r.weight));
        sum += r.weight;
        if (r.minScore < 0 || r.maxScore > 100 || r.maxScore <= r.minScore)
            add(out, field + u"/range"_s,
                Text::tr("Criterion %1 scores from %2 to %3; the range must run upwards within "
                         "0-100.")
                    .arg(i + 1)
                    .arg(r.minScore)
                    .arg(r.maxScore));
    }
    if (sum != 100)
        add(out, u"rubric/weights"_s,
            Text::tr("The weights add up to %1; they must add up to 100.").arg(sum));
    if (ctx.submittedReviews > 0 && rubricScoringChanged(ctx.savedRubric, c.rubric))
        add(out, u"rubric"_s,
            Text::tr("%n review(s) were already submitted against this rubric, so its criteria, "
                     "weights and ranges can no longer change (names and guidance can).",
                     nullptr, ctx.submittedReviews));
}

void checkReview(const CallDefinition &c, ValidationIssues *out)
{
    if (c.reviewersPerApplication < 1 || c.reviewersPerApplication > kMaxReviewers)
        add(out, u"reviewers"_s,
            Text::tr("Each application needs 1 to %1 reviewers (typically 3-5); it is %2.")
                .arg(kMaxReviewers)
                .arg(c.reviewersPerApplication));
    if (c.waitlistLength < 0 || c.waitlistLength > kMaxWaitlist)
        add(out, u"waitlist"_s,
            Text::tr("The waitlist holds 0 to %1 projects per type; it is %2.")
                .arg(kMaxWaitlist)
                .arg(c.waitlistLength));
    if (c.idleThresholdPercent < 1 || c.idleThresholdPercent > 100)
        add(out, u"idleThreshold"_s,
            Text::tr("The idle threshold must be between 1 and 100 % utilisation; it is %1 %.")
                .arg(c.idleThresholdPercent));
    if (c.idleDays < 1 || c.idleDays > kMaxIdleDays)
        add(out, u"idleDays"_s,
            Text::tr("The idle period must be between 1 and %1 days; it is %2.")
                .arg(kMaxIdleDays)
                .arg(c.idleDays));
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : Text::tr("none");
}

QString percent(int bp)
{
    return bp % 100 == 0 ? u"%1 %"_s.arg(bp / 100) : u"%1 %"_s.arg(bp / 100.0, 0, 'f', 2);
}

struct Differ
{
    CallChanges *out;

    void field(const QString &key, const QString &label, const QJsonValue &before,
               const QJsonValue &after, const QString &shownBefore, const QString &shownAfter)
    {
        if (before == after)
            return;
        out->details.insert(key, QJsonArray{before, after});
        out->lines << Text::tr("%1: %2 → %3").arg(label, shownBefore, shownAfter);
    }
    void text(const QString &key, const QString &label, const QString &a, const QString &b)
    {
        field(key, label, a, b, a.isEmpty() ? Text::tr("(empty)") : a,
              b.isEmpty() ? Text::tr("(empty)") : b);
    }
    void number(const QString &key, const QString &label, qint64 a, qint64 b)
    {
        field(key, label, double(a), double(b), QString::number(a), QString::number(b));
    }
    void date(const QString &key, const QString &label, const QDate &a, const QDate &b)
    {
        field(key, label, dateText(a), dateText(b), dateText(a), dateText(b));
    }
};

} // namespace

ValidationIssues validateCall(const CallDefinition &call, const CallContext &context)
{
    ValidationIssues out;
    checkIdentity(call, context, &out);
    checkDates(call, &out);
    checkOffers(call, context, &out);
    checkShares(call, &out);
    checkRubric(call, context, &out);
    checkReview(call, &out);
    return out;
}

bool rubricScoringChanged(const QList<RubricCriterion> &before,
                          const QList<RubricCriterion> &after)
{
    if (before.size() != after.size())
        return true;
    for (int i = 0; i < before.size(); ++i) {
        const RubricCriterion &a = before[i];
        const RubricCriterion &b = after[i];
        if (a.id != b.id || a.weight != b.weight || a.minScore != b.minScore ||
            a.maxScore != b.maxScore)
            return true;
    }
    return false;
}

CallChanges diffCalls(const CallDefinition &a, const CallDefinition &b)
{
    CallChanges out;
    Differ d{&out};
    d.text(u"code"_s, Text::tr("Code"), a.code, b.code);
    d.text(u"title"_s, Text::tr("Title"), a.title, b.title);
    d.text(u"title_en"_s, Text::tr("English title"), a.titleEn, b.titleEn);
    d.text(u"call_type_id"_s, Text::tr("Type"), a.callTypeId, b.callTypeId);
    d.text(u"stage"_s, Text::tr("Stage"), a.stage, b.stage);
    d.date(u"opens_on"_s, Text::tr("Opens"), a.opens, b.opens);
    d.date(u"closes_on"_s, Text::tr("Closes"), a.closes, b.closes);
    d.date(u"review_deadline"_s, Text::tr("Review deadline"), a.reviewDeadline, b.reviewDeadline);
    d.date(u"allocation_from"_s, Text::tr("Allocation from"), a.allocationFrom, b.allocationFrom);
    d.number(u"max_months"_s, Text::tr("Maximum months"), a.maxMonths, b.maxMonths);
    d.number(u"reviewers_per_application"_s, Text::tr("Reviewers per application"),
             a.reviewersPerApplication, b.reviewersPerApplication);
    d.number(u"waitlist_length"_s, Text::tr("Waitlist length"), a.waitlistLength, b.waitlistLength);
    d.number(u"youth_discount_percent"_s, Text::tr("Youth discount %"), a.youthDiscountPercent,
             b.youthDiscountPercent);
    d.number(u"idle_threshold_percent"_s, Text::tr("Idle threshold %"), a.idleThresholdPercent,
             b.idleThresholdPercent);
    d.number(u"idle_days"_s, Text::tr("Idle days"), a.idleDays, b.idleDays);
    d.number(u"vat_percent"_s, Text::tr("VAT %"), a.vatPercent, b.vatPercent);
    if (a.pledgeText != b.pledgeText) {
        out.details.insert(u"pledge_text"_s, QJsonArray{a.pledgeText, b.pledgeText});
        out.lines << Text::tr("Pledge text changed (reviewers accept it again)");
    }

    QSet<QString> types;
    for (const CallOffer &o : a.offers)
        types.insert(o.typeId);
    for (const CallOffer &o : b.offers)
        types.insert(o.typeId);
    QStringList sortedTypes(types.cbegin(), types.cend());
    sortedTypes.sort();
    for (const QString &t : std::as_const(sortedTypes)) {
        const CallOffer *x = a.offer(t);
        const CallOffer *y = b.offer(t);
        const QString code = (y ? y->typeCode : x->typeCode);
        const QString key = u"offer/"_s + code;
        if (!x) {
            d.field(key, Text::tr("%1 offered").arg(code), QJsonValue(), y->maxNodes,
                    Text::tr("no"),
                    Text::tr("cap %1 nodes, %2 per GPU-hour")
                        .arg(y->maxNodes)
                        .arg(formatMoney({y->pricePerGpuHour})));
            continue;
        }
        if (!y) {
            d.field(key, Text::tr("%1 offered").arg(code), x->maxNodes, QJsonValue(),
                    Text::tr("yes"), Text::tr("no"));
            continue;
        }
        d.number(key + u"/max_nodes"_s, Text::tr("%1 cap (nodes)").arg(code), x->maxNodes,
                 y->maxNodes);
        d.field(key + u"/price"_s, Text::tr("%1 price per GPU-hour").arg(code),
                double(x->pricePerGpuHour), double(y->pricePerGpuHour),
                formatMoney({x->pricePerGpuHour}), formatMoney({y->pricePerGpuHour}));
        d.text(key + u"/pool"_s, Text::tr("%1 pool").arg(code), x->poolId, y->poolId);
    }
    for (int t = 0; t < kOrganizationTypeCount; ++t) {
        const auto type = static_cast<OrganizationType>(t);
        const CallShareTerm *x = a.shareTerm(type);
        const CallShareTerm *y = b.shareTerm(type);
        const bool e1 = x && x->eligible, e2 = y && y->eligible;
        const int s1 = x ? x->shareBasisPoints : 0, s2 = y ? y->shareBasisPoints : 0;
        const QString key = u"share/"_s + orgTypeKey(type);
        d.field(key + u"/eligible"_s, Text::tr("%1 eligible").arg(orgTypeLabel(type)), e1, e2,
                e1 ? Text::tr("yes") : Text::tr("no"), e2 ? Text::tr("yes") : Text::tr("no"));
        d.field(key + u"/share"_s, Text::tr("%1 share").arg(orgTypeLabel(type)), s1, s2,
                percent(s1), percent(s2));
    }
    auto rubricText = [](const QList<RubricCriterion> &r) {
        QStringList parts;
        for (const RubricCriterion &c : r)
            parts << u"%1 %2 (%3-%4)"_s.arg(c.name).arg(c.weight).arg(c.minScore).arg(c.maxScore);
        return parts.join(u"; "_s);
    };
    bool rubricChanged = a.rubric.size() != b.rubric.size();
    for (int i = 0; !rubricChanged && i < a.rubric.size(); ++i) {
        const RubricCriterion &x = a.rubric[i], &y = b.rubric[i];
        rubricChanged = x.name != y.name || x.nameEn != y.nameEn || x.weight != y.weight ||
                        x.minScore != y.minScore || x.maxScore != y.maxScore ||
                        x.guidance != y.guidance;
    }
    if (rubricChanged) {
        const QString x = rubricText(a.rubric), y = rubricText(b.rubric);
        out.details.insert(u"rubric"_s, QJsonArray{x, y});
        out.lines << (x == y ? Text::tr("Rubric: English names or guidance changed")
                             : Text::tr("Rubric: %1 → %2").arg(x, y));
    }
    return out;
}

} // namespace gpudesk
