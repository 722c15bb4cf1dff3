// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Call.h"
#include "domain/Money.h"

#include <QList>
#include <QString>
#include <optional>

// The monthly cost-share statement (정산서) of one project, and the per-call summary. Pure: the
// caller reads the allocation windows and the call's rates; nothing here touches the store.
//
// A month is a calendar month in Asia/Seoul: [the 1st 00:00, the next month's 1st 00:00). Only
// the part of each allocation window inside the month counts. The GPU-hours are the exact
// GPU-time of all windows added up in milliseconds, then floored ONCE to whole hours (the
// statements table stores INTEGER gpu_hours; a started hour is not billed). The amount is
// costShare() of those hours and the VAT is vatOn() of the amount: the one rounding rule of
// CostShare.h, each truncated once at the end.
namespace gpudesk {

// One allocation window of the project as billed (named apart from domain/Fleet.h's
// AllocationWindow, so both headers can be included together): `nodes` nodes of `gpusPerNode` GPUs
// for [startMs, endMs) (UTC ms). Windows of separate node sets may overlap in time: they add up.
struct BilledWindow
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    int nodes = 0;
    int gpusPerNode = 8;
};

// What a statement needs; prices and rates are the call's data.
struct StatementInput
{
    QString month; // "2026-02", a month in Asia/Seoul
    QList<BilledWindow> windows;
    qint64 pricePerGpuHour = 0; // market price of the type, integer KRW
    std::optional<CallShareRate>
        shareRate; // the organisation type's row; none = not set by the call
    bool youthFounded = false;
    int youthDiscountPercent = 50;
    int vatPercent = 10;
};

// One line of the breakdown: a window cut to the month (windows wholly outside are left out).
struct StatementLine
{
    int window = -1; // index into StatementInput::windows
    qint64 startMs = 0;
    qint64 endMs = 0;
    int gpus = 0;
    qint64 gpuMilliseconds = 0; // exact; the hours are floored only on the total
};

struct Statement
{
    QString error; // non-empty: refused, the figures below are all 0
    QString month;
    qint64 monthStartMs = 0;
    qint64 monthEndMs = 0;
    QList<StatementLine> lines;
    qint64 gpuMilliseconds = 0;
    qint64 gpuHours = 0; // floor(gpuMilliseconds / 3,600,000)
    qint64 pricePerGpuHour = 0;
    int shareBasisPoints = 0;
    int payPercent = 100; // 100 - youth discount for youth-founded companies, else 100
    Money marketValue;    // gpuHours x price, before the share
    Money amount;         // before VAT
    int vatPercent = 0;
    Money vat;
    Money total; // amount + VAT

    bool ok() const { return error.isEmpty(); }
};

// The statement of one project for one month; refused (error set) for a month that is not
// "YYYY-MM", an organisation type the call does not admit, or one it sets no share rate for.
Statement monthlyStatement(const StatementInput &in);

// The per-call summary: the issued statements added up; refused ones are only counted.
struct StatementSummary
{
    int projects = 0; // statements issued
    int refused = 0;
    qint64 gpuHours = 0;
    Money marketValue;
    Money amount;
    Money vat;
    Money total;
};

StatementSummary summarizeStatements(const QList<Statement> &statements);

// [start, end) of a "YYYY-MM" month in Asia/Seoul as UTC ms; false when the text is not a month.
bool monthRange(const QString &month, qint64 *startMs, qint64 *endMs);

} // namespace gpudesk
