// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"
#include "Review.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

// A call as its editor holds it: every rule of the call as data (DOMAIN.md: prices, rates and
// caps are data of the call, never constants in code).
namespace gpudesk {

// What the call offers of one accelerator type.
struct CallOffer
{
    QString id; // call_accelerators.id; empty until saved
    QString typeId;
    QString typeCode; // "B200", for messages
    int gpusPerNode = 8;
    int maxNodes = 0;           // per-project cap in whole nodes
    qint64 pricePerGpuHour = 0; // market price, integer KRW
    QString poolId;             // the pool the call draws on; empty: none named
};

// Whether an organisation type may apply and the share of the market price it pays.
struct CallShareTerm
{
    QString id; // call_share_rates.id; empty until saved
    OrganizationType orgType = OrganizationType::University;
    bool eligible = true;
    int shareBasisPoints = 0; // 500 = 5%
};

struct CallDefinition
{
    QString id; // empty for a call not saved yet
    QString callTypeId;
    QString code;
    QString title;   // Korean, required
    QString titleEn; // optional
    QDate opens;     // first day applications are accepted (inclusive)
    QDate closes;    // last day (inclusive)
    QDate reviewDeadline; // invalid: none
    QDate allocationFrom; // invalid: not fixed yet
    int maxMonths = 12;
    int reviewersPerApplication = 3;
    int waitlistLength = 0;
    int youthDiscountPercent = 50;
    int idleThresholdPercent = 30;
    int idleDays = 14;
    int vatPercent = 10;
    QString pledgeText;
    QString stage = QStringLiteral("open");
    std::optional<qint64> panelClosedAt; // set by "Close panel", never by the editor
    QList<CallOffer> offers;
    QList<CallShareTerm> shareTerms;
    QList<RubricCriterion> rubric;

    const CallOffer *offer(const QString &typeId) const;
    const CallShareTerm *shareTerm(OrganizationType t) const;
};

// A call's stage key ("open", "screening", "review", ... as its type lists them) as people read it.
QString callStageLabel(const QString &stage);

// A pool a call may draw on, as the rules need it.
struct CallPoolInfo
{
    QString code;
    QString typeId; // empty: any type
    int capacityNodes = 0;
};

// What the profile knows that the rules of a call need besides the call itself.
struct CallContext
{
    QSet<QString> otherCodes;                 // the codes of every other call, lower-case
    QStringList stages;                       // the stages of the call's type, in order
    QHash<QString, CallPoolInfo> pools;       // by id
    QHash<QString, int> applicationsByType;   // type id -> this call's applications asking for it
    QHash<QString, QString> typeCodes;        // type id -> code, for messages
    int screenedApplications = 0;             // applications already past screening
    int submittedReviews = 0;                 // reviews submitted against the saved rubric
    QList<RubricCriterion> savedRubric;       // the rubric as stored
};

} // namespace gpudesk
