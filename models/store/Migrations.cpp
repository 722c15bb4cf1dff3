// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

#include "SqlScript.h"
#include "SyncedTables.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {
// Migration scripts, in order; index + 1 is the schema version each produces.
const char16_t *const kScripts[] = {
    u":/gpudesk/sql/0001_initial.sql",
    u":/gpudesk/sql/0002_application_browse.sql",
    u":/gpudesk/sql/0003_review.sql",
    u":/gpudesk/sql/0004_administration.sql",
    u":/gpudesk/sql/0005_usage_store.sql",
    u":/gpudesk/sql/0006_tracks.sql",
    u":/gpudesk/sql/0007_sync.sql",
    u":/gpudesk/sql/0008_proposed_decisions.sql",
    u":/gpudesk/sql/0009_index_set_aside.sql",
};

bool runStep(QSqlDatabase &db, int version, QString *error)
{
    QFile f(QString::fromUtf16(kScripts[version - 1]));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"migration script %1 is missing"_s.arg(f.fileName());
        return false;
    }
    const QStringList statements = splitSqlScript(QString::fromUtf8(f.readAll()));
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            *error = u"schema step %1: %2"_s.arg(version).arg(q.lastError().text());
            return false;
        }
    }
    if (!SyncedTables::installCaptureTriggers(db, error, version == Migrations::latestVersion()))
        return false;
    return Migrations::markVersion(db, version, error);
}
} // namespace

bool Migrations::markVersion(QSqlDatabase &db, int version, QString *error)
{
    // PRAGMAs take no bound parameters; both values are integers of ours, never input.
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA application_id = %1"_s.arg(kApplicationId)) ||
        !q.exec(u"PRAGMA user_version = %1"_s.arg(version))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

int Migrations::latestVersion()
{
    return static_cast<int>(std::size(kScripts));
}

int Migrations::currentVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Migrations::migrate(QSqlDatabase &db, int from, int to, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    for (int v = from + 1; v <= to; ++v) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        if (!runStep(db, v, error)) {
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace gpudesk
