// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewPanelRepository.h"

#include "AuditLog.h"
#include "CallRepository.h"
#include "Store.h"
#include "domain/DisplayLanguage.h"
#include "domain/Review.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPanelRepository)
};

// Interns strings into dense indexes while loading, so the planner never hashes a string.
class Interner
{
public:
    int operator()(const QString &s)
    {
        if (s.isEmpty())
            return -1;
        const auto it = m_index.constFind(s);
        if (it != m_index.cend())
            return *it;
        const int i = int(m_values.size());
        m_index.insert(s, i);
        m_values.append(s);
        return i;
    }
    int find(const QString &s) const { return s.isEmpty() ? -1 : m_index.value(s, -1); }
    const QStringList &values() const { return m_values; }

private:
    QHash<QString, int> m_index;
    QStringList m_values;
};

bool audit(Store &store, QSqlDatabase &db, const QString &action, const QString &entity,
           const QString &entityId, const QJsonObject &details, QString *error)
{
    return AuditLog::append(db, store.currentUserId(), action, entity, entityId, details, error);
}

bool failed(const QSqlQuery &q, const QString &what, QString *error)
{
    *error =
        Text::tr("%1 failed; nothing was changed. Details: %2").arg(what, q.lastError().text());
    return false;
}

// The active assignments of each reviewer in a call: what "load" means everywhere here.
const QString kActive = u"('assigned', 'accepted')"_s;

} // namespace

QList<PanelReviewer> ReviewPanelRepository::reviewers(const QString &callId) const
{
    QList<PanelReviewer> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT r.id, r.name, r.email, r.affiliation, r.title, "
              "EXISTS (SELECT 1 FROM panel_members p WHERE p.call_id = :call "
              "  AND p.reviewer_id = r.id AND p.deleted = 0), "
              "(SELECT count(*) FROM review_assignments ra JOIN applications a "
              "  ON a.id = ra.application_id WHERE ra.reviewer_id = r.id AND a.call_id = :call "
              "  AND ra.deleted = 0 AND a.deleted = 0 AND ra.status IN "_s +
              kActive +
              u"), "
              "(SELECT group_concat(CASE WHEN :english AND f.name_en <> '' THEN f.name_en "
              "  ELSE f.name_ko END, ', ') FROM reviewer_fields rf JOIN fields f "
              "  ON f.id = rf.field_id WHERE rf.reviewer_id = r.id AND rf.deleted = 0) "
              "FROM reviewers r WHERE r.deleted = 0 ORDER BY r.name, r.id"_s);
    q.bindValue(u":call"_s, callId);
    q.bindValue(u":english"_s, DisplayLanguage::isEnglish());
    if (!q.exec())
        return out;
    while (q.next()) {
        PanelReviewer r;
        r.id = q.value(0).toString();
        r.name = q.value(1).toString();
        r.email = q.value(2).toString();
        r.affiliation = q.value(3).toString();
        r.title = q.value(4).toString();
        r.inPanel = q.value(5).toBool();
        r.load = q.value(6).toInt();
        const QString fields = q.value(7).toString();
        if (!fields.isEmpty())
            r.fields = fields.split(u", "_s);
        out.append(r);
    }
    return out;
}

bool ReviewPanelRepository::addMembers(const QString &callId, const QStringList &reviewerIds,
                                       QString *error)
{
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            const qint64 now = Store::nowMs();
            QSqlQuery q(db);
            for (const QString &rid : reviewerIds) {
                // The (call, reviewer) pair is unique even among tombstones: a member removed
                // earlier comes back by clearing the tombstone, keeping the row's id.
                q.prepare(u"UPDATE panel_members SET deleted = 0, updated_at = ?, updated_by = ? "
                          "WHERE call_id = ? AND reviewer_id = ? AND deleted = 1"_s);
                q.addBindValue(now);
                q.addBindValue(m_store.currentUserId());
                q.addBindValue(callId);
                q.addBindValue(rid);
                if (!q.exec())
                    return failed(q, Text::tr("Adding the reviewer to the panel"), err);
                if (q.numRowsAffected() > 0)
                    continue;
                q.prepare(u"INSERT OR IGNORE INTO panel_members (id, updated_at, updated_by, "
                          "call_id, reviewer_id) VALUES (?, ?, ?, ?, ?)"_s);
                for (const QVariant &v :
                     {QVariant(Store::newId()), QVariant(now), QVariant(m_store.currentUserId()),
                      QVariant(callId), QVariant(rid)})
                    q.addBindValue(v);
                if (!q.exec())
                    return failed(q, Text::tr("Adding the reviewer to the panel"), err);
            }
            changed << u"panel_members"_s;
            return true;
        },
        error);
}

bool ReviewPanelRepository::removeMembers(const QString &callId, const QStringList &reviewerIds,
                                          QString *error)
{
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            QSqlQuery q(db);
            for (const QString &rid : reviewerIds) {
                q.prepare(u"SELECT r.name, count(ra.id) FROM reviewers r "
                          "LEFT JOIN review_assignments ra ON ra.reviewer_id = r.id "
                          "AND ra.deleted = 0 AND ra.status IN "_s +
                          kActive +
                          u" AND ra.application_id IN (SELECT id FROM applications "
                          "WHERE call_id = ? AND deleted = 0) WHERE r.id = ? GROUP BY r.id"_s);
                q.addBindValue(callId);
                q.addBindValue(rid);
                if (!q.exec())
                    return failed(q, Text::tr("Removing the reviewer from the panel"), err);
                if (q.next() && q.value(1).toInt() > 0) {
                    *err = Text::tr("%1 still has %n active assignment(s) in this call. Withdraw "
                                    "them first, then remove the reviewer from the panel.",
                                    nullptr, q.value(1).toInt())
                               .arg(q.value(0).toString());
                    return false;
                }
                q.prepare(u"UPDATE panel_members SET deleted = 1, updated_at = ?, updated_by = ? "
                          "WHERE call_id = ? AND reviewer_id = ? AND deleted = 0"_s);
                q.addBindValue(Store::nowMs());
                q.addBindValue(m_store.currentUserId());
                q.addBindValue(callId);
                q.addBindValue(rid);
                if (!q.exec())
                    return failed(q, Text::tr("Removing the reviewer from the panel"), err);
            }
            changed << u"panel_members"_s;
            return true;
        },
        error);
}

QList<AssignableApplication>
ReviewPanelRepository::applicationsUnderReview(const QString &callId) const
{
    QList<AssignableApplication> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    // Titles, organisations and fields in the language of the window, where the data has it.
    q.prepare(u"SELECT a.id, a.code, CASE WHEN :english AND a.title_en <> '' THEN a.title_en "
              "ELSE a.title END, CASE WHEN :english AND o.name_en <> '' THEN o.name_en "
              "ELSE coalesce(o.name, '') END, CASE WHEN :english AND f.name_en <> '' THEN "
              "f.name_en ELSE coalesce(f.name_ko, '') END, "
              "(SELECT count(*) FROM review_assignments ra WHERE ra.application_id = a.id "
              "  AND ra.deleted = 0 AND ra.status IN "_s +
              kActive +
              u"), (SELECT count(*) FROM review_assignments ra WHERE ra.application_id = a.id "
              "  AND ra.deleted = 0 AND ra.status IN ('declined', 'conflict')) "
              "FROM applications a LEFT JOIN organizations o ON o.id = a.organization_id "
              "LEFT JOIN fields f ON f.id = a.field_id "
              "WHERE a.call_id = :call AND a.status = 'under_review' AND a.deleted = 0 "
              "ORDER BY a.code"_s);
    q.bindValue(u":call"_s, callId);
    q.bindValue(u":english"_s, DisplayLanguage::isEnglish());
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toInt(),
                    q.value(6).toInt()});
    return out;
}

AssignmentData ReviewPanelRepository::loadAssignmentInput(const QString &callId,
                                                          const LoadOptions &options) const
{
    AssignmentData d;
    QSqlDatabase db = m_store.db();
    if (const auto settings = CallRepository(db).reviewSettings(callId))
        d.input.perApplication = settings->reviewersPerApplication;
    Interner orgs, emails, fields;
    QHash<QString, int> reviewerIndex, appIndex;
    QSqlQuery q(db);
    q.setForwardOnly(true);

    if (options.wholeProfile) {
        q.prepare(u"SELECT id, name, organization_id, lower(email) FROM reviewers "
                  "WHERE deleted = 0 ORDER BY name, id"_s);
    } else {
        q.prepare(u"SELECT r.id, r.name, r.organization_id, lower(r.email) FROM panel_members p "
                  "JOIN reviewers r ON r.id = p.reviewer_id WHERE p.call_id = ? AND p.deleted = 0 "
                  "AND r.deleted = 0 ORDER BY r.name, r.id"_s);
        q.addBindValue(callId);
    }
    if (q.exec()) {
        while (q.next()) {
            AssignmentReviewer r;
            r.org = orgs(q.value(2).toString());
            r.email = emails(q.value(3).toString());
            reviewerIndex.insert(q.value(0).toString(), int(d.reviewerIds.size()));
            d.reviewerIds.append(q.value(0).toString());
            d.reviewerNames.append(q.value(1).toString());
            d.input.reviewers.append(r);
        }
    }
    q.prepare(u"SELECT reviewer_id, field_id FROM reviewer_fields WHERE deleted = 0"_s);
    if (q.exec()) {
        while (q.next()) {
            const int r = reviewerIndex.value(q.value(0).toString(), -1);
            if (r >= 0)
                d.input.reviewers[r].fields.append(fields(q.value(1).toString()));
        }
    }
    q.prepare(u"SELECT reviewer_id, organization_id FROM reviewer_conflicts WHERE deleted = 0"_s);
    if (q.exec()) {
        while (q.next()) {
            const int r = reviewerIndex.value(q.value(0).toString(), -1);
            if (r >= 0)
                d.input.reviewers[r].conflictOrgs.append(orgs(q.value(1).toString()));
        }
    }

    const QString appScope =
        options.wholeProfile
            ? u"a.deleted = 0"_s
            : u"a.call_id = :call AND a.status = 'under_review' AND a.deleted = 0"_s;
    q.prepare(u"SELECT a.id, a.code, a.organization_id, a.field_id, lower(a.pi_email) "
              "FROM applications a WHERE "_s +
              appScope + u" ORDER BY a.code"_s);
    q.bindValue(u":call"_s, callId);
    if (q.exec()) {
        while (q.next()) {
            AssignmentApplication a;
            a.org = orgs(q.value(2).toString());
            a.field = fields(q.value(3).toString());
            // Only e-mails that belong to a reviewer can ever exclude anyone.
            const int pi = emails.find(q.value(4).toString());
            if (pi >= 0)
                a.namedEmails.append(pi);
            appIndex.insert(q.value(0).toString(), int(d.applicationIds.size()));
            d.applicationIds.append(q.value(0).toString());
            d.applicationCodes.append(q.value(1).toString());
            d.input.applications.append(a);
        }
    }
    // People named in the applications, narrowed in SQL to the e-mails reviewers use.
    q.prepare(u"SELECT p.application_id, lower(p.email) FROM application_people p "
              "JOIN applications a ON a.id = p.application_id WHERE "_s +
              appScope +
              u" AND p.deleted = 0 AND lower(p.email) IN (SELECT lower(email) FROM reviewers "
              "WHERE deleted = 0 AND email <> '')"_s);
    q.bindValue(u":call"_s, callId);
    if (q.exec()) {
        while (q.next()) {
            const int a = appIndex.value(q.value(0).toString(), -1);
            const int e = emails.find(q.value(1).toString());
            if (a >= 0 && e >= 0 && !d.input.applications[a].namedEmails.contains(e))
                d.input.applications[a].namedEmails.append(e);
        }
    }

    if (!options.ignoreExisting) {
        // Load counts every active assignment in the call, not only those of the applications
        // being filled now.
        q.prepare(
            u"SELECT ra.application_id, ra.reviewer_id, ra.status FROM review_assignments ra "
            "JOIN applications a ON a.id = ra.application_id WHERE ra.deleted = 0 AND "_s +
            (options.wholeProfile ? u"a.deleted = 0"_s : u"a.call_id = :call AND a.deleted = 0"_s));
        q.bindValue(u":call"_s, callId);
        if (q.exec()) {
            while (q.next()) {
                const int r = reviewerIndex.value(q.value(1).toString(), -1);
                const auto status = assignmentStatusFromKey(q.value(2).toString());
                if (r < 0 || !status)
                    continue;
                if (isActiveAssignment(*status))
                    ++d.input.reviewers[r].load;
                const int a = appIndex.value(q.value(0).toString(), -1);
                if (a < 0)
                    continue;
                AssignmentApplication &app = d.input.applications[a];
                switch (*status) {
                case AssignmentStatus::Assigned:
                case AssignmentStatus::Accepted:
                    app.active.append(r);
                    break;
                case AssignmentStatus::Declined:
                    app.declined.append(r);
                    break;
                case AssignmentStatus::Conflict:
                    app.conflicts.append(r);
                    break;
                }
            }
        }
    }
    d.orgIds = orgs.values();
    return d;
}

QString ReviewPanelRepository::organizationName(const QString &orgId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT name FROM organizations WHERE id = ?"_s);
    q.addBindValue(orgId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QList<QList<ReviewerEligibility>>
ReviewPanelRepository::eligibility(const QString &callId, const QStringList &applicationIds) const
{
    const AssignmentData d = loadAssignmentInput(callId);
    QHash<QString, QString> orgNames;
    QList<QList<ReviewerEligibility>> out;
    for (const QString &appId : applicationIds) {
        QList<ReviewerEligibility> row;
        const int a = int(d.applicationIds.indexOf(appId));
        for (int r = 0; r < d.reviewerIds.size(); ++r) {
            ReviewerEligibility e;
            e.reviewerId = d.reviewerIds[r];
            if (a < 0) {
                row.append(e);
                continue;
            }
            const AssignmentApplication &app = d.input.applications[a];
            e.reason = exclusionOf(d.input, a, r);
            e.fieldMatch = app.field >= 0 && d.input.reviewers[r].fields.contains(app.field);
            QString orgName;
            if (e.reason == Exclusion::DeclaredOrganisation) {
                const QString orgId = d.orgIds.value(app.org);
                if (!orgNames.contains(orgId))
                    orgNames.insert(orgId, organizationName(orgId));
                orgName = orgNames.value(orgId);
            }
            e.reasonText = exclusionLabel(e.reason, orgName);
            row.append(e);
        }
        out.append(row);
    }
    return out;
}

bool ReviewPanelRepository::writePlan(const QString &callId, const AssignmentData &data,
                                      const AssignmentPlan &plan, const QString &auditAction,
                                      QString *error)
{
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            const qint64 now = Store::nowMs();
            QSqlQuery q(db);
            q.prepare(
                u"INSERT INTO review_assignments (id, updated_at, updated_by, application_id, "
                "reviewer_id, status, assigned_at) VALUES (?, ?, ?, ?, ?, 'assigned', ?)"_s);
            for (const PlannedAssignment &p : plan.assignments) {
                q.bindValue(0, Store::newId());
                q.bindValue(1, now);
                q.bindValue(2, m_store.currentUserId());
                q.bindValue(3, data.applicationIds[p.application]);
                q.bindValue(4, data.reviewerIds[p.reviewer]);
                q.bindValue(5, now);
                if (!q.exec())
                    return failed(q, Text::tr("Writing the assignments"), err);
            }
            const QJsonObject details{{u"assignments"_s, int(plan.assignments.size())},
                                      {u"shortfalls"_s, int(plan.shortfalls.size())},
                                      {u"min_load"_s, plan.minLoad},
                                      {u"max_load"_s, plan.maxLoad}};
            if (!audit(m_store, db, auditAction, u"call"_s, callId, details, err))
                return false;
            changed << u"review_assignments"_s << u"audit_log"_s;
            return true;
        },
        error);
}

bool ReviewPanelRepository::fill(const QString &callId, bool onlyDeclined, AutoAssignReport *report,
                                 QString *error)
{
    AssignmentData d = loadAssignmentInput(callId);
    if (d.input.reviewers.isEmpty()) {
        *error = Text::tr("The call has no panel yet. Add reviewers to the panel first.");
        return false;
    }
    if (onlyDeclined) {
        // Keep every reviewer and load; drop the applications that lost nobody.
        AssignmentData kept = d;
        kept.input.applications.clear();
        kept.applicationIds.clear();
        kept.applicationCodes.clear();
        for (int a = 0; a < d.input.applications.size(); ++a) {
            const AssignmentApplication &app = d.input.applications[a];
            if (app.declined.isEmpty() && app.conflicts.isEmpty())
                continue;
            kept.input.applications.append(app);
            kept.applicationIds.append(d.applicationIds[a]);
            kept.applicationCodes.append(d.applicationCodes[a]);
        }
        d = std::move(kept);
    }
    const AssignmentPlan plan = planAssignments(d.input);
    if (!writePlan(callId, d, plan, onlyDeclined ? u"reassign"_s : u"auto_assign"_s, error))
        return false;
    AutoAssignReport r;
    r.applications = int(d.input.applications.size());
    r.created = int(plan.assignments.size());
    r.fieldMatches = plan.fieldMatches;
    r.minLoad = plan.minLoad;
    r.maxLoad = plan.maxLoad;
    r.balanced = plan.balanced;
    QHash<QString, QString> titles;
    if (!plan.shortfalls.isEmpty()) {
        for (const AssignableApplication &app : applicationsUnderReview(callId))
            titles.insert(app.id, app.title);
    }
    for (const AssignmentShortfall &s : plan.shortfalls) {
        const QString id = d.applicationIds[s.application];
        r.shortfalls.append(
            {id, d.applicationCodes[s.application], titles.value(id), s.missing, s.eligible});
    }
    if (report)
        *report = r;
    return true;
}

bool ReviewPanelRepository::autoAssign(const QString &callId, AutoAssignReport *report,
                                       QString *error)
{
    return fill(callId, false, report, error);
}

bool ReviewPanelRepository::reassignDeclined(const QString &callId, AutoAssignReport *report,
                                             QString *error)
{
    return fill(callId, true, report, error);
}

bool ReviewPanelRepository::assignByHand(const QString &callId, const QStringList &applicationIds,
                                         const QStringList &reviewerIds, HandAssignResult *result,
                                         QString *error)
{
    AssignmentData d = loadAssignmentInput(callId);
    HandAssignResult r;
    AssignmentPlan plan;
    QHash<QString, QString> names;
    {
        QSqlQuery q(m_store.db());
        q.setForwardOnly(true);
        if (q.exec(u"SELECT id, name FROM reviewers"_s)) {
            while (q.next())
                names.insert(q.value(0).toString(), q.value(1).toString());
        }
    }
    QHash<QString, QString> codes;
    for (int a = 0; a < d.applicationIds.size(); ++a)
        codes.insert(d.applicationIds[a], d.applicationCodes[a]);
    for (const QString &appId : applicationIds) {
        const int a = int(d.applicationIds.indexOf(appId));
        for (const QString &rid : reviewerIds) {
            const int rv = int(d.reviewerIds.indexOf(rid));
            const QString who = names.value(rid, rid);
            if (a < 0) {
                r.skipped << Text::tr("%1, %2: the application is not under review in this call")
                                 .arg(appId, who);
                continue;
            }
            const QString code = d.applicationCodes[a];
            if (rv < 0) {
                r.skipped << Text::tr("%1, %2: not on the call's panel").arg(code, who);
                continue;
            }
            const Exclusion e = exclusionOf(d.input, a, rv);
            if (e != Exclusion::None) {
                const QString org =
                    e == Exclusion::DeclaredOrganisation
                        ? organizationName(d.orgIds.value(d.input.applications[a].org))
                        : QString();
                r.skipped << Text::tr("%1, %2: %3").arg(code, who, exclusionLabel(e, org));
                continue;
            }
            AssignmentApplication &app = d.input.applications[a];
            plan.assignments.append({a, rv, false});
            app.active.append(rv); // a repeat within the same selection is a duplicate too
        }
    }
    if (!plan.assignments.isEmpty() && !writePlan(callId, d, plan, u"assign_by_hand"_s, error))
        return false;
    r.created = int(plan.assignments.size());
    if (result)
        *result = r;
    return true;
}

QStringList ReviewPanelRepository::activeAssignmentIds(const QStringList &applicationIds,
                                                       const QStringList &reviewerIds) const
{
    QStringList out;
    const QSet<QString> reviewers(reviewerIds.cbegin(), reviewerIds.cend());
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, reviewer_id FROM review_assignments WHERE application_id = ? "
              "AND deleted = 0 AND status IN "_s +
              kActive);
    for (const QString &app : applicationIds) {
        q.addBindValue(app);
        if (!q.exec())
            continue;
        while (q.next()) {
            if (reviewers.contains(q.value(1).toString()))
                out << q.value(0).toString();
        }
    }
    return out;
}

bool ReviewPanelRepository::withdrawAssignment(const QString &assignmentId, QString *error)
{
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            QSqlQuery q(db);
            q.prepare(u"SELECT ra.status, coalesce(rv.status, ''), a.code, r.name "
                      "FROM review_assignments ra JOIN applications a ON a.id = ra.application_id "
                      "JOIN reviewers r ON r.id = ra.reviewer_id LEFT JOIN reviews rv "
                      "ON rv.assignment_id = ra.id AND rv.deleted = 0 "
                      "WHERE ra.id = ? AND ra.deleted = 0"_s);
            q.addBindValue(assignmentId);
            if (!q.exec())
                return failed(q, Text::tr("Withdrawing the assignment"), err);
            if (!q.next()) {
                *err = Text::tr("The assignment no longer exists; refresh the view.");
                return false;
            }
            const QString reviewStatus = q.value(1).toString();
            const QString code = q.value(2).toString();
            const QString name = q.value(3).toString();
            if (reviewStatus == u"submitted"_s || reviewStatus == u"reopened"_s) {
                *err = Text::tr("%1 has already submitted a review of %2, so the assignment "
                                "cannot be withdrawn. Reopen the review instead if it needs "
                                "changes.")
                           .arg(name, code);
                return false;
            }
            const qint64 now = Store::nowMs();
            for (const QString &sql :
                 {u"UPDATE review_assignments SET deleted = 1, updated_at = ?, updated_by = ? "
                  "WHERE id = ?"_s,
                  u"UPDATE reviews SET deleted = 1, updated_at = ?, updated_by = ? "
                  "WHERE assignment_id = ? AND deleted = 0"_s}) {
                q.prepare(sql);
                q.addBindValue(now);
                q.addBindValue(m_store.currentUserId());
                q.addBindValue(assignmentId);
                if (!q.exec())
                    return failed(q, Text::tr("Withdrawing the assignment"), err);
            }
            if (!audit(m_store, db, u"assignment_withdraw"_s, u"review_assignment"_s, assignmentId,
                       {{u"application"_s, code}, {u"reviewer"_s, name}}, err))
                return false;
            changed << u"review_assignments"_s << u"reviews"_s << u"audit_log"_s;
            return true;
        },
        error);
}

bool ReviewPanelRepository::reopenReview(const QString &reviewId, const QString &reason,
                                         QString *error)
{
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        if (error)
            *error = Text::tr("Reopening a submitted review needs a reason; the reviewer will "
                              "see it.");
        return false;
    }
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            QSqlQuery q(db);
            q.prepare(u"SELECT status FROM reviews WHERE id = ? AND deleted = 0"_s);
            q.addBindValue(reviewId);
            if (!q.exec())
                return failed(q, Text::tr("Reopening the review"), err);
            if (!q.next()) {
                *err = Text::tr("The review no longer exists; refresh the view.");
                return false;
            }
            const QString from = q.value(0).toString();
            if (from != u"submitted"_s) {
                *err = Text::tr("Only a submitted review can be reopened; this one is %1.")
                           .arg(reviewStatusFromKey(from)
                                    ? reviewStatusLabel(*reviewStatusFromKey(from))
                                    : from);
                return false;
            }
            const qint64 now = Store::nowMs();
            q.prepare(u"UPDATE reviews SET status = 'reopened', reopen_reason = ?, updated_at = ?, "
                      "updated_by = ? WHERE id = ?"_s);
            q.addBindValue(why);
            q.addBindValue(now);
            q.addBindValue(m_store.currentUserId());
            q.addBindValue(reviewId);
            if (!q.exec())
                return failed(q, Text::tr("Reopening the review"), err);
            if (!audit(m_store, db, u"review_reopen"_s, u"review"_s, reviewId,
                       {{u"from"_s, from}, {u"to"_s, u"reopened"_s}, {u"reason"_s, why}}, err))
                return false;
            changed << u"reviews"_s << u"audit_log"_s;
            return true;
        },
        error);
}

} // namespace gpudesk
