// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CallDefinition.h"
#include "domain/ValidationIssue.h"

#include <QList>
#include <QString>
#include <optional>

namespace gpudesk {

class Store;

// One line of the administrator's list of calls.
struct CallListRow
{
    QString id;
    QString code;
    QString title;
    QString titleEn;
    QString typeName;
    QString typeNameEn;
    QDate opens;
    QDate closes;
    QString stage;
    qint64 panelClosedAt = 0; // 0: open
    int applications = 0;
    int screened = 0;
    QString offers; // "B200 16 · H200 32": type and cap in nodes
};

// A choice the call editor offers.
struct CallTypeChoice
{
    QString id;
    QString code;
    QString name;
    QString nameEn;
    QStringList stages;
};

struct PoolChoice
{
    QString id;
    QString code;
    QString name;
    QString nameEn;
    QString typeId;
    int capacityNodes = 0;
};

// Creates, copies and edits calls with every rule of theirs (offers, share terms, rubric), and
// closes a call's review panel. Every save is validated by validateCall and recorded in the audit
// trail with what changed; a change to a call whose applications were already screened carries
// the reason the officer gave.
class CallAdminRepository final
{
public:
    explicit CallAdminRepository(Store &store) : m_store(store) {}

    QList<CallListRow> list() const;
    std::optional<CallDefinition> load(const QString &callId) const;
    // A new call: the first call type, every accelerator type at its market price (caps to set),
    // every organisation type eligible at a 0 % share, no rubric yet.
    CallDefinition blank() const;
    // The call's rules under a new code, at the first stage, with nothing saved yet.
    std::optional<CallDefinition> copyOf(const QString &callId) const;

    QList<CallTypeChoice> callTypes() const;
    QList<PoolChoice> pools() const;
    // What the rules need to judge `call` (other codes, pools, applications, submitted reviews).
    CallContext context(const CallDefinition &call) const;
    // Applications of the call past screening: changing such a call asks for confirmation.
    int screenedApplications(const QString &callId) const;

    struct SaveResult
    {
        QString id;
        bool created = false;
        QStringList changes; // translated, one per change; empty for a new call
    };
    // Validates and writes the call in one transaction. A call with screened applications is
    // saved only with a non-empty reason. Refused with *issues (when given) listing what is wrong.
    std::optional<SaveResult> save(const CallDefinition &call, const QString &reason,
                                   QString *error, ValidationIssues *issues = nullptr);

    // Records that the call's review panel closed now: reviewers' profiles then drop their
    // copies of its applications. Refused when it is closed already.
    bool closePanel(const QString &callId, QString *error);

private:
    Store &m_store;
};

} // namespace gpudesk
