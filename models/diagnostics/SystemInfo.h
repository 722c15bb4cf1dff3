// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace gpudesk {

class Store;

// The versions Help → About shows and support asks for: gpudesk, Qt (run-time and build), SQLite,
// OpenSSL, the profile's schema and the system.
namespace SystemInfo {

// (translated label, value) pairs; the profile line only when a store is given.
QList<QPair<QString, QString>> versions(const Store *store);
// The same read through `profile`, a connection to the open profile of the calling thread (a
// worker's own, from Store::openWorkerConnection); an invalid one when no profile is open.
QList<QPair<QString, QString>> versions(const QSqlDatabase &profile);

} // namespace SystemInfo
} // namespace gpudesk
