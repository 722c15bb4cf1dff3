// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QIODevice;

namespace gpudesk {

class Store;

// One line of the local audit trail (append-only: a trigger refuses updates and deletes).
struct AuditEntry
{
    qint64 seq = 0;
    qint64 at = 0; // UTC ms
    QString userId;
    QString userName; // the user's display name today; the id when the user is unknown
    QString action;   // stable key: status_change, call_change, node_state, ...
    QString entity;   // stable key: application, call, node, user, ...
    QString entityId;
    QString entityLabel; // receipt number, call code, hostname, login... when it still exists
    QString details;     // compact JSON
};

// What the audit viewer asks for; empty members do not filter.
struct AuditFilter
{
    QString userId;
    QString action;
    QString entity;
    QString entityId;
    qint64 fromMs = 0; // inclusive; 0: no lower bound
    qint64 toMs = 0;   // exclusive; 0: no upper bound
    QString text;      // found in the details or the entity id

    bool operator==(const AuditFilter &o) const
    {
        return userId == o.userId && action == o.action && entity == o.entity &&
               entityId == o.entityId && fromMs == o.fromMs && toMs == o.toMs && text == o.text;
    }
};

// The audit trail: the one way to append to it (inside a Store::write) and the queries of the
// viewer, newest first, paged by sequence number.
class AuditLog final
{
public:
    explicit AuditLog(const QSqlDatabase &db) : m_db(db) {}

    // Appends one entry in the caller's transaction; the caller adds "audit_log" to its changed
    // tables. Details are stored as compact JSON.
    static bool append(QSqlDatabase &db, const QString &userId, const QString &action,
                       const QString &entity, const QString &entityId, const QJsonObject &details,
                       QString *error);
    // Records a finished backup of the store's profile into `file`, made by hand or by the
    // schedule, in a write of its own.
    static bool recordBackup(Store &store, const QString &file, bool scheduled, QString *error);

    // Entries matching `filter` with a sequence number below `beforeSeq` (0: from the newest),
    // newest first, at most `limit`.
    QList<AuditEntry> entries(const AuditFilter &filter, qint64 beforeSeq, int limit) const;
    int count(const AuditFilter &filter) const;

    // The values the viewer's filters offer: (key, label) pairs, by label.
    QList<QPair<QString, QString>> users() const;
    QStringList actions() const;
    QStringList entities() const;

    // Writes every matching entry as CSV (UTF-8 with BOM, formulas neutralised), in the user's
    // language for the headers and labels; false with *error when the device failed.
    bool exportCsv(const AuditFilter &filter, QIODevice *out, QString *error) const;

    static QString actionLabel(const QString &action);
    static QString entityLabel(const QString &entity);
    // The details as "key: value; ..." for a table cell.
    static QString detailsSummary(const QString &json);

private:
    QSqlDatabase m_db;
};

} // namespace gpudesk
