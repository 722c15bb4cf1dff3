// SPDX-License-Identifier: GPL-3.0-or-later
// The usage chart over a fake source of a year of minute readings: switching what is charted,
// zooming (tier switch and re-read), panning, range selection and its figures, the crosshair,
// comparing projects, gaps, allocation windows, the Seoul time axis and the three exports.
#include "../common/FakeUsageSeries.h"
#include "usage/UsageChart.h"
#include "usage/UsageTimeTicker.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <qcustomplot.h>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

constexpr qint64 kHour = 3600 * 1000LL;
constexpr qint64 kDay = 24 * kHour;

qint64 seoul(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone(QByteArrayLiteral("Asia/Seoul")))
        .toMSecsSinceEpoch();
}

UsageSubject project(const QString &id, const QString &code, QList<UsageWindow> windows = {})
{
    UsageSubject s;
    s.scope = UsageScope::Project;
    s.id = id;
    s.label = code;
    s.windows = windows;
    return s;
}

// The graph drawing subject i's mean.
QCPGraph *meanGraph(UsageChart &chart, int subject)
{
    for (int g = 0; g < chart.plot()->graphCount(); ++g) {
        if (chart.plot()->graph(g)->property("subject").toInt() == subject &&
            chart.plot()->graph(g)->property("subject").isValid())
            return chart.plot()->graph(g);
    }
    return nullptr;
}

QPoint pixelAt(UsageChart &chart, qint64 t)
{
    const QRect area = chart.plot()->axisRect()->rect();
    return QPoint(int(chart.plot()->xAxis->coordToPixel(t / 1000.0)), area.center().y());
}

} // namespace

class TestUsageChart : public QObject
{
    Q_OBJECT

    test::FakeUsageSeries m_source;
    std::unique_ptr<UsageChart> m_chart;
    QStringList m_warnings;
    QString m_saveTo;
    QTemporaryDir m_dir;

    // Queries of one scope id since the log was cleared.
    // The visible span, to the second (the axis keeps seconds as doubles).
    qint64 span() const
    {
        return (m_chart->visibleTo() - m_chart->visibleFrom() + 500) / 1000 * 1000;
    }

    int queriesOf(const QString &id) const
    {
        int n = 0;
        for (const UsageQuery &q : m_source.queries)
            n += q.scopeId == id ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_source = test::FakeUsageSeries();
        m_source.fromMs = seoul(2026, 4, 1);
        m_source.toMs = seoul(2027, 4, 1);
        m_source.level.insert(u"ap-a"_s, 70);
        m_source.level.insert(u"ap-b"_s, 20);
        m_warnings.clear();
        m_saveTo.clear();
        m_chart = std::make_unique<UsageChart>();
        UsageChart::Prompts prompts;
        prompts.saveFileName = [this](QWidget *, const QString &, const QString &) {
            return m_saveTo;
        };
        prompts.warn = [this](QWidget *, const QString &, const QString &text) {
            m_warnings << text;
        };
        m_chart->setPrompts(prompts);
        m_chart->resize(1000, 600);
        m_chart->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
        m_chart->setSource(&m_source);
        m_chart->setSubjects({project(u"ap-a"_s, u"R1-0001"_s)});
        m_source.queries.clear();
    }

    void cleanup() { m_chart.reset(); }

    void presetsEndWithTheNewestTelemetry()
    {
        QCOMPARE(m_chart->latestMs(), m_source.latestSampleMs() + 5 * 60 * 1000);
        m_chart->presetPicker()->setCurrentIndex(
            m_chart->presetPicker()->findData(int(UsageChart::Preset::Week)));
        QCOMPARE(m_chart->preset(), UsageChart::Preset::Week);
        QCOMPARE(m_chart->visibleTo(), m_chart->latestMs());
        QCOMPARE(span(), 7 * kDay);
    }

    void switchingTheProjectReadsItAndRedraws()
    {
        m_chart->setSubjects({project(u"ap-b"_s, u"R1-0002"_s)});
        QVERIFY(queriesOf(u"ap-b"_s) >= 1);
        QCOMPARE(queriesOf(u"ap-a"_s), 0);
        const UsageQuery &q = m_source.queries.constLast();
        QCOMPARE(q.scope, UsageScope::Project);
        QCOMPARE(q.metric, UsageMetric::EngineActive);
        QVERIFY(q.fromMs <= m_chart->visibleFrom() && q.toMs >= m_chart->visibleTo());
        QCPGraph *mean = meanGraph(*m_chart, 0);
        QVERIFY(mean);
        QVERIFY(mean->name().contains(u"R1-0002"_s));
        UsageSeries read;
        QString error;
        QVERIFY(m_source.series(m_source.queries.constLast(), &read, &error));
        QVERIFY(!read.buckets.isEmpty());
        QCOMPARE(mean->dataCount(), int(read.buckets.size())); // no gaps, so no breaks
        auto *title = qobject_cast<QCPTextElement *>(m_chart->plot()->plotLayout()->element(0, 0));
        QVERIFY(title->text().contains(u"R1-0002"_s));
        // The level of ap-b is 20%: the mean of what is shown says so.
        QVERIFY(qAbs(m_chart->plotValue(0, m_chart->figures(0).mean()) - 20) < 3);
    }

    void zoomSwitchesTierAndReadsAgain()
    {
        const qint64 end = seoul(2027, 3, 20);
        m_chart->setVisibleRange(end - 365 * kDay, end);
        QCOMPARE(m_chart->tier(), UsageTier::Hour);
        QCOMPARE(m_chart->preset(), UsageChart::Preset::Custom);
        m_source.queries.clear();

        m_chart->setVisibleRange(end - kDay, end);
        QCOMPARE(m_chart->tier(), UsageTier::FiveMinutes);
        QVERIFY(!m_source.queries.isEmpty());
        QCOMPARE(m_source.queries.constLast().tier, UsageTier::FiveMinutes);
        QCOMPARE(m_chart->plottedBuckets(0).size(), qsizetype(24 * 12));

        // Zooming in further stays inside what was read: nothing is read again.
        m_source.queries.clear();
        m_chart->plot()->setFocus();
        QTest::keyClick(m_chart->plot(), Qt::Key_Plus);
        QCOMPARE(span(), kDay / 2);
        QVERIFY(m_source.queries.isEmpty());
        // Out again past the margin: read at a coarser tier.
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(m_chart->plot(), Qt::Key_Minus);
        QCOMPARE(span(), 16 * kDay);
        QVERIFY(!m_source.queries.isEmpty());
        QCOMPARE(m_chart->tier(), UsageTier::FiveMinutes);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(m_chart->plot(), Qt::Key_Minus);
        QCOMPARE(m_chart->tier(), UsageTier::Hour);
        QCOMPARE(m_source.queries.constLast().tier, UsageTier::Hour);

        // The wheel zooms around the cursor.
        const qint64 before = span();
        const QPoint at = m_chart->plot()->axisRect()->rect().center();
        QWheelEvent wheel(at, m_chart->plot()->mapToGlobal(at), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(m_chart->plot(), &wheel);
        QVERIFY(span() < before);

        // Never closer than an hour.
        for (int i = 0; i < 20; ++i)
            m_chart->zoomBy(0.5);
        QCOMPARE(span(), kHour);
    }

    void panByDragAndArrows()
    {
        const qint64 end = seoul(2027, 3, 20);
        m_chart->setVisibleRange(end - 10 * kDay, end);
        m_source.queries.clear();
        const QRect area = m_chart->plot()->axisRect()->rect();
        const QPoint from = area.center();
        const QPoint to = from + QPoint(area.width() / 10, 0);
        QTest::mousePress(m_chart->plot(), Qt::LeftButton, Qt::NoModifier, from);
        QTest::mouseMove(m_chart->plot(), to);
        QTest::mouseRelease(m_chart->plot(), Qt::LeftButton, Qt::NoModifier, to);
        // Dragging right shows earlier times, by the dragged fraction of the span.
        QVERIFY(qAbs(m_chart->visibleTo() - (end - kDay)) < kHour);
        QVERIFY(!m_chart->hasSelection());
        QVERIFY(m_source.queries.isEmpty()); // within the margin read before

        m_chart->plot()->setFocus();
        QTest::keyClick(m_chart->plot(), Qt::Key_Right);
        QVERIFY(qAbs(m_chart->visibleTo() - (end + kDay)) < kHour);
        // Far away (past what the month shown first read): read again.
        for (int i = 0; i < 20; ++i)
            QTest::keyClick(m_chart->plot(), Qt::Key_Left);
        QVERIFY(qAbs(m_chart->visibleTo() - (end - 39 * kDay)) < kHour);
        QVERIFY(!m_source.queries.isEmpty());
        QCOMPARE(span(), 10 * kDay);
    }

    void rangeSelectionShowsItsFigures()
    {
        const qint64 end = seoul(2027, 3, 20);
        m_chart->setVisibleRange(end - 10 * kDay, end);
        const QPoint a = pixelAt(*m_chart, end - 8 * kDay);
        const QPoint b = pixelAt(*m_chart, end - 5 * kDay);
        QTest::mousePress(m_chart->plot(), Qt::LeftButton, Qt::ShiftModifier, a);
        QTest::mouseMove(m_chart->plot(), b);
        QTest::mouseRelease(m_chart->plot(), Qt::LeftButton, Qt::ShiftModifier, b);
        QVERIFY(m_chart->hasSelection());
        QVERIFY(qAbs(m_chart->selectionFrom() - (end - 8 * kDay)) < 2 * kHour);
        QVERIFY(qAbs(m_chart->selectionTo() - (end - 5 * kDay)) < 2 * kHour);
        QCOMPARE(m_chart->visibleTo(), end); // selecting does not pan

        // The figures are the sums of the fake's buckets over the selection.
        m_chart->setSelection(end - 8 * kDay, end - 5 * kDay);
        UsageSeries expected;
        QString error;
        QCOMPARE(m_chart->tier(), UsageTier::FiveMinutes);
        QVERIFY(m_source.series({UsageScope::Project, u"ap-a"_s, UsageMetric::EngineActive,
                                 m_chart->tier(), end - 8 * kDay, end - 5 * kDay},
                                &expected, &error));
        double sum = 0, busy = 0;
        qint64 n = 0;
        for (const UsageBucket &bucket : expected.buckets) {
            sum += bucket.sum;
            n += bucket.n;
            busy += bucket.busySeconds;
        }
        const UsageRangeFigures f = m_chart->figures(0);
        QCOMPARE(f.buckets, 3 * 24 * 12);
        QVERIFY(qAbs(f.mean() - sum / n) < 1e-9);
        QVERIFY(qAbs(f.busyGpuHours() - busy / 3600) < 1e-6);
        const QString text = m_chart->figuresLabel()->text();
        QVERIFY(text.startsWith(u"Selected"_s));
        QVERIFY2(text.contains(QLocale().toString(f.mean() * 100, 'f', 1) + u"%"_s),
                 qPrintable(text));
        QVERIFY(text.contains(QLocale().toString(f.busyGpuHours(), 'f', 1)));

        // The toolbar's toggle selects without Shift; Escape clears.
        m_chart->selectAction()->setChecked(true);
        QTest::mousePress(m_chart->plot(), Qt::LeftButton, Qt::NoModifier, a);
        QTest::mouseMove(m_chart->plot(), b);
        QTest::mouseRelease(m_chart->plot(), Qt::LeftButton, Qt::NoModifier, b);
        QVERIFY(m_chart->hasSelection());
        QCOMPARE(m_chart->visibleTo(), end);
        m_chart->plot()->setFocus();
        QTest::keyClick(m_chart->plot(), Qt::Key_Escape);
        QVERIFY(!m_chart->hasSelection());
        QVERIFY(m_chart->figuresLabel()->text().startsWith(u"Shown"_s));
    }

    void crosshairShowsTheBucketUnderTheCursor()
    {
        const qint64 end = seoul(2027, 3, 20);
        m_chart->setVisibleRange(end - 2 * kDay, end);
        QCOMPARE(m_chart->tier(), UsageTier::FiveMinutes);
        const qint64 t = end - kDay + 7 * 60 * 1000; // 00:07 → the 00:05 bucket
        const QString text = m_chart->crosshairAt(t);
        const double expected = m_source.busyPercent(u"ap-a"_s, end - kDay + 5 * 60 * 1000);
        QVERIFY2(text.contains(u"R1-0001: "_s + QLocale().toString(expected, 'f', 1) + u"%"_s),
                 qPrintable(text));
        QVERIFY(text.startsWith(u"2027-03-19 00:05"_s));

        // The mouse moves it too.
        QTest::mouseMove(m_chart->plot(), pixelAt(*m_chart, end - 12 * kHour));
        QTRY_VERIFY(m_chart->crosshairText().startsWith(u"2027-03-19 1"_s));
    }

    void compareTwoProjects()
    {
        m_chart->setSubjects(
            {project(u"ap-a"_s, u"R1-0001"_s), project(u"ap-b"_s, u"R1-0002"_s)});
        QVERIFY(queriesOf(u"ap-a"_s) >= 1 && queriesOf(u"ap-b"_s) >= 1);
        QCPGraph *a = meanGraph(*m_chart, 0);
        QCPGraph *b = meanGraph(*m_chart, 1);
        QVERIFY(a && b);
        QCOMPARE(a->name(), u"R1-0001"_s);
        QCOMPARE(b->name(), u"R1-0002"_s);
        QVERIFY(a->pen().color() != b->pen().color());
        // Means only: no envelope when comparing.
        QCOMPARE(m_chart->plot()->graphCount(), 2);
        QVERIFY(m_chart->plotValue(0, m_chart->figures(0).mean()) >
                m_chart->plotValue(1, m_chart->figures(1).mean()) + 40);
        const QString crosshair = m_chart->crosshairAt(m_chart->visibleTo() - kDay);
        QVERIFY(crosshair.contains(u"R1-0001"_s) && crosshair.contains(u"R1-0002"_s));
        QVERIFY(m_chart->figuresLabel()->text().contains(u"R1-0002"_s));
    }

    void daysWithoutDataAreGaps()
    {
        const qint64 end = seoul(2027, 3, 20);
        m_source.gapDays = {QDate(2027, 3, 15), QDate(2027, 3, 16)};
        m_chart->reload();
        m_chart->setVisibleRange(end - 10 * kDay, end);
        QCPGraph *mean = meanGraph(*m_chart, 0);
        QVERIFY(mean);
        int nans = 0;
        for (auto it = mean->data()->constBegin(); it != mean->data()->constEnd(); ++it) {
            const qint64 t = qint64(it->key * 1000);
            if (std::isnan(it->value)) {
                ++nans;
                continue;
            }
            QVERIFY(it->value > 0); // never a zero standing in for nothing
            QVERIFY(!m_source.gapDays.contains(displayDate(t)));
        }
        QCOMPARE(nans, 1);
        const QString text = m_chart->crosshairAt(seoul(2027, 3, 15, 12));
        QVERIFY(text.contains(u"R1-0001: no data"_s));
    }

    void sparseReadingsStillMakeALine()
    {
        // An exporter every two hours fills one 5-minute bucket in 24: a line, not 24 gaps;
        // a silent day still breaks it.
        const qint64 end = seoul(2027, 3, 20);
        m_source.readingEveryMs = 2 * 3600 * 1000LL;
        m_source.gapDays = {QDate(2027, 3, 18)};
        m_chart->reload();
        m_chart->setVisibleRange(end - 3 * kDay, end);
        QCOMPARE(m_chart->tier(), UsageTier::FiveMinutes);
        QCPGraph *mean = meanGraph(*m_chart, 0);
        QVERIFY(mean);
        int nans = 0;
        int points = 0;
        for (auto it = mean->data()->constBegin(); it != mean->data()->constEnd(); ++it)
            std::isnan(it->value) ? ++nans : ++points;
        QCOMPARE(nans, 1);
        QVERIFY(points >= 2 * 12 - 1);
    }

    void olderStretchesFromCoarserTiers()
    {
        // Hours kept for 20 days only: a 40-day view shows days before that, not nothing.
        const qint64 end = seoul(2027, 3, 20);
        m_source.keptFrom.insert(int(UsageTier::Hour), end - 20 * kDay);
        m_chart->reload();
        m_chart->setVisibleRange(end - 40 * kDay, end);
        QCOMPARE(m_chart->tier(), UsageTier::Hour);
        const UsageLine &line = m_chart->line(0);
        QCOMPARE(line.coarserBefore(), end - 20 * kDay);
        QCOMPARE(m_chart->plottedBuckets(0).size(), qsizetype(20 + 20 * 24));
        QVERIFY(m_chart->findChild<QLabel *>(u"usageTier"_s)->text().contains(u"2027-02-28"_s));
        // The crosshair and the figures read both.
        QVERIFY(m_chart->crosshairAt(end - 30 * kDay + kHour).startsWith(u"2027-02-18\n"_s));
        QCOMPARE(m_chart->figures(0).n, 40 * 24 * 60 * test::FakeUsageSeries::gpus);
    }

    void busyFallsBackToUtilisation()
    {
        m_source.engineActive = false;
        m_chart->setSubjects({project(u"ap-a"_s, u"R1-0001"_s)});
        QCOMPARE(m_chart->metricOf(0), UsageMetric::GpuUtil);
        QCOMPARE(m_chart->plotValue(0, 42.0), 42.0);
        QVERIFY(m_chart->plotValue(0, m_chart->figures(0).mean()) > 50);
    }

    void memoryAndPower()
    {
        m_chart->measurePicker()->setCurrentIndex(
            m_chart->measurePicker()->findData(int(UsageMeasure::Memory)));
        QCOMPARE(m_chart->measure(), UsageMeasure::Memory);
        QCOMPARE(m_source.queries.constLast().metric, UsageMetric::FbUsedMib);
        QVERIFY(m_chart->plot()->yAxis->label().contains(u"GiB"_s));
        QVERIFY(m_chart->plot()->yAxis->range().upper > 60);
        m_chart->setMeasure(UsageMeasure::Power);
        QCOMPARE(m_source.queries.constLast().metric, UsageMetric::PowerW);
        QVERIFY(m_chart->figuresLabel()->text().contains(u" W"_s));
    }

    void allocationWindowsAreShaded()
    {
        const qint64 end = seoul(2027, 3, 20);
        const QList<UsageWindow> windows{{end - 20 * kDay, end - 10 * kDay},
                                         {end - 5 * kDay, end + 30 * kDay}};
        m_chart->setSubjects({project(u"ap-a"_s, u"R1-0001"_s, windows)});
        QList<QCPItemRect *> rects;
        for (int i = 0; i < m_chart->plot()->itemCount(); ++i) {
            if (m_chart->plot()->item(i)->property("window").toBool())
                rects << qobject_cast<QCPItemRect *>(m_chart->plot()->item(i));
        }
        QCOMPARE(rects.size(), 2);
        QCOMPARE(rects[0]->topLeft->coords().x(), (end - 20 * kDay) / 1000.0);
        QCOMPARE(rects[1]->bottomRight->coords().x(), (end + 30 * kDay) / 1000.0);
        m_chart->setSubjects({project(u"ap-b"_s, u"R1-0002"_s)});
        for (int i = 0; i < m_chart->plot()->itemCount(); ++i)
            QVERIFY(!m_chart->plot()->item(i)->property("window").toBool());
    }

    void timeAxisInSeoul()
    {
        UsageTimeTicker ticker;
        QVector<double> ticks, subTicks;
        QVector<QString> labels;
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        // Eighteen hours from 21:00 on 4 March (Seoul): hour steps, midnight names the day.
        const QCPRange day(seoul(2027, 3, 4, 21) / 1000.0, seoul(2027, 3, 5, 15) / 1000.0);
        ticker.generate(day, english, u'g', 0, ticks, &subTicks, &labels);
        QCOMPARE(ticker.step().unit, UsageTimeTicker::Unit::Hour);
        QVERIFY(!ticks.isEmpty());
        for (double t : std::as_const(ticks))
            QCOMPARE(qint64(t) % 3600, 0); // whole hours (Seoul is whole hours off UTC)
        const int midnight = int(ticks.indexOf(seoul(2027, 3, 5) / 1000.0));
        QVERIFY(midnight >= 0);
        QCOMPARE(labels[midnight], u"Mar 5"_s);
        QVERIFY(labels.contains(u"12:00"_s));

        // A year: months from their first day in Seoul.
        const QCPRange year(seoul(2026, 4, 10) / 1000.0, seoul(2027, 4, 10) / 1000.0);
        ticker.generate(year, english, u'g', 0, ticks, &subTicks, &labels);
        QCOMPARE(ticker.step().unit, UsageTimeTicker::Unit::Month);
        QCOMPARE(ticker.step().count, 3);
        QCOMPARE(ticks.first(), seoul(2026, 7, 1) / 1000.0);
        QVERIFY(labels.contains(u"Jan 2027"_s));

        // Korean month names come from the locale.
        QVERIFY(UsageTimeTicker::label(seoul(2027, 1, 1) / 1000.0,
                                       {UsageTimeTicker::Unit::Month, 1},
                                       QLocale(QLocale::Korean, QLocale::SouthKorea))
                    .contains(u"1월"_s));
    }

    void exportsPngPdfAndCsv()
    {
        const qint64 end = seoul(2027, 3, 20);
        m_chart->setSubjects(
            {project(u"ap-a"_s, u"R1-0001"_s), project(u"ap-b"_s, u"R1-0002"_s)});
        m_chart->setVisibleRange(end - 3 * kDay, end);
        QCOMPARE(m_chart->tier(), UsageTier::FiveMinutes);

        m_saveTo = m_dir.filePath(u"chart.png"_s);
        m_chart->exportAs(u"png"_s);
        QImage image(m_saveTo);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= m_chart->plot()->width());

        m_saveTo = m_dir.filePath(u"chart"_s); // the suffix is added
        m_chart->exportAs(u"pdf"_s);
        QFile pdf(m_dir.filePath(u"chart.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");

        m_saveTo = m_dir.filePath(u"chart.csv"_s);
        m_chart->exportAs(u"csv"_s);
        QFile csv(m_saveTo);
        QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
        QStringList rows = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(rows.takeFirst().contains(u"Bucket start (Asia/Seoul)"_s));
        const QList<UsageBucket> a = m_chart->plottedBuckets(0);
        const QList<UsageBucket> b = m_chart->plottedBuckets(1);
        QCOMPARE(a.size(), qsizetype(3 * 24 * 12));
        QCOMPARE(rows.size(), a.size() + b.size());
        // Row by row the plotted buckets: first every bucket of R1-0001, then R1-0002.
        for (int i = 0; i < rows.size(); ++i) {
            const bool first = i < a.size();
            const UsageBucket &bucket = first ? a[i] : b[i - a.size()];
            const QStringList cells = rows[i].trimmed().split(u',');
            QCOMPARE(cells[0], first ? u"R1-0001"_s : u"R1-0002"_s);
            QCOMPARE(cells[4], u"5m"_s);
            QCOMPARE(cells[5], formatDateTime(bucket.startMs));
            QCOMPARE(cells[7].toLongLong(), bucket.n);
            QCOMPARE(cells[8], QString::number(bucket.mean() * 100, 'f', 2));
        }
        QVERIFY(m_warnings.isEmpty());

        // A folder that does not exist: the officer is told, nothing crashes.
        m_saveTo = m_dir.filePath(u"missing/chart.csv"_s);
        m_chart->exportAs(u"csv"_s);
        QCOMPARE(m_warnings.size(), 1);
    }

    void aFailedReadIsSaid()
    {
        m_source.failing = u"ap-b"_s;
        m_chart->setSubjects({project(u"ap-b"_s, u"R1-0002"_s)});
        QVERIFY(m_chart->figuresLabel()->text().contains(u"could not be read"_s));
        QVERIFY(m_chart->figures(0).isEmpty());
    }
};

QTEST_MAIN(TestUsageChart)
#include "tst_usagechart.moc"
