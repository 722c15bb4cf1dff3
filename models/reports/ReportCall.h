// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/CallStages.h"
#include "store/CallRepository.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace gpudesk {

class Store;

// The call a report is about, with its title in the display language.
struct ReportCall
{
    QString id;
    QString code;
    QString title;
    QDate opens;
    QDate closes;
};

// Reads the call (by id or code) through CallRepository; false (with *error naming the
// profile's calls) when there is no such call.
bool loadReportCall(Store &store, const QString &callId, ReportCall *out, QString *error);

// The calls a report offers. A report about rounds of one kind passes the activity their type
// must allow (reportRoundActivity: the agenda's deliberation, the evaluation's shares) and gets
// those rounds; a report about any call passes none and gets every call.
QList<CallSummary> reportCalls(Store &store, std::optional<StageActivity> activity);

} // namespace gpudesk
