// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace gpudesk {

// How a null QString binds: as SQL NULL (values copied from another row keep their NULLs), or
// as '' (text typed or built in code, for the NOT NULL text columns, which refuse NULL).
enum class NullText
{
    AsNull,
    AsEmpty
};

// Binds `values` by position and runs the prepared query. On failure *error is `failure` with
// the driver's message as %1.
bool execBound(QSqlQuery &q, const QVariantList &values, NullText nulls, const QString &failure,
               QString *error);

} // namespace gpudesk
