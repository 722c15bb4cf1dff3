// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Usage.h"
#include "telemetry/UsageLine.h"
#include "telemetry/UsageRangeFigures.h"
#include "telemetry/UsageSubject.h"

#include <QWidget>
#include <functional>

class QAction;
class QComboBox;
class QCPItemRect;
class QCPItemStraightLine;
class QCPItemText;
class QCustomPlot;
class QLabel;
class QToolBar;

namespace gpudesk {

class UsageSource;

// What a usage chart plots per bucket: the busy share (engine activity where the exporter has
// it, else GPU utilisation), framebuffer memory in use, or board power; each per GPU.
enum class UsageMeasure
{
    Busy,
    Memory,
    Power
};

// The usage chart (사용률 차트): one or more subjects (a node, a project, a cluster, a provider,
// a pool or the fleet) over time, with the min/max envelope around the mean (one subject) or
// the means side by side (several). The tier follows the visible range (about a point per
// pixel, usageTierForRange) and is read again as the user zooms and pans: wheel, +/-, drag,
// arrows. Shift+drag or the Select button picks a range whose figures show below; the
// crosshair shows the values under the cursor. Projects' and nodes' allocation windows are
// shaded. Buckets without data are gaps, never zeros. Exports PNG, PDF (vector) and CSV of
// exactly the plotted buckets.
class UsageChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageChart)

public:
    // Range presets of the toolbar, ending with the newest telemetry.
    enum class Preset
    {
        Day,
        Week,
        Month,
        Quarter,
        Year,
        Custom // after a zoom, a pan or setVisibleRange
    };

    // Seams for the export's file dialog and messages, so tests can answer them.
    struct Prompts
    {
        // The file to write, given a suggested name and a filter; empty when cancelled.
        std::function<QString(QWidget *parent, const QString &suggested, const QString &filter)>
            saveFileName;
        std::function<void(QWidget *parent, const QString &title, const QString &text)> warn;
    };

    explicit UsageChart(QWidget *parent = nullptr);
    ~UsageChart() override;

    // The telemetry read; null shows an empty chart with a note. Must outlive the chart.
    void setSource(UsageSource *source);
    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }

    // What is plotted; several subjects are compared on one chart (their means, one colour
    // each). Reads and replots at once.
    void setSubjects(const QList<UsageSubject> &subjects);
    const QList<UsageSubject> &subjects() const { return m_subjects; }
    static constexpr int maxSubjects = 8;

    void setMeasure(UsageMeasure measure);
    UsageMeasure measure() const { return m_measure; }

    // Shows [fromMs, toMs), reading a new tier if the range asks for one, and replots now.
    void setVisibleRange(qint64 fromMs, qint64 toMs);
    qint64 visibleFrom() const;
    qint64 visibleTo() const;
    void setPreset(Preset preset);
    Preset preset() const { return m_preset; }
    // The newest telemetry (the end of the presets' ranges); the clock when there is none.
    qint64 latestMs() const { return m_latestMs; }
    // Reads the subjects again (after an import).
    void reload();

    // Keyboard and buttons: zoom around the centre by `factor` (< 1 zooms in), pan by a
    // fraction of the visible span (negative: earlier).
    void zoomBy(double factor);
    void panBy(double fraction);

    // A selected range (Shift+drag, or drag while Select is on); its figures show below.
    void setSelection(qint64 fromMs, qint64 toMs);
    void clearSelection();
    bool hasSelection() const { return m_selectionTo > m_selectionFrom; }
    qint64 selectionFrom() const { return m_selectionFrom; }
    qint64 selectionTo() const { return m_selectionTo; }
    QAction *selectAction() const { return m_selectMode; }

    // The tier read for the visible range, and how many series reads have been made.
    UsageTier tier() const { return m_tier; }
    int queryCount() const { return m_queries; }
    // The metric read for subject i (Busy reads engine activity, or utilisation without it).
    UsageMetric metricOf(int subject) const;
    // The buckets of subject i in the visible range: what is drawn and what the CSV holds
    // (older stretches may come from a coarser tier, see UsageLine).
    QList<UsageBucket> plottedBuckets(int subject) const;
    const UsageLine &line(int subject) const { return m_lines[subject]; }
    // A bucket's value as plotted (percent, GiB or W).
    double plotValue(int subject, double raw) const;
    // The figures of subject i over the selection, or the visible range without one.
    UsageRangeFigures figures(int subject) const;
    QString figuresText() const;

    // Moves the crosshair to time t (as the mouse does) and returns what it says.
    QString crosshairAt(qint64 t);
    QString crosshairText() const;

    // Writes the chart; false with *error set when the file cannot be written.
    bool exportPng(const QString &path, QString *error);
    bool exportPdf(const QString &path, QString *error);
    bool exportCsv(const QString &path, QString *error);
    // Asks for a file (through the prompts) and writes it: "png", "pdf" or "csv".
    void exportAs(const QString &format);

    QCustomPlot *plot() const { return m_plot; }
    QComboBox *measurePicker() const { return m_measurePicker; }
    QComboBox *presetPicker() const { return m_presetPicker; }
    QLabel *figuresLabel() const { return m_figures; }

    // The suffix of a value of the measure ("%", "GiB", "W").
    static QString unitOf(UsageMeasure measure);

Q_SIGNALS:
    void viewChanged(); // subjects, measure or range
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void styleAxes();
    int plotPixels() const;
    // Reads again when the tier changes or the visible range leaves what was read.
    bool ensureData(bool force);
    void readSubject(int i, qint64 from, qint64 to);
    void rebuildGraphs();
    void updateShading();
    void updateTitle();
    void updateFigures();
    void updateSelectionItem();
    void onRangeChanged();
    bool handleKey(QKeyEvent *event);
    void showCrosshair(double keySeconds);
    void hideCrosshair();
    void finishSelection(const QRect &rect);
    bool withoutCrosshair(const std::function<bool()> &save);
    QColor colourOf(int subject) const;
    QString rangeText(qint64 from, qint64 to) const;
    QString tierName(UsageTier tier) const;
    QString valueText(double value) const;
    static Prompts defaultPrompts();

    UsageSource *m_source = nullptr;
    Prompts m_prompts;
    QList<UsageSubject> m_subjects;
    QList<UsageLine> m_lines;
    UsageMeasure m_measure = UsageMeasure::Busy;
    Preset m_preset = Preset::Month;
    UsageTier m_tier = UsageTier::Hour;
    qint64 m_fetchedFrom = 0;
    qint64 m_fetchedTo = 0;
    bool m_fetched = false;
    qint64 m_latestMs = 0;
    qint64 m_selectionFrom = 0;
    qint64 m_selectionTo = 0;
    int m_queries = 0;
    bool m_graphsSingle = false; // the kinds of graphs plotted, see rebuildGraphs
    bool m_graphsShaded = false;
    bool m_adjusting = false;
    QString m_crosshair;

    QCustomPlot *m_plot = nullptr;
    QCPItemRect *m_selectionItem = nullptr;
    QCPItemStraightLine *m_crossLine = nullptr;
    QCPItemText *m_crossText = nullptr;
    QToolBar *m_toolbar = nullptr;
    QComboBox *m_measurePicker = nullptr;
    QComboBox *m_presetPicker = nullptr;
    QLabel *m_tierLabel = nullptr;
    QLabel *m_figures = nullptr;
    QAction *m_selectMode = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
};

} // namespace gpudesk
