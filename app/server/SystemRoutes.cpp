// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiResponse.h"
#include "ApiRoutes.h"
#include "ApiServices.h"
#include "Router.h"

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace gpudesk::ApiRoutes {

void registerAll(Router &router, ApiServices &services)
{
    registerSystem(router, services);
    registerAuth(router, services);
    registerUsers(router, services);
    registerApplications(router, services);
    registerSync(router, services);
}

void registerSystem(Router &router, ApiServices &services)
{
    router.add(u"GET"_s, u"/api/health"_s, [](RequestContext &, httplib::Response &res) {
        ApiResponse::json(res, 200, QJsonObject{{u"status"_s, u"ok"_s}});
    });
    router.add(u"GET"_s, u"/api/version"_s, [](RequestContext &, httplib::Response &res) {
        ApiResponse::json(res, 200,
                          QJsonObject{{u"server"_s, QStringLiteral(GPUDESK_VERSION)},
                                      {u"protocol"_s, kProtocolVersion}});
    });
    router.add(u"GET"_s, u"/api/audit/verify"_s,
               [&services](RequestContext &, httplib::Response &res) {
                   const AuditVerdict v = services.store()->verifyAudit();
                   ApiResponse::json(res, 200,
                                     QJsonObject{{u"ok"_s, v.ok()},
                                                 {u"code"_s, v.code()},
                                                 {u"rows"_s, v.rows},
                                                 {u"table_last_seq"_s, v.tableLastSeq},
                                                 {u"last_head_seq"_s, v.lastHeadSeq},
                                                 {u"problem_seq"_s, v.seq},
                                                 {u"head_hash"_s, v.headHash}});
               });
}

} // namespace gpudesk::ApiRoutes
