// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportDocument.h"

#include <QList>
#include <functional>

class QPagedPaintDevice;
class QPainter;
class QPaintDevice;
class QPdfWriter;
class QPrinter;

namespace gpudesk {

// Lays a ReportDocument out on A4 pages and paints them on a PDF writer or a printer: a title
// page, a header (title, classification) and a footer (generated at, classification, page x of
// y) on every page, headings kept with what follows, tables broken between rows with their
// header repeated, charts replayed as vectors. Works on any thread: the document carries
// everything, the device gives the resolution.
class ReportPainter final
{
public:
    // Called after each page with the pages painted and the total; false stops the painting.
    using Progress = std::function<bool(int done, int pages)>;

    explicit ReportPainter(const ReportDocument &document) : m_doc(document) {}

    // A4 portrait without margins (the report keeps its own), title and creator.
    static void prepare(QPdfWriter *writer, const ReportDocument &document);
    static void prepare(QPrinter *printer, const ReportDocument &document);

    // Pages the document takes on `device`.
    int pageCount(const QPaintDevice *device) const;

    // Paints every page on `device`, prepared as above. False when cancelled through `progress`
    // or when the device cannot be painted on (with *error).
    bool paint(QPagedPaintDevice *device, const Progress &progress = {},
               QString *error = nullptr) const;

    // The PDF in one go (A4, fonts embedded), written whole or not at all.
    static bool writePdf(const ReportDocument &document, const QString &path,
                         const Progress &progress, QString *error);

private:
    struct Item;
    struct Page;
    struct Metrics;

    QList<Page> layout(const Metrics &m) const;
    void paintPage(QPainter &painter, const Metrics &m, const Page &page, int number,
                   int pages) const;
    void paintCover(QPainter &painter, const Metrics &m) const;
    void paintFrame(QPainter &painter, const Metrics &m, int number, int pages) const;
    void paintItem(QPainter &painter, const Metrics &m, const Item &item) const;

    const ReportDocument &m_doc;
};

} // namespace gpudesk
