// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"
#include "rules/IdleDetection.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace gpudesk {

class Store;
class UsageSource;

// How a performance check (성과 점검) ends; the keys are performance_checks.outcome.
enum class CheckOutcome
{
    Open,
    Warning,   // a written warning, nothing else changes
    Reduction, // some nodes released from now on
    Reclaim,   // the project reclaimed and all its nodes released from now on
    Cleared,   // closed without action
};
QString checkOutcomeKey(CheckOutcome o);
std::optional<CheckOutcome> checkOutcomeFromKey(const QString &key);
QString checkOutcomeLabel(CheckOutcome o);

// One project as the idle check sees it on a day.
struct IdleProject
{
    QString applicationId;
    QString code;
    QString title;
    QString orgName;
    QString callId;
    ApplicationStatus status = ApplicationStatus::Active;
    int nodes = 0;       // nodes its current grant holds
    int gpusPerNode = 8; // of its accelerator type
    IdleSettings settings;
    QDate from; // first day read (the chart's left edge)
    QDate asOf;
    IdleFinding finding;
    // Where the busy time of the window's days with data came from; none without data.
    std::optional<BusySource> source;
    QString error; // the usage could not be read for it; the finding is then empty
    int checks = 0;
    std::optional<CheckOutcome> lastOutcome;
    qint64 lastCheckAt = 0;
};

// A recorded performance check.
struct PerformanceCheck
{
    QString id;
    QString applicationId;
    qint64 openedAt = 0;
    CheckOutcome outcome = CheckOutcome::Open;
    QString reason;
    QString by; // the user's display name, else their id
    QJsonObject evidence;
};

// What an officer decides for one project.
struct CheckAction
{
    QString applicationId;
    CheckOutcome outcome = CheckOutcome::Warning; // warning, reduction, reclaim or cleared
    QString reason;                               // required
    int releaseNodes = 0; // reduction: how many nodes, the last placed first...
    QStringList nodeIds;  // ...unless these are chosen
    // The finding that led to it, kept as the evidence (see evidenceJson).
    IdleFinding finding;
    IdleSettings settings;
    QDate asOf;
};

// The performance checks of issue 5: which projects sat idle (detectIdle over the usage source's
// busy days, with each call's idle settings), the checks recorded so far, and recording a
// warning, a reduction, a reclaim or a clearing with its reason, evidence, status move and audit
// entry in one transaction.
class PerformanceCheckRepository final
{
public:
    explicit PerformanceCheckRepository(Store &store) : m_store(store) {}

    // The call's calls.idle_threshold_percent and idle_days; nullopt for an unknown call.
    std::optional<IdleSettings> idleSettings(const QString &callId) const;

    // The allocated and active projects of the call (every call when callId is empty), and those
    // it reclaimed through a check, each with its finding on `asOf`: flagged first, then by
    // mean busy ratio. A project whose usage cannot be read carries the error and no finding;
    // false only when the projects themselves cannot be read.
    bool projects(UsageSource &usage, const QString &callId, QDate asOf, QList<IdleProject> *out,
                  QString *error) const;

    // The flagged ones of projects().
    bool flagged(UsageSource &usage, const QString &callId, QDate asOf, QList<IdleProject> *out,
                 QString *error) const;

    // The project's checks, newest first.
    QList<PerformanceCheck> checks(const QString &applicationId) const;

    // Records the action in one Store::write: the check row with its evidence, the audit entry
    // and, for a reduction or a reclaim, the release of the nodes from now on through
    // AllocationRepository and the status move through the state machine. Refused, writing
    // nothing, without a reason, for a reclaim or reduction of a project that is not allocated
    // or active, or a reduction that would release none or every node. *summary says what was
    // done, for the status bar.
    bool record(const CheckAction &action, QString *summary, QString *error);

    // The day an idle check looks at by default: yesterday in Asia/Seoul, the last whole day.
    static QDate defaultAsOf(qint64 nowMs);
    // What performance_checks.evidence holds: the settings, the window, the figures, the source
    // and one ratio per day of the window (null for a day without data).
    static QJsonObject evidenceJson(const IdleFinding &finding, IdleSettings settings, QDate asOf);

private:
    Store &m_store;
};

// A short name of a busy-time source for tables and the evidence ("engine activity").
QString busySourceLabel(BusySource source);
QString busySourceKey(BusySource source);

} // namespace gpudesk
