// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosticsBundle.h"

#include "AppLog.h"
#include "Redaction.h"
#include "SystemInfo.h"
#include "ZipWriter.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSettings>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsBundle)
};

QByteArray readme()
{
    return "gpudesk diagnostics bundle\n"
           "\n"
           "about.txt     versions of gpudesk, Qt, SQLite, OpenSSL and the system\n"
           "profile.txt   the open profile's schema, size, integrity and row counts per table\n"
           "settings.txt  the program's settings (secrets left out)\n"
           "logs/         the program's log files\n"
           "\n"
           "Not included: passwords, tokens, password hashes, keys, and the contents of any\n"
           "application, review, document or user record. Every text was redacted before it\n"
           "was written here.\n";
}

QByteArray about(const QSqlDatabase &db)
{
    QString text;
    for (const auto &v : SystemInfo::versions(db))
        text += u"%1: %2\n"_s.arg(v.first, v.second);
    text += u"Locale: %1\nTime zone: %2\nCreated: %3\n"_s.arg(
        QLocale().name(), QString::fromUtf8(QTimeZone::systemTimeZoneId()),
        QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return Redaction::redact(text).toUtf8();
}

// SQLite names may be letters, digits and underscores here: the only kind gpudesk creates.
bool plainName(const QString &name)
{
    static const QRegularExpression plain(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    return plain.match(name).hasMatch();
}

QByteArray profile(const Store *store, const QSqlDatabase &db)
{
    if (!store)
        return "No profile was open.\n";
    QString text;
    const QFileInfo fi(store->path());
    text += u"Profile: %1\nSize: %2 bytes (write-ahead log %3 bytes)\n"_s.arg(
        fi.fileName())
                .arg(fi.size())
                .arg(QFileInfo(store->path() + u"-wal"_s).size());
    QSqlQuery q(db);
    // The pragmas as table-valued functions: one fixed, prepared statement.
    QStringList shape(6);
    if (q.prepare(u"SELECT (SELECT user_version FROM pragma_user_version), "
                  "(SELECT journal_mode FROM pragma_journal_mode), "
                  "(SELECT page_size FROM pragma_page_size), "
                  "(SELECT page_count FROM pragma_page_count), "
                  "(SELECT freelist_count FROM pragma_freelist_count), "
                  "(SELECT quick_check FROM pragma_quick_check(1))"_s) &&
        q.exec() && q.next()) {
        for (int i = 0; i < shape.size(); ++i)
            shape[i] = q.value(i).toString();
    }
    text += u"Schema version: %1\nJournal mode: %2\nPage size: %3\nPages: %4 (free %5)\n"
            "Quick check: %6\n"_s.arg(shape[0], shape[1], shape[2], shape[3], shape[4], shape[5]);
    text += u"\nRows per table:\n"_s;
    QStringList tables;
    if (q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
               "ORDER BY name"_s)) {
        while (q.next())
            tables << q.value(0).toString();
    }
    for (const QString &t : std::as_const(tables)) {
        // A table name cannot be a bound parameter: only plain names from the schema are
        // counted; anything else is listed without a count.
        if (!plainName(t)) {
            text += u"  (a table with an unusual name, not counted)\n"_s;
            continue;
        }
        if (q.prepare(u"SELECT count(*) FROM \"%1\""_s.arg(t)) && q.exec() && q.next())
            text += u"  %1: %2\n"_s.arg(t, q.value(0).toString());
    }
    return text.toUtf8();
}

QString describe(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QByteArray:
        return u"<%1 bytes of binary data>"_s.arg(v.toByteArray().size());
    case QMetaType::QStringList:
        return v.toStringList().join(u", "_s);
    default:
        return v.toString();
    }
}

QByteArray settings()
{
    QSettings s;
    QString text = u"Settings file: %1\n\n"_s.arg(QFileInfo(s.fileName()).fileName());
    const QStringList keys = s.allKeys();
    for (const QString &key : keys) {
        const QString value =
            Redaction::isSecretKey(key) ? u"<redacted>"_s : Redaction::redact(describe(s.value(key)));
        text += u"%1 = %2\n"_s.arg(key, value);
    }
    return text.toUtf8();
}

} // namespace

QMap<QString, QByteArray> DiagnosticsBundle::contents(Store *store, const QSqlDatabase &connection)
{
    const QSqlDatabase db =
        !store ? QSqlDatabase() : (connection.isValid() ? connection : store->db());
    QMap<QString, QByteArray> files;
    files.insert(u"README.txt"_s, readme());
    files.insert(u"about.txt"_s, about(db));
    files.insert(u"profile.txt"_s, profile(store, db));
    files.insert(u"settings.txt"_s, settings());
    for (const QString &path : AppLog::files()) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.insert(u"logs/"_s + QFileInfo(path).fileName(),
                         Redaction::redact(QString::fromUtf8(f.readAll())).toUtf8());
    }
    return files;
}

bool DiagnosticsBundle::write(const QString &zipPath, Store *store, QString *error,
                              const QSqlDatabase &connection)
{
    const QMap<QString, QByteArray> files = contents(store, connection);
    QSaveFile out(zipPath);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Text::tr("%1 cannot be written: %2. Choose another folder.")
                         .arg(zipPath, out.errorString());
        return false;
    }
    ZipWriter zip(&out);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        zip.add(it.key(), it.value());
    if (!zip.finish() || !out.commit()) {
        if (error)
            *error = Text::tr("%1 could not be written completely: %2. Check the free space.")
                         .arg(zipPath, out.errorString());
        return false;
    }
    return true;
}

} // namespace gpudesk
