// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CallStageRepository.h"
#include "domain/Enums.h"
#include "rules/DemandRules.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace gpudesk {

class Store;
struct NewRound;

struct MinistryInfo
{
    QString id;
    QString name;
    QString nameEn;
};

// A demand as the survey table shows it: an application of a national-project round.
struct DemandRow
{
    QString id;
    QString code;
    QString ministryId;
    DemandFacts facts;
    int gpusPerNode = 8;
    ApplicationStatus status = ApplicationStatus::Submitted;
    std::optional<int> grantedNodes;
    QString source;
};

// The ministries' demands of a national-project round (a call whose type has a demand-survey
// stage). A demand is an application of the round: the ministry is its organisation, the project
// its title, the purpose its summary, the contact its principal investigator, the period its
// desired start and months; only the ministry's priority has a table of its own. Entering,
// editing and importing are allowed while the round is at an Intake stage, and every demand is
// checked by rules/DemandRules plus the round itself (a project a ministry already entered).
// What a round's demands are checked against, read once for a whole batch of demands.
struct DemandRound
{
    std::optional<CallStageState> stage; // empty: the round no longer exists
    std::optional<CallRules> rules;
};

class DemandRepository final
{
public:
    explicit DemandRepository(Store &store) : m_store(store) {}

    // Organisations of type public agency, by name.
    QList<MinistryInfo> ministries() const;
    // The round's demands (withdrawn ones too), by ministry, priority and code.
    QList<DemandRow> demands(const QString &callId) const;
    std::optional<DemandRow> demand(const QString &id) const;

    // Every problem the demand would be refused for in the round; exceptId is the demand being
    // edited (it is no duplicate of itself). A round that is not taking demands is a problem of
    // the ministry field.
    QList<DemandProblem> check(const QString &callId, const DemandFacts &demand,
                               const QString &exceptId = QString()) const;
    // The round's stage and rules, for checking many demands against it.
    DemandRound round(const QString &callId) const;
    // As check() above, against a round read with round().
    QList<DemandProblem> check(const DemandRound &round, const QString &callId,
                               const DemandFacts &demand,
                               const QString &exceptId = QString()) const;
    // True when no organisation of type public agency has this name (it would be created).
    bool isNewMinistry(const QString &name) const;

    bool add(const QString &callId, const DemandFacts &demand, QString *error,
             QString *newId = nullptr);
    // Only a demand still submitted, while the round takes demands.
    bool update(const QString &id, const DemandFacts &demand, QString *error);
    // All or nothing, in one transaction; `source` names the file in each demand's history.
    bool addAll(const QString &callId, const QList<DemandFacts> &demands, const QString &source,
                QString *error);
    // Through the application state machine; the reason is required.
    bool withdraw(const QString &id, const QString &reason, QString *error);

    // A new round's survey: a call made from an earlier round of the same type (its pools,
    // rubric and panel), at the type's first stage, so demands can be entered at once.
    bool openRound(const NewRound &round, QString *error, QString *callId = nullptr);

private:
    bool write(const QString &callId, const QList<DemandFacts> &demands, const QString &source,
               QString *error, QString *firstId);
    bool insert(QSqlDatabase &db, const QString &callId, const DemandFacts &d,
                const QString &source, const QString &historyReason, QString *newId,
                QString *error);

    Store &m_store;
};

} // namespace gpudesk
