// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewerRetention.h"

#include "AuditLog.h"
#include "SqlExec.h"
#include "Store.h"
#include "domain/TimeFormat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReviewerRetention)
};

// Applications of a call that still carry contents (not yet reduced to their receipt number).
// Calls whose panel closed while this profile still holds copies of their applications.
const QString kClosedCallsWithCopies =
    u"SELECT c.id FROM calls c WHERE c.panel_closed_at IS NOT NULL AND EXISTS (SELECT 1 FROM "
    "applications a WHERE a.call_id = c.id AND (a.title <> '' OR a.summary <> '' OR "
    "a.pi_name <> '' OR EXISTS (SELECT 1 FROM documents d WHERE d.application_id = a.id))) "
    "ORDER BY c.panel_closed_at"_s;

RetentionRecord recordFrom(const QSqlQuery &q)
{
    RetentionRecord r;
    r.callId = q.value(0).toString();
    r.callCode = q.value(1).toString();
    r.panelClosedAt = q.value(2).toLongLong();
    r.purgedAt = q.value(3).toLongLong();
    r.applicationsRemoved = q.value(4).toInt();
    r.applicationsKept = q.value(5).toInt();
    r.documentsRemoved = q.value(6).toInt();
    r.draftsRemoved = q.value(7).toInt();
    r.reviewsKept = q.value(8).toInt();
    return r;
}

const QString kRecordColumns =
    u"call_id, call_code, panel_closed_at, purged_at, applications_removed, applications_kept, "
    "documents_removed, drafts_removed, reviews_kept"_s;

bool count(QSqlQuery &q, const QString &sql, const QVariantList &values, int *out, QString *error)
{
    if (!sql::exec(q, sql, values, error) || !q.next())
        return false;
    *out = q.value(0).toInt();
    return true;
}

} // namespace

bool ReviewerRetention::isReviewerProfile() const
{
    QSqlQuery q(m_store.db());
    if (!q.exec(u"SELECT count(*), coalesce(sum(role <> 'reviewer'), 0) FROM users "
                "WHERE deleted = 0 AND disabled = 0"_s) ||
        !q.next())
        return false;
    return q.value(0).toInt() > 0 && q.value(1).toInt() == 0;
}

QStringList ReviewerRetention::callsDue() const
{
    QStringList out;
    if (!isReviewerProfile())
        return out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (sql::exec(q, kClosedCallsWithCopies, {}, nullptr)) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

std::optional<RetentionRecord> ReviewerRetention::purge(const QString &callId, QString *error)
{
    if (!isReviewerProfile()) {
        if (error)
            *error = Text::tr("This is not a reviewer's own profile; its applications stay.");
        return std::nullopt;
    }
    RetentionRecord r;
    r.callId = callId;
    QSqlDatabase gui = m_store.db();
    QSqlQuery pragma(gui);
    // Freed pages are overwritten, so the contents leave the file and not just the index.
    pragma.exec(u"PRAGMA secure_delete = ON"_s);
    const bool ok = m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            QSqlQuery q(db);
            if (!sql::exec(q, u"SELECT code, panel_closed_at FROM calls WHERE id = ?"_s, {callId}, err) ||
                !q.next()) {
                *err = Text::tr("The call is not in this profile.");
                return false;
            }
            r.callCode = q.value(0).toString();
            if (q.value(1).isNull()) {
                *err = Text::tr("The panel of call %1 has not closed; its applications stay.")
                           .arg(r.callCode);
                return false;
            }
            r.panelClosedAt = q.value(1).toLongLong();
            r.purgedAt = Store::nowMs();
            const QString apps = u"(SELECT id FROM applications WHERE call_id = ?)"_s;
            // Kept: applications with a submitted review, and any another record still points at.
            const QString keep =
                u"(SELECT a.id FROM applications a WHERE a.call_id = ? AND (EXISTS (SELECT 1 FROM "
                "reviews r WHERE r.application_id = a.id AND r.status = 'submitted' AND "
                "r.deleted = 0) OR EXISTS (SELECT 1 FROM grants g WHERE g.application_id = a.id) "
                "OR EXISTS (SELECT 1 FROM performance_checks p WHERE p.application_id = a.id) OR "
                "EXISTS (SELECT 1 FROM statements s WHERE s.application_id = a.id)))"_s;
            if (!count(q, u"SELECT count(*) FROM documents WHERE application_id IN "_s + apps,
                       {callId}, &r.documentsRemoved, err) ||
                !count(q,
                       u"SELECT count(*) FROM reviews WHERE (status <> 'submitted' OR deleted <> 0) "
                       "AND application_id IN "_s + apps,
                       {callId}, &r.draftsRemoved, err) ||
                !count(q,
                       u"SELECT count(*) FROM reviews WHERE status = 'submitted' AND deleted = 0 "
                       "AND application_id IN "_s + apps,
                       {callId}, &r.reviewsKept, err) ||
                !count(q, u"SELECT count(*) FROM "_s + keep, {callId}, &r.applicationsKept, err) ||
                !count(q, u"SELECT count(*) FROM applications WHERE call_id = ?"_s, {callId},
                       &r.applicationsRemoved, err))
                return false;
            r.applicationsRemoved -= r.applicationsKept;
            // The outbox must not push drafts and assignments that no longer exist here.
            const QStringList statements = {
                u"DELETE FROM outbox WHERE table_name = 'reviews' AND row_id IN (SELECT id FROM "
                "reviews WHERE (status <> 'submitted' OR deleted <> 0) AND application_id IN "_s +
                    apps + u')',
                u"DELETE FROM outbox WHERE table_name = 'review_assignments' AND row_id IN "
                "(SELECT id FROM review_assignments WHERE application_id IN "_s + apps +
                    u" AND application_id NOT IN "_s + keep + u')',
                u"DELETE FROM documents WHERE application_id IN "_s + apps,
                u"DELETE FROM application_people WHERE application_id IN "_s + apps,
                u"DELETE FROM demand_details WHERE application_id IN "_s + apps,
                u"DELETE FROM application_status_history WHERE application_id IN "_s + apps,
                u"DELETE FROM reviews WHERE (status <> 'submitted' OR deleted <> 0) AND "
                "application_id IN "_s + apps,
                u"DELETE FROM review_assignments WHERE application_id IN "_s + apps +
                    u" AND application_id NOT IN "_s + keep,
                u"DELETE FROM applications WHERE call_id = ? AND id NOT IN "_s + keep,
                u"UPDATE applications SET title = '', title_en = '', summary = '', pi_name = '', "
                "pi_email = '', pi_phone = '', slurm_account = '', desired_start = '', "
                "screening_note = '', field_id = NULL, source = '' WHERE call_id = ?"_s,
            };
            for (const QString &statement : statements) {
                QVariantList values;
                for (int i = 0; i < statement.count(u'?'); ++i)
                    values << callId;
                if (!sql::exec(q, statement, values, err)) {
                    *err = Text::tr("The copies of call %1 could not be removed: %2")
                               .arg(r.callCode, *err);
                    return false;
                }
            }
            // The search index rewritten, so that no old token of a title stays in its segments.
            q.exec(u"INSERT INTO application_search(application_search) VALUES ('optimize')"_s);
            if (!sql::exec(q,
                           u"INSERT INTO retention_purges ("_s + kRecordColumns +
                               u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (call_id) DO "
                               "UPDATE SET purged_at = excluded.purged_at, "
                               "applications_removed = applications_removed + "
                               "excluded.applications_removed, applications_kept = "
                               "excluded.applications_kept, documents_removed = documents_removed "
                               "+ excluded.documents_removed, drafts_removed = drafts_removed + "
                               "excluded.drafts_removed, reviews_kept = excluded.reviews_kept"_s,
                           {r.callId, r.callCode, r.panelClosedAt, r.purgedAt, r.applicationsRemoved,
                            r.applicationsKept, r.documentsRemoved, r.draftsRemoved, r.reviewsKept},
                           err))
                return false;
            if (!AuditLog::append(db, m_store.currentUserId(), u"retention_purge"_s, u"call"_s,
                                  callId,
                                  {{u"code"_s, r.callCode},
                                   {u"applications_removed"_s, r.applicationsRemoved},
                                   {u"applications_kept"_s, r.applicationsKept},
                                   {u"documents_removed"_s, r.documentsRemoved},
                                   {u"drafts_removed"_s, r.draftsRemoved},
                                   {u"reviews_kept"_s, r.reviewsKept}},
                                  err))
                return false;
            changed << u"documents"_s << u"application_people"_s
                    << u"application_status_history"_s << u"reviews"_s << u"review_assignments"_s
                    << u"applications"_s << u"retention_purges"_s << u"audit_log"_s;
            return true;
        },
        error, Store::Capture::Uncaptured);
    pragma.exec(u"PRAGMA secure_delete = OFF"_s);
    if (!ok)
        return std::nullopt;
    // Old pages also live in the write-ahead log until it is folded into the file.
    pragma.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return r;
}

QList<RetentionRecord> ReviewerRetention::purgeDue(QString *error)
{
    QList<RetentionRecord> out;
    for (const QString &callId : callsDue()) {
        if (const auto r = purge(callId, error))
            out.append(*r);
        else
            break;
    }
    return out;
}

QList<RetentionRecord> ReviewerRetention::history() const
{
    QList<RetentionRecord> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (sql::exec(q, u"SELECT "_s + kRecordColumns + u" FROM retention_purges ORDER BY purged_at DESC"_s,
                  {}, nullptr)) {
        while (q.next())
            out.append(recordFrom(q));
    }
    return out;
}

std::optional<RetentionRecord> ReviewerRetention::record(const QString &callId) const
{
    QSqlQuery q(m_store.db());
    if (!sql::exec(q, u"SELECT "_s + kRecordColumns + u" FROM retention_purges WHERE call_id = ?"_s,
                   {callId}, nullptr) ||
        !q.next())
        return std::nullopt;
    return recordFrom(q);
}

QString ReviewerRetention::notice(const RetentionRecord &r)
{
    return Text::tr("The review panel of call %1 closed on %2. As the confidentiality pledge "
                    "requires, the copies of its applications were removed from this computer on "
                    "%3: %n document(s), the applications' contents and your unsubmitted drafts. "
                    "Your %4 submitted review(s) are kept, each beside its receipt number.",
                    nullptr, r.documentsRemoved)
        .arg(r.callCode, formatDate(r.panelClosedAt), formatDate(r.purgedAt))
        .arg(r.reviewsKept);
}

} // namespace gpudesk
