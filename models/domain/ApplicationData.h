// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>

namespace gpudesk {

// The facts of an application that the rules look at (screening, cost share). Applicants request
// GPUs; a request is whole nodes when it divides by the type's GPUs per node.
struct ApplicationFacts
{
    QString acceleratorType; // requested type code
    int requestedGpus = 0;
    int months = 0;
    QDate submittedOn;
    OrganizationType orgType = OrganizationType::University;
    bool youthFounded = false;
};

} // namespace gpudesk
