// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationRepository.h"

#include "CallRepository.h"
#include "Store.h"
#include "rules/ApplicationStateMachine.h"
#include "rules/CostShare.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
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
    Q_DECLARE_TR_FUNCTIONS(ApplicationRepository)
};

bool applyMove(Store &store, QSqlDatabase &db, const ApplicationRepository::Move &m,
               QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT status, code FROM applications WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(m.id);
    if (!q.exec() || !q.next()) {
        *error = Text::tr("The application no longer exists.");
        return false;
    }
    const QString fromKey = q.value(0).toString();
    const QString code = q.value(1).toString();
    const auto from = statusFromKey(fromKey);
    if (!from) {
        *error = Text::tr("Application %1 has an unknown status '%2'.").arg(code, fromKey);
        return false;
    }
    // A selected application granted other nodes keeps its status; the change still needs a
    // reason and goes into the history like a move.
    const bool regrant = *from == m.to && m.to == ApplicationStatus::Selected
                         && m.grant == ApplicationRepository::Grant::Set;
    const bool sameStatus = *from == m.to && (regrant || m.allocationChange);
    if (sameStatus) {
        if (m.reason.trimmed().isEmpty()) {
            *error = Text::tr("%1: changing the granted nodes needs a reason; write why before "
                              "confirming.")
                         .arg(code);
            return false;
        }
    } else {
        const TransitionCheck check = checkTransition(*from, m.to, m.reason);
        if (!check.allowed) {
            *error = Text::tr("%1: %2").arg(code, check.refusal);
            return false;
        }
    }
    if (m.grant == ApplicationRepository::Grant::Set && m.grantedNodes < 1) {
        *error = Text::tr("%1: a grant needs at least one node.").arg(code);
        return false;
    }
    const qint64 now = Store::nowMs();
    // A null QString binds as SQL NULL; the columns want text, possibly empty.
    const QString reason = m.reason.isNull() ? u""_s : m.reason.trimmed();
    const QString who = store.currentUserName().isEmpty() ? store.currentUserId()
                                                          : store.currentUserName();
    q.prepare(u"UPDATE applications SET status = ?, status_changed_at = ?, updated_at = ?, "
              "updated_by = ?, screening_note = CASE WHEN ? THEN ? ELSE screening_note END, "
              "granted_nodes = CASE ? WHEN 1 THEN ? WHEN 2 THEN NULL ELSE granted_nodes END, "
              "decided_by_override = coalesce(?, decided_by_override) "
              "WHERE id = ?"_s);
    const bool screeningOutcome = *from == ApplicationStatus::Screening;
    q.addBindValue(statusKey(m.to));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(store.currentUserId());
    q.addBindValue(screeningOutcome ? 1 : 0);
    q.addBindValue(reason);
    q.addBindValue(m.grant == ApplicationRepository::Grant::Set     ? 1
                   : m.grant == ApplicationRepository::Grant::Clear ? 2
                                                                    : 0);
    q.addBindValue(m.grantedNodes);
    q.addBindValue(m.decidedByOverride ? QVariant(*m.decidedByOverride ? 1 : 0)
                                       : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(m.id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    q.prepare(u"INSERT INTO application_status_history (id, updated_at, updated_by, "
              "application_id, from_status, to_status, changed_at, changed_by, reason) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(Store::newId()), QVariant(now), QVariant(store.currentUserId()),
                              QVariant(m.id), QVariant(fromKey), QVariant(statusKey(m.to)),
                              QVariant(now), QVariant(who), QVariant(reason)})
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    QJsonObject details{{u"from"_s, fromKey}, {u"to"_s, statusKey(m.to)}, {u"reason"_s, reason}};
    if (m.grant == ApplicationRepository::Grant::Set)
        details.insert(u"granted_nodes"_s, m.grantedNodes);
    else if (m.grant == ApplicationRepository::Grant::Clear)
        details.insert(u"granted_nodes"_s, QJsonValue::Null);
    if (m.decidedByOverride)
        details.insert(u"override"_s, *m.decidedByOverride);
    q.prepare(u"INSERT INTO audit_log (at, user_id, action, entity, entity_id, details) "
              "VALUES (?, ?, 'status_change', 'application', ?, ?)"_s);
    q.addBindValue(now);
    q.addBindValue(store.currentUserId());
    q.addBindValue(m.id);
    q.addBindValue(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

ApplicationFacts ApplicationDetail::facts() const
{
    ApplicationFacts f;
    f.acceleratorType = acceleratorType;
    f.requestedGpus = requestedGpus;
    f.months = months;
    f.submittedOn = QDateTime::fromMSecsSinceEpoch(submittedAt, QTimeZone(QByteArrayLiteral("Asia/Seoul"))).date();
    f.orgType = orgType;
    f.youthFounded = youthFounded;
    return f;
}

std::optional<ApplicationDetail> ApplicationRepository::detail(const QString &id) const
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id, a.code, a.title, a.title_en, a.summary, a.pi_name, a.pi_email, "
              "a.pi_phone, coalesce(f.name_ko, ''), coalesce(f.name_en, ''), t.code, "
              "t.gpus_per_node, a.requested_gpus, a.requested_nodes, a.months, a.desired_start, "
              "a.slurm_account, a.submitted_at, a.status, a.screening_note, a.granted_nodes, "
              "c.id, c.code, c.title, c.title_en, o.name, o.name_en, o.org_type, o.youth_founded, "
              "o.business_number, a.version "
              "FROM applications a JOIN organizations o ON o.id = a.organization_id "
              "JOIN accelerator_types t ON t.id = a.accelerator_type_id "
              "JOIN calls c ON c.id = a.call_id LEFT JOIN fields f ON f.id = a.field_id "
              "WHERE a.id = ? AND a.deleted = 0"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ApplicationDetail d;
    int i = 0;
    d.id = q.value(i++).toString();
    d.code = q.value(i++).toString();
    d.title = q.value(i++).toString();
    d.titleEn = q.value(i++).toString();
    d.summary = q.value(i++).toString();
    d.piName = q.value(i++).toString();
    d.piEmail = q.value(i++).toString();
    d.piPhone = q.value(i++).toString();
    d.fieldName = q.value(i++).toString();
    d.fieldNameEn = q.value(i++).toString();
    d.acceleratorType = q.value(i++).toString();
    d.gpusPerNode = q.value(i++).toInt();
    d.requestedGpus = q.value(i++).toInt();
    d.requestedNodes = q.value(i++).toInt();
    d.months = q.value(i++).toInt();
    d.desiredStart = q.value(i++).toString();
    d.slurmAccount = q.value(i++).toString();
    d.submittedAt = q.value(i++).toLongLong();
    d.status = statusFromKey(q.value(i++).toString()).value_or(ApplicationStatus::Submitted);
    d.screeningNote = q.value(i++).toString();
    const QVariant granted = q.value(i++);
    if (!granted.isNull())
        d.grantedNodes = granted.toInt();
    d.callId = q.value(i++).toString();
    d.callCode = q.value(i++).toString();
    d.callTitle = q.value(i++).toString();
    d.callTitleEn = q.value(i++).toString();
    d.orgName = q.value(i++).toString();
    d.orgNameEn = q.value(i++).toString();
    d.orgType = orgTypeFromKey(q.value(i++).toString()).value_or(OrganizationType::University);
    d.youthFounded = q.value(i++).toBool();
    d.businessNumber = q.value(i++).toString();
    d.version = q.value(i++).toLongLong();

    q.prepare(u"SELECT name, email, role FROM application_people WHERE application_id = ? "
              "AND deleted = 0 ORDER BY role, name"_s);
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next()) {
            const QString email = q.value(1).toString();
            d.people << (email.isEmpty() ? q.value(0).toString()
                                         : u"%1 <%2>"_s.arg(q.value(0).toString(), email));
        }
    }
    return d;
}

QList<HistoryEntry> ApplicationRepository::history(const QString &id) const
{
    QList<HistoryEntry> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT from_status, to_status, changed_at, changed_by, reason "
              "FROM application_status_history WHERE application_id = ? AND deleted = 0 "
              "ORDER BY changed_at, rowid"_s);
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                        q.value(3).toString(), q.value(4).toString()});
    }
    return out;
}

QList<DocumentInfo> ApplicationRepository::documents(const QString &id) const
{
    QList<DocumentInfo> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, kind, file_name, mime_type, size_bytes FROM documents "
              "WHERE application_id = ? AND deleted = 0 ORDER BY file_name"_s);
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toLongLong()});
    }
    return out;
}

QByteArray ApplicationRepository::documentContent(const QString &documentId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT content FROM documents WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(documentId);
    if (q.exec() && q.next())
        return q.value(0).toByteArray();
    return {};
}

ScreeningResult ApplicationRepository::screen(const ApplicationDetail &app) const
{
    const auto rules = CallRepository(m_store.db()).rules(app.callId);
    if (!rules) {
        ScreeningResult r;
        r.failures.append({ScreeningCode::TypeNotOffered, Text::tr("The application's call is missing.")});
        return r;
    }
    return gpudesk::screen(app.facts(), *rules);
}

CostShareEstimate ApplicationRepository::estimateCostShare(const ApplicationDetail &app) const
{
    CostShareEstimate e;
    const auto rules = CallRepository(m_store.db()).rules(app.callId);
    if (!rules)
        return e;
    const CallAccelerator *acc = rules->accelerator(app.acceleratorType);
    const CallShareRate *rate = rules->shareRate(app.orgType);
    if (!acc || !rate)
        return e;
    QDate start = QDate::fromString(app.desiredStart, Qt::ISODate);
    if (!start.isValid())
        start = rules->closes.addDays(1);
    const int gpus = (app.grantedNodes ? *app.grantedNodes * app.gpusPerNode : app.requestedGpus);
    e.gpuHours = gpuHoursBetween(start, start.addMonths(app.months), gpus);
    e.shareBasisPoints = rate->shareBasisPoints;
    e.amount = costShare({e.gpuHours, acc->pricePerGpuHour, rate->shareBasisPoints,
                          app.youthFounded, rules->youthDiscountPercent});
    e.known = true;
    return e;
}

bool ApplicationRepository::transition(const QString &id, ApplicationStatus to,
                                       const QString &reason, QString *error)
{
    return transitionAll({{id, to, reason}}, error);
}

bool ApplicationRepository::transitionAll(const QList<Move> &moves, QString *error)
{
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            for (const Move &m : moves) {
                if (!applyWithin(db, changed, m, err))
                    return false;
            }
            return true;
        },
        error);
}

bool ApplicationRepository::applyWithin(QSqlDatabase &db, QSet<QString> &changed, const Move &move,
                                        QString *error)
{
    changed << u"applications"_s << u"application_status_history"_s << u"audit_log"_s;
    return applyMove(m_store, db, move, error);
}

} // namespace gpudesk
