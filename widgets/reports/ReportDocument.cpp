// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportDocument.h"

namespace gpudesk {

void ReportDocument::heading(const QString &text, bool newPage)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Heading;
    b.text = text;
    b.newPage = newPage;
    blocks.append(b);
}

void ReportDocument::subheading(const QString &text)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Subheading;
    b.text = text;
    blocks.append(b);
}

void ReportDocument::paragraph(const QString &text)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Paragraph;
    b.text = text;
    blocks.append(b);
}

void ReportDocument::facts(const QList<QPair<QString, QString>> &lines)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Facts;
    b.facts = lines;
    blocks.append(b);
}

void ReportDocument::table(const ReportTable &table)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Table;
    b.table = table;
    blocks.append(b);
}

void ReportDocument::chart(const ReportChart &chart)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Chart;
    b.chart = chart;
    blocks.append(b);
}

} // namespace gpudesk
