// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace gpudesk {

// Splits a migration script into single statements: QSQLITE runs one statement per exec().
// Line comments are dropped; a CREATE TRIGGER statement ends at its "END;".
QStringList splitSqlScript(const QString &script);

} // namespace gpudesk
