// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelectionRepository.h"

#include "ApplicationRepository.h"
#include "Store.h"
#include "data/Csv.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SelectionRepository)
};

QString readFailed(const QSqlQuery &q)
{
    return Text::tr("The review data could not be read (%1). Close and reopen the profile; if "
                    "it happens again, restore the last backup.")
        .arg(q.lastError().text());
}

// Where an application sits after loading: its call and its index in that call's input.
struct Slot
{
    int call = -1;
    int application = -1;
};

// Loads one call (callId set) or every call (callId empty). The filter on the call is the only
// difference, so both share one path.
bool loadCalls(const QSqlDatabase &db, const QString &wantedCall, QList<CallSelectionInput> *out,
               QString *error)
{
    const bool one = !wantedCall.isEmpty();
    // A null QString binds as SQL NULL, and "NULL = ''" is never true.
    const QString callId = one ? wantedCall : u""_s;
    QSqlQuery q(db);
    q.setForwardOnly(true);

    q.prepare(u"SELECT id, code, reviewers_per_application, waitlist_length FROM calls "
              "WHERE deleted = 0 AND (? = '' OR id = ?) ORDER BY code"_s);
    q.addBindValue(callId);
    q.addBindValue(callId);
    if (!q.exec()) {
        *error = readFailed(q);
        return false;
    }
    QHash<QString, int> callIndex;
    while (q.next()) {
        CallSelectionInput c;
        c.callId = q.value(0).toString();
        c.callCode = q.value(1).toString();
        c.input.reviewersPerApplication = q.value(2).toInt();
        c.waitlistLength = q.value(3).toInt();
        callIndex.insert(c.callId, static_cast<int>(out->size()));
        out->append(c);
    }
    if (one && out->isEmpty()) {
        *error = Text::tr("The call no longer exists.");
        return false;
    }

    // What every pool has committed, over all calls that draw on it.
    QHash<QString, int> committed;
    if (!SelectionRepository::poolCommitments(db, &committed, error))
        return false;

    q.prepare(u"SELECT ca.call_id, t.id, t.code, t.gpus_per_node, p.id, p.code, p.name, "
              "p.capacity_nodes FROM call_accelerators ca "
              "JOIN accelerator_types t ON t.id = ca.accelerator_type_id "
              "LEFT JOIN pools p ON p.id = ca.pool_id AND p.deleted = 0 "
              "WHERE ca.deleted = 0 AND (? = '' OR ca.call_id = ?) ORDER BY t.code"_s);
    q.addBindValue(callId);
    q.addBindValue(callId);
    if (!q.exec()) {
        *error = readFailed(q);
        return false;
    }
    while (q.next()) {
        const int c = callIndex.value(q.value(0).toString(), -1);
        if (c < 0)
            continue;
        SelectionType t;
        t.typeId = q.value(1).toString();
        t.typeCode = q.value(2).toString();
        t.gpusPerNode = q.value(3).toInt();
        t.hasPool = !q.value(4).isNull();
        if (t.hasPool) {
            t.pool.poolId = q.value(4).toString();
            t.pool.poolCode = q.value(5).toString();
            t.poolName = q.value(6).toString();
            t.pool.capacityNodes = q.value(7).toInt();
            t.pool.committedNodes = committed.value(t.pool.poolId);
        }
        (*out)[c].types.append(t);
    }

    // Applications that can take part: never those still submitted or in screening.
    q.prepare(u"SELECT a.id, a.call_id, a.code, a.title, o.name, a.accelerator_type_id, "
              "a.requested_nodes, a.status, a.submitted_at, a.granted_nodes, "
              "a.decided_by_override FROM applications a "
              "JOIN organizations o ON o.id = a.organization_id "
              "WHERE a.deleted = 0 AND a.status NOT IN ('submitted', 'screening') "
              "AND (? = '' OR a.call_id = ?)"_s);
    q.addBindValue(callId);
    q.addBindValue(callId);
    if (!q.exec()) {
        *error = readFailed(q);
        return false;
    }
    QHash<QString, Slot> placeOf;
    placeOf.reserve(one ? 4096 : 32768);
    while (q.next()) {
        const int c = callIndex.value(q.value(1).toString(), -1);
        const auto status = statusFromKey(q.value(7).toString());
        if (c < 0 || !status)
            continue;
        RankingApplication a;
        a.id = q.value(0).toString();
        a.code = q.value(2).toString();
        a.title = q.value(3).toString();
        a.organization = q.value(4).toString();
        a.acceleratorType = q.value(5).toString();
        a.requestedNodes = q.value(6).toInt();
        a.status = *status;
        a.submittedAt = q.value(8).toLongLong();
        const QVariant granted = q.value(9);
        if (!granted.isNull())
            a.grantedNodes = granted.toInt();
        a.decidedByOverride = q.value(10).toInt() != 0;
        QList<RankingApplication> &apps = (*out)[c].input.applications;
        placeOf.insert(a.id, {c, static_cast<int>(apps.size())});
        apps.append(std::move(a));
    }

    // One pass over the submitted reviews; reviewers become dense indices per call, so no
    // identity travels further.
    if (one) {
        q.prepare(u"SELECT r.application_id, r.reviewer_id, r.total FROM reviews r "
                  "JOIN applications a ON a.id = r.application_id "
                  "WHERE a.call_id = ? AND r.deleted = 0 AND r.status = 'submitted' "
                  "AND r.total IS NOT NULL"_s);
        q.addBindValue(callId);
    } else {
        q.prepare(u"SELECT application_id, reviewer_id, total FROM reviews "
                  "WHERE deleted = 0 AND status = 'submitted' AND total IS NOT NULL"_s);
    }
    if (!q.exec()) {
        *error = readFailed(q);
        return false;
    }
    QList<QHash<QString, int>> reviewers(out->size());
    while (q.next()) {
        const auto it = placeOf.constFind(q.value(0).toString());
        if (it == placeOf.cend())
            continue;
        QHash<QString, int> &ids = reviewers[it->call];
        const QString reviewer = q.value(1).toString();
        auto r = ids.constFind(reviewer);
        if (r == ids.cend())
            r = ids.insert(reviewer, static_cast<int>(ids.size()));
        (*out)[it->call].input.reviews.append({it->application, *r, q.value(2).toDouble()});
    }
    return true;
}

// The score that orders a ranking, for the reasons.
double scoreBy(const ApplicationScore &s, RankBy by)
{
    return by == RankBy::Normalised ? s.normalised : s.raw;
}

} // namespace

bool SelectionRepository::poolCommitments(const QSqlDatabase &db, QHash<QString, int> *committed,
                                          QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT ca.pool_id, sum(coalesce(a.granted_nodes, a.requested_nodes)) "
                "FROM applications a JOIN call_accelerators ca ON ca.call_id = a.call_id "
                "AND ca.accelerator_type_id = a.accelerator_type_id AND ca.deleted = 0 "
                "WHERE a.deleted = 0 AND a.status IN ('selected', 'allocated', 'active') "
                "AND ca.pool_id IS NOT NULL GROUP BY ca.pool_id"_s)) {
        *error = readFailed(q);
        return false;
    }
    committed->clear();
    while (q.next())
        committed->insert(q.value(0).toString(), q.value(1).toInt());
    return true;
}

QList<PoolCapacity> SelectionRepository::poolCapacities(const QSqlDatabase &db, QString *error)
{
    QHash<QString, int> committed;
    if (!poolCommitments(db, &committed, error))
        return {};
    QList<PoolCapacity> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, code, capacity_nodes FROM pools WHERE deleted = 0 ORDER BY code"_s)) {
        *error = readFailed(q);
        return {};
    }
    while (q.next()) {
        const QString id = q.value(0).toString();
        out.append({id, q.value(1).toString(), q.value(2).toInt(), committed.value(id)});
    }
    return out;
}

std::optional<CallSelectionInput> SelectionRepository::load(const QString &callId,
                                                            QString *error) const
{
    if (callId.isEmpty()) {
        *error = Text::tr("No call is chosen.");
        return std::nullopt;
    }
    QList<CallSelectionInput> calls;
    if (!loadCalls(m_store.db(), callId, &calls, error))
        return std::nullopt;
    return calls.value(0);
}

QList<CallSelectionInput> SelectionRepository::loadAll(QString *error) const
{
    QList<CallSelectionInput> calls;
    if (!loadCalls(m_store.db(), QString(), &calls, error))
        return {};
    return calls;
}

bool SelectionRepository::applyProposal(const CallSelectionInput &call,
                                        const QList<ApplicationScore> &scores,
                                        const TypeSelection &selection, QString *error)
{
    if (selection.proposal.decisions.isEmpty()) {
        *error = Text::tr("There is nothing to decide: no ranked application is still under "
                          "review.");
        return false;
    }
    QList<ApplicationRepository::Move> moves;
    moves.reserve(selection.proposal.decisions.size());
    for (const ProposedDecision &d : selection.proposal.decisions) {
        ApplicationRepository::Move m;
        m.id = call.input.applications[d.application].id;
        m.to = selectionDecisionStatus(d.decision);
        m.reason = proposalReason(d, selection.proposal.rankedCount,
                                  scoreBy(scores[d.application], selection.ranking.by));
        if (d.decision == SelectionDecision::Select) {
            m.grant = ApplicationRepository::Grant::Set;
            m.grantedNodes = d.nodes;
        }
        moves.append(m);
    }
    return ApplicationRepository(m_store).transitionAll(moves, error);
}

bool SelectionRepository::overrideDecision(const QString &applicationId, SelectionDecision decision,
                                           int nodes, const QString &reason, QString *error)
{
    if (reason.trimmed().isEmpty()) {
        *error = Text::tr("An override needs a reason; write why the decision departs from the "
                          "ranking.");
        return false;
    }
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT code, status, requested_nodes FROM applications "
              "WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(applicationId);
    if (!q.exec()) {
        *error = readFailed(q);
        return false;
    }
    if (!q.next()) {
        *error = Text::tr("The application no longer exists.");
        return false;
    }
    const QString code = q.value(0).toString();
    const auto status = statusFromKey(q.value(1).toString());
    const int requested = q.value(2).toInt();
    using S = ApplicationStatus;
    if (!status || !(*status == S::UnderReview || *status == S::Selected ||
                     *status == S::Waitlisted || *status == S::Rejected)) {
        *error = Text::tr("%1 is %2: only applications under review, selected, waitlisted or "
                          "rejected can be overridden here.")
                     .arg(code, status ? statusLabel(*status) : q.value(1).toString());
        return false;
    }
    ApplicationRepository::Move m;
    m.id = applicationId;
    m.to = selectionDecisionStatus(decision);
    m.reason = reason.trimmed();
    m.decidedByOverride = true;
    if (decision == SelectionDecision::Select) {
        if (nodes < 1 || nodes > requested) {
            *error =
                Text::tr("%1 requested %2 nodes: grant between 1 and %2.").arg(code).arg(requested);
            return false;
        }
        m.grant = ApplicationRepository::Grant::Set;
        m.grantedNodes = nodes;
    } else {
        m.grant = ApplicationRepository::Grant::Clear;
    }
    return ApplicationRepository(m_store).transitionAll({m}, error);
}

bool SelectionRepository::promote(const CallSelectionInput &call,
                                  const QList<ApplicationScore> &scores,
                                  const TypeSelection &selection, QString *error)
{
    if (!selection.promotion) {
        *error = Text::tr("No waitlisted application fits in the nodes left.");
        return false;
    }
    const PromotionProposal &p = *selection.promotion;
    ApplicationRepository::Move m;
    m.id = call.input.applications[p.application].id;
    m.to = ApplicationStatus::Selected;
    m.reason = promotionReason(p, selection.ranking.rankedCount,
                               scoreBy(scores[p.application], selection.ranking.by));
    m.grant = ApplicationRepository::Grant::Set;
    m.grantedNodes = p.nodes;
    // Promoted by the ranking's rule: no longer an officer's decision against it.
    m.decidedByOverride = false;
    return ApplicationRepository(m_store).transitionAll({m}, error);
}

QHash<QString, QString> SelectionRepository::overrideReasons(const QString &callId) const
{
    QHash<QString, QString> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    // Allocation and later moves never go to these statuses, so the latest such entry is the
    // decision itself.
    q.prepare(u"SELECT h.application_id, h.reason FROM application_status_history h "
              "JOIN applications a ON a.id = h.application_id "
              "WHERE a.call_id = ? AND a.decided_by_override = 1 AND h.deleted = 0 "
              "AND h.to_status IN ('selected', 'waitlisted', 'rejected') "
              "ORDER BY h.changed_at, h.rowid"_s);
    q.addBindValue(callId);
    if (q.exec()) {
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    }
    return out;
}

bool SelectionRepository::writePanelSheet(QIODevice *out, const CallSelectionInput &call, RankBy by,
                                          QString *error) const
{
    const QList<ApplicationScore> scores = scoreApplications(call.input);
    const QHash<QString, QString> reasons = overrideReasons(call.callId);
    const int required = call.input.reviewersPerApplication;
    auto number = [](double v) { return QString::number(v, 'f', 1); };

    CsvWriter csv(out);
    csv.writeRow({Text::tr("Call"),
                  Text::tr("Accelerator type"),
                  Text::tr("Rank"),
                  Text::tr("Raw rank"),
                  Text::tr("Raw score"),
                  Text::tr("Normalised rank"),
                  Text::tr("Normalised score"),
                  Text::tr("Lowest review"),
                  Text::tr("Highest review"),
                  Text::tr("Standard deviation"),
                  Text::tr("Reviews submitted"),
                  Text::tr("Reviews required"),
                  Text::tr("Flag"),
                  Text::tr("Code"),
                  Text::tr("Title"),
                  Text::tr("Organisation"),
                  Text::tr("Nodes requested"),
                  Text::tr("Current status"),
                  Text::tr("Proposed decision"),
                  Text::tr("Granted nodes"),
                  Text::tr("Override reason")});
    for (const SelectionType &type : call.types) {
        const TypeSelection sel = selectType(call, scores, type, by);
        QHash<int, const ProposedDecision *> proposed;
        for (const ProposedDecision &d : sel.proposal.decisions)
            proposed.insert(d.application, &d);
        for (const RankedRow &row : sel.ranking.rows) {
            const RankingApplication &a = call.input.applications[row.application];
            const ApplicationScore &s = scores[row.application];
            const bool reviewed = s.reviews > 0;
            const ProposedDecision *d = proposed.value(row.application);
            const int rank = sel.ranking.rankOf(row);
            csv.writeRow({call.callCode,
                          type.typeCode,
                          rank ? QString::number(rank) : QString(),
                          row.rawRank ? QString::number(row.rawRank) : QString(),
                          reviewed ? number(s.raw) : QString(),
                          row.normalisedRank ? QString::number(row.normalisedRank) : QString(),
                          reviewed ? number(s.normalised) : QString(),
                          reviewed ? number(s.minRaw) : QString(),
                          reviewed ? number(s.maxRaw) : QString(),
                          reviewed ? number(s.sdRaw) : QString(),
                          QString::number(s.reviews),
                          QString::number(required),
                          row.tooFewReviews ? Text::tr("Fewer reviews than required") : QString(),
                          a.code,
                          a.title,
                          a.organization,
                          QString::number(a.requestedNodes),
                          statusLabel(a.status),
                          d ? selectionDecisionLabel(d->decision) : QString(),
                          a.grantedNodes ? QString::number(*a.grantedNodes) : QString(),
                          a.decidedByOverride ? reasons.value(a.id) : QString()});
        }
    }
    if (!csv.ok()) {
        *error = Text::tr("The panel sheet could not be written; check that the disk has room "
                          "and the file is not open in another program.");
        return false;
    }
    return true;
}

} // namespace gpudesk
