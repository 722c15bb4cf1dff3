// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportRequest.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

} // namespace

QList<ReportKind> reportKinds()
{
    return {ReportKind::CallSummary, ReportKind::Allocation, ReportKind::Usage,
            ReportKind::Statements,  ReportKind::Agenda,     ReportKind::Evaluation};
}

QString reportKindKey(ReportKind kind)
{
    switch (kind) {
    case ReportKind::CallSummary:
        return u"call-summary"_s;
    case ReportKind::Allocation:
        return u"allocation"_s;
    case ReportKind::Usage:
        return u"usage"_s;
    case ReportKind::Statements:
        return u"statements"_s;
    case ReportKind::Agenda:
        return u"agenda"_s;
    case ReportKind::Evaluation:
        return u"evaluation"_s;
    }
    return {};
}

std::optional<ReportKind> reportKindFromKey(const QString &key)
{
    for (ReportKind kind : reportKinds()) {
        if (reportKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString reportKindLabel(ReportKind kind)
{
    switch (kind) {
    case ReportKind::CallSummary:
        return Text::tr("Call summary");
    case ReportKind::Allocation:
        return Text::tr("Allocation status");
    case ReportKind::Usage:
        return Text::tr("Usage and performance checks");
    case ReportKind::Statements:
        return Text::tr("Cost-share statements");
    case ReportKind::Agenda:
        return Text::tr("National-project meeting agenda");
    case ReportKind::Evaluation:
        return Text::tr("Annual evaluation result");
    }
    return {};
}

QString reportKindDescription(ReportKind kind)
{
    switch (kind) {
    case ReportKind::CallSummary:
        return Text::tr("The call's applications by organisation type, field, accelerator type "
                        "and requested nodes; the review outcome; the selected and waitlisted "
                        "applications with their scores.");
    case ReportKind::Allocation:
        return Text::tr("The fleet's nodes by provider, cluster, pool and type today; occupancy "
                        "month by month over the coming year; the allocations ending soon.");
    case ReportKind::Usage:
        return Text::tr("Utilisation of the fleet and of the call's projects over the period; "
                        "the projects the idle check flags, with their evidence; the checks "
                        "recorded.");
    case ReportKind::Statements:
        return Text::tr("The call's monthly cost-share statements per project and the call's "
                        "total over the months chosen.");
    case ReportKind::Agenda:
        return Text::tr("A national-project round's demands ranked by their pre-review score "
                        "for the ministers' meeting, what they ask of the pool against its "
                        "capacity, and the decisions recorded.");
    case ReportKind::Evaluation:
        return Text::tr("A program round's teams ranked by their evaluation score, with the "
                        "nodes they hold now, the rule's proposal and next year's shares, and "
                        "the reasons recorded.");
    }
    return {};
}

bool reportNeedsCall(ReportKind kind)
{
    return kind != ReportKind::Allocation;
}

bool reportNeedsPeriod(ReportKind kind)
{
    return kind == ReportKind::Usage || kind == ReportKind::Statements;
}

std::optional<StageActivity> reportRoundActivity(ReportKind kind)
{
    if (kind == ReportKind::Agenda)
        return StageActivity::Deliberation;
    if (kind == ReportKind::Evaluation)
        return StageActivity::Shares;
    return std::nullopt;
}

} // namespace gpudesk
