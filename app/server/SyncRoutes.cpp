// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiRoutes.h"
#include "ApiServices.h"
#include "Router.h"
#include "SyncEndpoint.h"

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace gpudesk::ApiRoutes {
namespace {

// The caller comes from the session, never from the body.
SyncCaller callerOf(const RequestContext &ctx)
{
    return SyncCaller{ctx.user.id, ctx.user.role};
}

void answer(httplib::Response &res, const SyncAnswer &a)
{
    res.status = a.status;
    res.set_content(a.body.toStdString(), "application/json; charset=utf-8");
}

QByteArray bodyOf(const RequestContext &ctx)
{
    return QByteArray::fromStdString(ctx.request.body);
}

} // namespace

void registerSync(Router &router, ApiServices &services)
{
    router.add(u"POST"_s, u"/api/sync/pull"_s,
               [&services](RequestContext &ctx, httplib::Response &res) {
                   answer(res, SyncEndpoint::pull(*services.store(), callerOf(ctx), bodyOf(ctx)));
               });
    router.add(u"POST"_s, u"/api/sync/push"_s,
               [&services](RequestContext &ctx, httplib::Response &res) {
                   answer(res, SyncEndpoint::push(*services.store(), callerOf(ctx), bodyOf(ctx)));
               });
}

} // namespace gpudesk::ApiRoutes
