// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"
#include "rules/Statement.h"

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace gpudesk {

class Store;

// One project's line of a month's statements, with what was issued for it before.
struct StatementRow
{
    QString applicationId;
    QString code;
    QString title;
    QString orgName;
    OrganizationType orgType = OrganizationType::University;
    bool youthFounded = false;
    int youthDiscountPercent = 0; // the call's, applied only when youthFounded
    QString typeCode;
    Statement statement; // the figures now, or the refusal

    bool issued = false; // a row for this project and month is in `statements`
    qint64 issuedAt = 0;
    bool issuedDiffers = false; // the issued figures are not the ones computed now
};

// A call's statements for one month and their summary.
struct StatementSheet
{
    QString callId;
    QString callCode;
    QString month;            // YYYY-MM
    QList<StatementRow> rows; // by project code
    StatementSummary summary;
};

// What issuing a month did (or would do).
struct IssueResult
{
    int added = 0;     // statements issued for the first time
    int replaced = 0;  // issued before with other figures, now replaced
    int unchanged = 0; // issued before with the same figures
    int withdrawn = 0; // issued before, but the project has no allocated time in the month now
    int refused = 0;   // could not be computed (no rate, not eligible): not issued
};

// Monthly cost-share statements (정산서) of a call's projects: computed by monthlyStatement()
// from the allocation windows in the month and the call's price, share rate, youth discount and
// VAT; issued into the `statements` table; exported as CSV.
class StatementRepository final
{
public:
    explicit StatementRepository(Store &store) : m_store(store) {}

    // Every project of the call with allocated time in the month, with its figures. The windows
    // are the allocations of all its grants; a grant released on the map counts only up to the
    // moment it was released (its updated_at), since its nodes were free from then on.
    bool compute(const QString &callId, const QString &month, StatementSheet *out,
                 QString *error) const;

    // The months from the first to the last allocated day of the call's projects ("YYYY-MM").
    QStringList months(const QString &callId) const;

    // What issue() would do now, without writing.
    bool previewIssue(const QString &callId, const QString &month, IssueResult *result,
                      QString *error) const;

    // Issues the month in one Store::write: one row per project and month; a row issued before
    // is replaced only when its figures changed (and marked deleted when the project has no
    // time in the month any more), never silently: *result counts each case. Refused projects
    // are not issued.
    bool issue(const QString &callId, const QString &month, IssueResult *result, QString *error);

    // CSV for a spreadsheet (UTF-8 with a BOM, integer KRW): project code, organisation, type,
    // GPU-hours, price, share %, youth discount %, amount, VAT, total and a note (why a
    // statement was refused), then the summary line.
    static bool writeCsv(const StatementSheet &sheet, QIODevice *out, QString *error);

private:
    bool plan(const StatementSheet &sheet, IssueResult *result, QList<int> *toWrite,
              QStringList *toWithdraw, QString *error) const;

    Store &m_store;
};

// "5", "2.5", "12.34": basis points as a percentage without trailing zeros, exact.
QString basisPointsAsPercent(int basisPoints);

} // namespace gpudesk
