// SPDX-License-Identifier: GPL-3.0-or-later
// The cost-share statements report (자부담 정산 보고서): what ReportBuilder::statements writes.
#include "reports/ReportBuilder.h"

#include "reports/ReportFormat.h"
#include "reports/StatementReportData.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gpudesk::ReportBuilder {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StatementsReport)
};

using namespace ReportFormat;

QStringList summaryCells(const StatementSummary &s)
{
    return {count(s.projects),       count(s.refused),        count(s.gpuHours),
            formatMoney(s.marketValue), formatMoney(s.amount), formatMoney(s.vat),
            formatMoney(s.total)};
}

ReportTable monthTable(const StatementSheet &sheet)
{
    ReportTable t;
    t.headers = {Text::tr("Project"),   Text::tr("Organisation"), Text::tr("Type"),
                 Text::tr("GPU-hours"), Text::tr("Price per GPU-hour"), Text::tr("Share"),
                 Text::tr("Amount"),    Text::tr("VAT"),          Text::tr("Total")};
    t.widths = {0, 1};
    t.numeric = {false, false, false, true, true, true, true, true, true};
    for (const StatementRow &r : sheet.rows) {
        const Statement &s = r.statement;
        const QString org = Text::tr("%1 (%2)").arg(r.orgName, orgTypeLabel(r.orgType));
        if (!s.ok()) {
            t.rows.append({r.code, org, r.typeCode, QString(), QString(), QString(),
                           Text::tr("Not billed: %1").arg(s.error), QString(), QString()});
            continue;
        }
        QString share = basisPointsAsPercent(s.shareBasisPoints) + u'%';
        if (s.payPercent < 100)
            share = Text::tr("%1, youth −%2%").arg(share).arg(100 - s.payPercent);
        t.rows.append({r.code, org, r.typeCode, count(s.gpuHours),
                       formatMoney({s.pricePerGpuHour}), share, formatMoney(s.amount),
                       formatMoney(s.vat), formatMoney(s.total)});
    }
    const StatementSummary &sum = sheet.summary;
    t.rows.append({Text::tr("Total"), Text::tr("%n statement(s)", nullptr, sum.projects),
                   QString(), count(sum.gpuHours), QString(), QString(), formatMoney(sum.amount),
                   formatMoney(sum.vat), formatMoney(sum.total)});
    t.totalRows = 1;
    return t;
}

} // namespace

ReportDocument statements(const StatementReportData &d, const ReportRequest &request)
{
    const QString months = d.months.isEmpty()
                               ? Text::tr("none")
                               : Text::tr("%1 – %2").arg(month(d.fromMonth), month(d.toMonth));
    ReportDocument doc = frame(
        request, Text::tr("Cost-share statements"),
        Text::tr("%1 %2").arg(d.call.code, d.call.title),
        {{Text::tr("Call"), Text::tr("%1 %2").arg(d.call.code, d.call.title)},
         {Text::tr("Months"), months},
         {Text::tr("Statements"), count(d.total.projects)},
         {Text::tr("GPU-hours billed"), count(d.total.gpuHours)},
         {Text::tr("Total with VAT"), formatMoney(d.total.total)}});

    doc.heading(Text::tr("1. The call's total"));
    doc.paragraph(Text::tr("A statement bills a project's allocated GPU-hours in a month at the "
                           "call's market price, times the share rate of its organisation type "
                           "(youth-founded companies pay less by the call's discount), plus "
                           "VAT. Statements that cannot be computed are counted as refused and "
                           "billed nothing."));
    ReportTable t;
    t.headers = {Text::tr("Month"),  Text::tr("Statements"), Text::tr("Refused"),
                 Text::tr("GPU-hours"), Text::tr("Market value"), Text::tr("Amount"),
                 Text::tr("VAT"),    Text::tr("Total")};
    t.numeric = {false, true, true, true, true, true, true, true};
    for (const StatementSheet &sheet : d.months)
        t.rows.append(QStringList{month(sheet.month)} + summaryCells(sheet.summary));
    if (!t.rows.isEmpty()) {
        t.rows.append(QStringList{Text::tr("Total")} + summaryCells(d.total));
        t.totalRows = 1;
    }
    t.emptyText = Text::tr("No project of the call held nodes in the months chosen.");
    doc.table(t);

    for (int i = 0; i < d.months.size(); ++i) {
        const StatementSheet &sheet = d.months[i];
        doc.heading(Text::tr("%1. Statements of %2").arg(i + 2).arg(month(sheet.month)));
        doc.table(monthTable(sheet));
    }
    return doc;
}

} // namespace gpudesk::ReportBuilder
