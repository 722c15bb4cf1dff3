// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace gpudesk {

class StatementCache;

// Writes rows received from the server into the profile, inside a write the caller opened with
// capture off: upserts by id (only the columns this profile's schema has), removals of rows that
// left the user's view, and the re-application of local edits still waiting in the outbox on
// top of a row the server just replaced, so the user keeps seeing what they typed.
class RowWriter final
{
public:
    // `statements`, when given, keeps the block statements prepared from one page to the next
    // (an insert into a table with many triggers costs more to prepare than to run).
    explicit RowWriter(const QSqlDatabase &db, StatementCache *statements = nullptr);
    ~RowWriter();
    RowWriter(const RowWriter &) = delete;
    RowWriter &operator=(const RowWriter &) = delete;

    // A whole block of rows as the page brought them (a JSON array of arrays, one value per wire
    // column, BLOBs as hex), each row bound straight from the bytes (sync::JsonRowBinder).
    bool upsertRows(const QString &table, const QStringList &columns, const QByteArray &rows,
                    qsizetype rowCount, QString *error);
    // A row as {column: value} (a push result's server row).
    bool upsertObject(const QString &table, const QJsonObject &row, QString *error);
    bool remove(const QString &table, const QString &id, QString *error);

    // While many rows arrive, what is derived from applications (search index, browse rows) is
    // written once at the end instead of once per row (see 0007_sync.sql): defer, write rows,
    // then finish. Meanwhile upserts run with the connection's triggers off (see setTriggers).
    bool deferDerived(QString *error);
    bool finishDeferred(QString *error);

    // Whether `db`'s triggers are on (upserts of a deferred write switch them off).
    static bool triggersOn(const QSqlDatabase &db);

    // Outbox rows not yet answered, by table and row: their edits are re-applied after a write.
    bool loadPending(QString *error);
    bool hasPending(const QString &table, const QString &id) const;
    bool reapplyPending(const QString &table, const QString &id, QString *error);

private:
    struct Upsert;
    QSqlDatabase m_db;
    StatementCache *m_statements = nullptr;
    QHash<QString, QHash<QString, bool>> m_columns; // table -> column -> is blob
    QSet<QString> m_pending;                        // "table\nid"
    bool m_deferred = false;
    bool m_triggersWereOn = true; // when the writer was made
    // Ids written while deferred, by table, of the tables application rows derive from.
    QHash<QString, QStringList> m_touched;
    const QHash<QString, bool> &columnsOf(const QString &table);
    // The upsert statement for rows of `table` whose wire columns are `columns`.
    bool upsertFor(const QString &table, const QStringList &columns, Upsert *out, QString *error);
    bool afterRows(const QString &table, const QStringList &ids, QString *error);
    // Switches the connection's triggers off for upserts while deferred, and back on.
    void setTriggers(bool on);
};

} // namespace gpudesk
