// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/NvidiaSmiParser.h"

#include "telemetry/TextFields.h"

#include <QList>
#include <algorithm>
#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {

enum class Column
{
    Ignored,
    Timestamp,
    Name,
    Uuid,
    Index,
    Util,
    MemUsed,
    MemTotal,
    Power
};

struct KnownColumn
{
    QByteArrayView name;
    Column column;
    QByteArrayView unit; // as nvidia-smi prints it after the number, empty for none
};

// Query fields this parser reads. power.draw.instant/.average are the split that newer drivers
// offer next to power.draw; either is a reading in watts.
constexpr KnownColumn kColumns[] = {
    {"timestamp", Column::Timestamp, ""},
    {"name", Column::Name, ""},
    {"uuid", Column::Uuid, ""},
    {"index", Column::Index, ""},
    {"utilization.gpu", Column::Util, "%"},
    {"memory.used", Column::MemUsed, "MiB"},
    {"memory.total", Column::MemTotal, "MiB"},
    {"power.draw", Column::Power, "W"},
    {"power.draw.instant", Column::Power, "W"},
    {"power.draw.average", Column::Power, "W"},
};

// The order of the documented query, for files written with noheader.
const QList<Column> kDefaultOrder = {Column::Timestamp, Column::Name,     Column::Uuid,
                                     Column::Ignored,   Column::Index,    Column::Util,
                                     Column::MemUsed,   Column::MemTotal, Column::Power};

QByteArrayView unitOf(Column column)
{
    for (const KnownColumn &known : kColumns) {
        if (known.column == column)
            return known.unit;
    }
    return {};
}

QList<QByteArrayView> splitCells(QByteArrayView line)
{
    QList<QByteArrayView> cells;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == ',') {
            cells.append(line.sliced(start, i - start).trimmed());
            start = i + 1;
        }
    }
    return cells;
}

// "utilization.gpu [%]" -> "utilization.gpu"
Column columnForHeader(QByteArrayView cell)
{
    const qsizetype bracket = cell.indexOf('[');
    if (bracket >= 0)
        cell = cell.first(bracket).trimmed();
    for (const KnownColumn &known : kColumns) {
        if (known.name == cell)
            return known.column;
    }
    return Column::Ignored;
}

enum class ValueResult
{
    Reading,
    NoReading,
    Bad
};

// "627.40 W", "627.40" (nounits), "[N/A]", "[Not Supported]".
ValueResult readValue(QByteArrayView cell, QByteArrayView unit, double *out)
{
    if (cell.isEmpty() || cell.startsWith('[') || cell == "N/A")
        return ValueResult::NoReading;
    const char *end = cell.data() + cell.size();
    const auto [ptr, ec] = std::from_chars(cell.data(), end, *out);
    if (ec != std::errc() || !std::isfinite(*out) || *out < 0)
        return ValueResult::Bad;
    const QByteArrayView rest = QByteArrayView(ptr, end - ptr).trimmed();
    if (!rest.isEmpty() && rest != unit)
        return ValueResult::Bad;
    return ValueResult::Reading;
}

} // namespace

TelemetryParseResult NvidiaSmiParser::parse(QByteArrayView data, const Options &options)
{
    TelemetryParseResult result;
    QList<Column> columns = kDefaultOrder;
    bool seenFirst = false;
    bool headerUsable = true;
    int lineNo = 0;
    qsizetype pos = 0;
    if (data.startsWith("\xEF\xBB\xBF"))
        pos = 3;
    while (pos < data.size()) {
        qsizetype eol = data.indexOf('\n', pos);
        if (eol < 0)
            eol = data.size();
        const QByteArrayView line = data.sliced(pos, eol - pos).trimmed();
        pos = eol + 1;
        ++lineNo;
        if (line.isEmpty())
            continue;
        const QList<QByteArrayView> cells = splitCells(line);
        const auto skip = [&](const QString &reason) { result.skipped.append({lineNo, reason}); };

        if (!seenFirst) {
            seenFirst = true;
            // A header names query fields; a noheader file starts with data instead.
            const bool isHeader = std::any_of(cells.cbegin(), cells.cend(), [](QByteArrayView c) {
                return columnForHeader(c) != Column::Ignored;
            });
            if (isHeader) {
                columns.clear();
                for (const QByteArrayView &cell : cells)
                    columns.append(columnForHeader(cell));
                if (!columns.contains(Column::Timestamp) ||
                    (!columns.contains(Column::Uuid) && !columns.contains(Column::Index))) {
                    headerUsable = false;
                    skip(tr("The header has no timestamp column or neither uuid nor index, so no "
                            "line of this file can be read. Export with the query fields "
                            "timestamp,name,uuid,pci.bus_id,index,utilization.gpu,memory.used,"
                            "memory.total,power.draw."));
                }
                continue;
            }
        }
        if (!headerUsable)
            continue;
        if (cells.size() != columns.size()) {
            skip(tr("Expected %1 values separated by commas, found %2.")
                     .arg(columns.size())
                     .arg(cells.size()));
            continue;
        }

        TelemetrySample sample;
        sample.hostname = options.hostname;
        QString problem;
        bool hasTimestamp = false;
        for (qsizetype i = 0; i < cells.size() && problem.isEmpty(); ++i) {
            const QByteArrayView cell = cells.at(i);
            const Column column = columns.at(i);
            double value = 0;
            std::optional<double> *target = nullptr;
            switch (column) {
            case Column::Ignored:
                break;
            case Column::Timestamp:
                if (!telemetry::readLocalTime(cell, '/', ' ', options.timeZone, &sample.ts))
                    problem = tr("The timestamp \"%1\" is not of the form YYYY/MM/DD "
                                 "HH:MM:SS.mmm.")
                                  .arg(QString::fromUtf8(cell));
                hasTimestamp = true;
                break;
            case Column::Name:
                sample.modelName = QString::fromUtf8(cell);
                break;
            case Column::Uuid:
                sample.uuid = QString::fromUtf8(cell);
                break;
            case Column::Index:
                if (!telemetry::readCount(cell, &sample.gpu) || sample.gpu < 0)
                    problem = tr("The GPU index \"%1\" is not a whole number.")
                                  .arg(QString::fromUtf8(cell));
                break;
            case Column::Util:
                target = &sample.gpuUtil;
                break;
            case Column::MemUsed:
                target = &sample.fbUsedMib;
                break;
            case Column::MemTotal:
                target = &sample.fbTotalMib;
                break;
            case Column::Power:
                target = &sample.powerW;
                break;
            }
            if (!target)
                continue;
            switch (readValue(cell, unitOf(column), &value)) {
            case ValueResult::Reading:
                if (column == Column::Util && value > 100)
                    problem =
                        tr("The utilisation \"%1\" is above 100%.").arg(QString::fromUtf8(cell));
                else
                    *target = value;
                break;
            case ValueResult::NoReading:
                break;
            case ValueResult::Bad:
                problem = tr("The value \"%1\" is not a number in %2.")
                              .arg(QString::fromUtf8(cell), QString::fromLatin1(unitOf(column)));
                break;
            }
        }
        if (problem.isEmpty() && !hasTimestamp)
            problem = tr("The line has no timestamp.");
        if (problem.isEmpty() && sample.uuid.isEmpty() && sample.gpu < 0)
            problem = tr("The line names no GPU (neither uuid nor index).");
        if (!problem.isEmpty()) {
            skip(problem);
            continue;
        }
        result.samples.append(std::move(sample));
    }
    result.linesRead = lineNo;
    return result;
}

} // namespace gpudesk
