// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportBuilder.h"

#include "domain/DisplayLanguage.h"
#include "domain/TimeFormat.h"
#include "reports/AgendaReportData.h"
#include "reports/AllocationStatusData.h"
#include "reports/CallSummaryData.h"
#include "reports/EvaluationReportData.h"
#include "reports/ReportFormat.h"
#include "reports/StatementReportData.h"
#include "reports/UsageReportData.h"
#include "store/PerformanceCheckRepository.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace gpudesk::ReportBuilder {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

// The usage report's period when the request names none: the 30 whole days up to yesterday.
void defaultPeriod(ReportRequest *r)
{
    if (!r->to.isValid())
        r->to = PerformanceCheckRepository::defaultAsOf(r->nowMs);
    if (!r->from.isValid())
        r->from = r->to.addDays(-29);
}

QString monthKey(const QDate &day)
{
    return day.isValid() ? day.toString(u"yyyy-MM"_s) : QString();
}

// What can be refused before any reading, in the user interface's language (the report's
// language applies only inside the document).
bool validate(Store &store, UsageSource *usage, const ReportRequest &r, QString *error)
{
    if (reportNeedsCall(r.kind)) {
        if (r.callId.isEmpty()) {
            *error = reportRoundActivity(r.kind)
                         ? Text::tr("Choose the round the report is about.")
                         : Text::tr("Choose the call the report is about.");
            return false;
        }
        ReportCall call;
        if (!loadReportCall(store, r.callId, &call, error))
            return false;
    }
    if (reportNeedsPeriod(r.kind) && r.from.isValid() && r.to.isValid() && r.to < r.from) {
        *error = Text::tr("The period ends (%1) before it starts (%2): swap the two dates.")
                     .arg(formatDate(startOfDay(r.to)), formatDate(startOfDay(r.from)));
        return false;
    }
    if (r.kind == ReportKind::Usage && !usage) {
        *error = Text::tr("The usage report needs the profile's telemetry, which this gpudesk "
                          "cannot read yet. The other reports are available.");
        return false;
    }
    return true;
}

} // namespace

QString fontFamily()
{
    static const QString chosen = [] {
        const QStringList installed = QFontDatabase::families();
        for (const QString &family :
             {u"Noto Sans CJK KR"_s, u"Malgun Gothic"_s, u"NanumGothic"_s, u"Noto Sans KR"_s}) {
            if (installed.contains(family))
                return family;
        }
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return chosen;
}

ReportDocument frame(const ReportRequest &request, const QString &title, const QString &subtitle,
                     const QList<QPair<QString, QString>> &cover)
{
    ReportDocument d;
    d.title = title;
    d.subtitle = subtitle;
    d.cover = cover;
    if (!request.preparedBy.isEmpty())
        d.cover.append({Text::tr("Prepared by"), request.preparedBy});
    d.cover.append({Text::tr("Generated"), ReportFormat::dateTime(request.nowMs)});
    d.classification = request.classification.trimmed();
    d.generated = Text::tr("Generated %1").arg(ReportFormat::dateTime(request.nowMs));
    //: Page number in a report's footer: page 3 of 40
    d.pageFormat = Text::tr("Page %1 of %2");
    //: Added to a table's heading on the pages it continues on
    d.continued = Text::tr("(continued)");
    d.language = DisplayLanguage::code();
    d.fontFamily = fontFamily();
    d.creator = u"gpudesk "_s + QStringLiteral(GPUDESK_VERSION);
    return d;
}

bool build(Store &store, UsageSource *usage, const ReportRequest &request, ReportDocument *out,
           QString *error)
{
    ReportRequest r = request;
    if (r.nowMs <= 0)
        r.nowMs = Store::nowMs();
    if (r.kind == ReportKind::Usage)
        defaultPeriod(&r);
    if (!validate(store, usage, r, error))
        return false;

    const DisplayLanguage::Scope scope(r.language);
    switch (r.kind) {
    case ReportKind::CallSummary: {
        CallSummaryData data;
        if (!loadCallSummary(store, r.callId, r.rankBy, &data, error))
            return false;
        *out = callSummary(data, r);
        return true;
    }
    case ReportKind::Allocation: {
        AllocationStatusData data;
        if (!loadAllocationStatus(store, r.nowMs, 12, 30, &data, error))
            return false;
        *out = allocationStatus(data, r);
        return true;
    }
    case ReportKind::Usage: {
        UsageReportData data;
        if (!loadUsageReport(store, *usage, r.callId, r.from, r.to, &data, error))
            return false;
        *out = ReportBuilder::usage(data, r);
        return true;
    }
    case ReportKind::Statements: {
        StatementReportData data;
        if (!loadStatementReport(store, r.callId, monthKey(r.from), monthKey(r.to), &data, error))
            return false;
        *out = statements(data, r);
        return true;
    }
    case ReportKind::Agenda: {
        AgendaReportData data;
        if (!loadAgendaReport(store, r.callId, r.rankBy, &data, error))
            return false;
        *out = agenda(data, r);
        return true;
    }
    case ReportKind::Evaluation: {
        EvaluationReportData data;
        if (!loadEvaluationReport(store, r.callId, r.rankBy, &data, error))
            return false;
        *out = evaluation(data, r);
        return true;
    }
    }
    return false;
}

} // namespace gpudesk::ReportBuilder
