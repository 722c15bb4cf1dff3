// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportPainter.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)
};

// The page in points (A4) and the report's own margins.
constexpr double kPageWidth = 595.276;
constexpr double kPageHeight = 841.890;
constexpr double kLeft = 56.7;
constexpr double kRight = 56.7;
constexpr double kTop = 70;
constexpr double kBottom = 68;
constexpr double kHeaderRule = 50;
constexpr double kFooterRule = kPageHeight - 52;
constexpr double kCellPadX = 3;
constexpr double kCellPadY = 2.2;

const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x55, 0x5d, 0x66);
const QColor kRule(0x9a, 0xa5, 0xb1);
const QColor kHeaderFill(0xe4, 0xea, 0xf1);
const QColor kZebra(0xf5, 0xf7, 0xf9);
const QColor kClassification(0xa3, 0x10, 0x1c);

QTextOption wrapping(Qt::Alignment align)
{
    QTextOption option(align);
    // Korean titles may have no space for a long stretch: break anywhere rather than overflow.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

// Lays `text` out in `width` (device units) and returns its height; draws it at `at` when a
// painter is given.
double flowText(const QString &text, const QFont &font, const QPaintDevice *device, double width,
                Qt::Alignment align = Qt::AlignLeft, QPainter *painter = nullptr,
                QPointF at = {})
{
    QTextLayout layout(text, font, device);
    layout.setTextOption(wrapping(align));
    layout.setCacheEnabled(true);
    layout.beginLayout();
    double height = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(qMax(1.0, width));
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    if (painter)
        layout.draw(painter, at);
    return height;
}

} // namespace

struct ReportPainter::Metrics
{
    const QPaintDevice *device = nullptr;
    double k = 1; // device units per point
    QRectF content;
    QFont frame, frameBold, body, bodyBold, table, tableBold, heading, subheading, title,
        subtitle, classification;

    Metrics(const QPaintDevice *d, const QString &family) : device(d)
    {
        k = d->logicalDpiY() / 72.0;
        content = QRectF(pt(kLeft), pt(kTop), pt(kPageWidth - kLeft - kRight),
                         pt(kPageHeight - kTop - kBottom));
        frame = font(family, 7.5, false);
        frameBold = font(family, 7.5, true);
        body = font(family, 9.5, false);
        bodyBold = font(family, 9.5, true);
        table = font(family, 8, false);
        tableBold = font(family, 8, true);
        heading = font(family, 14, true);
        subheading = font(family, 11, true);
        title = font(family, 24, true);
        subtitle = font(family, 13, false);
        classification = font(family, 15, true);
    }
    double pt(double v) const { return v * k; }
    static QFont font(const QString &family, double size, bool bold)
    {
        QFont f(family);
        f.setPointSizeF(size);
        f.setBold(bold);
        // Shaped Latin runs of the CJK fonts take digit glyphs outside the font's character
        // map; the PDF then cannot say which characters they are, and search and copy lose
        // every number. Korean syllables and Latin need no shaping.
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    }
    double height(const QString &text, const QFont &f, double width) const
    {
        return flowText(text, f, device, width);
    }
    // Column widths of a table in device units. Columns without a weight keep their widest
    // cell on one line (codes, counts, amounts); the weighted ones (titles, names) share what is
    // left by weight and wrap. When even the short columns do not fit, everything wraps.
    QList<double> columns(const ReportTable &t) const
    {
        const auto cached = m_columns.constFind(&t);
        if (cached != m_columns.cend())
            return *cached;
        const qsizetype n = t.headers.size();
        if (n <= 0)
            return {};
        const QFontMetricsF plain(table, device), bold(tableBold, device);
        QList<double> natural(n, 0);
        double naturalSum = 0;
        for (qsizetype c = 0; c < n; ++c) {
            for (const QString &word : t.headers[c].split(u' '))
                natural[c] = qMax(natural[c], bold.horizontalAdvance(word));
            for (int r = 0; r < t.rows.size(); ++r) {
                const QFontMetricsF &fm = r >= t.rows.size() - t.totalRows ? bold : plain;
                natural[c] = qMax(natural[c], fm.horizontalAdvance(t.rows[r].value(c)));
            }
            natural[c] += pt(2 * kCellPadX) + 1;
            naturalSum += natural[c];
        }
        QList<bool> fixed(n, false);
        for (int c = 0; c < n; ++c)
            fixed[c] = t.widths.value(c, 0) <= 0;
        double remaining = 0;
        double weights = 0;
        for (bool changed = true; changed;) {
            changed = false;
            remaining = content.width();
            weights = 0;
            for (int c = 0; c < n; ++c) {
                if (fixed[c])
                    remaining -= natural[c];
                else
                    weights += t.widths.value(c);
            }
            for (int c = 0; c < n; ++c) {
                if (!fixed[c] && natural[c] <= remaining * t.widths.value(c) / weights) {
                    fixed[c] = true; // it fits on one line in its share: the rest goes to others
                    changed = true;
                }
            }
        }
        QList<double> out(n, 0);
        for (int c = 0; c < n; ++c) {
            if (remaining <= 0)
                out[c] = content.width() * natural[c] / naturalSum;
            else if (weights > 0)
                out[c] = fixed[c] ? natural[c] : remaining * t.widths.value(c) / weights;
            else
                out[c] = natural[c] + remaining * natural[c] / naturalSum;
        }
        m_columns.insert(&t, out);
        return out;
    }
    mutable QHash<const ReportTable *, QList<double>> m_columns;
    double rowHeight(const ReportTable &t, const QStringList &cells, const QFont &f) const
    {
        const QList<double> widths = columns(t);
        double h = 0;
        for (int c = 0; c < widths.size(); ++c)
            h = qMax(h, height(cells.value(c), f, widths[c] - pt(2 * kCellPadX)));
        return h + pt(2 * kCellPadY);
    }
    double chartHeight(const ReportChart &c) const
    {
        const double h = c.size.width() > 0 ? content.width() * c.size.height() / c.size.width()
                                            : pt(200);
        return qMin(h, content.height() * 0.9);
    }
};

struct ReportPainter::Item
{
    enum class Kind
    {
        Heading,
        Subheading,
        Paragraph,
        Fact,
        TableCaption, // on the pages a table continues on
        TableHeader,
        TableRow,
        EmptyTable,
        Chart,
    };
    Kind kind = Kind::Paragraph;
    int block = -1;
    int row = -1; // fact line or table row
    double y = 0;
    double height = 0;
    QString text; // the caption of a continued table
};

struct ReportPainter::Page
{
    QList<Item> items;
    bool cover = false;
};

QList<ReportPainter::Page> ReportPainter::layout(const Metrics &m) const
{
    QList<Page> pages;
    pages.append(Page{{}, true});
    pages.append(Page{});
    const double top = m.content.top();
    const double bottom = m.content.bottom();
    const double width = m.content.width();
    double y = top;
    const auto newPage = [&] {
        pages.append(Page{});
        y = top;
    };
    const auto place = [&](Item item, double spaceBefore, double spaceAfter, double keep) {
        if (!pages.last().items.isEmpty() && y > top)
            y += spaceBefore;
        if (!pages.last().items.isEmpty() && y + item.height + keep > bottom)
            newPage();
        item.y = y;
        y += item.height + spaceAfter;
        pages.last().items.append(item);
    };
    const auto headerHeight = [&](const ReportTable &t) {
        return m.rowHeight(t, t.headers, m.tableBold);
    };
    // How much of block b must fit under a heading for the heading to stay on its page.
    const auto firstPiece = [&](int b) -> double {
        if (b >= m_doc.blocks.size())
            return 0;
        const ReportBlock &next = m_doc.blocks[b];
        switch (next.kind) {
        case ReportBlock::Kind::Table:
            if (next.table.rows.isEmpty())
                return m.height(next.table.emptyText, m.body, width);
            return headerHeight(next.table) + m.rowHeight(next.table, next.table.rows.first(),
                                                          m.table);
        case ReportBlock::Kind::Chart:
            return m.chartHeight(next.chart);
        case ReportBlock::Kind::Facts:
            return next.facts.isEmpty() ? 0 : m.height(next.facts.first().second, m.body, width);
        case ReportBlock::Kind::Paragraph:
            return qMin(m.height(next.text, m.body, width), m.pt(40));
        default:
            return m.height(next.text, m.subheading, width);
        }
    };

    QString caption;
    for (int b = 0; b < m_doc.blocks.size(); ++b) {
        const ReportBlock &block = m_doc.blocks[b];
        Item item;
        item.block = b;
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            if (block.newPage && !pages.last().items.isEmpty())
                newPage();
            item.kind = Item::Kind::Heading;
            item.height = m.height(block.text, m.heading, width);
            place(item, m.pt(14), m.pt(8), firstPiece(b + 1));
            caption = block.text;
            break;
        case ReportBlock::Kind::Subheading:
            item.kind = Item::Kind::Subheading;
            item.height = m.height(block.text, m.subheading, width);
            place(item, m.pt(10), m.pt(5), firstPiece(b + 1));
            caption = block.text;
            break;
        case ReportBlock::Kind::Paragraph:
            item.kind = Item::Kind::Paragraph;
            item.height = m.height(block.text, m.body, width);
            place(item, 0, m.pt(6), 0);
            break;
        case ReportBlock::Kind::Facts:
            for (int f = 0; f < block.facts.size(); ++f) {
                item.kind = Item::Kind::Fact;
                item.row = f;
                item.height = qMax(m.height(block.facts[f].first, m.bodyBold, width * 0.34),
                                   m.height(block.facts[f].second, m.body, width * 0.64)) +
                              m.pt(2);
                place(item, 0, f + 1 == block.facts.size() ? m.pt(8) : 0, 0);
            }
            break;
        case ReportBlock::Kind::Table: {
            const ReportTable &t = block.table;
            if (t.rows.isEmpty()) {
                item.kind = Item::Kind::EmptyTable;
                item.height = m.height(t.emptyText, m.body, width);
                place(item, 0, m.pt(10), 0);
                break;
            }
            Item header = item;
            header.kind = Item::Kind::TableHeader;
            header.height = headerHeight(t);
            const double firstRow = m.rowHeight(t, t.rows.first(), m.table);
            place(header, m.pt(2), 0, firstRow);
            double totals = 0; // the total rows go with the last row above them
            for (int r = int(t.rows.size()) - t.totalRows; r < t.rows.size(); ++r)
                totals += m.rowHeight(t, t.rows[r], m.tableBold);
            for (int r = 0; r < t.rows.size(); ++r) {
                Item row = item;
                row.kind = Item::Kind::TableRow;
                row.row = r;
                const bool total = r >= t.rows.size() - t.totalRows;
                row.height = m.rowHeight(t, t.rows[r], total ? m.tableBold : m.table);
                const bool lastBeforeTotals = t.totalRows > 0 && r == t.rows.size() - t.totalRows - 1;
                if (y + row.height + (lastBeforeTotals ? totals : 0) > bottom) {
                    // The table goes on: its caption and header again on the next page.
                    newPage();
                    Item more = item;
                    more.kind = Item::Kind::TableCaption;
                    more.text = caption.isEmpty() ? m_doc.continued
                                                  : caption + u' ' + m_doc.continued;
                    more.height = m.height(more.text, m.bodyBold, width) + m.pt(3);
                    place(more, 0, 0, 0);
                    place(header, 0, 0, 0);
                }
                place(row, 0, r + 1 == t.rows.size() ? m.pt(12) : 0, 0);
            }
            break;
        }
        case ReportBlock::Kind::Chart:
            item.kind = Item::Kind::Chart;
            item.height = m.chartHeight(block.chart);
            place(item, m.pt(4), m.pt(12), 0);
            break;
        }
    }
    if (pages.last().items.isEmpty() && pages.size() > 2)
        pages.removeLast();
    return pages;
}

int ReportPainter::pageCount(const QPaintDevice *device) const
{
    return int(layout(Metrics(device, m_doc.fontFamily)).size());
}

void ReportPainter::prepare(QPdfWriter *writer, const ReportDocument &document)
{
    writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout::Point));
    writer->setResolution(600);
    writer->setTitle(document.title);
    writer->setCreator(document.creator);
}

void ReportPainter::prepare(QPrinter *printer, const ReportDocument &document)
{
    printer->setFullPage(true);
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                       QMarginsF(0, 0, 0, 0), QPageLayout::Point));
    printer->setDocName(document.title);
    printer->setCreator(document.creator);
}

bool ReportPainter::paint(QPagedPaintDevice *device, const Progress &progress,
                          QString *error) const
{
    const Metrics m(device, m_doc.fontFamily);
    const QList<Page> pages = layout(m);
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = Text::tr("The report could not be drawn on the page: the printer or the "
                              "file refused it. Check the printer, or that the folder is "
                              "writable, and try again.");
        return false;
    }
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0 && !device->newPage()) {
            if (error)
                *error = Text::tr("Page %1 of the report could not be started: the printer or "
                                  "the disk stopped taking it.")
                             .arg(i + 1);
            return false;
        }
        paintPage(painter, m, pages[i], i + 1, int(pages.size()));
        if (progress && !progress(i + 1, int(pages.size()))) {
            painter.end();
            return false;
        }
    }
    if (!painter.end()) {
        if (error)
            *error = Text::tr("The report could not be finished: the printer or the disk "
                              "refused the last page.");
        return false;
    }
    return true;
}

void ReportPainter::paintPage(QPainter &painter, const Metrics &m, const Page &page, int number,
                              int pages) const
{
    paintFrame(painter, m, number, pages);
    if (page.cover) {
        paintCover(painter, m);
        return;
    }
    for (const Item &item : page.items)
        paintItem(painter, m, item);
}

void ReportPainter::paintFrame(QPainter &painter, const Metrics &m, int number, int pages) const
{
    const double left = m.content.left();
    const double width = m.content.width();
    const double third = width / 3;
    const QFontMetricsF fm(m.frame, m.device);
    painter.setPen(kMuted);
    painter.setFont(m.frame);
    const double headerY = m.pt(kHeaderRule) - fm.height() - m.pt(3);
    painter.drawText(QRectF(left, headerY, width * 0.62, fm.height()), Qt::AlignLeft,
                     fm.elidedText(m_doc.title, Qt::ElideRight, width * 0.62));
    const double footerY = m.pt(kFooterRule) + m.pt(4);
    painter.drawText(QRectF(left, footerY, third * 1.2, fm.height()), Qt::AlignLeft,
                     m_doc.generated);
    painter.drawText(QRectF(left + width - third, footerY, third, fm.height()), Qt::AlignRight,
                     m_doc.pageFormat.arg(number).arg(pages));
    if (!m_doc.classification.isEmpty()) {
        painter.setFont(m.frameBold);
        painter.setPen(kClassification);
        painter.drawText(QRectF(left + width * 0.62, headerY, width * 0.38, fm.height()),
                         Qt::AlignRight, m_doc.classification);
        painter.drawText(QRectF(left + third * 1.2, footerY, third * 0.6, fm.height()),
                         Qt::AlignHCenter, m_doc.classification);
    }
    painter.setPen(QPen(kRule, m.pt(0.6)));
    painter.drawLine(QPointF(left, m.pt(kHeaderRule)), QPointF(left + width, m.pt(kHeaderRule)));
    painter.drawLine(QPointF(left, m.pt(kFooterRule)), QPointF(left + width, m.pt(kFooterRule)));
}

void ReportPainter::paintCover(QPainter &painter, const Metrics &m) const
{
    const double left = m.content.left();
    const double width = m.content.width();
    double y = m.pt(150);
    if (!m_doc.classification.isEmpty()) {
        const QFontMetricsF fm(m.classification, m.device);
        const double w = fm.horizontalAdvance(m_doc.classification) + m.pt(28);
        const QRectF box(left + (width - w) / 2, m.pt(96), w, fm.height() + m.pt(12));
        painter.setPen(QPen(kClassification, m.pt(1.6)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box);
        painter.setFont(m.classification);
        painter.drawText(box, Qt::AlignCenter, m_doc.classification);
    }
    painter.setPen(kInk);
    y = m.pt(250);
    y += flowText(m_doc.title, m.title, m.device, width, Qt::AlignHCenter, &painter,
                  QPointF(left, y));
    y += m.pt(14);
    if (!m_doc.subtitle.isEmpty()) {
        painter.setPen(kMuted);
        y += flowText(m_doc.subtitle, m.subtitle, m.device, width, Qt::AlignHCenter, &painter,
                      QPointF(left, y));
    }
    painter.setPen(QPen(kRule, m.pt(0.8)));
    y += m.pt(24);
    painter.drawLine(QPointF(left + width * 0.2, y), QPointF(left + width * 0.8, y));
    y += m.pt(24);
    const double labelWidth = width * 0.22;
    const double valueWidth = width * 0.44;
    const double x = left + width * 0.17;
    for (const auto &[label, value] : m_doc.cover) {
        painter.setPen(kMuted);
        const double h1 = flowText(label, m.bodyBold, m.device, labelWidth, Qt::AlignLeft,
                                   &painter, QPointF(x, y));
        painter.setPen(kInk);
        const double h2 = flowText(value, m.body, m.device, valueWidth, Qt::AlignLeft, &painter,
                                   QPointF(x + labelWidth, y));
        y += qMax(h1, h2) + m.pt(5);
    }
}

void ReportPainter::paintItem(QPainter &painter, const Metrics &m, const Item &item) const
{
    const ReportBlock &block = m_doc.blocks[item.block];
    const double left = m.content.left();
    const double width = m.content.width();
    painter.setPen(kInk);
    painter.setBrush(Qt::NoBrush);
    switch (item.kind) {
    case Item::Kind::Heading:
        flowText(block.text, m.heading, m.device, width, Qt::AlignLeft, &painter,
                 QPointF(left, item.y));
        painter.setPen(QPen(kRule, m.pt(0.8)));
        painter.drawLine(QPointF(left, item.y + item.height + m.pt(2)),
                         QPointF(left + width, item.y + item.height + m.pt(2)));
        return;
    case Item::Kind::Subheading:
        flowText(block.text, m.subheading, m.device, width, Qt::AlignLeft, &painter,
                 QPointF(left, item.y));
        return;
    case Item::Kind::Paragraph:
        flowText(block.text, m.body, m.device, width, Qt::AlignLeft, &painter,
                 QPointF(left, item.y));
        return;
    case Item::Kind::EmptyTable:
        painter.setPen(kMuted);
        flowText(block.table.emptyText, m.body, m.device, width, Qt::AlignLeft, &painter,
                 QPointF(left, item.y));
        return;
    case Item::Kind::Fact: {
        const auto &[label, value] = block.facts[item.row];
        painter.setPen(kMuted);
        flowText(label, m.bodyBold, m.device, width * 0.34, Qt::AlignLeft, &painter,
                 QPointF(left, item.y));
        painter.setPen(kInk);
        flowText(value, m.body, m.device, width * 0.64, Qt::AlignLeft, &painter,
                 QPointF(left + width * 0.36, item.y));
        return;
    }
    case Item::Kind::TableCaption:
        painter.setPen(kMuted);
        flowText(item.text, m.bodyBold, m.device, width, Qt::AlignLeft, &painter,
                 QPointF(left, item.y));
        return;
    case Item::Kind::TableHeader:
    case Item::Kind::TableRow: {
        const ReportTable &t = block.table;
        const bool header = item.kind == Item::Kind::TableHeader;
        const bool total = !header && item.row >= t.rows.size() - t.totalRows;
        const QRectF rowRect(left, item.y, width, item.height);
        if (header)
            painter.fillRect(rowRect, kHeaderFill);
        else if (!total && item.row % 2 == 1)
            painter.fillRect(rowRect, kZebra);
        const QStringList &cells = header ? t.headers : t.rows[item.row];
        const QList<double> widths = m.columns(t);
        const QFont &font = header || total ? m.tableBold : m.table;
        double x = left;
        painter.setPen(kInk);
        for (int c = 0; c < widths.size(); ++c) {
            const Qt::Alignment align =
                t.numeric.value(c, false) ? Qt::AlignRight : Qt::AlignLeft;
            flowText(cells.value(c), font, m.device, widths[c] - m.pt(2 * kCellPadX), align,
                     &painter, QPointF(x + m.pt(kCellPadX), item.y + m.pt(kCellPadY)));
            x += widths[c];
        }
        if (header || (total && item.row == t.rows.size() - t.totalRows)) {
            painter.setPen(QPen(kMuted, m.pt(0.8)));
            const double ruleY = header ? rowRect.bottom() : rowRect.top();
            painter.drawLine(QPointF(left, ruleY), QPointF(left + width, ruleY));
        } else {
            painter.setPen(QPen(kRule, m.pt(0.3)));
            painter.drawLine(rowRect.bottomLeft(), rowRect.bottomRight());
        }
        return;
    }
    case Item::Kind::Chart: {
        const ReportChart &chart = block.chart;
        const QRectF target(left, item.y, width, item.height);
        const QRect bounds = chart.picture.boundingRect();
        if (bounds.isEmpty())
            return;
        // The picture was recorded at its own resolution; QPicture scales it to the device's
        // when it plays, so the factor undoes that before fitting it in the target.
        const double dpi = double(chart.picture.logicalDpiX()) / m.device->logicalDpiX();
        const double scale = qMin(target.width() / chart.size.width(),
                                  target.height() / chart.size.height()) * dpi;
        painter.save();
        painter.translate(target.topLeft());
        painter.scale(scale, scale);
        painter.drawPicture(QPointF(0, 0), chart.picture);
        painter.restore();
        return;
    }
    }
}

bool ReportPainter::writePdf(const ReportDocument &document, const QString &path,
                             const Progress &progress, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Text::tr("%1 could not be opened for writing: %2. Choose another folder or "
                          "file name.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    bool painted = false;
    {
        QPdfWriter writer(&file);
        prepare(&writer, document);
        painted = ReportPainter(document).paint(&writer, progress, error);
    }
    if (!painted) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = Text::tr("%1 could not be saved: %2. Check that the folder is writable and the "
                          "disk has room.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace gpudesk
