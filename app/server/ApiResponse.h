// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/Protocol.h"

#include <QJsonObject>
#include <QString>

namespace httplib {
struct Response;
}

namespace gpudesk {

// JSON answers. Errors are {"error": {"code": "auth.bad_credentials", "params": {...}}}: the
// desktop words the code in the user's language; params carry the figures the wording needs.
class ApiResponse final
{
public:
    static void json(httplib::Response &res, int status, const QJsonObject &body);
    static void error(httplib::Response &res, int status, const QString &code,
                      const QJsonObject &params = {});
    // The error body alone, for answers built away from httplib (the sync endpoints).
    static QByteArray errorBody(const QString &code, const QJsonObject &params = {});
    // 429/503 with Retry-After (seconds, rounded up) in the header and in params.
    static void retryLater(httplib::Response &res, int status, const QString &code,
                           qint64 retryAfterMs);
};

} // namespace gpudesk
