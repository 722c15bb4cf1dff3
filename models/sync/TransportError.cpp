// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransportError.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gpudesk::TransportErrors {

std::optional<TransportError> failure(const TransportReply &reply)
{
    const QJsonObject presented{{u"presented"_s, reply.presentedSha256}};
    switch (reply.failure) {
    case TransportFailure::None:
        return std::nullopt;
    case TransportFailure::Unreachable:
    case TransportFailure::Timeout:
        return TransportError{u"network.unreachable"_s, {}};
    case TransportFailure::TlsUntrusted:
        return TransportError{u"tls.untrusted"_s, presented};
    case TransportFailure::CertificateChanged:
        return TransportError{u"tls.certificate_changed"_s, presented};
    case TransportFailure::Cancelled:
        return TransportError{u"sync.cancelled"_s, {}};
    case TransportFailure::Other:
        break;
    }
    return TransportError{u"network.failed"_s, {}};
}

TransportError refusal(const QByteArray &body, const QString &fallback)
{
    const QJsonObject e = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
    return TransportError{e.value(u"code"_s).toString(fallback), e.value(u"params"_s).toObject()};
}

} // namespace gpudesk::TransportErrors
