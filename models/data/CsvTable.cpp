// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvTable.h"

#include "Csv.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)
};

int columnOf(const QList<CsvColumn> &columns, const QString &name)
{
    for (int c = 0; c < columns.size(); ++c) {
        for (const QString &n : columns[c].names) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return c;
        }
    }
    return -1;
}

} // namespace

CsvTable readCsvTable(const QByteArray &data, const QList<CsvColumn> &columns)
{
    CsvTable out;
    CsvReader reader(data);
    CsvRecord record;
    QString error;
    if (!reader.next(&record, &error)) {
        out.fatal =
            error.isEmpty()
                ? Text::tr("The file is empty: it has no header line.")
                : Text::tr("The CSV file is malformed, so nothing was imported. %1").arg(error);
        return out;
    }
    QList<int> map; // record field index -> column
    QStringList unknown, duplicate, missing;
    for (const QString &raw : std::as_const(record.fields)) {
        const QString name = raw.trimmed();
        const int col = columnOf(columns, name);
        if (col < 0)
            unknown << (raw.isEmpty() ? Text::tr("(empty)") : u'"' + raw + u'"');
        else if (map.contains(col))
            duplicate << columns[col].names.first();
        map << col;
    }
    for (int c = 0; c < columns.size(); ++c) {
        if (columns[c].required && !map.contains(c))
            missing << columns[c].names.first();
    }
    if (!unknown.isEmpty())
        out.headerProblems << Text::tr("Unknown column(s): %1.").arg(unknown.join(u", "_s));
    if (!missing.isEmpty())
        out.headerProblems
            << Text::tr("Required column(s) missing: %1.").arg(missing.join(u", "_s));
    if (!duplicate.isEmpty())
        out.headerProblems
            << Text::tr("Column(s) named more than once: %1.").arg(duplicate.join(u", "_s));
    if (!out.headerProblems.isEmpty())
        return out;
    while (reader.next(&record, &error)) {
        if (std::all_of(record.fields.cbegin(), record.fields.cend(),
                        [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue; // a spreadsheet's empty trailing rows
        CsvTableRow row{record.line, QStringList(columns.size()), {}};
        if (record.fields.size() != map.size()) {
            row.issue = Text::tr("The row has %1 fields, but the header has %2 columns.")
                            .arg(record.fields.size())
                            .arg(map.size());
        } else {
            for (qsizetype i = 0; i < map.size(); ++i)
                row.values[map.at(i)] = record.fields.at(i).trimmed();
        }
        out.rows << row;
    }
    if (!error.isEmpty()) {
        out.rows.clear();
        out.fatal = Text::tr("The CSV file is malformed, so nothing was imported. %1").arg(error);
    }
    return out;
}

} // namespace gpudesk
