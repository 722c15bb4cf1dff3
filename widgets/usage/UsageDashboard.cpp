// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/UsageDashboard.h"

#include "PlotPalette.h"
#include "common/LazyRefresh.h"
#include "common/TableViewState.h"
#include "common/Theme.h"
#include "domain/TimeFormat.h"
#include "store/FleetRepository.h"
#include "store/Store.h"
#include "telemetry/UsageSource.h"

#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {

constexpr qint64 dayMs = 24 * 60 * 60 * 1000LL;

QString percent(double ratio)
{
    return QLocale().toString(ratio * 100.0, 'f', 1) + u"%"_s;
}

// A figure with its caption above and a line of detail below, framed like a card.
QLabel *addTile(QGridLayout *grid, int column, const QString &caption, const QString &name)
{
    auto *frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    auto *title = new QLabel(caption, frame);
    auto *value = new QLabel(frame);
    value->setObjectName(name);
    value->setTextFormat(Qt::RichText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(value, 1);
    grid->addWidget(frame, 0, column);
    return value;
}

QString tileText(const QString &figure, const QString &detail)
{
    return u"<span style='font-size:18pt; font-weight:600'>%1</span><br>%2"_s.arg(
        figure.toHtmlEscaped(), detail.toHtmlEscaped());
}

QTableWidget *makeTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *textItem(const QString &text, const QString &applicationId = {})
{
    auto *item = new QTableWidgetItem(text);
    if (!applicationId.isEmpty())
        item->setData(Qt::UserRole, applicationId);
    return item;
}

// A number shown as formatted text ("12.5%", "1,234") that still sorts by its value.
class NumberItem final : public QTableWidgetItem
{
public:
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole + 1).toDouble() < other.data(Qt::UserRole + 1).toDouble();
    }
};

// Sorted by value, shown as `text`, right-aligned.
QTableWidgetItem *numberItem(double value, const QString &text)
{
    auto *item = new NumberItem;
    item->setData(Qt::DisplayRole, text);
    item->setData(Qt::UserRole + 1, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem *countItem(int value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void fillRows(QTableWidget *table, int rows)
{
    table->setSortingEnabled(false);
    table->clearContents();
    table->setRowCount(rows);
}

} // namespace

UsageDashboard::UsageDashboard(Store &store, UsageSource *source, QWidget *parent)
    : QWidget(parent), m_store(store), m_source(source)
{
    buildUi();
    m_lazy = new LazyRefresh(this, [this] { reload(); });
    m_lazy->request();
    connect(&m_store, &Store::tablesChanged, this, [this](const QSet<QString> &tables) {
        static const QSet<QString> relevant = {
            u"usage_samples"_s, u"usage_rollups"_s, u"allocations"_s, u"grants"_s,
            u"nodes"_s,         u"pools"_s,         u"applications"_s};
        if (tables.intersects(relevant))
            m_lazy->request();
    });
}

UsageDashboard::~UsageDashboard() = default;

void UsageDashboard::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setObjectName(u"dashboardNote"_s);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    auto *tiles = new QGridLayout;
    m_busyNow = addTile(tiles, 0, tr("Fleet busy now"), u"tileBusyNow"_s);
    m_busyPeriod = addTile(tiles, 1, tr("Fleet busy, last 30 days"), u"tileBusyPeriod"_s);
    m_allocated = addTile(tiles, 2, tr("Nodes allocated now"), u"tileAllocated"_s);
    m_idle = addTile(tiles, 3, tr("Allocated but idle"), u"tileIdle"_s);
    layout->addLayout(tiles);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"dashboardSplitter"_s);
    m_chart = new QCustomPlot(split);
    m_chart->setObjectName(u"dashboardChart"_s);
    m_chart->setMinimumHeight(160);
    m_chart->setAccessibleName(tr("Fleet busy share per day, last 30 days"));

    auto *tables = new QSplitter(Qt::Horizontal, split);
    m_pools = makeTable(u"dashboardPools"_s,
                        {tr("Type"), tr("Pool"), tr("Nodes"), tr("Allocated"), tr("Free"),
                         tr("Out of service"), tr("Idle"), tr("No telemetry")},
                        tables);
    m_projects = makeTable(u"dashboardProjects"_s,
                           {tr("Project"), tr("Organisation"), tr("Type"), tr("Nodes now"),
                            tr("Busy"), tr("Busy GPU-hours")},
                           tables);
    m_ending = makeTable(
        u"dashboardEnding"_s,
        {tr("Project"), tr("Organisation"), tr("Nodes"), tr("Ends"), tr("Days left")}, tables);
    const auto titled = [tables](QTableWidget *table, const QString &title) {
        auto *box = new QWidget(tables);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(title, box);
        label->setBuddy(table);
        table->setParent(box);
        boxLayout->addWidget(label);
        boxLayout->addWidget(table, 1);
        TableViewState::attach(table);
    };
    titled(m_pools, tr("Nodes by type and &pool"));
    titled(m_projects, tr("P&rojects by use, last 30 days"));
    titled(m_ending, tr("Allocations &ending in 30 days"));
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    for (QTableWidget *table : {m_projects.data(), m_ending.data()}) {
        connect(table, &QTableWidget::cellActivated, this, [this, table](int row, int) {
            const QString id = table->item(row, 0)->data(Qt::UserRole).toString();
            if (!id.isEmpty())
                Q_EMIT projectActivated(id);
        });
    }
}

void UsageDashboard::reload()
{
    QString error;
    FleetRepository repo(m_store);
    FleetSnapshot fleet;
    FleetBookings bookings;
    if (!repo.loadFleet(&fleet, &error) || !repo.loadBookings(fleet, &bookings, &error)) {
        m_note->setText(tr("The dashboard could not be loaded: %1").arg(error));
        return;
    }
    m_fleet = std::move(fleet);
    m_bookings = std::move(bookings);
    DashboardFigures figures;
    if (!m_source) {
        m_note->setText(tr("No telemetry store is open."));
        return;
    }
    if (!computeDashboard(*m_source, m_fleet, m_bookings, m_nowMs > 0 ? m_nowMs : Store::nowMs(),
                          DashboardSettings(), &figures, &error)) {
        m_note->setText(tr("The dashboard could not be loaded: %1").arg(error));
        return;
    }
    m_figures = std::move(figures);
    showFigures();
}

void UsageDashboard::showFigures()
{
    if (m_figures.latestBucketMs == 0) {
        m_note->setText(tr("No telemetry has been imported into this profile yet: the "
                           "allocation figures below are complete, the usage figures are empty. "
                           "Import telemetry with File > Import telemetry."));
    } else {
        const qint64 lagDays = (m_figures.nowMs - m_figures.latestBucketMs) / dayMs;
        m_note->setText(
            lagDays >= 1 ? tr("Telemetry up to %1, %n day(s) old: import newer "
                              "telemetry for current figures.",
                              nullptr, int(lagDays))
                               .arg(formatDateTime(m_figures.latestBucketMs))
                         : tr("Telemetry up to %1.").arg(formatDateTime(m_figures.latestBucketMs)));
    }
    fillTiles();
    fillChart();
    fillPools();
    fillProjects();
    fillEnding();
}

void UsageDashboard::fillTiles()
{
    const DashboardFigures &f = m_figures;
    if (f.latestBucketMs > 0 && f.latest.seconds > 0) {
        m_busyNow->setText(tileText(percent(f.latest.busyRatio()),
                                    tr("5 minutes from %1").arg(formatDateTime(f.latestBucketMs))));
    } else {
        m_busyNow->setText(tileText(tr("—"), tr("no telemetry")));
    }
    m_busyPeriod->setText(
        f.period.seconds > 0
            ? tileText(percent(f.period.ratio()),
                       tr("%1 busy of %2 GPU-hours reported")
                           .arg(QLocale().toString(qRound64(f.period.busySeconds / 3600.0)),
                                QLocale().toString(qRound64(f.period.seconds / 3600.0))))
            : tileText(tr("—"), tr("no telemetry in the period")));
    int nodes = 0, allocated = 0, usable = 0, idle = 0, silent = 0;
    for (const DashboardPoolRow &row : f.pools) {
        nodes += row.nodes;
        allocated += row.allocated;
        usable += row.nodes - row.outOfService;
        idle += row.idle;
        silent += row.silent;
    }
    m_allocated->setText(
        tileText(QLocale().toString(allocated),
                 tr("of %1 usable nodes (%2); %3 out of service")
                     .arg(QLocale().toString(usable),
                          usable > 0 ? percent(double(allocated) / usable) : u"—"_s,
                          QLocale().toString(nodes - usable))));
    m_idle->setText(
        tileText(QLocale().toString(idle), tr("busy under %1% over %2 days; %3 without telemetry")
                                               .arg(f.idleThresholdPercent)
                                               .arg(f.idleDays)
                                               .arg(QLocale().toString(silent))));
}

void UsageDashboard::fillChart()
{
    plotDays(m_chart, m_figures, palette());
    m_chart->replot();
}

void UsageDashboard::plotDays(QCustomPlot *plot, const DashboardFigures &figures,
                              const QPalette &pal)
{
    plot->clearPlottables();
    plot->clearItems();
    applyPlotPalette(plot, pal);
    plot->yAxis->setLabel(tr("Busy %"));
    plot->yAxis->setRange(0, 100);

    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::TimeZone);
    ticker->setTimeZone(displayTimeZone());
    ticker->setDateTimeFormat(u"MM-dd"_s);
    plot->xAxis->setTicker(ticker);

    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setName(tr("Fleet busy share per day"));
    bars->setWidth(dayMs / 1000.0 * 0.8);
    bars->setPen(Qt::NoPen);
    bars->setBrush(Theme::accent());
    QVector<double> keys, values;
    for (const UsageBucket &b : figures.days) {
        if (b.seconds <= 0)
            continue;
        keys << (b.startMs + dayMs / 2) / 1000.0; // centred on the day
        values << b.busyRatio() * 100.0;
    }
    bars->setData(keys, values, true);

    auto *line = new QCPItemStraightLine(plot);
    line->point1->setCoords(0, figures.idleThresholdPercent);
    line->point2->setCoords(1, figures.idleThresholdPercent);
    line->setPen(QPen(pal.color(QPalette::WindowText), 1, Qt::DashLine));

    const QDate today = displayDate(figures.nowMs);
    plot->xAxis->setRange(startOfDay(today.addDays(1 - figures.periodDays)) / 1000.0,
                          startOfDay(today.addDays(1)) / 1000.0);
}

void UsageDashboard::fillPools()
{
    fillRows(m_pools, int(m_figures.pools.size()));
    const bool korean = QLocale().language() == QLocale::Korean;
    for (int r = 0; r < m_figures.pools.size(); ++r) {
        const DashboardPoolRow &row = m_figures.pools[r];
        const QString type = row.type >= 0 ? m_fleet.types[row.type].code : tr("—");
        QString pool = tr("(no pool)");
        if (row.pool >= 0) {
            const FleetPool &p = m_fleet.pools[row.pool];
            pool = korean || p.nameEn.isEmpty() ? p.name : p.nameEn;
        }
        m_pools->setItem(r, 0, textItem(type));
        m_pools->setItem(r, 1, textItem(pool));
        const int counts[] = {row.nodes,        row.allocated, row.free,
                              row.outOfService, row.idle,      row.silent};
        for (int c = 0; c < 6; ++c)
            m_pools->setItem(r, 2 + c, countItem(counts[c]));
    }
    m_pools->setSortingEnabled(true);
}

void UsageDashboard::fillProjects()
{
    fillRows(m_projects, int(m_figures.projects.size()));
    for (int r = 0; r < m_figures.projects.size(); ++r) {
        const DashboardProjectRow &row = m_figures.projects[r];
        const GrantInfo &g = m_bookings.grants[row.grant];
        auto *code = textItem(g.code, g.applicationId);
        code->setToolTip(g.title);
        m_projects->setItem(r, 0, code);
        m_projects->setItem(r, 1, textItem(g.orgName));
        m_projects->setItem(r, 2, textItem(g.type >= 0 ? m_fleet.types[g.type].code : QString()));
        m_projects->setItem(r, 3, countItem(row.nodesNow));
        m_projects->setItem(r, 4,
                            row.totals.seconds > 0
                                ? numberItem(row.totals.ratio(), percent(row.totals.ratio()))
                                : numberItem(-1, tr("no data")));
        m_projects->setItem(
            r, 5, numberItem(row.busyGpuHours(), QLocale().toString(qRound64(row.busyGpuHours()))));
    }
    m_projects->setSortingEnabled(true);
}

void UsageDashboard::fillEnding()
{
    fillRows(m_ending, int(m_figures.ending.size()));
    for (int r = 0; r < m_figures.ending.size(); ++r) {
        const DashboardEndingRow &row = m_figures.ending[r];
        const GrantInfo &g = m_bookings.grants[row.grant];
        auto *code = textItem(g.code, g.applicationId);
        code->setToolTip(g.title);
        m_ending->setItem(r, 0, code);
        m_ending->setItem(r, 1, textItem(g.orgName));
        m_ending->setItem(r, 2, countItem(row.nodes));
        // The last day held: the window ends at 00:00 of the following day.
        m_ending->setItem(r, 3, textItem(formatDate(row.endMs - 1)));
        m_ending->setItem(
            r, 4, countItem(int(displayDate(m_figures.nowMs).daysTo(displayDate(row.endMs - 1)))));
    }
    m_ending->setSortingEnabled(true);
}

} // namespace gpudesk
