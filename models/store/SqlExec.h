// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// The prepare-bind-execute step every repository write repeats. Values bind in order; a null
// QString binds as NULL in Qt, so callers pass u""_s for NOT NULL text columns.
namespace gpudesk::sql {

// How a null QString binds: as SQL NULL (values copied from another row keep their NULLs), or
// as '' (text typed or built in code, for the NOT NULL text columns, which refuse NULL).
enum class NullText
{
    AsNull,
    AsEmpty
};

// Prepares `sql` on `q`. On failure *error (when given) holds the driver's message.
inline bool prepare(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.prepare(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

// Binds `values` by position on the prepared `q` and executes it; a prepared query may be run
// again with new values. On failure *error (when given) holds the driver's message.
inline bool run(QSqlQuery &q, const QVariantList &values, NullText nulls, QString *error)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values[i];
        const bool nullText = nulls == NullText::AsEmpty &&
                              v.metaType().id() == QMetaType::QString && v.toString().isNull();
        q.bindValue(i, nullText ? QVariant(QStringLiteral("")) : v);
    }
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

// Prepares `sql` on `q`, binds `values` and executes. On failure *error (when given) holds the
// driver's message and false is returned; callers add what they were doing.
inline bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error,
                 NullText nulls = NullText::AsNull)
{
    return prepare(q, sql, error) && run(q, values, nulls, error);
}

// The first column of the first row, or an invalid QVariant.
inline QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!exec(q, sql, values, nullptr) || !q.next())
        return {};
    return q.value(0);
}

// A text value for a NOT NULL column: never a null QString.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

// A reference (an id) for a nullable column: NULL when empty, so that no foreign key points at ''.
inline QVariant nullable(const QString &id)
{
    return id.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(id);
}

} // namespace gpudesk::sql
