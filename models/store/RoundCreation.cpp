// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundCreation.h"

#include "SqlExec.h"
#include "Store.h"
#include "rules/CallStages.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RoundCreation)
};

// Puts what failed around the driver's message in *error; always false.
bool saveFailed(QString *error)
{
    *error = Text::tr("The new round could not be saved: %1. Nothing was changed.").arg(*error);
    return false;
}

// Copies the rows of `table` that belong to call `from` to call `to`, with new ids. `columns`
// are the table's own columns besides id, the bookkeeping and call_id.
bool copyRows(QSqlDatabase &db, const QString &table, const QString &columns, const QString &from,
              const QString &to, qint64 now, const QString &user, QString *error)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    // Table and column names are ours, never input; every value is bound.
    if (!execRoundWrite(
            read, u"SELECT %1 FROM %2 WHERE call_id = ? AND deleted = 0"_s.arg(columns, table),
            {from}, error))
        return false;
    const int n = int(columns.count(u',') + 1);
    QSqlQuery write(db);
    if (!prepareRoundWrite(
            write,
            u"INSERT INTO %1 (id, updated_at, updated_by, call_id, %2) VALUES (?, ?, ?, ?%3)"_s.arg(
                table, columns, QString(u", ?"_s).repeated(n)),
            error))
        return false;
    while (read.next()) {
        QVariantList values{Store::newId(), now, user, to};
        for (int i = 0; i < n; ++i)
            values << read.value(i);
        if (!runRoundWrite(write, values, error))
            return false;
    }
    return true;
}

} // namespace

bool prepareRoundWrite(QSqlQuery &q, const QString &statement, QString *error)
{
    return sql::prepare(q, statement, error) || saveFailed(error);
}

bool runRoundWrite(QSqlQuery &q, const QVariantList &values, QString *error)
{
    return sql::run(q, values, sql::NullText::AsNull, error) || saveFailed(error);
}

bool execRoundWrite(QSqlQuery &q, const QString &statement, const QVariantList &values,
                    QString *error)
{
    return prepareRoundWrite(q, statement, error) && runRoundWrite(q, values, error);
}

bool insertRoundWithin(QSqlDatabase &db, Store &store, const NewRound &r, QString *callId,
                       QString *error)
{
    const qint64 now = Store::nowMs();
    const QString user = store.currentUserId().isNull() ? u""_s : store.currentUserId();
    const QString who = store.currentUserName().isEmpty() ? user : store.currentUserName();
    QSqlQuery q(db);
    if (!execRoundWrite(
            q,
            u"SELECT c.call_type_id, t.stages, c.reviewers_per_application, c.pledge_text, "
            "c.max_months, c.waitlist_length FROM calls c JOIN call_types t ON "
            "t.id = c.call_type_id WHERE c.id = ? AND c.deleted = 0"_s,
            {r.fromCallId}, error))
        return false;
    if (!q.next()) {
        *error = Text::tr("The earlier round no longer exists.");
        return false;
    }
    const QString typeId = q.value(0).toString();
    const StageList stages = parseStages(q.value(1).toString());
    if (!stages.ok()) {
        *error = stages.error;
        return false;
    }
    const QVariantList settings{q.value(2), q.value(3), q.value(4), q.value(5)};
    if (!execRoundWrite(q, u"SELECT 1 FROM calls WHERE code = ?"_s, {r.code}, error))
        return false;
    if (q.next()) {
        *error =
            Text::tr("A call with the code %1 exists already; choose another code.").arg(r.code);
        return false;
    }
    *callId = Store::newId();
    QVariantList values{*callId,
                        now,
                        user,
                        typeId,
                        r.code,
                        r.title,
                        r.titleEn,
                        r.opensOn.toString(Qt::ISODate),
                        r.closesOn.toString(Qt::ISODate),
                        r.reviewDeadline.toString(Qt::ISODate),
                        r.allocationFrom.toString(Qt::ISODate)};
    values << settings << stages.stages.first();
    if (!execRoundWrite(
            q,
            u"INSERT INTO calls (id, updated_at, updated_by, call_type_id, code, title, "
            "title_en, opens_on, closes_on, review_deadline, allocation_from, "
            "reviewers_per_application, pledge_text, max_months, waitlist_length, stage) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            values, error))
        return false;
    if (!copyRows(db, u"call_accelerators"_s,
                  u"accelerator_type_id, max_nodes, price_per_gpu_hour, pool_id"_s, r.fromCallId,
                  *callId, now, user, error) ||
        !copyRows(db, u"call_share_rates"_s, u"org_type, eligible, share_basis_points"_s,
                  r.fromCallId, *callId, now, user, error) ||
        !copyRows(db, u"rubric_criteria"_s,
                  u"ordinal, name, name_en, weight, min_score, max_score, guidance"_s, r.fromCallId,
                  *callId, now, user, error) ||
        !copyRows(db, u"panel_members"_s, u"reviewer_id"_s, r.fromCallId, *callId, now, user,
                  error))
        return false;
    return execRoundWrite(
        q,
        u"INSERT INTO call_stage_history (id, updated_at, updated_by, call_id, from_stage, "
        "to_stage, changed_at, changed_by, reason) VALUES (?, ?, ?, ?, '', ?, ?, ?, ?)"_s,
        {Store::newId(), now, user, *callId, stages.stages.first(), now, who, r.historyReason},
        error);
}

} // namespace gpudesk
