// SPDX-License-Identifier: GPL-3.0-or-later
#include "Call.h"

namespace gpudesk {

const CallAccelerator *CallRules::accelerator(const QString &typeCode) const
{
    for (const auto &a : accelerators) {
        if (a.typeCode == typeCode)
            return &a;
    }
    return nullptr;
}

const CallShareRate *CallRules::shareRate(OrganizationType t) const
{
    for (const auto &r : shareRates) {
        if (r.orgType == t)
            return &r;
    }
    return nullptr;
}

} // namespace gpudesk
