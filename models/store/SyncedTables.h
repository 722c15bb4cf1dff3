// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace gpudesk {

// The one place that declares which tables replicate between desktops and the server, and the
// generator of their change-capture triggers.
class SyncedTables final
{
public:
    // Synced tables in dependency order (parents before children): a pull applies in this order.
    static const QStringList &names();
    static bool isSynced(const QString &table);
    // Columns every synced table has; they are bookkeeping, never "changed columns" of a merge.
    static const QStringList &metaColumns();

    // Drops and recreates the capture triggers of every synced table from its current columns.
    // Migrations call it last, so a column added by a migration is captured too. A step before
    // the last may come before the migration that creates a table: it passes
    // allMustExist = false and skips tables that do not exist yet.
    static bool installCaptureTriggers(QSqlDatabase &db, QString *error, bool allMustExist = true);

    // A table's columns as the database has them now, in order; BLOB columns travel as hex.
    struct Column
    {
        QString name;
        bool blob = false;
    };
    static QList<Column> columns(const QSqlDatabase &db, const QString &table);
    // The SQL expression a column's value travels as: `ref` itself, or for a BLOB its hex text
    // (JSON cannot hold bytes), NULL staying NULL.
    static QString wireValue(const QString &ref, bool blob);

    // The trigger names one table must have; tests check each exists.
    static QStringList triggerNames(const QString &table);
};

} // namespace gpudesk
