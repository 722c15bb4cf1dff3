// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace gpudesk {

class Store;

// Why one row of an import was rejected. A row may have several issues.
struct ImportIssue
{
    int line = 0;   // CSV: the line the record starts on; JSON: index in "applications" + 1
    QString field;  // the column or key, e.g. "pi_email"; empty for the row as a whole
    QString reason; // translated, says what is wrong and what is expected
};

struct ImportReport
{
    int accepted = 0;
    int organizationsCreated = 0;
    QList<ImportIssue> rejected;
    // File-level error: unreadable, too big, wrong format, unknown or missing columns, or the
    // database write failed. When set, nothing was written.
    QString fatal;
    bool ok() const { return fatal.isEmpty(); }
    // How many rows were rejected (a row may have several issues).
    int rejectedRows() const;
};

// Imports the applications exported by the online application platform (CSV or JSON, described
// in docs/import-format.md): validates every row, then writes all valid rows in one transaction
// captured for sync (a local change).
class ApplicationImporter final
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationImporter)

public:
    static constexpr qint64 kMaxFileBytes = 50 * 1024 * 1024;

    explicit ApplicationImporter(Store &store);

    // Writes through Store::writeFromWorker on this connection (a worker thread's, from
    // Store::openWorkerConnection), so a large file imports off the GUI thread.
    void setWorkerConnection(const QSqlDatabase &connection) { m_worker = connection; }

    // The format follows the extension (.csv, .json), else the content; the file name becomes
    // each application's source.
    ImportReport importFile(const QString &path);
    // formatHint: "csv" or "json"; empty to detect it from the content.
    ImportReport importData(const QByteArray &data, const QString &formatHint,
                            const QString &sourceName);

    // The column names (CSV header) and JSON keys, in the documented order.
    static QStringList columnNames();

private:
    Store &m_store;
    QSqlDatabase m_worker;
};

} // namespace gpudesk
