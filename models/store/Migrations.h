// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace gpudesk {

// Numbered schema migrations. Step N is the script sql/N_*.sql; each step runs in its own
// transaction, ends by regenerating the capture triggers and stores N in PRAGMA user_version.
class Migrations final
{
public:
    // Marks a database as ours (PRAGMA application_id), so a foreign SQLite file is told apart.
    static constexpr int kApplicationId = 0x47504453; // "GPDS"
    static int latestVersion();
    // Runs steps (from, to]; stops at the first failing step, which is rolled back whole.
    static bool migrate(QSqlDatabase &db, int from, int to, QString *error);
    static int currentVersion(QSqlDatabase &db);
    // Marks db as ours at schema `version` (application_id and user_version).
    static bool markVersion(QSqlDatabase &db, int version, QString *error);
};

} // namespace gpudesk
