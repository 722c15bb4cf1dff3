// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace gpudesk {

// The non-unique secondary indexes of the synced tables (and of the browse rows derived from
// applications), set aside while a large pull writes its rows and built again once at its end
// (schema 9, 0009_index_set_aside.sql). Unique indexes and primary keys stay: the rows' upserts
// and the data's rules need them. What is set aside is recorded in the same transaction as the
// drop, so a crash in between leaves the profile able to put it back when it is next opened.
namespace IndexSetAside {

// Drops the indexes and records them, inside the caller's transaction. Returns how many were
// set aside, or -1 with *error set.
int setAside(QSqlDatabase &db, QString *error);

// Builds every recorded index again and forgets it, in one transaction of its own. Nothing to
// do (and true) when nothing is recorded or the profile predates schema 9.
bool restore(const QSqlDatabase &db, QString *error);

} // namespace IndexSetAside
} // namespace gpudesk
