// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewerWorkspace.h"

#include "CallRepository.h"
#include "Store.h"
#include "domain/DisplayLanguage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

// The translation context lupdate and the runtime agree on.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReviewerWorkspace)
};

QString pledgeHash(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// The roles an application names its people with; an unknown one shows as it was written.
QString personRole(const QString &key)
{
    if (key == u"co_investigator"_s)
        return Text::tr("co-investigator");
    if (key == u"member"_s)
        return Text::tr("member");
    if (key == u"contact"_s)
        return Text::tr("contact");
    return key;
}

QString notAReviewer()
{
    return Text::tr("This user is not linked to a reviewer. Ask the program officer to add you "
                    "to the reviewer list.");
}

QString notYours()
{
    return Text::tr("This application is not assigned to you. Choose one from your assignment "
                    "list.");
}

QString storageError(const QSqlQuery &q)
{
    return Text::tr("The profile could not record the change (%1). Try again; if it keeps "
                    "failing, restart gpudesk.")
        .arg(q.lastError().text());
}

// One assignment of this reviewer as every check needs it, read in one query.
struct Access
{
    QString applicationId;
    QString code;
    AssignmentStatus status = AssignmentStatus::Assigned;
    QString callId;
    QString callCode;
    bool panelClosed = false;
    bool pledgeAccepted = false;
};

std::optional<Access> loadAccess(const QSqlDatabase &db, const QString &reviewerId,
                                 const QString &assignmentId)
{
    if (reviewerId.isEmpty())
        return std::nullopt;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT ra.application_id, a.code, ra.status, a.call_id, c.code, "
              "c.panel_closed_at IS NOT NULL, c.pledge_text, "
              "(SELECT p.pledge_text_sha256 FROM pledges p WHERE p.call_id = a.call_id "
              " AND p.reviewer_id = ra.reviewer_id AND p.deleted = 0) "
              "FROM review_assignments ra JOIN applications a ON a.id = ra.application_id "
              "JOIN calls c ON c.id = a.call_id "
              "WHERE ra.id = ? AND ra.reviewer_id = ? AND ra.deleted = 0 AND a.deleted = 0"_s);
    q.addBindValue(assignmentId);
    q.addBindValue(reviewerId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Access a;
    a.applicationId = q.value(0).toString();
    a.code = q.value(1).toString();
    a.status = assignmentStatusFromKey(q.value(2).toString()).value_or(AssignmentStatus::Assigned);
    a.callId = q.value(3).toString();
    a.callCode = q.value(4).toString();
    a.panelClosed = q.value(5).toBool();
    const QVariant accepted = q.value(7);
    a.pledgeAccepted =
        !accepted.isNull() && accepted.toString() == pledgeHash(q.value(6).toString());
    return a;
}

enum class Need
{
    Open,
    OpenAndPledged,
    Writable,
    WritableAndPledged
};

// The gate every read and write of an assignment passes, with the message that says what to do.
std::optional<Access> checkAccess(const QSqlDatabase &db, const QString &reviewerId,
                                  const QString &assignmentId, Need need, QString *error)
{
    if (reviewerId.isEmpty()) {
        *error = notAReviewer();
        return std::nullopt;
    }
    auto a = loadAccess(db, reviewerId, assignmentId);
    if (!a) {
        *error = notYours();
        return std::nullopt;
    }
    if (a->status == AssignmentStatus::Declined) {
        *error =
            Text::tr("You declined application %1; it is no longer yours to review.").arg(a->code);
        return std::nullopt;
    }
    if (a->status == AssignmentStatus::Conflict) {
        *error = Text::tr("You declared a conflict of interest with application %1; it is no "
                          "longer yours to review.")
                     .arg(a->code);
        return std::nullopt;
    }
    const bool writing = need == Need::Writable || need == Need::WritableAndPledged;
    if (a->panelClosed) {
        *error = writing ? Text::tr("The panel of call %1 is closed: its reviews can no longer "
                                    "be changed.")
                               .arg(a->callCode)
                         : Text::tr("The panel of call %1 is closed: its applications are no "
                                    "longer available to reviewers.")
                               .arg(a->callCode);
        return std::nullopt;
    }
    const bool pledge = need == Need::OpenAndPledged || need == Need::WritableAndPledged;
    if (pledge && !a->pledgeAccepted) {
        *error = Text::tr("Accept the confidentiality pledge of call %1 before you open its "
                          "applications.")
                     .arg(a->callCode);
        return std::nullopt;
    }
    return a;
}

QHash<QString, int> scoresFromJson(const QString &json)
{
    QHash<QString, int> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toInt());
    return out;
}

QString scoresToJson(const QHash<QString, int> &scores)
{
    QJsonObject o;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QVariant totalValue(const std::optional<double> &total)
{
    return total ? QVariant(*total) : QVariant(QMetaType(QMetaType::Double));
}

// The review row of an assignment, if one was ever saved (a withdrawn draft does not count).
struct ReviewRow
{
    QString id;
    ReviewStatus status = ReviewStatus::Draft;
    QString scores;
    QString comment;
};

std::optional<ReviewRow> reviewRow(const QSqlDatabase &db, const QString &reviewerId,
                                   const QString &assignmentId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, status, scores, comment FROM reviews WHERE assignment_id = ? "
              "AND reviewer_id = ? AND deleted = 0"_s);
    q.addBindValue(assignmentId);
    q.addBindValue(reviewerId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ReviewRow{q.value(0).toString(),
                     reviewStatusFromKey(q.value(1).toString()).value_or(ReviewStatus::Draft),
                     q.value(2).toString(), q.value(3).toString()};
}

QString lockedMessage(const QString &code)
{
    return Text::tr("Your review of %1 is submitted and locked. Ask the program officer to reopen "
                    "it if it must change.")
        .arg(code);
}

// Runs one write statement with its values in order; a failure becomes the message.
bool execWrite(QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    *error = storageError(q);
    return false;
}

bool acceptAssignment(QSqlDatabase &db, const QString &assignmentId, const QString &userId,
                      QString *error)
{
    const qint64 now = Store::nowMs();
    return execWrite(db,
                     u"UPDATE review_assignments SET status = 'accepted', responded_at = ?, "
                     "updated_at = ?, updated_by = ? "
                     "WHERE id = ? AND status = 'assigned'"_s,
                     {now, now, userId, assignmentId}, error);
}

} // namespace

ReviewerWorkspace::ReviewerWorkspace(Store &store, const QString &userId)
    : m_store(store), m_userId(userId)
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT id FROM reviewers WHERE user_id = ? AND deleted = 0 ORDER BY id LIMIT 1"_s);
    q.addBindValue(userId);
    if (!userId.isEmpty() && q.exec() && q.next())
        m_reviewerId = q.value(0).toString();
}

QList<ReviewerCall> ReviewerWorkspace::calls() const
{
    QList<ReviewerCall> out;
    if (!isValid())
        return out;
    // The counts come from this reviewer's own open assignments only.
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.id, c.code, c.title, c.title_en, c.stage, c.review_deadline, "
              "c.panel_closed_at IS NOT NULL, coalesce(s.assigned, 0), coalesce(s.accepted, 0), "
              "coalesce(s.drafts, 0), coalesce(s.submitted, 0) "
              "FROM panel_members pm JOIN calls c ON c.id = pm.call_id AND c.deleted = 0 "
              "LEFT JOIN (SELECT a.call_id AS call_id, count(*) AS assigned, "
              "  sum(ra.status = 'accepted') AS accepted, "
              "  sum(r.status IN ('draft', 'reopened')) AS drafts, "
              "  sum(r.status = 'submitted') AS submitted "
              "  FROM review_assignments ra JOIN applications a ON a.id = ra.application_id "
              "  LEFT JOIN reviews r ON r.assignment_id = ra.id AND r.reviewer_id = ra.reviewer_id "
              "   AND r.deleted = 0 "
              "  WHERE ra.reviewer_id = ? AND ra.deleted = 0 AND a.deleted = 0 "
              "   AND ra.status IN ('assigned', 'accepted') GROUP BY a.call_id) s "
              "ON s.call_id = c.id "
              "WHERE pm.reviewer_id = ? AND pm.deleted = 0 ORDER BY c.opens_on DESC, c.code"_s);
    q.addBindValue(m_reviewerId);
    q.addBindValue(m_reviewerId);
    if (q.exec()) {
        while (q.next()) {
            ReviewerCall c;
            c.id = q.value(0).toString();
            c.code = q.value(1).toString();
            c.title = q.value(2).toString();
            c.titleEn = q.value(3).toString();
            c.stage = q.value(4).toString();
            c.reviewDeadline = QDate::fromString(q.value(5).toString(), Qt::ISODate);
            c.panelClosed = q.value(6).toBool();
            c.assigned = q.value(7).toInt();
            c.accepted = q.value(8).toInt();
            c.drafts = q.value(9).toInt();
            c.submitted = q.value(10).toInt();
            out.append(c);
        }
    }
    return out;
}

std::optional<ReviewerCall> ReviewerWorkspace::call(const QString &callId) const
{
    for (const ReviewerCall &c : calls()) {
        if (c.id == callId)
            return c;
    }
    return std::nullopt;
}

bool ReviewerWorkspace::hasAcceptedPledge(const QString &callId) const
{
    if (!isValid())
        return false;
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT p.pledge_text_sha256, c.pledge_text FROM pledges p "
              "JOIN calls c ON c.id = p.call_id "
              "WHERE p.call_id = ? AND p.reviewer_id = ? AND p.deleted = 0"_s);
    q.addBindValue(callId);
    q.addBindValue(m_reviewerId);
    return q.exec() && q.next() && q.value(0).toString() == pledgeHash(q.value(1).toString());
}

bool ReviewerWorkspace::acceptPledge(const QString &callId, QString *error)
{
    if (!isValid()) {
        *error = notAReviewer();
        return false;
    }
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            QSqlQuery q(db);
            q.prepare(u"SELECT c.pledge_text, c.code, c.panel_closed_at IS NOT NULL, "
                      "EXISTS (SELECT 1 FROM panel_members pm WHERE pm.call_id = c.id "
                      " AND pm.reviewer_id = ? AND pm.deleted = 0), "
                      "(SELECT p.id FROM pledges p WHERE p.call_id = c.id AND p.reviewer_id = ?) "
                      "FROM calls c WHERE c.id = ? AND c.deleted = 0"_s);
            q.addBindValue(m_reviewerId);
            q.addBindValue(m_reviewerId);
            q.addBindValue(callId);
            if (!q.exec() || !q.next() || !q.value(3).toBool()) {
                *err = Text::tr("You are not on the review panel of this call.");
                return false;
            }
            if (q.value(2).toBool()) {
                *err = Text::tr("The panel of call %1 is closed.").arg(q.value(1).toString());
                return false;
            }
            const QString hash = pledgeHash(q.value(0).toString());
            const QString existing = q.value(4).toString();
            const qint64 now = Store::nowMs();
            // One pledge row per reviewer and call: accepting a changed text updates it.
            const bool ok =
                existing.isEmpty()
                    ? execWrite(db,
                                u"INSERT INTO pledges (id, updated_at, updated_by, call_id, "
                                "reviewer_id, accepted_at, pledge_text_sha256) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                                {Store::newId(), now, m_userId, callId, m_reviewerId, now, hash},
                                err)
                    : execWrite(db,
                                u"UPDATE pledges SET accepted_at = ?, pledge_text_sha256 = ?, "
                                "deleted = 0, updated_at = ?, updated_by = ? WHERE id = ?"_s,
                                {now, hash, now, m_userId, existing}, err);
            if (!ok)
                return false;
            changed << u"pledges"_s;
            return true;
        },
        error);
}

QList<ReviewerAssignment> ReviewerWorkspace::myAssignments(const QString &callId) const
{
    QList<ReviewerAssignment> out;
    if (!isValid())
        return out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT ra.id, a.id, a.code, a.title, a.title_en, coalesce(f.name_ko, ''), "
              "coalesce(f.name_en, ''), t.code, a.requested_gpus, a.requested_nodes, a.months, "
              "ra.status, r.status, r.total, ra.assigned_at, c.review_deadline "
              "FROM review_assignments ra JOIN applications a ON a.id = ra.application_id "
              "JOIN calls c ON c.id = a.call_id "
              "JOIN accelerator_types t ON t.id = a.accelerator_type_id "
              "LEFT JOIN fields f ON f.id = a.field_id "
              "LEFT JOIN reviews r ON r.assignment_id = ra.id AND r.reviewer_id = ra.reviewer_id "
              " AND r.deleted = 0 "
              "WHERE ra.reviewer_id = ? AND a.call_id = ? AND ra.deleted = 0 AND a.deleted = 0 "
              " AND ra.status IN ('assigned', 'accepted') ORDER BY a.code"_s);
    q.addBindValue(m_reviewerId);
    q.addBindValue(callId);
    if (!q.exec())
        return out;
    const qint64 now = Store::nowMs();
    while (q.next()) {
        ReviewerAssignment r;
        r.id = q.value(0).toString();
        r.applicationId = q.value(1).toString();
        r.code = q.value(2).toString();
        r.title = q.value(3).toString();
        r.titleEn = q.value(4).toString();
        r.fieldName = q.value(5).toString();
        r.fieldNameEn = q.value(6).toString();
        r.acceleratorType = q.value(7).toString();
        r.requestedGpus = q.value(8).toInt();
        r.requestedNodes = q.value(9).toInt();
        r.months = q.value(10).toInt();
        r.status =
            assignmentStatusFromKey(q.value(11).toString()).value_or(AssignmentStatus::Assigned);
        if (!q.value(12).isNull())
            r.reviewStatus = reviewStatusFromKey(q.value(12).toString());
        if (!q.value(13).isNull())
            r.total = q.value(13).toDouble();
        r.assignedAt = q.value(14).toLongLong();
        r.dueDate = QDate::fromString(q.value(15).toString(), Qt::ISODate);
        r.overdue = isOverdue(r.dueDate, r.reviewStatus == ReviewStatus::Submitted, now);
        out.append(r);
    }
    return out;
}

QString ReviewerWorkspace::callOfAssignment(const QString &assignmentId) const
{
    const auto a = loadAccess(m_store.db(), m_reviewerId, assignmentId);
    return a ? a->callId : QString();
}

std::optional<ReviewApplication> ReviewerWorkspace::application(const QString &assignmentId,
                                                                QString *error) const
{
    const auto access =
        checkAccess(m_store.db(), m_reviewerId, assignmentId, Need::OpenAndPledged, error);
    if (!access)
        return std::nullopt;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id, a.call_id, a.code, a.title, a.title_en, a.summary, "
              "coalesce(f.name_ko, ''), coalesce(f.name_en, ''), o.name, o.name_en, o.org_type, "
              "t.code, t.gpus_per_node, a.requested_gpus, a.requested_nodes, a.months, "
              "a.desired_start, a.pi_name "
              "FROM applications a JOIN organizations o ON o.id = a.organization_id "
              "JOIN accelerator_types t ON t.id = a.accelerator_type_id "
              "LEFT JOIN fields f ON f.id = a.field_id WHERE a.id = ? AND a.deleted = 0"_s);
    q.addBindValue(access->applicationId);
    if (!q.exec() || !q.next()) {
        *error = notYours();
        return std::nullopt;
    }
    ReviewApplication d;
    int i = 0;
    d.id = q.value(i++).toString();
    d.callId = q.value(i++).toString();
    d.code = q.value(i++).toString();
    d.title = q.value(i++).toString();
    d.titleEn = q.value(i++).toString();
    d.summary = q.value(i++).toString();
    d.fieldName = q.value(i++).toString();
    d.fieldNameEn = q.value(i++).toString();
    d.orgName = q.value(i++).toString();
    d.orgNameEn = q.value(i++).toString();
    d.orgType = orgTypeFromKey(q.value(i++).toString()).value_or(OrganizationType::University);
    d.acceleratorType = q.value(i++).toString();
    d.gpusPerNode = q.value(i++).toInt();
    d.requestedGpus = q.value(i++).toInt();
    d.requestedNodes = q.value(i++).toInt();
    d.months = q.value(i++).toInt();
    d.desiredStart = q.value(i++).toString();
    d.piName = q.value(i++).toString();

    q.prepare(u"SELECT name, email, role FROM application_people WHERE application_id = ? "
              "AND deleted = 0 ORDER BY role, name"_s);
    q.addBindValue(d.id);
    if (q.exec()) {
        while (q.next()) {
            const QString email = q.value(1).toString();
            const QString who = email.isEmpty() ? q.value(0).toString()
                                                : u"%1 <%2>"_s.arg(q.value(0).toString(), email);
            d.people << Text::tr("%1 (%2)").arg(who, personRole(q.value(2).toString()));
        }
    }
    return d;
}

QList<DocumentInfo> ReviewerWorkspace::documents(const QString &assignmentId, QString *error) const
{
    const auto access =
        checkAccess(m_store.db(), m_reviewerId, assignmentId, Need::OpenAndPledged, error);
    if (!access)
        return {};
    return ApplicationRepository(m_store).documents(access->applicationId);
}

std::optional<QByteArray> ReviewerWorkspace::documentContent(const QString &assignmentId,
                                                             const QString &documentId,
                                                             QString *error) const
{
    const auto access =
        checkAccess(m_store.db(), m_reviewerId, assignmentId, Need::OpenAndPledged, error);
    if (!access)
        return std::nullopt;
    // The document must belong to the assigned application, whatever id is asked for.
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT content FROM documents WHERE id = ? AND application_id = ? "
              "AND deleted = 0"_s);
    q.addBindValue(documentId);
    q.addBindValue(access->applicationId);
    if (!q.exec() || !q.next()) {
        *error = Text::tr("This document is not part of the application assigned to you.");
        return std::nullopt;
    }
    return q.value(0).toByteArray();
}

bool ReviewerWorkspace::accept(const QString &assignmentId, QString *error)
{
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            if (!checkAccess(db, m_reviewerId, assignmentId, Need::Writable, err))
                return false;
            if (!acceptAssignment(db, assignmentId, m_userId, err))
                return false;
            changed << u"review_assignments"_s;
            return true;
        },
        error);
}

bool ReviewerWorkspace::decline(const QString &assignmentId, const QString &reason, QString *error)
{
    return respond(assignmentId, AssignmentStatus::Declined, reason, error);
}

bool ReviewerWorkspace::declareConflict(const QString &assignmentId, const QString &reason,
                                        QString *error)
{
    return respond(assignmentId, AssignmentStatus::Conflict, reason, error);
}

bool ReviewerWorkspace::respond(const QString &assignmentId, AssignmentStatus to,
                                const QString &reason, QString *error)
{
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        *error = to == AssignmentStatus::Conflict
                     ? Text::tr("Say what the conflict of interest is: the program officer needs "
                                "it to reassign the application.")
                     : Text::tr("Give a reason for declining: the program officer needs it to "
                                "reassign the application.");
        return false;
    }
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            const auto access = checkAccess(db, m_reviewerId, assignmentId, Need::Writable, err);
            if (!access)
                return false;
            const auto row = reviewRow(db, m_reviewerId, assignmentId);
            if (row && row->status == ReviewStatus::Submitted) {
                *err = Text::tr("You have already submitted your review of %1. Ask the program "
                                "officer to reopen it before you decline or declare a conflict.")
                           .arg(access->code);
                return false;
            }
            const qint64 now = Store::nowMs();
            if (!execWrite(db,
                           u"UPDATE review_assignments SET status = ?, responded_at = ?, "
                           "reason = ?, updated_at = ?, updated_by = ? "
                           "WHERE id = ?"_s,
                           {assignmentStatusKey(to), now, why, now, m_userId, assignmentId}, err))
                return false;
            changed << u"review_assignments"_s;
            // A draft of an assignment that is no longer theirs must not count for anything.
            if (row) {
                if (!execWrite(db,
                               u"UPDATE reviews SET deleted = 1, updated_at = ?, updated_by = ? "
                               "WHERE id = ?"_s,
                               {now, m_userId, row->id}, err))
                    return false;
                changed << u"reviews"_s;
            }
            return true;
        },
        error);
}

ReviewRecord ReviewerWorkspace::review(const QString &assignmentId) const
{
    ReviewRecord r;
    if (!isValid())
        return r;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT status, scores, comment, total, updated_at, submitted_at, reopen_reason "
              "FROM reviews WHERE assignment_id = ? AND reviewer_id = ? AND deleted = 0"_s);
    q.addBindValue(assignmentId);
    q.addBindValue(m_reviewerId);
    if (!q.exec() || !q.next())
        return r;
    r.exists = true;
    r.status = reviewStatusFromKey(q.value(0).toString()).value_or(ReviewStatus::Draft);
    r.scores = scoresFromJson(q.value(1).toString());
    r.comment = q.value(2).toString();
    if (!q.value(3).isNull())
        r.total = q.value(3).toDouble();
    r.updatedAt = q.value(4).toLongLong();
    r.submittedAt = q.value(5).toLongLong();
    r.reopenReason = q.value(6).toString();
    return r;
}

bool ReviewerWorkspace::saveDraft(const QString &assignmentId, const QHash<QString, int> &scores,
                                  const QString &comment, QString *error)
{
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            const auto access =
                checkAccess(db, m_reviewerId, assignmentId, Need::WritableAndPledged, err);
            if (!access)
                return false;
            const auto row = reviewRow(db, m_reviewerId, assignmentId);
            if (row && row->status == ReviewStatus::Submitted) {
                *err = lockedMessage(access->code);
                return false;
            }
            if (access->status == AssignmentStatus::Assigned) {
                if (!acceptAssignment(db, assignmentId, m_userId, err))
                    return false;
                changed << u"review_assignments"_s;
            }
            // Only the call's own criteria are kept; the total exists once every one is scored.
            const QList<RubricCriterion> rubric = CallRepository(db).rubric(access->callId);
            QHash<QString, int> kept;
            for (const RubricCriterion &c : rubric) {
                const auto it = scores.constFind(c.id);
                if (it != scores.cend())
                    kept.insert(c.id, *it);
            }
            const QVariant total = totalValue(rubricTotal(rubric, kept));
            const QString text = comment.isNull() ? u""_s : comment;
            const qint64 now = Store::nowMs();
            const QString json = scoresToJson(kept);
            const bool ok =
                row ? execWrite(db,
                                u"UPDATE reviews SET scores = ?, comment = ?, total = ?, "
                                "updated_at = ?, updated_by = ? "
                                "WHERE id = ?"_s,
                                {json, text, total, now, m_userId, row->id}, err)
                    : execWrite(db,
                                u"INSERT INTO reviews (id, updated_at, updated_by, assignment_id, "
                                "application_id, reviewer_id, status, scores, total, comment) "
                                "VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)"_s,
                                {Store::newId(), now, m_userId, assignmentId, access->applicationId,
                                 m_reviewerId, json, total, text},
                                err);
            if (!ok)
                return false;
            changed << u"reviews"_s;
            return true;
        },
        error);
}

bool ReviewerWorkspace::submit(const QString &assignmentId, QString *error)
{
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            const auto access =
                checkAccess(db, m_reviewerId, assignmentId, Need::WritableAndPledged, err);
            if (!access)
                return false;
            const auto row = reviewRow(db, m_reviewerId, assignmentId);
            if (!row) {
                *err = Text::tr("There is nothing to submit for %1 yet: score every criterion "
                                "and write a comment first.")
                           .arg(access->code);
                return false;
            }
            if (row->status == ReviewStatus::Submitted) {
                *err = lockedMessage(access->code);
                return false;
            }
            const QList<RubricCriterion> rubric = CallRepository(db).rubric(access->callId);
            const QHash<QString, int> scores = scoresFromJson(row->scores);
            const QStringList problems = submitProblems(rubric, scores, row->comment);
            if (!problems.isEmpty()) {
                *err = Text::tr("Your review of %1 cannot be submitted yet:\n%2")
                           .arg(access->code, problems.join(u'\n'));
                return false;
            }
            const qint64 now = Store::nowMs();
            if (!execWrite(db,
                           u"UPDATE reviews SET status = 'submitted', submitted_at = ?, total = ?, "
                           "updated_at = ?, updated_by = ? WHERE id = ?"_s,
                           {now, totalValue(rubricTotal(rubric, scores)), now, m_userId, row->id},
                           err))
                return false;
            changed << u"reviews"_s;
            return true;
        },
        error);
}

QStringList ReviewerWorkspace::submitProblems(const QList<RubricCriterion> &rubric,
                                              const QHash<QString, int> &scores,
                                              const QString &comment)
{
    QStringList out;
    if (rubric.isEmpty())
        out << Text::tr("The call has no rubric yet; the program officer must set it up.");
    for (const RubricCriterion &c : rubric) {
        const QString name =
            !DisplayLanguage::isEnglish() || c.nameEn.isEmpty() ? c.name : c.nameEn;
        const auto it = scores.constFind(c.id);
        if (it == scores.cend())
            out << Text::tr("Score \"%1\" (%2-%3).").arg(name).arg(c.minScore).arg(c.maxScore);
        else if (*it < c.minScore || *it > c.maxScore)
            out << Text::tr("The score of \"%1\" must be between %2 and %3, not %4.")
                       .arg(name)
                       .arg(c.minScore)
                       .arg(c.maxScore)
                       .arg(*it);
    }
    if (comment.trimmed().isEmpty())
        out << Text::tr("Write a comment: it is required.");
    return out;
}

} // namespace gpudesk
