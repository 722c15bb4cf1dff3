// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiResponse.h"

#include <QJsonDocument>
#include <httplib.h>

using namespace Qt::StringLiterals;

namespace gpudesk {

void ApiResponse::json(httplib::Response &res, int status, const QJsonObject &body)
{
    res.status = status;
    res.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
                    "application/json; charset=utf-8");
}

void ApiResponse::error(httplib::Response &res, int status, const QString &code,
                        const QJsonObject &params)
{
    res.status = status;
    res.set_content(errorBody(code, params).toStdString(), "application/json; charset=utf-8");
}

QByteArray ApiResponse::errorBody(const QString &code, const QJsonObject &params)
{
    return QJsonDocument(
               QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"params"_s, params}}}})
        .toJson(QJsonDocument::Compact);
}

void ApiResponse::retryLater(httplib::Response &res, int status, const QString &code,
                             qint64 retryAfterMs)
{
    const qint64 seconds = std::max<qint64>(1, (retryAfterMs + 999) / 1000);
    res.set_header("Retry-After", std::to_string(seconds));
    error(res, status, code, QJsonObject{{u"retry_after_s"_s, seconds}});
}

} // namespace gpudesk
