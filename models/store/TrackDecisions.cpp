// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrackDecisions.h"

#include "SqlExec.h"
#include "Store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TrackDecisions)
};

} // namespace

bool saveTrackDecision(QSqlDatabase &db, const QString &userId, qint64 nowMs,
                       const TrackDecision &d, QString *error)
{
    const QVariantList values = {
        nowMs,
        userId.isNull() ? u""_s : userId,
        d.decidedOn.toString(Qt::ISODate),
        d.reference.isNull() ? u""_s : d.reference.trimmed(),
        d.startsOn.isValid() ? d.startsOn.toString(Qt::ISODate) : u""_s,
        d.startsOn.isValid() ? d.months : 0,
        d.proposedNodes ? QVariant(*d.proposedNodes) : QVariant(QMetaType(QMetaType::Int)),
        d.score ? QVariant(*d.score) : QVariant(QMetaType(QMetaType::Double)),
        d.applicationId};
    QSqlQuery q(db);
    auto run = [&](const QString &statement, bool withId) {
        if (sql::exec(q, statement, withId ? values + QVariantList{Store::newId()} : values, error))
            return true;
        *error = Text::tr("The decision could not be saved: %1. Nothing was changed.").arg(*error);
        return false;
    };
    if (!run(u"UPDATE track_decisions SET updated_at = ?, updated_by = ?, decided_on = ?, "
             "reference = ?, starts_on = ?, months = ?, proposed_nodes = ?, score = ?, "
             "deleted = 0 WHERE application_id = ?"_s,
             false))
        return false;
    if (q.numRowsAffected() > 0)
        return true;
    return run(u"INSERT INTO track_decisions (updated_at, updated_by, decided_on, reference, "
               "starts_on, months, proposed_nodes, score, application_id, id) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
               true);
}

} // namespace gpudesk
