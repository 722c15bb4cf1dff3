// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

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

} // namespace gpudesk
