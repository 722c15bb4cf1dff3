// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerStore.h"

#include <QByteArray>

namespace gpudesk {

// An answer to a sync request: status and JSON body.
struct SyncAnswer
{
    int status = 200;
    QByteArray body;
};

// The sync routes' work from request bytes to answer bytes: decode (SyncWire), run against the
// store as the caller, encode. The HTTPS routes call these, and so does the simulation, so both
// exercise the same code.
namespace SyncEndpoint {

SyncAnswer pull(ServerStore &store, const SyncCaller &caller, const QByteArray &body);
SyncAnswer push(ServerStore &store, const SyncCaller &caller, const QByteArray &body);

} // namespace SyncEndpoint
} // namespace gpudesk
