// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportCall.h"
#include "store/StatementRepository.h"

#include <QList>
#include <QString>

namespace gpudesk {

class Store;

// The cost-share statements of a call: each month's sheet exactly as the Billing view computes
// it, and the call's total over those months (summarizeStatements over every statement).
struct StatementReportData
{
    ReportCall call;
    QString fromMonth; // "YYYY-MM"
    QString toMonth;
    QList<StatementSheet> months; // months with allocated time, in order
    StatementSummary total;
};

// The months of the call with allocated time between fromMonth and toMonth ("YYYY-MM",
// inclusive; empty for no bound). A month that is not "YYYY-MM" is refused.
bool loadStatementReport(Store &store, const QString &callId, const QString &fromMonth,
                         const QString &toMonth, StatementReportData *out, QString *error);

} // namespace gpudesk
