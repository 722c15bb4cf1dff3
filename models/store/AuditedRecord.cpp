// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditedRecord.h"

#include "AuditLog.h"
#include "SqlExec.h"
#include "Store.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuditedRecord)
};

QJsonValue jsonOf(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue();
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return double(v.toLongLong());
    case QMetaType::Bool:
        return v.toBool();
    default:
        return v.toString();
    }
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

} // namespace

bool AuditedRecord::save(QSqlDatabase &db, const QString &table, const QString &entity,
                         const QString &id, bool insert, const Columns &columns,
                         const QString &user, const QJsonObject &extraDetails, QString *error,
                         bool *changedAnything, const QString &action)
{
    const qint64 now = Store::nowMs();
    QSqlQuery q(db);
    QStringList names;
    QVariantList values;
    for (const auto &c : columns) {
        names << c.first;
        values << c.second;
    }
    QJsonObject details = extraDetails;
    if (insert) {
        QStringList marks(names.size() + 3, u"?"_s);
        if (!sql::exec(q,
                       u"INSERT INTO %1 (%2, id, updated_at, updated_by) VALUES (%3)"_s.arg(
                           table, names.join(u", "_s), marks.join(u", "_s)),
                       values + QVariantList{id, now, user}, error))
            return false;
        QJsonObject added;
        for (const auto &c : columns)
            added.insert(c.first, jsonOf(c.second));
        details.insert(u"values"_s, added);
    } else {
        if (!sql::exec(q,
                       u"SELECT %1 FROM %2 WHERE id = ? AND deleted = 0"_s.arg(names.join(u", "_s),
                                                                               table),
                       {id}, error))
            return false;
        if (!q.next()) {
            if (error)
                *error = Text::tr("The record was changed or retired meanwhile; reload and try again.");
            return false;
        }
        QJsonObject changes;
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant old = q.value(i);
            if (!sameValue(old, columns[i].second))
                changes.insert(columns[i].first,
                               QJsonArray{jsonOf(old), jsonOf(columns[i].second)});
        }
        if (changedAnything)
            *changedAnything = !changes.isEmpty() || !extraDetails.isEmpty();
        if (changes.isEmpty() && extraDetails.isEmpty())
            return true;
        QStringList sets;
        for (const QString &n : std::as_const(names))
            sets << n + u" = ?"_s;
        if (!sql::exec(q,
                       u"UPDATE %1 SET %2, updated_at = ?, updated_by = ? WHERE id = ?"_s.arg(
                           table, sets.join(u", "_s)),
                       values + QVariantList{now, user, id}, error))
            return false;
        details.insert(u"changes"_s, changes);
    }
    if (insert && changedAnything)
        *changedAnything = true;
    const QString recorded =
        !action.isEmpty() ? action : (insert ? u"inventory_add"_s : u"inventory_change"_s);
    return AuditLog::append(db, user, recorded, entity, id, details, error);
}

bool AuditedRecord::retire(QSqlDatabase &db, const QString &table, const QString &entity,
                           const QString &id, const QString &user, const QJsonObject &details,
                           QString *error)
{
    QSqlQuery q(db);
    if (!sql::exec(q,
                   u"UPDATE %1 SET deleted = 1, updated_at = ?, updated_by = ? "
                   "WHERE id = ? AND deleted = 0"_s.arg(table),
                   {Store::nowMs(), user, id}, error))
        return false;
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = Text::tr("The record was changed or retired meanwhile; reload and try again.");
        return false;
    }
    return AuditLog::append(db, user, u"inventory_retire"_s, entity, id, details, error);
}

} // namespace gpudesk
