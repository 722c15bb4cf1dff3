// SPDX-License-Identifier: GPL-3.0-or-later
// The chart's exports: PNG, vector PDF and the plotted buckets as CSV.
#include "UsageChart.h"

#include "data/Csv.h"
#include "domain/TimeFormat.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <qcustomplot.h>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

QString number(double value, int decimals)
{
    // Plain digits and a dot, as spreadsheets in every locale read them.
    return std::isnan(value) ? QString() : QString::number(value, 'f', decimals);
}

} // namespace

bool UsageChart::withoutCrosshair(const std::function<bool()> &save)
{
    // The crosshair follows the mouse; it has no place in a saved chart.
    const bool crosshair = m_crossLine->visible();
    m_crossLine->setVisible(false);
    m_crossText->setVisible(false);
    const bool ok = save();
    m_crossLine->setVisible(crosshair);
    m_crossText->setVisible(crosshair && !m_subjects.isEmpty());
    return ok;
}

bool UsageChart::exportPng(const QString &path, QString *error)
{
    // Twice the screen's pixels, so the image stays sharp in a document or a slide.
    const bool ok = withoutCrosshair(
        [&] { return m_plot->savePng(path, m_plot->width(), m_plot->height(), 2.0); });
    if (!ok)
        *error = tr("The image could not be written to %1. Check that the folder exists and is "
                    "writable, then export again.")
                     .arg(QDir::toNativeSeparators(path));
    return ok;
}

bool UsageChart::exportPdf(const QString &path, QString *error)
{
    auto *title = qobject_cast<QCPTextElement *>(m_plot->plotLayout()->element(0, 0));
    // Vector output: lines and text stay sharp at any zoom, and the text can be searched.
    const bool ok = withoutCrosshair([&] {
        return m_plot->savePdf(path, m_plot->width(), m_plot->height(), QCP::epNoCosmetic,
                               u"gpudesk"_s, title ? title->text() : QString());
    });
    if (!ok)
        *error = tr("The PDF could not be written to %1. Check that the folder exists and is "
                    "writable, then export again.")
                     .arg(QDir::toNativeSeparators(path));
    return ok;
}

bool UsageChart::exportCsv(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 could not be opened for writing: %2.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QString unit = unitOf(m_measure);
    CsvWriter csv(&file);
    csv.writeRow({tr("Subject"), tr("Scope"), tr("Scope ID"), tr("Reading"), tr("Tier"),
                  tr("Bucket start (Asia/Seoul)"), tr("Bucket start (UTC)"), tr("Readings"),
                  tr("Mean (%1)").arg(unit), tr("Lowest (%1)").arg(unit),
                  tr("Highest (%1)").arg(unit), tr("Busy GPU-hours")});
    const int decimals = m_measure == UsageMeasure::Power ? 1 : 2;
    for (int i = 0; i < m_subjects.size(); ++i) {
        const UsageSubject &s = m_subjects[i];
        const QList<UsageLine::Entry> entries = m_lines[i].entriesIn(visibleFrom(), visibleTo());
        for (const UsageLine::Entry &e : entries) {
            const UsageBucket &b = e.bucket;
            csv.writeRow({s.label, usageScopeKey(s.scope), s.id, usageMetricKey(metricOf(i)),
                          usageTierKey(e.tier), formatDateTime(b.startMs),
                          QDateTime::fromMSecsSinceEpoch(b.startMs, QTimeZone::utc())
                              .toString(Qt::ISODate),
                          QString::number(b.n), number(plotValue(i, b.mean()), decimals),
                          number(plotValue(i, b.min), decimals),
                          number(plotValue(i, b.max), decimals),
                          number(b.busySeconds / 3600.0, 3)});
        }
    }
    if (!csv.ok() || !file.commit()) {
        *error = tr("%1 could not be written: %2. Nothing was saved; check the free space and "
                    "export again.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void UsageChart::exportAs(const QString &format)
{
    if (m_subjects.isEmpty()) {
        m_prompts.warn(this, tr("Export chart"),
                       tr("There is nothing to export: choose what to chart first."));
        return;
    }
    QStringList labels;
    for (const UsageSubject &s : std::as_const(m_subjects))
        labels << s.label;
    QString base = u"usage-%1-%2-%3"_s.arg(labels.join(u'+'), formatDate(visibleFrom()),
                                           formatDate(visibleTo()));
    for (QChar &c : base) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'+' && c != u'_')
            c = u'_';
    }
    QString filter;
    if (format == u"png"_s)
        filter = tr("PNG images (*.png)");
    else if (format == u"pdf"_s)
        filter = tr("PDF documents (*.pdf)");
    else
        filter = tr("CSV files (*.csv)");
    QString path = m_prompts.saveFileName(this, base + u'.' + format, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + format;
    QString error;
    bool ok = false;
    if (format == u"png"_s)
        ok = exportPng(path, &error);
    else if (format == u"pdf"_s)
        ok = exportPdf(path, &error);
    else
        ok = exportCsv(path, &error);
    if (!ok) {
        m_prompts.warn(this, tr("Export chart"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Chart saved to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace gpudesk
