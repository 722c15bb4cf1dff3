// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/CallSummaryData.h"

#include "domain/DisplayLanguage.h"
#include "itemmodels/ApplicationFilter.h"
#include "rules/Selection.h"
#include "store/SelectionRepository.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

// One row of a GROUP BY over the browser's table: the key columns, then the counts.
struct Counted
{
    QVariantList keys;
    int applications = 0;
    int nodes = 0;
    int gpus = 0;
};

// Counts the call's applications per value of `columns` (column names of application_browse,
// never user input) with the browser's own WHERE clause for the call.
bool countBy(Store &store, const QString &callId, const QString &columns, QList<Counted> *out,
             QString *error)
{
    ApplicationFilter filter;
    filter.callId = callId;
    const ApplicationFilter::Sql where = filter.toSql();
    QSqlQuery q(store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1, count(*), sum(nodes), sum(gpus) FROM application_browse %2 "
              "GROUP BY %1"_s.arg(columns, where.where));
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = Text::tr("The applications of the call could not be counted: %1")
                     .arg(q.lastError().text());
        return false;
    }
    const int keyCount = int(columns.count(u',')) + 1;
    while (q.next()) {
        Counted c;
        for (int k = 0; k < keyCount; ++k)
            c.keys << q.value(k);
        c.applications = q.value(keyCount).toInt();
        c.nodes = q.value(keyCount + 1).toInt();
        c.gpus = q.value(keyCount + 2).toInt();
        out->append(c);
    }
    return true;
}

ApplicationGroup group(const QString &key, const QString &label, const Counted &c)
{
    ApplicationGroup g;
    g.key = key;
    g.label = label;
    g.applications = c.applications;
    g.nodes = c.nodes;
    g.gpus = c.gpus;
    return g;
}

bool loadCounts(Store &store, CallSummaryData *d, QString *error)
{
    const bool english = DisplayLanguage::isEnglish();
    QList<Counted> rows;
    if (!countBy(store, d->call.id, u"org_type"_s, &rows, error))
        return false;
    for (int t = 0; t < kOrganizationTypeCount; ++t) {
        const auto type = static_cast<OrganizationType>(t);
        Counted c;
        for (const Counted &r : std::as_const(rows)) {
            if (r.keys.value(0).toString() == orgTypeKey(type))
                c = r;
        }
        d->byOrgType.append(group(orgTypeKey(type), orgTypeLabel(type), c));
    }

    rows.clear();
    if (!countBy(store, d->call.id, u"field_ko, field_en"_s, &rows, error))
        return false;
    for (const Counted &r : std::as_const(rows)) {
        const QString ko = r.keys.value(0).toString();
        d->byField.append(group(ko, english ? r.keys.value(1).toString() : ko, r));
    }
    std::stable_sort(d->byField.begin(), d->byField.end(), [](const auto &a, const auto &b) {
        return a.applications != b.applications ? a.applications > b.applications
                                                : a.label < b.label;
    });

    rows.clear();
    if (!countBy(store, d->call.id, u"type_id, type_code"_s, &rows, error))
        return false;
    for (const Counted &r : std::as_const(rows))
        d->byType.append(group(r.keys.value(0).toString(), r.keys.value(1).toString(), r));
    std::sort(d->byType.begin(), d->byType.end(),
              [](const auto &a, const auto &b) { return a.label < b.label; });

    rows.clear();
    if (!countBy(store, d->call.id, u"nodes"_s, &rows, error))
        return false;
    for (const auto &[min, max] : requestedNodeRanges()) {
        ApplicationGroup g;
        g.minNodes = min;
        g.maxNodes = max;
        g.key = max > 0 ? u"%1-%2"_s.arg(min).arg(max) : u"%1-"_s.arg(min);
        g.label = max == min ? QString::number(min)
                  : max > 0  ? Text::tr("%1–%2").arg(min).arg(max)
                             : Text::tr("%1 or more").arg(min);
        for (const Counted &r : std::as_const(rows)) {
            const int nodes = r.keys.value(0).toInt();
            if (nodes >= min && (max == 0 || nodes <= max)) {
                g.applications += r.applications;
                g.nodes += r.nodes;
                g.gpus += r.gpus;
            }
        }
        d->byNodes.append(g);
    }

    rows.clear();
    if (!countBy(store, d->call.id, u"status"_s, &rows, error))
        return false;
    for (int s = 0; s < kApplicationStatusCount; ++s) {
        const auto status = static_cast<ApplicationStatus>(s);
        for (const Counted &r : std::as_const(rows)) {
            if (r.keys.value(0).toString() != statusKey(status))
                continue;
            d->byStatus.append(group(statusKey(status), statusLabel(status), r));
            d->applications += r.applications;
            d->requestedNodes += r.nodes;
            d->requestedGpus += r.gpus;
        }
    }
    return true;
}

// Titles and organisations in the display language, from the browser's table (which falls
// back to Korean where an English name is missing).
QHash<QString, QPair<QString, QString>> names(Store &store, const QString &callId)
{
    QHash<QString, QPair<QString, QString>> out;
    QSqlQuery q(store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, title, title_en, org, org_en FROM application_browse "
              "WHERE call_id = ?"_s);
    q.addBindValue(callId);
    if (!q.exec())
        return out;
    const bool english = DisplayLanguage::isEnglish();
    while (q.next()) {
        out.insert(q.value(0).toString(),
                   {q.value(english ? 2 : 1).toString(), q.value(english ? 4 : 3).toString()});
    }
    return out;
}

// Pool names by code in the display language (the selection input has the Korean one).
QHash<QString, QString> poolNames(Store &store)
{
    QHash<QString, QString> out;
    QSqlQuery q(store.db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT code, name, name_en FROM pools WHERE deleted = 0"_s))
        return out;
    const bool english = DisplayLanguage::isEnglish();
    while (q.next()) {
        const QString en = q.value(2).toString();
        out.insert(q.value(0).toString(), english && !en.isEmpty() ? en : q.value(1).toString());
    }
    return out;
}

bool loadOutcome(Store &store, CallSummaryData *d, QString *error)
{
    const std::optional<CallSelectionInput> call =
        SelectionRepository(store).load(d->call.id, error);
    if (!call)
        return false;
    const QList<ApplicationScore> scores = scoreApplications(call->input);
    const auto named = names(store, d->call.id);
    const auto pools = poolNames(store);
    for (const SelectionType &type : call->types) {
        const TypeSelection selection = selectType(*call, scores, type, d->rankBy);
        TypeOutcome o;
        o.typeCode = type.typeCode;
        o.gpusPerNode = type.gpusPerNode;
        o.hasPool = type.hasPool;
        o.poolCode = type.pool.poolCode;
        o.poolName = pools.value(type.pool.poolCode, type.poolName);
        o.capacityNodes = type.pool.capacityNodes;
        o.committedNodes = type.pool.committedNodes;
        o.ranked = selection.ranking.rankedCount;
        int waitlistPlace = 0;
        for (const RankedRow &row : selection.ranking.rows) {
            const RankingApplication &a = call->input.applications[row.application];
            const ApplicationScore &s = scores[row.application];
            if (row.tooFewReviews)
                ++o.flagged;
            RankedApplication r;
            r.applicationId = a.id;
            r.code = a.code;
            const auto name = named.value(a.id, {a.title, a.organization});
            r.title = name.first;
            r.organisation = name.second;
            r.typeCode = type.typeCode;
            r.gpusPerNode = type.gpusPerNode;
            r.status = a.status;
            r.requestedNodes = a.requestedNodes;
            r.grantedNodes = a.grantedNodes.value_or(0);
            r.reviews = s.reviews;
            r.rawScore = s.raw;
            r.normalisedScore = s.normalised;
            r.score = d->rankBy == RankBy::Normalised ? s.normalised : s.raw;
            r.rank = selection.ranking.rankOf(row);
            if (countsAsSelected(a.status)) {
                ++o.selected;
                o.selectedNodes += r.grantedNodes;
                d->selected.append(r);
            } else if (a.status == ApplicationStatus::Waitlisted) {
                ++o.waitlisted;
                r.waitlistPlace = ++waitlistPlace;
                d->waitlisted.append(r);
            } else if (a.status == ApplicationStatus::Rejected) {
                ++o.rejected;
            } else if (a.status == ApplicationStatus::UnderReview) {
                ++o.undecided;
            }
        }
        d->types.append(o);
    }
    return true;
}

} // namespace

QList<QPair<int, int>> requestedNodeRanges()
{
    return {{1, 1}, {2, 2}, {3, 4}, {5, 8}, {9, 16}, {17, 32}, {33, 0}};
}

bool countsAsSelected(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Selected:
    case ApplicationStatus::Allocated:
    case ApplicationStatus::Active:
    case ApplicationStatus::Completed:
    case ApplicationStatus::Reclaimed:
        return true;
    default:
        return false;
    }
}

bool loadCallSummary(Store &store, const QString &callId, RankBy by, CallSummaryData *out,
                     QString *error)
{
    CallSummaryData d;
    d.rankBy = by;
    if (!loadReportCall(store, callId, &d.call, error) || !loadCounts(store, &d, error) ||
        !loadOutcome(store, &d, error))
        return false;
    *out = std::move(d);
    return true;
}

} // namespace gpudesk
