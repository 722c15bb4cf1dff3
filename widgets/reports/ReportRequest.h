// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/CallStages.h"
#include "rules/Ranking.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace gpudesk {

// The reports a manager prints (issue 7).
enum class ReportKind
{
    CallSummary, // applications, review outcome, selected and waitlisted
    Allocation,  // nodes by provider, cluster, pool and type; occupancy; ending soon
    Usage,       // utilisation, flagged projects with their evidence, actions taken
    Statements,  // cost-share statements per project and month, the call's total
    Agenda,      // a national-project round's demands for the ministers' meeting (issue 9)
    Evaluation,  // a program round's teams by score with next year's shares (issue 9)
};

QList<ReportKind> reportKinds();
// "call-summary", "allocation", "usage", "statements", "agenda", "evaluation": the command
// line's words.
QString reportKindKey(ReportKind kind);
std::optional<ReportKind> reportKindFromKey(const QString &key);
// In the user interface's language.
QString reportKindLabel(ReportKind kind);
QString reportKindDescription(ReportKind kind);
// Which choices the report takes.
bool reportNeedsCall(ReportKind kind);
bool reportNeedsPeriod(ReportKind kind);
// The activity a round's type must allow for the report (the agenda: Deliberation, the
// evaluation: Shares); none for reports about any call.
std::optional<StageActivity> reportRoundActivity(ReportKind kind);

// What to print and how.
struct ReportRequest
{
    ReportKind kind = ReportKind::CallSummary;
    QString callId; // id or code (a round for the agenda and the evaluation); the allocation
                    // report is about the whole fleet
    // Usage: the days [from, to]. Statements: the months they fall in (invalid: every month).
    QDate from;
    QDate to;
    QString language = QStringLiteral("ko"); // "ko" or "en", whatever the window shows
    QString classification;                  // printed on every page (대외비); may be empty
    QString preparedBy;                      // the user's name for the title page
    qint64 nowMs = 0;                        // "generated at" and the allocation's day; 0: now
    RankBy rankBy = RankBy::Raw; // call summary, agenda and evaluation
};

} // namespace gpudesk
