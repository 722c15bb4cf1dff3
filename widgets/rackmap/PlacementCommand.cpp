// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementCommand.h"

#include "store/AllocationRepository.h"

#include <QCoreApplication>

namespace gpudesk {

PlacementCommand::PlacementCommand(Store &store, const FleetSnapshot &fleet,
                                   const QString &applicationId, const Placement &before,
                                   const Placement &after, const QString &text, Report report)
    : QUndoCommand(text), m_store(store), m_fleet(fleet), m_applicationId(applicationId),
      m_before(before), m_after(after), m_report(std::move(report))
{
}

bool PlacementCommand::apply(const Placement &from, const Placement &to, const QString &reason)
{
    QString error;
    if (AllocationRepository(m_store).setPlacement(m_fleet, m_applicationId, to, reason, &error,
                                                   &from))
        return true;
    m_error = error;
    return false;
}

void PlacementCommand::redo()
{
    m_ok = apply(m_before, m_after, text());
    if (!m_ok) {
        setObsolete(true);
        if (m_report)
            m_report(m_error);
    }
}

void PlacementCommand::undo()
{
    const QString reason = QCoreApplication::translate("PlacementCommand", "Undo: %1").arg(text());
    if (!apply(m_after, m_before, reason)) {
        setObsolete(true);
        if (m_report)
            m_report(m_error);
    }
}

} // namespace gpudesk
