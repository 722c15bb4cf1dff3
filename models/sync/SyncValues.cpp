// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncValues.h"

#include <QByteArray>

namespace gpudesk::syncvalue {

QJsonValue fromSql(const QVariant &v, bool blob)
{
    if (v.isNull())
        return QJsonValue::Null;
    if (blob)
        return QString::fromLatin1(v.toByteArray().toHex().toUpper());
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    case QMetaType::Bool:
        return QJsonValue(v.toBool() ? 1 : 0);
    default:
        return QJsonValue(v.toString());
    }
}

QVariant toSql(const QJsonValue &v, bool blob)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant(QMetaType::fromType<QString>()); // a typed null binds as NULL
    case QJsonValue::Bool:
        return QVariant(qint64(v.toBool() ? 1 : 0));
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const auto i = qint64(d);
        // Integers stay integers (JSON has one number type; SQLite keeps two).
        if (double(i) == d && d > -9.0e15 && d < 9.0e15)
            return QVariant(i);
        return QVariant(d);
    }
    case QJsonValue::String:
        if (blob)
            return QByteArray::fromHex(v.toString().toLatin1());
        return QVariant(v.toString());
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return QVariant(QMetaType::fromType<QString>());
}

bool same(const QJsonValue &a, const QJsonValue &b)
{
    const auto numeric = [](const QJsonValue &v, double *out) {
        if (v.isDouble()) {
            *out = v.toDouble();
            return true;
        }
        if (v.isBool()) {
            *out = v.toBool() ? 1 : 0;
            return true;
        }
        return false;
    };
    const bool nullA = a.isNull() || a.isUndefined();
    const bool nullB = b.isNull() || b.isUndefined();
    if (nullA || nullB)
        return nullA && nullB;
    double x = 0;
    double y = 0;
    if (numeric(a, &x) && numeric(b, &y))
        return x == y;
    if (a.isString() && b.isString())
        return a.toString() == b.toString();
    return false;
}

bool isScalar(const QJsonValue &v)
{
    return v.isNull() || v.isBool() || v.isDouble() || v.isString();
}

} // namespace gpudesk::syncvalue
