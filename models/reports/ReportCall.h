// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace gpudesk {

class Store;

// The call a report is about, with its title in the display language.
struct ReportCall
{
    QString id;
    QString code;
    QString title;
    QDate opens;
    QDate closes;
};

// Reads the call (by id or code) through CallRepository; false (with *error naming the
// profile's calls) when there is no such call.
bool loadReportCall(Store &store, const QString &callId, ReportCall *out, QString *error);

} // namespace gpudesk
