// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QPicture>
#include <QSizeF>
#include <QString>
#include <QStringList>

// A report as a flow of blocks, every word already in the report's language: what
// ReportPainter lays out on A4 pages. Nothing here depends on the device it is drawn on, so one
// document serves the preview, the printer and the PDF, on any thread.
namespace gpudesk {

// A table that may run over several pages; its header is repeated on each.
struct ReportTable
{
    QStringList headers;
    QList<QStringList> rows;
    QList<double> widths;   // weights of the columns that wrap (titles, names); 0 or missing:
                            // the column keeps its widest cell on one line
    QList<bool> numeric;    // right-aligned columns; empty: none
    int totalRows = 0;      // the last rows are totals: bold, ruled above
    QString emptyText;      // written instead of a table without rows
};

// A chart drawn by QCustomPlot into a picture of vector commands (never a bitmap), `size` in
// points; ReportPainter scales it into the width of the page.
struct ReportChart
{
    QPicture picture;
    QSizeF size;
};

struct ReportBlock
{
    enum class Kind
    {
        Heading,    // a section: starts a new page when `newPage`
        Subheading, // kept with what follows
        Paragraph,
        Facts,      // label: value lines
        Table,
        Chart,
    };
    Kind kind = Kind::Paragraph;
    QString text;
    bool newPage = false;
    QList<QPair<QString, QString>> facts;
    ReportTable table;
    ReportChart chart;
};

struct ReportDocument
{
    QString title;          // the title page, the header of every page, the PDF's title
    QString subtitle;       // under the title on the title page
    QList<QPair<QString, QString>> cover; // label: value lines of the title page
    QString classification; // on every page (대외비, ...); empty: none
    QString generated;      // "Generated 1 February 2026 14:02", in every footer
    QString pageFormat;     // "Page %1 of %2", in every footer
    QString continued;      // added to a table's heading on the pages it continues on
    QString language;       // "ko" or "en"
    QString fontFamily;     // one family for every word: it is embedded in the PDF
    QString creator;        // the PDF's creator: "gpudesk 0.1.0"
    QList<ReportBlock> blocks;

    void heading(const QString &text, bool newPage = true);
    void subheading(const QString &text);
    void paragraph(const QString &text);
    void facts(const QList<QPair<QString, QString>> &lines);
    void table(const ReportTable &table);
    void chart(const ReportChart &chart);
};

} // namespace gpudesk
