// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Fleet.h"

#include <QList>
#include <QString>

// The rack map's utilisation colouring: each node's busy ratio over a period, indexed like the
// fleet snapshot's nodes (NaN where the node reported nothing in the period).
namespace gpudesk {

class UsageSource;

bool nodeUtilisation(UsageSource &source, const FleetSnapshot &fleet, qint64 fromMs, qint64 toMs,
                     QList<double> *share, QString *error);

} // namespace gpudesk
