// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Call.h"

#include <QDate>
#include <QList>
#include <QString>

// A ministry's demand in a national-project demand survey (수요조사), checked against the rules of
// its round (a call): what the GUI form, the spreadsheet import and the store all apply, so that
// every demand that gets in will also pass the round's screening when the pre-review starts.
// Pure.
namespace gpudesk {

struct DemandFacts
{
    QString ministry; // the ministry's name (an organisation of type public agency)
    QString project;
    QString purpose;
    QString typeCode; // accelerator type, e.g. "B200"
    int nodes = 0;
    QDate start;
    int months = 0;
    int priority = 1; // the ministry's own order, 1 = most urgent
    QString contactName;
    QString contactEmail;
    QString contactPhone;
};

enum class DemandField
{
    Ministry,
    Project,
    Purpose,
    Type,
    Nodes,
    Start,
    Months,
    Priority,
    ContactName,
    ContactEmail,
    ContactPhone,
};
inline constexpr int kDemandFieldCount = 11;

// The column name of a field in the survey spreadsheet ("ministry", "nodes", ...).
QString demandFieldKey(DemandField f);
// Translated, for forms and messages.
QString demandFieldLabel(DemandField f);

struct DemandProblem
{
    DemandField field;
    QString message; // translated: what is wrong and what is expected
};

// Every problem of the demand under the round's rules: required values, the accelerator type
// offered, whole nodes within the round's per-project cap, the period within the round's months,
// a positive priority, a plausible e-mail address and telephone number.
QList<DemandProblem> checkDemand(const DemandFacts &demand, const CallRules &rules);

bool isEmailAddress(const QString &text);
bool isTelephoneNumber(const QString &text);

} // namespace gpudesk
