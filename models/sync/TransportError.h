// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/SyncTransport.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace gpudesk {

// What went wrong with an exchange, in the codes SyncMessages words (docs/sync.md, "Errors").
struct TransportError
{
    QString code;
    QJsonObject params;
};

namespace TransportErrors {

// Why `reply` carries no answer (network.unreachable, tls.untrusted, tls.certificate_changed,
// sync.cancelled, network.failed); nullopt when the server answered.
std::optional<TransportError> failure(const TransportReply &reply);
// The server's words for a refusal ({"error": {"code", "params"}}); `fallback` as the code
// when the body names none.
TransportError refusal(const QByteArray &body, const QString &fallback = {});

} // namespace TransportErrors
} // namespace gpudesk
