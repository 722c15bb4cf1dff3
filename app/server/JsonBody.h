// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace gpudesk {

// Strict reading of a request's JSON body. Each function answers the request with a 400 and a
// code naming the problem (request.malformed_json, request.unknown_field, request.missing_field,
// request.invalid_field) and returns false/nullopt; the handler then just returns.
class JsonBody final
{
public:
    // An object with no keys outside `allowed` (invalid UTF-8 is malformed JSON).
    static std::optional<QJsonObject> object(const httplib::Request &req, httplib::Response &res,
                                             const QStringList &allowed);
    // A string of minChars..maxChars characters (and at most maxChars * 4 UTF-8 bytes).
    static bool string(const QJsonObject &o, const QString &key, int minChars, int maxChars,
                       QString *out, httplib::Response &res, bool required = true);
    static bool boolean(const QJsonObject &o, const QString &key, bool *out,
                        httplib::Response &res);
};

} // namespace gpudesk
