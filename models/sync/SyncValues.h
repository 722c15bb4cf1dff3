// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QVariant>

// How a column value travels: the outbox, the wire and both databases agree on one JSON form
// (SQLite's own: integers as integers, BLOBs as upper-case hex text). Shared by the desktop and
// the server so a three-way merge compares like with like.
namespace gpudesk::syncvalue {

// A value read from SQLite as the wire carries it.
QJsonValue fromSql(const QVariant &value, bool blob);
// A wire value as SQLite should store it (hex text back to bytes for a BLOB column).
QVariant toSql(const QJsonValue &value, bool blob);
// The same value for a merge: numbers by value (1 == 1.0), booleans as 0/1, strings exactly.
bool same(const QJsonValue &a, const QJsonValue &b);
// Null, a boolean, a number or a string: what a column may hold on the wire.
bool isScalar(const QJsonValue &value);

} // namespace gpudesk::syncvalue
