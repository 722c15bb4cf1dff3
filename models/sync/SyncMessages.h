// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace gpudesk {

// The server and the transport answer with codes and parameters; these are the words the user
// reads, in their language: what happened, why, and what to do next.
namespace SyncMessages {

QString describe(const QString &code, const QJsonObject &params = {});
// A table's name as a person says it ("review", "allocation").
QString tableLabel(const QString &table);

} // namespace SyncMessages
} // namespace gpudesk
