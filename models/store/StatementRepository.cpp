// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementRepository.h"

#include "CallRepository.h"
#include "Store.h"
#include "domain/DisplayLanguage.h"
#include "data/Csv.h"
#include "domain/TimeFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StatementRepository)
};

QString readFailed(const QSqlQuery &q)
{
    return Text::tr("The statements could not be read: %1. Reload and try again.")
        .arg(q.lastError().text());
}

bool bindRun(QSqlQuery &q, const QVariantList &values, QString *error)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (q.exec())
        return true;
    *error = readFailed(q);
    return false;
}

// A statement row as it was issued.
struct Issued
{
    QString id;
    qint64 gpuHours = 0;
    qint64 amount = 0;
    qint64 vat = 0;
    qint64 issuedAt = 0;
    bool deleted = false;

    bool sameFigures(const Statement &s) const
    {
        return s.ok() && gpuHours == s.gpuHours && amount == s.amount.won && vat == s.vat.won;
    }
};

bool readIssued(const QSqlDatabase &db, const QString &callId, const QString &month,
                QHash<QString, Issued> *out, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT s.application_id, s.id, s.gpu_hours, s.amount, s.vat, s.issued_at, "
              "s.deleted FROM statements s JOIN applications a ON a.id = s.application_id "
              "WHERE a.call_id = ? AND s.month = ?"_s);
    if (!bindRun(q, {callId, month}, error))
        return false;
    while (q.next())
        out->insert(q.value(0).toString(),
                    {q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                     q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toBool()});
    return true;
}

QString money(Money m)
{
    return QString::number(m.won);
}

} // namespace

QString basisPointsAsPercent(int basisPoints)
{
    const int whole = basisPoints / 100;
    int part = qAbs(basisPoints % 100);
    if (part == 0)
        return QString::number(whole);
    QString fraction = u"%1"_s.arg(part, 2, 10, QLatin1Char('0'));
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    return (basisPoints < 0 && whole == 0 ? u"-"_s : QString()) + QString::number(whole) + u'.' +
           fraction;
}

bool StatementRepository::compute(const QString &callId, const QString &month, StatementSheet *out,
                                  QString *error) const
{
    StatementSheet sheet;
    sheet.callId = callId;
    sheet.month = month;
    qint64 monthStart = 0, monthEnd = 0;
    if (!monthRange(month, &monthStart, &monthEnd)) {
        *error = Text::tr("“%1” is not a month. Write the month as YYYY-MM, for example 2026-02.")
                     .arg(month);
        return false;
    }
    const QSqlDatabase db = m_store.db();
    const std::optional<CallRules> rules = CallRepository(db).rules(callId);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT code, vat_percent FROM calls WHERE id = ? AND deleted = 0"_s);
    if (!bindRun(q, {callId}, error))
        return false;
    if (!rules || !q.next()) {
        *error = Text::tr("The call no longer exists; choose another one.");
        return false;
    }
    sheet.callCode = q.value(0).toString();
    const int vatPercent = q.value(1).toInt();

    // Every allocation of the call's projects that touches the month, from grants of any
    // status: a completed or reclaimed project still pays for the time it held.
    q.prepare(u"SELECT g.application_id, al.starts_at, al.ends_at, n.accelerator_count, "
              "g.status, g.updated_at FROM allocations al "
              "JOIN grants g ON g.id = al.grant_id "
              "JOIN applications a ON a.id = g.application_id "
              "JOIN nodes n ON n.id = al.node_id "
              "WHERE a.call_id = ? AND a.deleted = 0 AND g.deleted = 0 AND al.deleted = 0 "
              "AND al.starts_at < ? AND al.ends_at > ?"_s);
    if (!bindRun(q, {callId, monthEnd, monthStart}, error))
        return false;
    QHash<QString, QList<BilledWindow>> windows;
    while (q.next()) {
        qint64 end = q.value(2).toLongLong();
        // A grant released on the map keeps its planned windows; it ended when it was released.
        if (q.value(4).toString() == u"released"_s)
            end = qMin(end, q.value(5).toLongLong());
        const qint64 start = q.value(1).toLongLong();
        if (end <= start)
            continue;
        windows[q.value(0).toString()].append({start, end, 1, q.value(3).toInt()});
    }

    QHash<QString, Issued> issued;
    if (!readIssued(db, callId, month, &issued, error))
        return false;

    q.prepare(u"SELECT a.id, a.code, a.title, a.title_en, o.name, o.name_en, o.org_type, "
              "o.youth_founded, t.code FROM applications a "
              "JOIN organizations o ON o.id = a.organization_id "
              "JOIN accelerator_types t ON t.id = a.accelerator_type_id "
              "WHERE a.call_id = ? AND a.deleted = 0 ORDER BY a.code"_s);
    if (!bindRun(q, {callId}, error))
        return false;
    const bool english = DisplayLanguage::isEnglish();
    while (q.next()) {
        const QString id = q.value(0).toString();
        const auto w = windows.constFind(id);
        const auto was = issued.constFind(id);
        const bool wasIssued = was != issued.cend() && !was->deleted;
        if (w == windows.cend() && !wasIssued)
            continue; // nothing to bill and nothing billed
        StatementRow row;
        row.applicationId = id;
        row.code = q.value(1).toString();
        const QString titleEn = q.value(3).toString();
        row.title = english && !titleEn.isEmpty() ? titleEn : q.value(2).toString();
        const QString orgEn = q.value(5).toString();
        row.orgName = english && !orgEn.isEmpty() ? orgEn : q.value(4).toString();
        const auto orgType = orgTypeFromKey(q.value(6).toString());
        row.orgType = orgType.value_or(OrganizationType::University);
        row.youthFounded = q.value(7).toBool();
        row.youthDiscountPercent = rules->youthDiscountPercent;
        row.typeCode = q.value(8).toString();

        StatementInput in;
        in.month = month;
        if (w != windows.cend())
            in.windows = *w;
        const CallAccelerator *acc = rules->accelerator(row.typeCode);
        in.pricePerGpuHour = acc ? acc->pricePerGpuHour : 0;
        if (orgType) {
            if (const CallShareRate *rate = rules->shareRate(*orgType))
                in.shareRate = *rate;
        }
        in.youthFounded = row.youthFounded;
        in.youthDiscountPercent = rules->youthDiscountPercent;
        in.vatPercent = vatPercent;
        if (acc) {
            row.statement = monthlyStatement(in);
        } else {
            row.statement.month = month;
            row.statement.error = Text::tr("The call sets no price for %1 GPUs, so no statement "
                                           "can be issued. Add the price to the call first.")
                                      .arg(row.typeCode);
        }
        if (wasIssued) {
            row.issued = true;
            row.issuedAt = was->issuedAt;
            row.issuedDiffers = !was->sameFigures(row.statement) || w == windows.cend();
        }
        sheet.rows.append(row);
    }
    QList<Statement> statements;
    for (const StatementRow &r : std::as_const(sheet.rows)) {
        // A project that only had an issued statement left is not billed again.
        if (windows.contains(r.applicationId))
            statements.append(r.statement);
    }
    sheet.summary = summarizeStatements(statements);
    *out = std::move(sheet);
    return true;
}

QStringList StatementRepository::months(const QString &callId) const
{
    QStringList out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT min(al.starts_at), max(al.ends_at) FROM allocations al "
              "JOIN grants g ON g.id = al.grant_id JOIN applications a ON a.id = g.application_id "
              "WHERE a.call_id = ? AND a.deleted = 0 AND g.deleted = 0 AND al.deleted = 0"_s);
    q.addBindValue(callId);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return out;
    QDate first = displayDate(q.value(0).toLongLong());
    const QDate last = displayDate(q.value(1).toLongLong() - 1);
    first = QDate(first.year(), first.month(), 1);
    // Windows are at most 12 months; the cap only guards against damaged data.
    for (QDate d = first; d <= last && out.size() < 120; d = d.addMonths(1))
        out << d.toString(u"yyyy-MM"_s);
    return out;
}

bool StatementRepository::plan(const StatementSheet &sheet, IssueResult *result,
                               QList<int> *toWrite, QStringList *toWithdraw, QString *error) const
{
    *result = {};
    QHash<QString, Issued> issued;
    if (!readIssued(m_store.db(), sheet.callId, sheet.month, &issued, error))
        return false;
    for (int i = 0; i < sheet.rows.size(); ++i) {
        const StatementRow &r = sheet.rows[i];
        const auto was = issued.constFind(r.applicationId);
        const bool live = was != issued.cend() && !was->deleted;
        if (!r.statement.ok()) {
            ++result->refused;
            continue;
        }
        if (live && r.issuedDiffers && r.statement.lines.isEmpty()) {
            // Issued before, but no allocated time in the month is left.
            ++result->withdrawn;
            toWithdraw->append(was->id);
        } else if (!live) {
            ++result->added;
            toWrite->append(i);
        } else if (was->sameFigures(r.statement)) {
            ++result->unchanged;
        } else {
            ++result->replaced;
            toWrite->append(i);
        }
    }
    return true;
}

bool StatementRepository::previewIssue(const QString &callId, const QString &month,
                                       IssueResult *result, QString *error) const
{
    StatementSheet sheet;
    QList<int> toWrite;
    QStringList toWithdraw;
    return compute(callId, month, &sheet, error) &&
           plan(sheet, result, &toWrite, &toWithdraw, error);
}

bool StatementRepository::issue(const QString &callId, const QString &month, IssueResult *result,
                                QString *error)
{
    IssueResult done;
    const bool ok = m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            // Computed inside the transaction, so what is issued is what the data says now.
            StatementSheet sheet;
            QList<int> toWrite;
            QStringList toWithdraw;
            if (!compute(callId, month, &sheet, err) ||
                !plan(sheet, &done, &toWrite, &toWithdraw, err))
                return false;
            const qint64 now = Store::nowMs();
            const QString user = m_store.currentUserId().isNull() ? u""_s : m_store.currentUserId();
            QSqlQuery q(db);
            // The UNIQUE (application_id, month) row is reused, withdrawn or not: ids never
            // change, and a replaced statement stays one row.
            q.prepare(u"INSERT INTO statements (id, updated_at, updated_by, application_id, "
                      "month, gpu_hours, amount, vat, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                      "?) ON CONFLICT (application_id, month) DO UPDATE SET "
                      "updated_at = excluded.updated_at, updated_by = excluded.updated_by, "
                      "gpu_hours = excluded.gpu_hours, amount = excluded.amount, "
                      "vat = excluded.vat, issued_at = excluded.issued_at, deleted = 0"_s);
            for (int i : std::as_const(toWrite)) {
                const Statement &s = sheet.rows[i].statement;
                const QVariantList values{
                    Store::newId(), now,       user, sheet.rows[i].applicationId, month, s.gpuHours,
                    s.amount.won,   s.vat.won, now};
                for (int v = 0; v < values.size(); ++v)
                    q.bindValue(v, values[v]);
                if (!q.exec()) {
                    *err = Text::tr("The statements could not be issued: %1. Nothing was "
                                    "issued; try again.")
                               .arg(q.lastError().text());
                    return false;
                }
            }
            q.prepare(u"UPDATE statements SET deleted = 1, updated_at = ?, updated_by = ? "
                      "WHERE id = ?"_s);
            for (const QString &id : std::as_const(toWithdraw)) {
                q.bindValue(0, now);
                q.bindValue(1, user);
                q.bindValue(2, id);
                if (!q.exec()) {
                    *err = Text::tr("The statements could not be issued: %1. Nothing was "
                                    "issued; try again.")
                               .arg(q.lastError().text());
                    return false;
                }
            }
            if (!toWrite.isEmpty() || !toWithdraw.isEmpty()) {
                q.prepare(u"INSERT INTO audit_log (at, user_id, action, entity, entity_id, "
                          "details) VALUES (?, ?, 'statements_issued', 'call', ?, ?)"_s);
                q.bindValue(0, now);
                q.bindValue(1, user);
                q.bindValue(2, callId);
                const QJsonObject details{{u"month"_s, month},
                                          {u"added"_s, done.added},
                                          {u"replaced"_s, done.replaced},
                                          {u"withdrawn"_s, done.withdrawn},
                                          {u"unchanged"_s, done.unchanged},
                                          {u"refused"_s, done.refused}};
                q.bindValue(
                    3, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
                if (!q.exec()) {
                    *err = Text::tr("The statements could not be issued: %1. Nothing was "
                                    "issued; try again.")
                               .arg(q.lastError().text());
                    return false;
                }
                changed << u"statements"_s << u"audit_log"_s;
            }
            return true;
        },
        error);
    if (ok && result)
        *result = done;
    return ok;
}

bool StatementRepository::writeCsv(const StatementSheet &sheet, QIODevice *out, QString *error)
{
    CsvWriter csv(out);
    //: Column headers of the statements export (CSV for a spreadsheet).
    csv.writeRow({Text::tr("Project"), Text::tr("Organisation"), Text::tr("Type"),
                  Text::tr("GPU-hours"), Text::tr("Price per GPU-hour (KRW)"), Text::tr("Share %"),
                  Text::tr("Youth discount %"), Text::tr("Amount (KRW)"), Text::tr("VAT (KRW)"),
                  Text::tr("Total (KRW)"), Text::tr("Note")});
    for (const StatementRow &r : sheet.rows) {
        const Statement &s = r.statement;
        if (!s.ok()) {
            csv.writeRow({r.code, r.orgName, r.typeCode, {}, {}, {}, {}, {}, {}, {}, s.error});
            continue;
        }
        csv.writeRow(
            {r.code, r.orgName, r.typeCode, QString::number(s.gpuHours),
             QString::number(s.pricePerGpuHour), basisPointsAsPercent(s.shareBasisPoints),
             QString::number(100 - s.payPercent), money(s.amount), money(s.vat), money(s.total),
             s.lines.isEmpty() ? Text::tr("No allocated time in the month any more.") : QString()});
    }
    const StatementSummary &sum = sheet.summary;
    QString note;
    if (sum.refused > 0)
        note = Text::tr("%n project(s) refused: not included.", nullptr, sum.refused);
    csv.writeRow({Text::tr("Total %1 %2").arg(sheet.callCode, sheet.month),
                  Text::tr("%n project(s)", nullptr, sum.projects),
                  {},
                  QString::number(sum.gpuHours),
                  {},
                  {},
                  {},
                  money(sum.amount),
                  money(sum.vat),
                  money(sum.total),
                  note});
    if (!csv.ok()) {
        *error = Text::tr("The statements could not be written: %1. Check that the folder is "
                          "writable and the disk has room.")
                     .arg(out->errorString());
        return false;
    }
    return true;
}

} // namespace gpudesk
