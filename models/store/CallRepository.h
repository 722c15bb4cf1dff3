// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Call.h"

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

struct AcceleratorTypeInfo
{
    QString id;
    QString code;
    int gpusPerNode = 8;
};

// Reads calls and their rules (caps, prices, share rates) for screening and cost share.
class CallRepository final
{
public:
    explicit CallRepository(const QSqlDatabase &db) : m_db(db) {}

    QList<CallSummary> calls() const;
    std::optional<CallRules> rules(const QString &callId) const;
    QList<AcceleratorTypeInfo> acceleratorTypes() const;

private:
    QSqlDatabase m_db;
};

} // namespace gpudesk
