// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FleetSeed.h"
#include "ReviewerFixture.h"

// The world the sync tests share: the reference data, the rack map's small fleet with its
// selected projects (FleetSeed), the reviewers of call 2025-R1 with a submitted review that must
// stay secret (ReviewerFixture), and the accounts the server signs in: two officers, a manager
// and three reviewers.
namespace gpudesk::test {

inline bool seedSyncWorld(Store &store)
{
    return seedReference(store) && seedFleet(store) && seedReviewers(store) &&
           exec(store, {QStringLiteral(
                           "INSERT INTO users (id, login, display_name, role) VALUES "
                           "('u-officer2', 'officer2', '정담당', 'program_officer'), "
                           "('u-manager', 'manager', '한관리', 'manager')")});
}

} // namespace gpudesk::test
