// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/Selection.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

class QIODevice;

namespace gpudesk {

class Store;

// Loads what the ranking and the capacity cut of a call need, applies the officer's decisions
// (the proposal, overrides, promotions) through the application state machine, and writes the
// panel sheet. Reviewer identities never leave it: reviewers become dense indices on loading.
class SelectionRepository final
{
public:
    explicit SelectionRepository(Store &store) : m_store(store) {}

    // One call; empty (with *error) when the call does not exist or the data cannot be read.
    std::optional<CallSelectionInput> load(const QString &callId, QString *error) const;
    // Every call at once, in the order of their codes: one pass over applications and reviews.
    QList<CallSelectionInput> loadAll(QString *error) const;

    // Applies a type's proposal in one transaction: selected ones granted their request,
    // waitlisted and rejected ones with the automatic reason. All or nothing.
    bool applyProposal(const CallSelectionInput &call, const QList<ApplicationScore> &scores,
                       const TypeSelection &selection, QString *error);

    // An officer's decision against the ranking: any of selected (with 1..requested nodes),
    // waitlisted or rejected, from under review, selected, waitlisted or rejected. The reason
    // must not be blank; it goes into the history and decided_by_override is set.
    bool overrideDecision(const QString &applicationId, SelectionDecision decision, int nodes,
                          const QString &reason, QString *error);

    // Waitlisted -> selected with its full request, the reason saying why.
    bool promote(const CallSelectionInput &call, const QList<ApplicationScore> &scores,
                 const TypeSelection &selection, QString *error);

    // What selected, allocated and active applications hold of each pool they draw on (granted
    // nodes, else requested), over every call: the committed figure of the capacity cut.
    static bool poolCommitments(const QSqlDatabase &db, QHash<QString, int> *committed,
                                QString *error);
    // Every pool with its capacity and that committed figure.
    static QList<PoolCapacity> poolCapacities(const QSqlDatabase &db, QString *error);

    // The reasons of the officer's overrides of a call, by application id (the latest one).
    QHash<QString, QString> overrideReasons(const QString &callId) const;

    // The panel sheet of every type of the call as CSV: ranked rows with raw and normalised
    // scores and ranks, spread, reviews n/N, flags, current and proposed decisions, granted nodes
    // and override reasons. No reviewer appears in it.
    bool writePanelSheet(QIODevice *out, const CallSelectionInput &call, RankBy by,
                         QString *error) const;

private:
    Store &m_store;
};

} // namespace gpudesk
