// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Fleet.h"
#include "domain/Usage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What a usage chart shows one line for: a scope and its id, how it is named, and the windows
// in which it held nodes (shaded on the chart; projects and nodes only).
namespace gpudesk {

struct UsageWindow
{
    qint64 startMs = 0;
    qint64 endMs = 0; // exclusive
    bool operator==(const UsageWindow &o) const
    {
        return startMs == o.startMs && endMs == o.endMs;
    }
};

struct UsageSubject
{
    UsageScope scope = UsageScope::Fleet;
    QString id;
    QString label;  // short: a receipt number, a hostname, a cluster's name
    QString detail; // longer: a project's title and organisation
    QList<UsageWindow> windows;
    bool operator==(const UsageSubject &o) const
    {
        return scope == o.scope && id == o.id;
    }
};

// "project:ID" and back, for settings; empty/false for what cannot be read.
QString usageSubjectKey(UsageScope scope, const QString &id);
bool parseUsageSubjectKey(const QString &key, UsageScope *scope, QString *id);

class UsageSubjects final
{
    Q_DECLARE_TR_FUNCTIONS(UsageSubjects)

public:
    // The subject of `scope`/`id` named from the snapshot (Korean names when `korean`), with
    // a project's or node's allocation windows merged where they overlap or touch. False when
    // the id is not in the snapshot.
    static bool describe(const FleetSnapshot &fleet, const FleetBookings &bookings,
                         UsageScope scope, const QString &id, bool korean, UsageSubject *out);

    // The union of windows, sorted, overlapping and touching ones merged.
    static QList<UsageWindow> merge(QList<UsageWindow> windows);
};

} // namespace gpudesk
