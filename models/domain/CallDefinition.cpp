// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallDefinition.h"

namespace gpudesk {

const CallOffer *CallDefinition::offer(const QString &typeId) const
{
    for (const CallOffer &o : offers) {
        if (o.typeId == typeId)
            return &o;
    }
    return nullptr;
}

const CallShareTerm *CallDefinition::shareTerm(OrganizationType t) const
{
    for (const CallShareTerm &s : shareTerms) {
        if (s.orgType == t)
            return &s;
    }
    return nullptr;
}

} // namespace gpudesk
