// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace gpudesk {

class Store;

// A same-field edit the server could not merge: per field, the value both sides started from,
// the server's and this profile's.
struct SyncConflict
{
    QString id;
    QString table;
    QString rowId;
    QString what; // the row as a person names it ("R1-0001 언어 모델 과제")
    qint64 detectedAt = 0;
    struct Field
    {
        QString column;
        QJsonValue base;
        QJsonValue server;
        QJsonValue mine;
    };
    QList<Field> fields;
};

// A change the server refused, already undone here, with the server's reason.
struct SyncRejection
{
    QString id;
    QString table;
    QString rowId;
    QString what;
    QString op;
    qint64 rejectedAt = 0;
    QString code;
    QJsonObject params;
    QString reason; // translated (SyncMessages)
};

// The lists of rejected and conflicting changes the sync leaves for the user, and resolving them.
class SyncRecords final
{
public:
    explicit SyncRecords(Store &store) : m_store(store) {}

    QList<SyncConflict> openConflicts() const;
    QList<SyncRejection> rejections() const; // not dismissed, newest first
    int openConflictCount() const;
    int rejectionCount() const;

    // Resolves a conflict: `mine` maps a column to the value to keep where it is not the
    // server's (the user's own, or one they merged by hand); columns not in it keep the server's.
    // Writes those values as an ordinary local edit (it goes out at the next sync) and closes the
    // conflict, in one transaction.
    bool resolveConflict(const QString &conflictId, const QJsonObject &mine, QString *error);
    bool dismissRejections(const QStringList &ids, QString *error);

    // How a person names a row of a synced table: an application's receipt number and title, a
    // review's application, a node's hostname, ... or the table's name and the id.
    static QString describeRow(const QSqlDatabase &db, const QString &table, const QString &id);

private:
    Store &m_store;
};

} // namespace gpudesk
