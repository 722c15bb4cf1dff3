// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace gpudesk {

// One write of an administered record (provider, site, cluster, row, rack, node, pool, user) inside
// a Store::write: inserted or updated with the sync bookkeeping, and recorded in the audit trail
// with the columns that changed ({column: [old, new]}). Table and column names are ours, never
// input.
class AuditedRecord final
{
public:
    using Columns = QList<QPair<QString, QVariant>>;

    // Inserts (`id` new) or updates the row. *changedAnything (when given) tells whether any
    // column differed; an update that changes nothing writes nothing and records nothing. The
    // audit action is `action`, or inventory_add / inventory_change when it is empty.
    static bool save(QSqlDatabase &db, const QString &table, const QString &entity,
                     const QString &id, bool insert, const Columns &columns, const QString &user,
                     const QJsonObject &extraDetails, QString *error,
                     bool *changedAnything = nullptr, const QString &action = QString());

    // Tombstones the row (the synced way to delete) and records it.
    static bool retire(QSqlDatabase &db, const QString &table, const QString &entity,
                       const QString &id, const QString &user, const QJsonObject &details,
                       QString *error);
};

} // namespace gpudesk
