// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/AllocationRules.h"

#include <QUndoCommand>
#include <functional>

namespace gpudesk {

class Store;
struct FleetSnapshot;

// One change of the rack map on the undo stack: an application's placement before and after.
// Redo and undo both go through the allocation repository's single write path, so an undo is a
// new change, checked by the rules and recorded in the history and audit log like any other.
// A write the rules refuse (someone else took the nodes meanwhile) marks the command obsolete and
// reports why.
class PlacementCommand final : public QUndoCommand
{
public:
    using Report = std::function<void(const QString &message)>;

    PlacementCommand(Store &store, const FleetSnapshot &fleet, const QString &applicationId,
                     const Placement &before, const Placement &after, const QString &text,
                     Report report);

    void redo() override;
    void undo() override;

    // False when the first redo (the change itself) was refused; the caller drops the command.
    bool succeeded() const { return m_ok; }
    QString error() const { return m_error; }

private:
    bool apply(const Placement &from, const Placement &to, const QString &reason);

    Store &m_store;
    const FleetSnapshot &m_fleet;
    QString m_applicationId;
    Placement m_before;
    Placement m_after;
    Report m_report;
    bool m_ok = true;
    QString m_error;
};

} // namespace gpudesk
