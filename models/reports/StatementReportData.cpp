// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/StatementReportData.h"

#include "rules/Statement.h"

#include <QCoreApplication>

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

bool isMonth(const QString &month)
{
    qint64 start = 0, end = 0;
    return monthRange(month, &start, &end);
}

} // namespace

bool loadStatementReport(Store &store, const QString &callId, const QString &fromMonth,
                         const QString &toMonth, StatementReportData *out, QString *error)
{
    for (const QString &m : {fromMonth, toMonth}) {
        if (!m.isEmpty() && !isMonth(m)) {
            *error = Text::tr("%1 is not a month: write it as YYYY-MM, such as 2026-02.").arg(m);
            return false;
        }
    }
    StatementReportData d;
    if (!loadReportCall(store, callId, &d.call, error))
        return false;
    const StatementRepository statements(store);
    QList<Statement> all;
    for (const QString &month : statements.months(d.call.id)) {
        if ((!fromMonth.isEmpty() && month < fromMonth) || (!toMonth.isEmpty() && month > toMonth))
            continue;
        StatementSheet sheet;
        if (!statements.compute(d.call.id, month, &sheet, error))
            return false;
        for (const StatementRow &row : std::as_const(sheet.rows))
            all.append(row.statement);
        d.months.append(sheet);
    }
    d.fromMonth = d.months.isEmpty() ? fromMonth : d.months.constFirst().month;
    d.toMonth = d.months.isEmpty() ? toMonth : d.months.constLast().month;
    d.total = summarizeStatements(all);
    *out = std::move(d);
    return true;
}

} // namespace gpudesk
