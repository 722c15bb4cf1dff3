// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace gpudesk {

// What a call offers for one accelerator type: the per-project cap and the market price.
struct CallAccelerator
{
    QString typeCode;          // "B200", "H200": data, not code
    int gpusPerNode = 8;
    int maxNodes = 0;          // per-project cap in whole nodes
    qint64 pricePerGpuHour = 0; // market price, integer KRW
};

// The share of the market price an organisation type pays, in basis points (500 = 5%).
struct CallShareRate
{
    OrganizationType orgType = OrganizationType::University;
    bool eligible = true;
    int shareBasisPoints = 0;
};

// The rules of one call, as data: what screening and cost share need.
struct CallRules
{
    QDate opens;               // first day applications are accepted (inclusive)
    QDate closes;              // last day (inclusive)
    int maxMonths = 12;
    int youthDiscountPercent = 50; // youth-founded companies pay this much less of their share
    QList<CallAccelerator> accelerators;
    QList<CallShareRate> shareRates;

    const CallAccelerator *accelerator(const QString &typeCode) const;
    const CallShareRate *shareRate(OrganizationType t) const;
};

} // namespace gpudesk
