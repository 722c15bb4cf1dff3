// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace gpudesk {

class Store;

// The versions Help → About shows and support asks for: gpudesk, Qt (run-time and build), SQLite,
// OpenSSL, the profile's schema and the system.
namespace SystemInfo {

// (translated label, value) pairs; the profile line only when a store is given.
QList<QPair<QString, QString>> versions(const Store *store);

} // namespace SystemInfo
} // namespace gpudesk
