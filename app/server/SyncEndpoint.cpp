// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncEndpoint.h"

#include "ApiResponse.h"

using namespace Qt::StringLiterals;

namespace gpudesk::SyncEndpoint {

SyncAnswer pull(ServerStore &store, const SyncCaller &caller, const QByteArray &body)
{
    sync::WireError wireError;
    const auto request = sync::decodePullRequest(body, &wireError);
    if (!request)
        return {400, ApiResponse::errorBody(wireError.code, wireError.params)};
    QString error;
    const QByteArray page = store.syncPull(caller, *request, &error);
    if (page.isEmpty())
        return {500, ApiResponse::errorBody(u"server.internal"_s)};
    return {200, page};
}

SyncAnswer push(ServerStore &store, const SyncCaller &caller, const QByteArray &body)
{
    sync::WireError wireError;
    const auto request = sync::decodePushRequest(body, &wireError);
    if (!request)
        return {400, ApiResponse::errorBody(wireError.code, wireError.params)};
    sync::PushResponse response;
    QString error;
    if (!store.syncPush(caller, *request, &response, &error))
        return {500, ApiResponse::errorBody(u"server.internal"_s)};
    return {200, sync::encode(response)};
}

} // namespace gpudesk::SyncEndpoint
