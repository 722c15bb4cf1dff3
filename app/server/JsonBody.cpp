// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonBody.h"

#include "ApiResponse.h"

#include <QJsonDocument>
#include <httplib.h>

using namespace Qt::StringLiterals;

namespace gpudesk {

std::optional<QJsonObject> JsonBody::object(const httplib::Request &req, httplib::Response &res,
                                            const QStringList &allowed)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(req.body.data(), qsizetype(req.body.size())), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        ApiResponse::error(res, 400, u"request.malformed_json"_s,
                           QJsonObject{{u"offset"_s, parseError.offset},
                                       {u"reason"_s, parseError.error == QJsonParseError::NoError
                                                         ? u"not an object"_s
                                                         : parseError.errorString()}});
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key())) {
            ApiResponse::error(res, 400, u"request.unknown_field"_s,
                               QJsonObject{{u"field"_s, it.key().left(64)}});
            return std::nullopt;
        }
    }
    return o;
}

bool JsonBody::string(const QJsonObject &o, const QString &key, int minChars, int maxChars,
                      QString *out, httplib::Response &res, bool required)
{
    if (!o.contains(key)) {
        if (!required)
            return true;
        ApiResponse::error(res, 400, u"request.missing_field"_s, QJsonObject{{u"field"_s, key}});
        return false;
    }
    const QJsonValue v = o.value(key);
    const QString s = v.toString();
    if (!v.isString() || s.size() < minChars || s.size() > maxChars) {
        ApiResponse::error(res, 400, u"request.invalid_field"_s,
                           QJsonObject{{u"field"_s, key},
                                       {u"expected"_s, u"string"_s},
                                       {u"min_length"_s, minChars},
                                       {u"max_length"_s, maxChars}});
        return false;
    }
    *out = s;
    return true;
}

bool JsonBody::boolean(const QJsonObject &o, const QString &key, bool *out, httplib::Response &res)
{
    if (!o.contains(key))
        return true;
    if (!o.value(key).isBool()) {
        ApiResponse::error(res, 400, u"request.invalid_field"_s,
                           QJsonObject{{u"field"_s, key}, {u"expected"_s, u"boolean"_s}});
        return false;
    }
    *out = o.value(key).toBool();
    return true;
}

} // namespace gpudesk
