// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdleProjectsView.h"

#include "IdleEvidenceChart.h"
#include "common/LazyRefresh.h"
#include "common/SearchLineEdit.h"
#include "common/TableViewState.h"
#include "common/Theme.h"
#include "domain/TimeFormat.h"
#include "review/ReasonDialog.h"
#include "store/Store.h"

#include <QAction>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int SortRole = Qt::UserRole + 1;

QString percent(double ratio)
{
    return QLocale().toString(ratio * 100, 'f', 1) + u" %"_s;
}

std::optional<IdleProjectsView::Answer> askWithDialog(QWidget *parent, CheckOutcome outcome,
                                                      const IdleProject &p)
{
    QString title, question, ok;
    switch (outcome) {
    case CheckOutcome::Warning:
        title = IdleProjectsView::tr("Warning for %1").arg(p.code);
        question = IdleProjectsView::tr("Why is %1 warned? The reason is kept with the check and "
                                        "its evidence.")
                       .arg(p.code);
        ok = IdleProjectsView::tr("Record warning");
        break;
    case CheckOutcome::Reduction:
        title = IdleProjectsView::tr("Reduce the nodes of %1").arg(p.code);
        question = IdleProjectsView::tr("%1 holds %n node(s). The nodes released are free on the "
                                        "map from now on; the time used so far is still billed. "
                                        "Why are its nodes reduced?",
                                        nullptr, p.nodes)
                       .arg(p.code);
        ok = IdleProjectsView::tr("Continue");
        break;
    case CheckOutcome::Reclaim:
        title = IdleProjectsView::tr("Reclaim %1").arg(p.code);
        question = IdleProjectsView::tr("Reclaiming ends %1 and frees its %n node(s) from now "
                                        "on. Why is it reclaimed? The project is told this "
                                        "reason.",
                                        nullptr, p.nodes)
                       .arg(p.code);
        ok = IdleProjectsView::tr("Continue");
        break;
    case CheckOutcome::Cleared:
    case CheckOutcome::Open:
        title = IdleProjectsView::tr("Clear the check of %1").arg(p.code);
        question = IdleProjectsView::tr("Why does %1 need no action? For example: the idle days "
                                        "were a planned pause.")
                       .arg(p.code);
        ok = IdleProjectsView::tr("Clear check");
        break;
    }
    ReasonDialog dialog(title, question, ok, parent);
    QSpinBox *spin = nullptr;
    if (outcome == CheckOutcome::Reduction) {
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(IdleProjectsView::tr("&Nodes to release:"), &dialog);
        spin = new QSpinBox(&dialog);
        spin->setObjectName(u"releaseNodesSpin"_s);
        spin->setRange(1, qMax(1, p.nodes - 1));
        spin->setToolTip(IdleProjectsView::tr("The nodes placed last are released first."));
        label->setBuddy(spin);
        row->addWidget(label);
        row->addWidget(spin);
        row->addStretch(1);
        if (auto *box = qobject_cast<QVBoxLayout *>(dialog.layout()))
            box->insertLayout(1, row);
        QWidget::setTabOrder(spin, dialog.reasonEdit());
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return IdleProjectsView::Answer{dialog.reason(), spin ? spin->value() : 0};
}

} // namespace

IdleProjectsView::Prompts IdleProjectsView::defaultPrompts()
{
    Prompts p;
    p.ask = askWithDialog;
    p.confirm = [](QWidget *parent, const QString &title, const QString &text) {
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    p.warn = [](QWidget *parent, const QString &title, const QString &text) {
        QMessageBox::warning(parent, title, text);
    };
    return p;
}

namespace {

QStandardItem *cell(const QString &text, const QVariant &sortKey = {}, bool number = false)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortKey.isValid() ? sortKey : QVariant(text), SortRole);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString outcomeThemeKey(CheckOutcome o)
{
    switch (o) {
    case CheckOutcome::Warning:
        return u"waitlisted"_s;
    case CheckOutcome::Reduction:
        return u"screening"_s;
    case CheckOutcome::Reclaim:
        return u"reclaimed"_s;
    case CheckOutcome::Cleared:
        return u"selected"_s;
    case CheckOutcome::Open:
        break;
    }
    return u"submitted"_s;
}

} // namespace

IdleProjectsView::IdleProjectsView(Store &store, UsageSource *usage, QWidget *parent)
    : QWidget(parent), m_store(store), m_usage(usage), m_repository(store),
      m_prompts(defaultPrompts())
{
    setObjectName(u"idleProjectsView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);

    auto *bar = new QHBoxLayout;
    auto *asOfLabel = new QLabel(tr("&As of:"), this);
    m_asOf = new QDateEdit(PerformanceCheckRepository::defaultAsOf(Store::nowMs()), this);
    m_asOf->setObjectName(u"idleAsOf"_s);
    m_asOf->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_asOf->setCalendarPopup(true);
    m_asOf->setToolTip(tr("The last day looked at; yesterday, the last whole day, by default"));
    asOfLabel->setBuddy(m_asOf);
    m_search = new SearchLineEdit(this);
    m_search->setObjectName(u"idleSearch"_s);
    m_search->setPlaceholderText(tr("Search code, title or organisation (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"idleSummary"_s);
    bar->addWidget(asOfLabel);
    bar->addWidget(m_asOf);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_summary);
    layout->addLayout(bar);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Project"), tr("Title"), tr("Organisation"),
                                        tr("Status"), tr("Nodes"), tr("Finding"), tr("Mean busy"),
                                        tr("Current run"), tr("Longest run"), tr("Days with data"),
                                        tr("Source"), tr("Last check")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"idleSplitter"_s);
    m_table = new QTableView(splitter);
    m_table->setObjectName(u"idleProjectsTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // flagged first
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    TableViewState::attach(m_table, {Organisation, LongestRun});
    m_table->setColumnWidth(Title, 240);

    m_chart = new IdleEvidenceChart(splitter);

    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 4, 0, 0);
    m_detail = new QLabel(lower);
    m_detail->setObjectName(u"idleDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    m_warning = new QPushButton(tr("&Warning…"), lower);
    m_warning->setObjectName(u"checkWarningButton"_s);
    m_reduce = new QPushButton(tr("&Reduce nodes…"), lower);
    m_reduce->setObjectName(u"checkReduceButton"_s);
    m_reclaim = new QPushButton(tr("Re&claim…"), lower);
    m_reclaim->setObjectName(u"checkReclaimButton"_s);
    m_clear = new QPushButton(tr("C&lear…"), lower);
    m_clear->setObjectName(u"checkClearButton"_s);
    m_warning->setToolTip(tr("Record a warning with a reason; nothing else changes"));
    m_reduce->setToolTip(tr("Release some of the project's nodes from now on"));
    m_reclaim->setToolTip(tr("End the project and release all its nodes from now on"));
    m_clear->setToolTip(tr("Close the check without action, with a reason"));
    for (QPushButton *b : {m_warning, m_reduce, m_reclaim, m_clear})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *historyLabel = new QLabel(tr("Check &history"), lower);
    m_history = new QTableWidget(0, 5, lower);
    m_history->setObjectName(u"checkHistory"_s);
    m_history->setHorizontalHeaderLabels(
        {tr("Date"), tr("Outcome"), tr("Reason"), tr("By"), tr("Nodes released")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->setVisible(false);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setColumnWidth(2, 320);
    TableViewState::attach(m_history);
    historyLabel->setBuddy(m_history);
    lowerLayout->addWidget(m_detail);
    lowerLayout->addLayout(buttons);
    lowerLayout->addWidget(historyLabel);
    lowerLayout->addWidget(m_history, 1);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);
    layout->addWidget(splitter, 1);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    auto *refreshAction = new QAction(this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    setTabOrder(m_asOf, m_search);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_warning);
    setTabOrder(m_warning, m_reduce);
    setTabOrder(m_reduce, m_reclaim);
    setTabOrder(m_reclaim, m_clear);
    setTabOrder(m_clear, m_history);

    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(refreshAction, &QAction::triggered, this, [this] { refresh(); });
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] { m_lazy->request(); });
    connect(m_search, &SearchLineEdit::searchTextChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        showCurrent();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showCurrent(); });
    connect(m_warning, &QPushButton::clicked, this, [this] { act(CheckOutcome::Warning); });
    connect(m_reduce, &QPushButton::clicked, this, [this] { act(CheckOutcome::Reduction); });
    connect(m_reclaim, &QPushButton::clicked, this, [this] { act(CheckOutcome::Reclaim); });
    connect(m_clear, &QPushButton::clicked, this, [this] { act(CheckOutcome::Cleared); });
    m_lazy = new LazyRefresh(this, [this] { refresh(); });
    connect(&m_store, &Store::tablesChanged, this, [this](const QSet<QString> &tables) {
        static const QSet<QString> relevant = {u"performance_checks"_s, u"applications"_s,
                                               u"grants"_s, u"allocations"_s, u"calls"_s};
        if (tables.intersects(relevant))
            m_lazy->request();
    });
    showCurrent();
    m_lazy->request();
}

IdleProjectsView::~IdleProjectsView()
{
    m_table->setModel(nullptr);
}

void IdleProjectsView::setCall(const QString &callId)
{
    m_callId = callId;
    m_lazy->request();
}

void IdleProjectsView::setAsOf(QDate day)
{
    m_asOf->setDate(day);
    m_lazy->request();
}

QDate IdleProjectsView::asOf() const
{
    return m_asOf->date();
}

QPushButton *IdleProjectsView::button(CheckOutcome outcome) const
{
    switch (outcome) {
    case CheckOutcome::Warning:
        return m_warning;
    case CheckOutcome::Reduction:
        return m_reduce;
    case CheckOutcome::Reclaim:
        return m_reclaim;
    case CheckOutcome::Cleared:
        return m_clear;
    case CheckOutcome::Open:
        break;
    }
    return nullptr;
}

void IdleProjectsView::refresh()
{
    const IdleProject *current = currentProject();
    const QString keep = current ? current->applicationId : QString();
    QString error;
    QList<IdleProject> projects;
    if (!m_usage) {
        error = tr("No usage data is connected; import telemetry first.");
    } else if (!m_repository.projects(*m_usage, m_callId, asOf(), &projects, &error)) {
        m_prompts.warn(this, tr("Idle projects"), error);
    }
    m_projects = projects;
    fill();
    if (!keep.isEmpty())
        selectProject(keep);
    showCurrent();
    if (!error.isEmpty())
        m_summary->setText(error);
}

void IdleProjectsView::fill()
{
    m_model->removeRows(0, m_model->rowCount());
    int flagged = 0;
    for (int i = 0; i < m_projects.size(); ++i) {
        const IdleProject &p = m_projects[i];
        const IdleFinding &f = p.finding;
        const bool data = f.daysWithData > 0;
        QString finding;
        if (!p.error.isEmpty())
            finding = tr("Usage unreadable");
        else if (f.flagged)
            finding = tr("Flagged");
        else if (!data)
            finding = tr("No data");
        else
            finding = tr("Not flagged");
        flagged += f.flagged ? 1 : 0;
        // The list's own order (flagged first, then by busy ratio) is the default sort.
        QList<QStandardItem *> row{
            cell(p.code),
            cell(p.title),
            cell(p.orgName),
            cell(statusLabel(p.status)),
            cell(QLocale().toString(p.nodes), p.nodes, true),
            cell(finding, i),
            cell(data ? percent(f.meanRatio) : tr("—"), data ? f.meanRatio : -1.0, true),
            cell(tr("%n day(s)", nullptr, f.currentRun), f.currentRun, true),
            cell(tr("%n day(s)", nullptr, f.longestRun), f.longestRun, true),
            cell(tr("%1 of %2").arg(f.daysWithData).arg(p.settings.days), f.daysWithData, true),
            cell(p.source ? busySourceLabel(*p.source) : tr("—")),
            cell(p.lastOutcome ? tr("%1 (%2)").arg(checkOutcomeLabel(*p.lastOutcome),
                                                   formatDate(p.lastCheckAt))
                               : QString(),
                 p.lastCheckAt)};
        row[Code]->setData(p.applicationId, IdRole);
        row[Code]->setData(i, IdRole + 2);
        if (f.flagged) {
            QColor c = Theme::statusColor(u"rejected"_s);
            c.setAlpha(Theme::isDark() ? 150 : 90);
            row[Finding]->setBackground(c);
        }
        if (!p.error.isEmpty())
            row[Finding]->setToolTip(p.error);
        m_model->appendRow(row);
    }
    m_summary->setText(tr("%1 of %n project(s) flagged on %2", nullptr, int(m_projects.size()))
                           .arg(flagged)
                           .arg(asOf().toString(Qt::ISODate)));
}

const IdleProject *IdleProjectsView::currentProject() const
{
    const QModelIndex at = m_table->currentIndex();
    if (!at.isValid())
        return nullptr;
    const QModelIndex source = m_proxy->mapToSource(at.siblingAtColumn(Code));
    const int i = m_model->data(source.siblingAtColumn(Code), IdRole + 2).toInt();
    return i >= 0 && i < m_projects.size() ? &m_projects[i] : nullptr;
}

bool IdleProjectsView::selectProject(const QString &applicationId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex i = m_proxy->index(row, Code);
        if (i.data(IdRole).toString() == applicationId) {
            m_table->setCurrentIndex(i);
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void IdleProjectsView::showCurrent()
{
    const IdleProject *p = currentProject();
    m_chart->setProject(p);
    m_history->setSortingEnabled(false);
    m_history->setRowCount(0);
    if (!p) {
        m_detail->setText(tr("Select a project to see its evidence and act on it."));
        updateActions();
        return;
    }
    const IdleFinding &f = p->finding;
    if (!p->error.isEmpty()) {
        m_detail->setText(p->error);
    } else {
        m_detail->setText(
            tr("%1 · %2 · %3 · mean busy %4 over %5 to %6 (%7 of %8 days with data); "
               "threshold %9%, %10 days.")
                .arg(p->code, statusLabel(p->status), tr("%n node(s)", nullptr, p->nodes))
                .arg(f.daysWithData > 0 ? percent(f.meanRatio) : tr("unknown"),
                     f.windowStart.toString(Qt::ISODate), p->asOf.toString(Qt::ISODate))
                .arg(f.daysWithData)
                .arg(p->settings.days)
                .arg(p->settings.thresholdPercent)
                .arg(p->settings.days));
    }
    const QList<PerformanceCheck> checks = m_repository.checks(p->applicationId);
    m_history->setRowCount(int(checks.size()));
    for (int i = 0; i < checks.size(); ++i) {
        const PerformanceCheck &c = checks[i];
        auto *date = new QTableWidgetItem(formatDateTime(c.openedAt));
        auto *outcome = new QTableWidgetItem(checkOutcomeLabel(c.outcome));
        QColor color = Theme::statusColor(outcomeThemeKey(c.outcome));
        color.setAlpha(Theme::isDark() ? 150 : 90);
        outcome->setBackground(color);
        QStringList released;
        for (const QJsonValue &v : c.evidence.value(u"released"_s).toArray())
            released << v.toString();
        auto *reason = new QTableWidgetItem(c.reason);
        reason->setToolTip(c.reason);
        m_history->setItem(i, 0, date);
        m_history->setItem(i, 1, outcome);
        m_history->setItem(i, 2, reason);
        m_history->setItem(i, 3, new QTableWidgetItem(c.by));
        m_history->setItem(i, 4, new QTableWidgetItem(released.join(u", "_s)));
    }
    m_history->setSortingEnabled(true);
    updateActions();
}

void IdleProjectsView::updateActions()
{
    const IdleProject *p = currentProject();
    const bool holding =
        p && (p->status == ApplicationStatus::Allocated || p->status == ApplicationStatus::Active);
    m_warning->setEnabled(holding);
    m_clear->setEnabled(holding);
    m_reclaim->setEnabled(holding);
    m_reduce->setEnabled(holding && p->nodes >= 2);
    m_reduce->setToolTip(holding && p->nodes < 2
                             ? tr("%1 holds a single node; reclaim it instead.").arg(p->code)
                             : tr("Release some of the project's nodes from now on"));
}

void IdleProjectsView::act(CheckOutcome outcome)
{
    const IdleProject *current = currentProject();
    if (!current || !button(outcome) || !button(outcome)->isEnabled())
        return;
    const IdleProject p = *current; // the list may reload under the dialog
    const std::optional<Answer> answer = m_prompts.ask(this, outcome, p);
    if (!answer)
        return;
    if (outcome == CheckOutcome::Reduction &&
        !m_prompts.confirm(this, tr("Reduce nodes"),
                           tr("Release %n node(s) of %1 from now on? They are free on the map "
                              "at once; this is recorded as an official act and cannot be "
                              "undone.",
                              nullptr, answer->releaseNodes)
                               .arg(p.code)))
        return;
    if (outcome == CheckOutcome::Reclaim &&
        !m_prompts.confirm(this, tr("Reclaim project"),
                           tr("Reclaim %1 and release all its nodes from now on? The project "
                              "ends; this is recorded as an official act and cannot be undone.")
                               .arg(p.code)))
        return;
    CheckAction action;
    action.applicationId = p.applicationId;
    action.outcome = outcome;
    action.reason = answer->reason;
    action.releaseNodes = answer->releaseNodes;
    action.finding = p.finding;
    action.settings = p.settings;
    action.asOf = p.asOf;
    QString summary, error;
    if (!m_repository.record(action, &summary, &error)) {
        m_prompts.warn(this, tr("Performance check"), error);
        return;
    }
    // The write's tablesChanged has reloaded the list already; stay on the project.
    selectProject(p.applicationId);
    Q_EMIT statusMessage(summary);
}

} // namespace gpudesk
