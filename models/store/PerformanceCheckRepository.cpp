// SPDX-License-Identifier: GPL-3.0-or-later
#include "PerformanceCheckRepository.h"

#include "AllocationRepository.h"
#include "ApplicationRepository.h"
#include "Store.h"
#include "domain/DisplayLanguage.h"
#include "domain/TimeFormat.h"
#include "telemetry/UsageSource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PerformanceCheckRepository)
};

bool run(QSqlQuery &q, const QVariantList &values, QString *error)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (q.exec())
        return true;
    *error = Text::tr("The performance check could not be saved: %1. Nothing was changed; try "
                      "again, and if it keeps failing, check the profile's disk.")
                 .arg(q.lastError().text());
    return false;
}

// The days read for one project: twice the call's window, at least 30, so the chart shows what
// came before the run as well as the run itself.
QDate firstDayRead(QDate asOf, IdleSettings settings)
{
    return asOf.addDays(1 - qMax(2 * qMax(1, settings.days), 30));
}

std::optional<BusySource> windowSource(const IdleFinding &f)
{
    std::optional<BusySource> source;
    for (const IdleDayEvidence &e : f.evidence) {
        if (!e.hasData || e.day < f.windowStart)
            continue;
        if (!source)
            source = e.source;
        else if (*source != e.source)
            source = BusySource::Mixed;
    }
    return source;
}

QString dateKey(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QString checkOutcomeKey(CheckOutcome o)
{
    switch (o) {
    case CheckOutcome::Open:
        return u"open"_s;
    case CheckOutcome::Warning:
        return u"warning"_s;
    case CheckOutcome::Reduction:
        return u"reduction"_s;
    case CheckOutcome::Reclaim:
        return u"reclaim"_s;
    case CheckOutcome::Cleared:
        return u"cleared"_s;
    }
    return {};
}

std::optional<CheckOutcome> checkOutcomeFromKey(const QString &key)
{
    for (CheckOutcome o : {CheckOutcome::Open, CheckOutcome::Warning, CheckOutcome::Reduction,
                           CheckOutcome::Reclaim, CheckOutcome::Cleared}) {
        if (checkOutcomeKey(o) == key)
            return o;
    }
    return std::nullopt;
}

QString checkOutcomeLabel(CheckOutcome o)
{
    switch (o) {
    case CheckOutcome::Open:
        //: A performance check not decided yet.
        return Text::tr("Open");
    case CheckOutcome::Warning:
        return Text::tr("Warning");
    case CheckOutcome::Reduction:
        //: A performance check that released some of the project's nodes.
        return Text::tr("Reduction");
    case CheckOutcome::Reclaim:
        return Text::tr("Reclaim");
    case CheckOutcome::Cleared:
        //: A performance check closed without action.
        return Text::tr("Cleared");
    }
    return {};
}

QString busySourceKey(BusySource source)
{
    switch (source) {
    case BusySource::EngineActive:
        return u"engine_active"_s;
    case BusySource::GpuUtil:
        return u"gpu_util"_s;
    case BusySource::Mixed:
        return u"mixed"_s;
    }
    return {};
}

QString busySourceLabel(BusySource source)
{
    switch (source) {
    case BusySource::EngineActive:
        //: Busy time measured by DCGM's graphics engine activity.
        return Text::tr("Engine activity");
    case BusySource::GpuUtil:
        //: Busy time measured by DCGM's GPU utilisation.
        return Text::tr("GPU utilisation");
    case BusySource::Mixed:
        return Text::tr("Mixed");
    }
    return {};
}

std::optional<IdleSettings> PerformanceCheckRepository::idleSettings(const QString &callId) const
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT idle_threshold_percent, idle_days FROM calls WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(callId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return IdleSettings{q.value(0).toInt(), q.value(1).toInt()};
}

bool PerformanceCheckRepository::projects(UsageSource &usage, const QString &callId, QDate asOf,
                                          QList<IdleProject> *out, QString *error) const
{
    out->clear();
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id, a.code, a.title, a.title_en, o.name, o.name_en, a.call_id, a.status, "
              "t.gpus_per_node, c.idle_threshold_percent, c.idle_days, "
              "(SELECT g.nodes FROM grants g WHERE g.application_id = a.id AND g.deleted = 0 "
              " AND g.status <> 'released' ORDER BY g.starts_at DESC LIMIT 1) "
              "FROM applications a JOIN organizations o ON o.id = a.organization_id "
              "JOIN accelerator_types t ON t.id = a.accelerator_type_id "
              "JOIN calls c ON c.id = a.call_id "
              "WHERE a.deleted = 0 AND (? = '' OR a.call_id = ?) "
              "AND (a.status IN ('allocated', 'active') OR (a.status = 'reclaimed' AND EXISTS ("
              " SELECT 1 FROM performance_checks p WHERE p.application_id = a.id AND p.deleted = 0 "
              " AND p.outcome = 'reclaim'))) ORDER BY a.code"_s);
    const QString call = callId.isNull() ? u""_s : callId;
    q.addBindValue(call);
    q.addBindValue(call);
    if (!q.exec()) {
        *error = Text::tr("The projects could not be read: %1").arg(q.lastError().text());
        return false;
    }
    const bool english = DisplayLanguage::isEnglish();
    QHash<QString, int> row;
    while (q.next()) {
        IdleProject p;
        p.applicationId = q.value(0).toString();
        p.code = q.value(1).toString();
        const QString titleEn = q.value(3).toString();
        p.title = english && !titleEn.isEmpty() ? titleEn : q.value(2).toString();
        const QString orgEn = q.value(5).toString();
        p.orgName = english && !orgEn.isEmpty() ? orgEn : q.value(4).toString();
        p.callId = q.value(6).toString();
        p.status = statusFromKey(q.value(7).toString()).value_or(ApplicationStatus::Active);
        p.gpusPerNode = q.value(8).toInt();
        p.settings = {q.value(9).toInt(), q.value(10).toInt()};
        p.nodes = q.value(11).toInt();
        p.asOf = asOf;
        p.from = firstDayRead(asOf, p.settings);
        row.insert(p.applicationId, int(out->size()));
        out->append(p);
    }

    q.prepare(u"SELECT p.application_id, p.outcome, p.opened_at FROM performance_checks p "
              "JOIN applications a ON a.id = p.application_id "
              "WHERE p.deleted = 0 AND (? = '' OR a.call_id = ?) ORDER BY p.opened_at"_s);
    q.addBindValue(call);
    q.addBindValue(call);
    if (q.exec()) {
        while (q.next()) {
            const int i = row.value(q.value(0).toString(), -1);
            if (i < 0)
                continue;
            IdleProject &p = (*out)[i];
            ++p.checks;
            p.lastOutcome = checkOutcomeFromKey(q.value(1).toString());
            p.lastCheckAt = q.value(2).toLongLong();
        }
    }

    for (IdleProject &p : *out) {
        QList<BusyDay> days;
        QString readError;
        if (!usage.busyDays(p.applicationId, p.from, asOf, &days, &readError)) {
            p.error = readError.isEmpty()
                          ? Text::tr("The usage of %1 could not be read.").arg(p.code)
                          : readError;
            continue;
        }
        p.finding = detectIdle(days, asOf, p.settings);
        p.source = windowSource(p.finding);
    }
    std::stable_sort(out->begin(), out->end(), [](const IdleProject &a, const IdleProject &b) {
        if (a.finding.flagged != b.finding.flagged)
            return a.finding.flagged;
        // Projects without data say nothing about idleness: after those with a ratio.
        const bool aData = a.finding.daysWithData > 0;
        const bool bData = b.finding.daysWithData > 0;
        if (aData != bData)
            return aData;
        return a.finding.meanRatio < b.finding.meanRatio;
    });
    return true;
}

bool PerformanceCheckRepository::flagged(UsageSource &usage, const QString &callId, QDate asOf,
                                         QList<IdleProject> *out, QString *error) const
{
    if (!projects(usage, callId, asOf, out, error))
        return false;
    out->erase(std::remove_if(out->begin(), out->end(),
                              [](const IdleProject &p) { return !p.finding.flagged; }),
               out->end());
    return true;
}

QList<PerformanceCheck> PerformanceCheckRepository::checks(const QString &applicationId) const
{
    QList<PerformanceCheck> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT p.id, p.opened_at, p.outcome, p.reason, p.evidence, "
              "coalesce(u.display_name, p.updated_by) FROM performance_checks p "
              "LEFT JOIN users u ON u.id = p.updated_by "
              "WHERE p.application_id = ? AND p.deleted = 0 "
              "ORDER BY p.opened_at DESC, p.rowid DESC"_s);
    q.addBindValue(applicationId);
    if (!q.exec())
        return out;
    while (q.next()) {
        PerformanceCheck c;
        c.id = q.value(0).toString();
        c.applicationId = applicationId;
        c.openedAt = q.value(1).toLongLong();
        c.outcome = checkOutcomeFromKey(q.value(2).toString()).value_or(CheckOutcome::Open);
        c.reason = q.value(3).toString();
        c.evidence = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        c.by = q.value(5).toString();
        out.append(c);
    }
    return out;
}

QDate PerformanceCheckRepository::defaultAsOf(qint64 nowMs)
{
    return displayDate(nowMs).addDays(-1);
}

QJsonObject PerformanceCheckRepository::evidenceJson(const IdleFinding &f, IdleSettings settings,
                                                     QDate asOf)
{
    QJsonArray daily;
    for (const IdleDayEvidence &e : f.evidence) {
        if (e.day < f.windowStart)
            continue;
        daily.append(QJsonObject{
            {u"day"_s, dateKey(e.day)},
            {u"ratio"_s, e.hasData ? QJsonValue(e.ratio) : QJsonValue(QJsonValue::Null)},
            {u"idle"_s, e.idle},
            {u"source"_s,
             e.hasData ? QJsonValue(busySourceKey(e.source)) : QJsonValue(QJsonValue::Null)}});
    }
    const std::optional<BusySource> source = windowSource(f);
    return QJsonObject{
        {u"as_of"_s, dateKey(asOf)},
        {u"threshold_percent"_s, settings.thresholdPercent},
        {u"days"_s, settings.days},
        {u"window_start"_s, dateKey(f.windowStart)},
        {u"flagged"_s, f.flagged},
        {u"mean_ratio"_s, f.meanRatio},
        {u"current_run"_s, f.currentRun},
        {u"longest_run"_s, f.longestRun},
        {u"longest_run_start"_s, dateKey(f.longestRunStart)},
        {u"days_with_data"_s, f.daysWithData},
        {u"source"_s, source ? QJsonValue(busySourceKey(*source)) : QJsonValue(QJsonValue::Null)},
        {u"daily"_s, daily}};
}

bool PerformanceCheckRepository::record(const CheckAction &action, QString *summary, QString *error)
{
    const QString reason = action.reason.trimmed();
    if (reason.isEmpty()) {
        *error = Text::tr("A performance check needs a reason: write why before confirming.");
        return false;
    }
    if (action.outcome == CheckOutcome::Open) {
        *error = Text::tr("Choose how the check ends: warning, reduction, reclaim or cleared.");
        return false;
    }
    QString done;
    const bool ok = m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(u"SELECT code, status FROM applications WHERE id = ? AND deleted = 0"_s);
            if (!run(q, {action.applicationId}, err))
                return false;
            if (!q.next()) {
                *err = Text::tr("The project no longer exists; reload the list.");
                return false;
            }
            const QString code = q.value(0).toString();
            const auto status = statusFromKey(q.value(1).toString());
            const bool holding =
                status == ApplicationStatus::Allocated || status == ApplicationStatus::Active;
            const qint64 now = Store::nowMs();
            const QString user = m_store.currentUserId().isNull() ? u""_s : m_store.currentUserId();
            QJsonObject evidence = evidenceJson(action.finding, action.settings, action.asOf);
            QStringList released;
            AllocationRepository allocations(m_store);
            ApplicationRepository applications(m_store);
            const QString statusText = status ? statusLabel(*status) : q.value(1).toString();

            switch (action.outcome) {
            case CheckOutcome::Warning:
                done = Text::tr("%1: warning recorded.").arg(code);
                break;
            case CheckOutcome::Cleared:
                done = Text::tr("%1: check cleared without action.").arg(code);
                break;
            case CheckOutcome::Reduction: {
                if (!holding) {
                    *err = Text::tr("%1 is %2; only allocated or active projects can have their "
                                    "nodes reduced.")
                               .arg(code, statusText);
                    return false;
                }
                QStringList nodes = action.nodeIds;
                if (nodes.isEmpty()) {
                    if (action.releaseNodes < 1) {
                        *err = Text::tr("Choose at least one node to release.");
                        return false;
                    }
                    // The last placed first: the newest allocation rows of the current grant.
                    q.prepare(u"SELECT al.node_id FROM allocations al "
                              "JOIN grants g ON g.id = al.grant_id "
                              "WHERE g.application_id = ? AND g.deleted = 0 "
                              "AND g.status <> 'released' AND al.deleted = 0 "
                              "ORDER BY al.starts_at DESC, al.rowid DESC"_s);
                    if (!run(q, {action.applicationId}, err))
                        return false;
                    QStringList all;
                    while (q.next())
                        all << q.value(0).toString();
                    if (action.releaseNodes >= all.size()) {
                        *err = Text::tr("%1 holds %n node(s); a reduction must leave it at least "
                                        "one. To release every node, reclaim the project.",
                                        nullptr, int(all.size()))
                                   .arg(code);
                        return false;
                    }
                    nodes = all.mid(0, action.releaseNodes);
                } else {
                    q.prepare(u"SELECT count(*) FROM allocations al "
                              "JOIN grants g ON g.id = al.grant_id "
                              "WHERE g.application_id = ? AND g.deleted = 0 "
                              "AND g.status <> 'released' AND al.deleted = 0"_s);
                    if (!run(q, {action.applicationId}, err) || !q.next())
                        return false;
                    if (QSet<QString>(nodes.cbegin(), nodes.cend()).size() >= q.value(0).toInt()) {
                        *err = Text::tr("A reduction must leave %1 at least one node. To "
                                        "release every node, reclaim the project.")
                                   .arg(code);
                        return false;
                    }
                }
                if (!allocations.releaseFromWithin(db, changed, action.applicationId, nodes, now,
                                                   reason, &released, err))
                    return false;
                ApplicationRepository::Move move{action.applicationId, *status, reason};
                move.allocationChange = true;
                if (!applications.applyWithin(db, changed, move, err))
                    return false;
                done =
                    Text::tr("%1: %n node(s) released from now on.", nullptr, int(released.size()))
                        .arg(code);
                break;
            }
            case CheckOutcome::Reclaim: {
                if (!holding) {
                    *err = Text::tr("%1 is %2; only allocated or active projects can be "
                                    "reclaimed.")
                               .arg(code, statusText);
                    return false;
                }
                if (!applications.applyWithin(
                        db, changed, {action.applicationId, ApplicationStatus::Reclaimed, reason},
                        err))
                    return false;
                // A project allocated on paper may hold no nodes yet; it is reclaimed all
                // the same.
                q.prepare(u"SELECT count(*) FROM grants WHERE application_id = ? AND "
                          "deleted = 0 AND status <> 'released'"_s);
                if (!run(q, {action.applicationId}, err) || !q.next())
                    return false;
                if (q.value(0).toInt() > 0 &&
                    !allocations.releaseFromWithin(db, changed, action.applicationId, {}, now,
                                                   reason, &released, err))
                    return false;
                done = Text::tr("%1 reclaimed; %n node(s) released from now on.", nullptr,
                                int(released.size()))
                           .arg(code);
                break;
            }
            case CheckOutcome::Open:
                return false;
            }

            if (!released.isEmpty())
                evidence.insert(u"released"_s, QJsonArray::fromStringList(released));
            const QString id = Store::newId();
            q.prepare(u"INSERT INTO performance_checks (id, updated_at, updated_by, "
                      "application_id, opened_at, outcome, reason, evidence) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
            if (!run(q,
                     {id, now, user, action.applicationId, now, checkOutcomeKey(action.outcome),
                      reason,
                      QString::fromUtf8(QJsonDocument(evidence).toJson(QJsonDocument::Compact))},
                     err))
                return false;
            const QJsonObject details{{u"check"_s, id},
                                      {u"code"_s, code},
                                      {u"outcome"_s, checkOutcomeKey(action.outcome)},
                                      {u"reason"_s, reason},
                                      {u"as_of"_s, dateKey(action.asOf)},
                                      {u"mean_ratio"_s, action.finding.meanRatio},
                                      {u"released"_s, QJsonArray::fromStringList(released)}};
            q.prepare(u"INSERT INTO audit_log (at, user_id, action, entity, entity_id, details) "
                      "VALUES (?, ?, 'performance_check', 'application', ?, ?)"_s);
            if (!run(q,
                     {now, user, action.applicationId,
                      QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))},
                     err))
                return false;
            changed << u"performance_checks"_s << u"audit_log"_s;
            return true;
        },
        error);
    if (ok && summary)
        *summary = done;
    return ok;
}

} // namespace gpudesk
