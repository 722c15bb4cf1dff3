// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemandRepository.h"

#include "ApplicationRepository.h"
#include "CallRepository.h"
#include "CallStageRepository.h"
#include "RoundCreation.h"
#include "SqlExec.h"
#include "Store.h"
#include "domain/DisplayLanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DemandRepository)
};

const QString kSelect =
    u"SELECT a.id, a.code, a.organization_id, o.name, o.name_en, a.title, a.summary, t.code, "
    "a.requested_nodes, a.desired_start, a.months, coalesce(d.priority, 1), a.pi_name, "
    "a.pi_email, a.pi_phone, t.gpus_per_node, a.status, a.granted_nodes, a.source "
    "FROM applications a JOIN organizations o ON o.id = a.organization_id "
    "JOIN accelerator_types t ON t.id = a.accelerator_type_id "
    "LEFT JOIN demand_details d ON d.application_id = a.id AND d.deleted = 0 "
    "WHERE a.deleted = 0 "_s;

DemandRow readRow(const QSqlQuery &q)
{
    DemandRow r;
    int i = 0;
    r.id = q.value(i++).toString();
    r.code = q.value(i++).toString();
    r.ministryId = q.value(i++).toString();
    r.facts.ministry = q.value(i++).toString();
    // The ministry in the window's language where the data has it (it is found by either name).
    const QString nameEn = q.value(i++).toString();
    if (DisplayLanguage::isEnglish() && !nameEn.isEmpty())
        r.facts.ministry = nameEn;
    r.facts.project = q.value(i++).toString();
    r.facts.purpose = q.value(i++).toString();
    r.facts.typeCode = q.value(i++).toString();
    r.facts.nodes = q.value(i++).toInt();
    r.facts.start = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    r.facts.months = q.value(i++).toInt();
    r.facts.priority = q.value(i++).toInt();
    r.facts.contactName = q.value(i++).toString();
    r.facts.contactEmail = q.value(i++).toString();
    r.facts.contactPhone = q.value(i++).toString();
    r.gpusPerNode = q.value(i++).toInt();
    r.status = statusFromKey(q.value(i++).toString()).value_or(ApplicationStatus::Submitted);
    const QVariant granted = q.value(i++);
    if (!granted.isNull())
        r.grantedNodes = granted.toInt();
    r.source = q.value(i++).toString();
    return r;
}

// Puts what failed around the driver's message in *error; always false.
bool saveFailed(QString *error)
{
    *error = Text::tr("The demand could not be saved: %1. Nothing was changed.").arg(*error);
    return false;
}

// Runs the prepared `q` (again) with `values`; a null QString binds as '' for the NOT NULL text
// columns.
bool run(QSqlQuery &q, const QVariantList &values, QString *error)
{
    return sql::run(q, values, sql::NullText::AsEmpty, error) || saveFailed(error);
}

// Prepares `statement` on `q` and runs it as above.
bool run(QSqlQuery &q, const QString &statement, const QVariantList &values, QString *error)
{
    return sql::exec(q, statement, values, error, sql::NullText::AsEmpty) || saveFailed(error);
}

QString findMinistry(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM organizations WHERE deleted = 0 AND org_type = 'public_agency' "
              "AND (lower(name) = lower(?) OR lower(name_en) = lower(?)) ORDER BY rowid LIMIT 1"_s);
    q.addBindValue(name.trimmed());
    q.addBindValue(name.trimmed());
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// The ministry of that name, created as a public agency when there is none yet.
bool ministryFor(QSqlDatabase &db, const QString &name, qint64 now, const QString &user,
                 QString *id, QString *error)
{
    *id = findMinistry(db, name);
    if (!id->isEmpty())
        return true;
    *id = Store::newId();
    QSqlQuery q(db);
    return run(q,
               u"INSERT INTO organizations (id, updated_at, updated_by, name, org_type) "
               "VALUES (?, ?, ?, ?, 'public_agency')"_s,
               {*id, now, user, name.trimmed()}, error);
}

// The round's stage and rules as the database is now (on `db`, which may be inside a write).
DemandRound roundIn(Store &store, const QSqlDatabase &db, const QString &callId)
{
    return {CallStageRepository(store).state(callId), CallRepository(db).rules(callId)};
}

// The problems of a demand in `round` (read by roundIn) as the database is now (on `db`, which
// may be inside a write).
QList<DemandProblem> problemsIn(const DemandRound &round, const QSqlDatabase &db,
                                const QString &callId, const DemandFacts &d,
                                const QString &exceptId)
{
    QList<DemandProblem> out;
    const auto &stage = round.stage;
    const auto &rules = round.rules;
    if (!stage || !rules) {
        out.append({DemandField::Ministry, Text::tr("The round no longer exists.")});
        return out;
    }
    if (!stage->allows(StageActivity::Intake)) {
        out.append({DemandField::Ministry,
                    Text::tr("The round %1 is at the stage %2 and takes no demands any more.")
                        .arg(stage->code, stageLabel(stage->stage))});
    }
    out << checkDemand(d, *rules);
    if (!d.ministry.trimmed().isEmpty() && !d.project.trimmed().isEmpty()) {
        QSqlQuery q(db);
        q.prepare(u"SELECT a.code FROM applications a JOIN organizations o ON o.id = "
                  "a.organization_id WHERE a.call_id = ? AND a.deleted = 0 AND a.id <> ? "
                  "AND a.status <> 'withdrawn' AND lower(trim(a.title)) = lower(?) "
                  "AND (lower(o.name) = lower(?) OR lower(o.name_en) = lower(?)) LIMIT 1"_s);
        for (const QVariant &v : {QVariant(callId), QVariant(exceptId.isNull() ? u""_s : exceptId),
                                  QVariant(d.project.trimmed()), QVariant(d.ministry.trimmed()),
                                  QVariant(d.ministry.trimmed())})
            q.addBindValue(v);
        if (q.exec() && q.next())
            out.append({DemandField::Project,
                        Text::tr("%1 already entered this project in the round (%2).")
                            .arg(d.ministry.trimmed(), q.value(0).toString())});
    }
    return out;
}

QString firstProblems(const QList<DemandProblem> &problems)
{
    QStringList lines;
    for (const DemandProblem &p : problems)
        lines << u"%1: %2"_s.arg(demandFieldLabel(p.field), p.message);
    return lines.join(u'\n');
}

} // namespace

QList<MinistryInfo> DemandRepository::ministries() const
{
    QList<MinistryInfo> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT id, name, name_en FROM organizations WHERE deleted = 0 "
               "AND org_type = 'public_agency' ORDER BY name"_s)) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    return out;
}

QList<DemandRow> DemandRepository::demands(const QString &callId) const
{
    QList<DemandRow> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(kSelect + u"AND a.call_id = ? ORDER BY o.name, coalesce(d.priority, 1), a.code"_s);
    q.addBindValue(callId);
    if (q.exec()) {
        while (q.next())
            out.append(readRow(q));
    }
    return out;
}

std::optional<DemandRow> DemandRepository::demand(const QString &id) const
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(kSelect + u"AND a.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRow(q);
}

QList<DemandProblem> DemandRepository::check(const QString &callId, const DemandFacts &demand,
                                             const QString &exceptId) const
{
    return check(round(callId), callId, demand, exceptId);
}

DemandRound DemandRepository::round(const QString &callId) const
{
    return roundIn(m_store, m_store.db(), callId);
}

QList<DemandProblem> DemandRepository::check(const DemandRound &round, const QString &callId,
                                             const DemandFacts &demand,
                                             const QString &exceptId) const
{
    return problemsIn(round, m_store.db(), callId, demand, exceptId);
}

bool DemandRepository::isNewMinistry(const QString &name) const
{
    return !name.trimmed().isEmpty() && findMinistry(m_store.db(), name).isEmpty();
}

bool DemandRepository::insert(QSqlDatabase &db, const QString &callId, const DemandFacts &d,
                              const QString &source, const QString &historyReason, QString *newId,
                              QString *error)
{
    const qint64 now = Store::nowMs();
    const QString user = m_store.currentUserId().isNull() ? u""_s : m_store.currentUserId();
    const QString who = m_store.currentUserName().isEmpty() ? user : m_store.currentUserName();
    QSqlQuery q(db);
    QString ministryId;
    if (!ministryFor(db, d.ministry, now, user, &ministryId, error))
        return false;
    if (!run(q,
             u"SELECT c.code, t.id, t.gpus_per_node, (SELECT count(*) FROM applications a "
             "WHERE a.call_id = c.id) FROM calls c, accelerator_types t WHERE c.id = ? "
             "AND t.code = ? AND t.deleted = 0"_s,
             {callId, d.typeCode}, error))
        return false;
    if (!q.next()) {
        *error = Text::tr("The round or the accelerator type %1 no longer exists.").arg(d.typeCode);
        return false;
    }
    const QString callCode = q.value(0).toString();
    const QString typeId = q.value(1).toString();
    const int perNode = q.value(2).toInt();
    int sequence = q.value(3).toInt();
    QString code;
    QSqlQuery exists(db);
    if (!sql::prepare(exists, u"SELECT 1 FROM applications WHERE code = ?"_s, error))
        return saveFailed(error);
    do {
        code = u"%1-D%2"_s.arg(callCode).arg(++sequence, 3, 10, QLatin1Char('0'));
        if (!run(exists, {code}, error))
            return false;
    } while (exists.next());

    const QString id = Store::newId();
    if (!run(q,
             u"INSERT INTO applications (id, updated_at, updated_by, call_id, organization_id, "
             "code, title, summary, pi_name, pi_email, pi_phone, accelerator_type_id, "
             "requested_gpus, requested_nodes, months, desired_start, submitted_at, status, "
             "status_changed_at, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
             "?, 'submitted', ?, ?)"_s,
             {id, now, user, callId, ministryId, code, d.project.trimmed(), d.purpose.trimmed(),
              d.contactName.trimmed(), d.contactEmail.trimmed(), d.contactPhone.trimmed(), typeId,
              d.nodes * perNode, d.nodes, d.months, d.start.toString(Qt::ISODate), now, now,
              source},
             error))
        return false;
    if (!run(q,
             u"INSERT INTO demand_details (id, updated_at, updated_by, application_id, priority) "
             "VALUES (?, ?, ?, ?, ?)"_s,
             {Store::newId(), now, user, id, d.priority}, error))
        return false;
    if (!run(q,
             u"INSERT INTO application_status_history (id, updated_at, updated_by, "
             "application_id, from_status, to_status, changed_at, changed_by, reason) "
             "VALUES (?, ?, ?, ?, '', 'submitted', ?, ?, ?)"_s,
             {Store::newId(), now, user, id, now, who, historyReason}, error))
        return false;
    if (newId)
        *newId = id;
    return true;
}

bool DemandRepository::add(const QString &callId, const DemandFacts &demand, QString *error,
                           QString *newId)
{
    return write(callId, {demand}, QString(), error, newId);
}

bool DemandRepository::addAll(const QString &callId, const QList<DemandFacts> &list,
                              const QString &source, QString *error)
{
    return write(callId, list, source, error, nullptr);
}

bool DemandRepository::write(const QString &callId, const QList<DemandFacts> &list,
                             const QString &source, QString *error, QString *firstId)
{
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            // Checked again inside the write: the preview may be older than the database.
            const DemandRound round = roundIn(m_store, db, callId);
            QSet<std::pair<QString, QString>> seen; // ministry, project (lower case)
            for (int i = 0; i < list.size(); ++i) {
                const DemandFacts &d = list[i];
                QList<DemandProblem> problems = problemsIn(round, db, callId, d, QString());
                const std::pair<QString, QString> key{d.ministry.trimmed().toLower(),
                                                      d.project.trimmed().toLower()};
                if (seen.contains(key))
                    problems.append({DemandField::Project,
                                     Text::tr("The same ministry and project come twice.")});
                seen.insert(key);
                if (!problems.isEmpty()) {
                    *err = list.size() == 1
                               ? firstProblems(problems)
                               : Text::tr("Demand %1 (%2, %3) cannot be entered:\n%4")
                                     .arg(i + 1)
                                     .arg(d.ministry, d.project, firstProblems(problems));
                    return false;
                }
                const QString reason = source.isEmpty() ? Text::tr("Entered in the demand survey.")
                                                        : Text::tr("Imported from %1.").arg(source);
                if (!insert(db, callId, d, source.isEmpty() ? u"survey"_s : source, reason,
                            i == 0 ? firstId : nullptr, err))
                    return false;
            }
            changed << u"organizations"_s << u"applications"_s << u"demand_details"_s
                    << u"application_status_history"_s;
            return true;
        },
        error);
}

bool DemandRepository::update(const QString &id, const DemandFacts &d, QString *error)
{
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            QSqlQuery q(db);
            if (!run(q,
                     u"SELECT call_id, status, code FROM applications WHERE id = ? "
                     "AND deleted = 0"_s,
                     {id}, err))
                return false;
            if (!q.next()) {
                *err = Text::tr("The demand no longer exists.");
                return false;
            }
            const QString callId = q.value(0).toString();
            const QString code = q.value(2).toString();
            if (q.value(1).toString() != u"submitted"_s) {
                *err =
                    Text::tr("%1 is no longer a submitted demand and cannot be edited.").arg(code);
                return false;
            }
            const QList<DemandProblem> problems =
                problemsIn(roundIn(m_store, db, callId), db, callId, d, id);
            if (!problems.isEmpty()) {
                *err = firstProblems(problems);
                return false;
            }
            const qint64 now = Store::nowMs();
            const QString user = m_store.currentUserId().isNull() ? u""_s : m_store.currentUserId();
            QString ministryId;
            if (!ministryFor(db, d.ministry, now, user, &ministryId, err))
                return false;
            if (!run(q,
                     u"UPDATE applications SET updated_at = ?, updated_by = ?, "
                     "organization_id = ?, title = ?, summary = ?, pi_name = ?, pi_email = ?, "
                     "pi_phone = ?, accelerator_type_id = (SELECT id FROM accelerator_types "
                     "WHERE code = ? AND deleted = 0), requested_gpus = ? * (SELECT "
                     "gpus_per_node FROM accelerator_types WHERE code = ? AND deleted = 0), "
                     "requested_nodes = ?, months = ?, desired_start = ? WHERE id = ?"_s,
                     {now, user, ministryId, d.project.trimmed(), d.purpose.trimmed(),
                      d.contactName.trimmed(), d.contactEmail.trimmed(), d.contactPhone.trimmed(),
                      d.typeCode, d.nodes, d.typeCode, d.nodes, d.months,
                      d.start.toString(Qt::ISODate), id},
                     err))
                return false;
            if (!run(q,
                     u"UPDATE demand_details SET priority = ?, updated_at = ?, updated_by = ? "
                     "WHERE application_id = ? AND priority <> ?"_s,
                     {d.priority, now, user, id, d.priority}, err))
                return false;
            changed << u"organizations"_s << u"applications"_s << u"demand_details"_s;
            return true;
        },
        error);
}

bool DemandRepository::withdraw(const QString &id, const QString &reason, QString *error)
{
    return ApplicationRepository(m_store).transition(id, ApplicationStatus::Withdrawn, reason,
                                                     error);
}

} // namespace gpudesk

namespace gpudesk {

bool DemandRepository::openRound(const NewRound &round, QString *error, QString *callId)
{
    QStringList problems;
    if (round.code.trimmed().isEmpty() || round.title.trimmed().isEmpty())
        problems << Text::tr("Give the round a code and a title.");
    if (!round.opensOn.isValid() || !round.closesOn.isValid() || round.closesOn < round.opensOn)
        problems << Text::tr("The survey must close on or after the day it opens.");
    if (!round.reviewDeadline.isValid() || round.reviewDeadline < round.closesOn)
        problems << Text::tr("The pre-review ends after the survey closes.");
    if (!round.allocationFrom.isValid() || round.allocationFrom < round.closesOn)
        problems << Text::tr("Allocation starts after the survey closes.");
    if (!problems.isEmpty()) {
        *error = problems.join(u'\n');
        return false;
    }
    QString id;
    const bool ok = m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            if (!insertRoundWithin(db, m_store, round, &id, err))
                return false;
            changed << u"calls"_s << u"call_accelerators"_s << u"call_share_rates"_s
                    << u"rubric_criteria"_s << u"panel_members"_s << u"call_stage_history"_s;
            return true;
        },
        error);
    if (ok && callId)
        *callId = id;
    return ok;
}

} // namespace gpudesk
