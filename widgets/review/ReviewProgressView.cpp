// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewProgressView.h"

#include "common/SearchLineEdit.h"
#include "common/TableViewState.h"
#include "common/Theme.h"
#include "domain/TimeFormat.h"
#include "itemmodels/ReviewMatrixModel.h"
#include "common/LazyRefresh.h"
#include "store/Store.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

ReviewProgressView::Prompts defaultPrompts()
{
    ReviewProgressView::Prompts p;
    p.askReason = [](QWidget *parent, const QString &what) -> std::optional<QString> {
        bool ok = false;
        const QString reason = QInputDialog::getMultiLineText(
            parent, ReviewProgressView::tr("Reopen review"),
            ReviewProgressView::tr("Why is %1 reopened? The reviewer sees this reason.").arg(what),
            QString(), &ok);
        return ok ? std::optional<QString>(reason) : std::nullopt;
    };
    p.warn = [](QWidget *parent, const QString &title, const QString &text) {
        QMessageBox::warning(parent, title, text);
    };
    return p;
}

// Each cell state borrows the theme's colour of the application status closest in meaning;
// the cell's word says the state as well, so colour is never the only signal.
QString themeKeyOf(ReviewCellState s)
{
    switch (s) {
    case ReviewCellState::Assigned:
        return u"submitted"_s;
    case ReviewCellState::Accepted:
        return u"under_review"_s;
    case ReviewCellState::Declined:
        return u"withdrawn"_s;
    case ReviewCellState::Conflict:
        return u"reclaimed"_s;
    case ReviewCellState::Draft:
        return u"screening"_s;
    case ReviewCellState::Submitted:
        return u"selected"_s;
    case ReviewCellState::Reopened:
        return u"waitlisted"_s;
    case ReviewCellState::Overdue:
        return u"rejected"_s;
    case ReviewCellState::Count:
        break;
    }
    return {};
}

} // namespace

ReviewProgressView::ReviewProgressView(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_repository(store),
      m_model(std::make_unique<ReviewMatrixModel>()), m_prompts(defaultPrompts())
{
    setObjectName(u"reviewProgressView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);

    auto *bar = new QHBoxLayout;
    auto *stateLabel = new QLabel(tr("&State:"), this);
    m_state = new QComboBox(this);
    m_state->setObjectName(u"stateFilter"_s);
    m_state->addItem(tr("All states"), -1);
    for (int s = 0; s < int(ReviewCellState::Count); ++s)
        m_state->addItem(reviewCellStateLabel(ReviewCellState(s)), s);
    stateLabel->setBuddy(m_state);
    m_search = new SearchLineEdit(this);
    m_search->setObjectName(u"progressSearch"_s);
    m_search->setPlaceholderText(tr("Search code, title or reviewer (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"progressSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(stateLabel);
    bar->addWidget(m_state);
    bar->addWidget(m_search, 1);
    layout->addLayout(bar);
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"progressSplitter"_s);
    m_matrix = new QTableView(splitter);
    m_matrix->setObjectName(u"reviewMatrix"_s);
    m_matrix->setModel(m_model.get());
    m_matrix->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrix->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_matrix->setSortingEnabled(true);
    m_matrix->horizontalHeader()->setSortIndicator(ReviewMatrixModel::Code, Qt::AscendingOrder);
    m_matrix->verticalHeader()->setVisible(false);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrix->verticalHeader()->setDefaultSectionSize(m_matrix->fontMetrics().height() + 6);
    m_matrix->horizontalHeader()->setDefaultSectionSize(64);
    m_matrix->setWordWrap(false);
    m_matrix->setContextMenuPolicy(Qt::CustomContextMenu);
    TableViewState::attach(m_matrix);
    m_matrix->setColumnWidth(ReviewMatrixModel::Code, 110);
    m_matrix->setColumnWidth(ReviewMatrixModel::Title, 260);

    auto *lateBox = new QWidget(splitter);
    auto *lateLayout = new QVBoxLayout(lateBox);
    lateLayout->setContentsMargins(0, 4, 0, 0);
    auto *lateLabel = new QLabel(tr("&Late reviewers"), lateBox);
    m_late = new QTableWidget(0, 5, lateBox);
    m_late->setObjectName(u"lateReviewers"_s);
    m_late->setHorizontalHeaderLabels({tr("Reviewer"), tr("E-mail"), tr("Overdue"),
                                       tr("Waiting since"), tr("Oldest application")});
    m_late->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_late->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_late->verticalHeader()->setVisible(false);
    m_late->horizontalHeader()->setSortIndicator(2, Qt::DescendingOrder); // the most behind first
    m_late->setSortingEnabled(true);
    m_late->horizontalHeader()->setStretchLastSection(true);
    TableViewState::attach(m_late);
    lateLabel->setBuddy(m_late);
    lateLayout->addWidget(lateLabel);
    lateLayout->addWidget(m_late);
    splitter->addWidget(m_matrix);
    splitter->addWidget(lateBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_reopen = new QAction(tr("Reopen review…"), this);
    m_reopen->setObjectName(u"reopenReviewAction"_s);
    m_reopen->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_reopen->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_reopen->setToolTip(tr("Let the reviewer change a submitted review; a reason is required"));
    addAction(m_reopen);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    auto *refreshAction = new QAction(this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    setTabOrder(m_state, m_search);
    setTabOrder(m_search, m_matrix);
    setTabOrder(m_matrix, m_late);

    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(refreshAction, &QAction::triggered, this, [this] { refresh(); });
    connect(m_reopen, &QAction::triggered, this, [this] { reopenCurrent(); });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_state->currentData().toInt();
        m_model->setStateFilter(s < 0 ? std::nullopt
                                      : std::optional<ReviewCellState>(ReviewCellState(s)));
    });
    connect(m_search, &SearchLineEdit::searchTextChanged, this,
            [this](const QString &text) { m_model->setTextFilter(text); });
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        updateActions();
    });
    connect(m_matrix->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateActions(); });
    connect(m_matrix, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_matrix->indexAt(pos);
        if (index.isValid())
            m_matrix->setCurrentIndex(index);
        QMenu menu(this);
        menu.addAction(m_reopen);
        menu.exec(m_matrix->viewport()->mapToGlobal(pos));
    });
    m_lazy = new LazyRefresh(this, [this] { refresh(); });
    connect(&m_store, &Store::tablesChanged, this, [this](const QSet<QString> &tables) {
        static const QSet<QString> relevant = {u"review_assignments"_s, u"reviews"_s,
                                               u"applications"_s, u"reviewers"_s, u"calls"_s};
        if (tables.intersects(relevant))
            m_lazy->request();
    });
    applyColors();
    updateSummary();
    updateActions();
}

ReviewProgressView::~ReviewProgressView()
{
    m_matrix->setModel(nullptr);
}

void ReviewProgressView::setCall(const QString &callId)
{
    m_callId = callId;
    m_lazy->request();
}

void ReviewProgressView::applyColors()
{
    std::array<QColor, int(ReviewCellState::Count)> colors;
    for (int s = 0; s < int(ReviewCellState::Count); ++s) {
        QColor c = Theme::statusColor(themeKeyOf(ReviewCellState(s)));
        c.setAlpha(Theme::isDark() ? 150 : 110); // tinted, so the cell's word stays readable
        colors[std::size_t(s)] = c;
    }
    m_model->setStateColors(colors);
}

void ReviewProgressView::refresh()
{
    if (m_callId.isEmpty()) {
        m_model->setProgress({});
        fillLateList({});
        return;
    }
    const QModelIndex at = m_matrix->currentIndex();
    const QString current =
        at.isValid() ? at.data(ReviewMatrixModel::AssignmentIdRole).toString() : QString();
    const ReviewProgress progress =
        m_repository.progress(m_callId, m_now > 0 ? m_now : Store::nowMs());
    fillLateList(progress);
    m_model->setProgress(progress);
    // Stay on the same cell after a change elsewhere.
    if (!current.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            for (int col = ReviewMatrixModel::FixedColumns; col < m_model->columnCount(); ++col) {
                const QModelIndex i = m_model->index(row, col);
                if (m_model->data(i, ReviewMatrixModel::AssignmentIdRole).toString() == current) {
                    m_matrix->setCurrentIndex(i);
                    return;
                }
            }
    }
}

void ReviewProgressView::fillLateList(const ReviewProgress &progress)
{
    m_late->setSortingEnabled(false);
    m_late->setRowCount(int(progress.late.size()));
    for (int i = 0; i < progress.late.size(); ++i) {
        const LateReviewer &l = progress.late[i];
        auto *count = new QTableWidgetItem;
        count->setData(Qt::DisplayRole, l.overdue);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const QDate since =
            QDateTime::fromMSecsSinceEpoch(l.oldestAssignedAt, displayTimeZone()).date();
        m_late->setItem(i, 0, new QTableWidgetItem(l.name));
        m_late->setItem(i, 1, new QTableWidgetItem(l.email));
        m_late->setItem(i, 2, count);
        m_late->setItem(i, 3, new QTableWidgetItem(since.toString(Qt::ISODate)));
        m_late->setItem(i, 4, new QTableWidgetItem(l.oldestCode));
    }
    m_late->setSortingEnabled(true);
}

void ReviewProgressView::updateSummary()
{
    const auto counts = m_model->visibleCounts();
    QStringList parts;
    for (int s = 0; s < int(ReviewCellState::Count); ++s) {
        if (counts[std::size_t(s)] > 0)
            parts << tr("%1 %2")
                         .arg(reviewCellStateLabel(ReviewCellState(s)))
                         .arg(QLocale().toString(counts[std::size_t(s)]));
    }
    const ReviewProgress &p = m_model->progress();
    const QString deadline = p.deadline.isValid()
                                 ? tr("deadline %1").arg(p.deadline.toString(Qt::ISODate))
                                 : tr("no deadline");
    m_summary->setText(
        tr("%n application(s), %1 reviewer(s), %2 · %3", nullptr, m_model->rowCount())
            .arg(QLocale().toString(m_model->columnCount() - ReviewMatrixModel::FixedColumns),
                 deadline, parts.isEmpty() ? tr("no assignments") : parts.join(u" · "_s)));
}

void ReviewProgressView::updateActions()
{
    const ReviewProgressCell *cell = m_model->cellAt(m_matrix->currentIndex());
    m_reopen->setEnabled(cell && cell->state == ReviewCellState::Submitted &&
                         !cell->reviewId.isEmpty());
}

void ReviewProgressView::reopenCurrent()
{
    const QModelIndex index = m_matrix->currentIndex();
    const ReviewProgressCell *cell = m_model->cellAt(index);
    if (!cell || cell->state != ReviewCellState::Submitted || cell->reviewId.isEmpty()) {
        Q_EMIT statusMessage(tr("Select a submitted review to reopen it."));
        return;
    }
    const QString reviewId = cell->reviewId;
    const QString what = m_model->data(index, Qt::ToolTipRole).toString();
    const std::optional<QString> reason = m_prompts.askReason(this, what);
    if (!reason)
        return;
    QString error;
    if (!m_repository.reopenReview(reviewId, *reason, &error)) {
        m_prompts.warn(this, tr("Review not reopened"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Reopened: %1").arg(what));
}

} // namespace gpudesk
