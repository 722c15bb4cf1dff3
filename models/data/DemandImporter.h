// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApplicationImporter.h"
#include "rules/DemandRules.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace gpudesk {

class Store;

// One row of a ministry's survey spreadsheet as the preview shows it.
struct DemandPreviewRow
{
    int line = 0;
    DemandFacts demand;
    bool newMinistry = false; // no public agency of that name yet: importing creates it
    QList<ImportIssue> issues;
};

struct DemandPreview
{
    QString sourceName;
    // File-level: unreadable, too big, not CSV, unknown or missing columns, no rows, a round that
    // takes no demands. Nothing can be imported then.
    QString fatal;
    QList<DemandPreviewRow> rows;

    int rowsWithIssues() const;
    // Only a file without a single problem is imported: a ministry's list comes whole or not at
    // all, so that no demand is half in and the ministry asked twice.
    bool importable() const { return fatal.isEmpty() && !rows.isEmpty() && rowsWithIssues() == 0; }
};

// Imports the demands of a national-project round from the ministries' spreadsheets, saved as
// CSV (UTF-8, header line; English or Korean column names, see docs/tracks.md). First a preview
// that checks every row as the form would, with row-level problems; then, only when no row has
// a problem, every demand in one transaction.
class DemandImporter final
{
    Q_DECLARE_TR_FUNCTIONS(DemandImporter)

public:
    static constexpr qint64 kMaxFileBytes = 5 * 1024 * 1024;

    explicit DemandImporter(Store &store) : m_store(store) {}

    DemandPreview previewFile(const QString &path, const QString &callId) const;
    DemandPreview preview(const QByteArray &data, const QString &callId,
                          const QString &sourceName) const;
    // Refused (nothing written) unless the preview is importable and every row still passes.
    bool commit(const DemandPreview &preview, const QString &callId, QString *error);

    // The column names, English and Korean, in the documented order.
    static QStringList columnNames();
    static QStringList koreanColumnNames();

private:
    Store &m_store;
};

} // namespace gpudesk
