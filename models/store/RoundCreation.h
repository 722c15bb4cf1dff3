// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace gpudesk {

class Store;

// A new call made from an earlier one of its kind (a track's next round): its own dates and
// titles, the earlier call's type, settings, accelerators and pools, share rates, rubric and
// panel, at the type's first stage with that step in the stage history.
struct NewRound
{
    QString fromCallId; // the round it is made from
    QString code;
    QString title;   // Korean, as data
    QString titleEn; // English, as data
    QDate opensOn;
    QDate closesOn;
    QDate reviewDeadline;
    QDate allocationFrom;
    QString historyReason; // translated
};

// Inside a write the caller has opened. *callId receives the new call's id. Refused for a code
// already in use or a type whose stages cannot be read.
bool insertRoundWithin(QSqlDatabase &db, Store &store, const NewRound &round, QString *callId,
                       QString *error);

// The statements that write a new round. Values bind as given: NULLs copied from the earlier
// round (a pool, a field) stay NULL. On failure *error says the new round could not be saved,
// with the driver's message.
bool prepareRoundWrite(QSqlQuery &q, const QString &statement, QString *error);
// Runs the prepared `q` (again) with `values`.
bool runRoundWrite(QSqlQuery &q, const QVariantList &values, QString *error);
// Prepares `statement` on `q` and runs it with `values`.
bool execRoundWrite(QSqlQuery &q, const QString &statement, const QVariantList &values,
                    QString *error);

} // namespace gpudesk
