// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiResponse.h"
#include "ApiRoutes.h"
#include "ApiServices.h"
#include "Router.h"

#include <QJsonArray>
#include <httplib.h>

using namespace Qt::StringLiterals;

namespace gpudesk::ApiRoutes {
namespace {

// The permission table's scope decides the query: never the handler's own judgement.
ApplicationQuery queryFor(const RequestContext &ctx)
{
    ApplicationQuery q;
    q.visibility = ctx.scope == Scope::All ? ApplicationQuery::Visibility::All
                                           : ApplicationQuery::Visibility::AssignedToUser;
    q.userId = ctx.user.id;
    return q;
}

} // namespace

void registerApplications(Router &router, ApiServices &services)
{
    router.add(
        u"GET"_s, u"/api/applications"_s, [&services](RequestContext &ctx, httplib::Response &res) {
            ApplicationQuery q = queryFor(ctx);
            q.callId = QString::fromStdString(ctx.request.get_param_value("call"));
            q.after = QString::fromStdString(ctx.request.get_param_value("after"));
            if (ctx.request.has_param("limit")) {
                bool ok = false;
                q.limit = QString::fromStdString(ctx.request.get_param_value("limit")).toInt(&ok);
                if (!ok || q.limit < 1 || q.limit > 1000) {
                    ApiResponse::error(
                        res, 400, u"request.invalid_field"_s,
                        QJsonObject{{u"field"_s, u"limit"_s}, {u"min"_s, 1}, {u"max"_s, 1000}});
                    return;
                }
            }
            const QList<QJsonObject> rows = services.store()->applications(q);
            QJsonArray list;
            for (const QJsonObject &row : rows)
                list.append(row);
            // A full page may have more after it: the client asks again from `next`.
            const QJsonValue next = rows.size() == q.limit
                                        ? QJsonValue(rows.last().value(u"code"_s))
                                        : QJsonValue(QJsonValue::Null);
            ApiResponse::json(res, 200, QJsonObject{{u"applications"_s, list}, {u"next"_s, next}});
        });
    router.add(u"GET"_s, u"/api/applications/([^/]+)"_s,
               [&services](RequestContext &ctx, httplib::Response &res) {
                   const auto row = services.store()->application(ctx.pathParam(1), queryFor(ctx));
                   // Not assigned and not there look alike to a reviewer: no probing for ids.
                   if (!row) {
                       ApiResponse::error(res, 404, u"application.not_found"_s);
                       return;
                   }
                   ApiResponse::json(res, 200, QJsonObject{{u"application"_s, *row}});
               });
}

} // namespace gpudesk::ApiRoutes
