// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportDocument.h"
#include "reports/ReportRequest.h"

#include <QPair>
#include <QString>

namespace gpudesk {

class Store;
class UsageSource;
struct AgendaReportData;
struct AllocationStatusData;
struct CallSummaryData;
struct EvaluationReportData;
struct StatementReportData;
struct UsageReportData;

// Turns a request into a document: reads the report's data from models/reports and writes it
// out in the request's language (a DisplayLanguage::Scope for the whole build, so names from
// the store, labels and messages all follow it). GUI thread only: the store's connection and
// QCustomPlot live there. Painting the document afterwards may happen on any thread.
namespace ReportBuilder {

// False with *error in the request's language when the data cannot be read (no such call, no
// usage source for the usage report, a bad period).
bool build(Store &store, UsageSource *usage, const ReportRequest &request, ReportDocument *out,
           QString *error);

// The parts, for tests and the benchmark; call them inside a DisplayLanguage::Scope.
ReportDocument frame(const ReportRequest &request, const QString &title, const QString &subtitle,
                     const QList<QPair<QString, QString>> &cover);
ReportDocument callSummary(const CallSummaryData &data, const ReportRequest &request);
ReportDocument allocationStatus(const AllocationStatusData &data, const ReportRequest &request);
ReportDocument usage(const UsageReportData &data, const ReportRequest &request);
ReportDocument statements(const StatementReportData &data, const ReportRequest &request);
ReportDocument agenda(const AgendaReportData &data, const ReportRequest &request);
ReportDocument evaluation(const EvaluationReportData &data, const ReportRequest &request);

// The first installed family of Noto Sans CJK KR, Malgun Gothic, NanumGothic, else the default.
QString fontFamily();

} // namespace ReportBuilder
} // namespace gpudesk
