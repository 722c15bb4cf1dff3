// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoundQuery.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace gpudesk {

bool execBound(QSqlQuery &q, const QVariantList &values, NullText nulls, const QString &failure,
               QString *error)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values[i];
        const bool nullText = nulls == NullText::AsEmpty &&
                              v.metaType().id() == QMetaType::QString && v.toString().isNull();
        q.bindValue(i, nullText ? QVariant(u""_s) : v);
    }
    if (q.exec())
        return true;
    *error = failure.arg(q.lastError().text());
    return false;
}

} // namespace gpudesk
