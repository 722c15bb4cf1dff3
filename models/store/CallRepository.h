// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Call.h"
#include "domain/Review.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace gpudesk {

struct CallSummary
{
    QString id;
    QString code;
    QString title;
    QString titleEn;
};

// What the expert review of a call needs from the call itself.
struct CallReviewSettings
{
    QString id;
    QString code;
    QString title;
    QString titleEn;
    QString stage;
    QDate reviewDeadline;          // invalid when the call has none
    int reviewersPerApplication = 3;
    int waitlistLength = 0;        // per accelerator type
    QString pledgeText;
};

struct AcceleratorTypeInfo
{
    QString id;
    QString code;
    int gpusPerNode = 8;
    qint64 marketPrice = 0; // per GPU-hour, KRW
};

// Reads calls and their rules (caps, prices, share rates) for screening and cost share.
class CallRepository final
{
public:
    explicit CallRepository(const QSqlDatabase &db) : m_db(db) {}

    QList<CallSummary> calls() const;
    std::optional<CallRules> rules(const QString &callId) const;
    QList<AcceleratorTypeInfo> acceleratorTypes() const;
    std::optional<CallReviewSettings> reviewSettings(const QString &callId) const;
    // The call's rubric in its order; empty when the call has none.
    QList<RubricCriterion> rubric(const QString &callId) const;

private:
    QSqlDatabase m_db;
};

} // namespace gpudesk
