// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace gpudesk {

// One row of track_decisions: a decision taken outside the capacity cut (see 0006_tracks.sql).
struct TrackDecision
{
    QString applicationId;
    QDate decidedOn;
    QString reference;
    QDate startsOn; // invalid when nothing was approved
    int months = 0;
    std::optional<int> proposedNodes;
    std::optional<double> score;
};

// Writes the application's decision row (replacing the one it had) inside a write the caller
// has opened. Returns false with a translated *error.
bool saveTrackDecision(QSqlDatabase &db, const QString &userId, qint64 nowMs,
                       const TrackDecision &decision, QString *error);

} // namespace gpudesk
