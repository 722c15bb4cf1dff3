// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// The prepare-bind-execute step every repository write repeats. Values bind in order; a null
// QString binds as NULL in Qt, so callers pass u""_s for NOT NULL text columns.
namespace gpudesk::sql {

// Prepares `sql` on `q`, binds `values` and executes. On failure *error (when given) holds the
// driver's message and false is returned; callers add what they were doing.
inline bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
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
