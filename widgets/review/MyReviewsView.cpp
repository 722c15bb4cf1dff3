// SPDX-License-Identifier: GPL-3.0-or-later
#include "MyReviewsView.h"

#include "rules/CallStages.h"

#include "PledgeDialog.h"
#include "ReasonDialog.h"
#include "ReviewApplicationPane.h"
#include "ReviewForm.h"
#include "common/TableViewState.h"
#include "common/Theme.h"
#include "rules/CallStages.h"
#include "store/CallRepository.h"
#include "store/ReviewerRetention.h"
#include "store/ReviewerWorkspace.h"
#include "store/Store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kSortRole = Qt::UserRole;
constexpr int kAssignmentStatusRole = Qt::UserRole + 2;
const QString kSplitterKey = u"myReviews/splitter"_s;
const QString kLeftSplitterKey = u"myReviews/leftSplitter"_s;

bool korean()
{
    return QLocale().language() == QLocale::Korean;
}

bool askPledge(QWidget *parent, const QString &callName, const QString &text)
{
    PledgeDialog dialog(callName, text, parent);
    return dialog.exec() == QDialog::Accepted;
}

std::optional<QString> askReason(QWidget *parent, const QString &title, const QString &question,
                                 const QString &okText)
{
    ReasonDialog dialog(title, question, okText, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

QStandardItem *cell(const QString &text, const QVariant &sortKey,
                    Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QStandardItem(text);
    item->setData(sortKey, kSortRole);
    item->setData(QVariant::fromValue(align), Qt::TextAlignmentRole);
    item->setEditable(false);
    return item;
}

// The status a reviewer cares about: their review's, once they started one.
QString statusText(const ReviewerAssignment &a)
{
    return a.reviewStatus ? reviewStatusLabel(*a.reviewStatus) : assignmentStatusLabel(a.status);
}

QColor statusColour(const ReviewerAssignment &a)
{
    if (a.reviewStatus == ReviewStatus::Submitted)
        return Theme::statusColor(u"selected"_s);
    if (a.reviewStatus)
        return Theme::statusColor(u"screening"_s);
    return Theme::statusColor(a.status == AssignmentStatus::Accepted ? u"under_review"_s
                                                                     : u"submitted"_s);
}

} // namespace

MyReviewsView::MyReviewsView(Store &store, const QString &userId, QWidget *parent)
    : QWidget(parent), m_store(store),
      m_workspace(std::make_unique<ReviewerWorkspace>(store, userId)), m_pledgePrompt(askPledge),
      m_reasonPrompt(askReason)
{
    setObjectName(u"myReviewsView"_s);
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout();
    auto *callLabel = new QLabel(tr("Ca&ll:"), this);
    m_calls = new QComboBox(this);
    m_calls->setObjectName(u"reviewCallSelector"_s);
    m_calls->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    callLabel->setBuddy(m_calls);
    header->addWidget(callLabel);
    header->addWidget(m_calls);
    m_callSummary = new QLabel(this);
    m_callSummary->setObjectName(u"reviewCallSummary"_s);
    m_callSummary->setWordWrap(true);
    header->addWidget(m_callSummary, 1);
    layout->addLayout(header);
    m_retention = new QLabel(this);
    m_retention->setObjectName(u"retentionNotice"_s);
    m_retention->setWordWrap(true);
    m_retention->setFrameShape(QFrame::StyledPanel);
    m_retention->setMargin(6);
    m_retention->hide();
    layout->addWidget(m_retention);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"myReviewsSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    // The list above the application on the left, the form on the right: the reviewer reads
    // and scores side by side, and the list keeps room for its columns at 1366x768.
    m_leftSplitter = new QSplitter(Qt::Vertical, m_splitter);
    m_leftSplitter->setObjectName(u"myReviewsLeftSplitter"_s);
    m_leftSplitter->setChildrenCollapsible(false);
    auto *listPane = new QWidget(m_leftSplitter);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Receipt no."), tr("Title"), tr("Field"), tr("Request"),
                                        tr("Status"), tr("Due"), tr("My total")});
    m_model->setSortRole(kSortRole);
    m_table = new QTableView(listPane);
    m_table->setObjectName(u"myAssignmentsTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CodeColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setToolTip(tr("Enter or double-click opens the application and its review form"));
    TableViewState::attach(m_table, {TotalColumn});
    listLayout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout();
    m_open = new QPushButton(tr("&Open"), listPane);
    m_open->setObjectName(u"openAssignmentButton"_s);
    m_accept = new QPushButton(tr("&Accept"), listPane);
    m_accept->setObjectName(u"acceptAssignmentButton"_s);
    m_accept->setToolTip(tr("Accept this assignment (scoring it also accepts it)"));
    m_decline = new QPushButton(tr("&Decline…"), listPane);
    m_decline->setObjectName(u"declineAssignmentButton"_s);
    m_conflict = new QPushButton(tr("Declare &conflict…"), listPane);
    m_conflict->setObjectName(u"conflictAssignmentButton"_s);
    m_conflict->setToolTip(tr("Tell the program officer you have a conflict of interest with "
                              "this application"));
    for (QPushButton *b : {m_open, m_accept, m_decline, m_conflict})
        buttons->addWidget(b);
    buttons->addStretch(1);
    listLayout->addLayout(buttons);

    m_pane = new ReviewApplicationPane(*m_workspace, m_leftSplitter);
    m_form = new ReviewForm(*m_workspace, m_splitter);
    m_leftSplitter->addWidget(listPane);
    m_leftSplitter->addWidget(m_pane);
    m_splitter->addWidget(m_leftSplitter);
    m_splitter->addWidget(m_form);
    // Proportions until the reviewer drags a handle; then their layout is remembered.
    m_leftSplitter->setSizes({260, 440});
    m_splitter->setSizes({800, 560});
    QSettings settings;
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_leftSplitter->restoreState(settings.value(kLeftSplitterKey).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(kSplitterKey, m_splitter->saveState()); });
    connect(m_leftSplitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(kLeftSplitterKey, m_leftSplitter->saveState()); });

    connect(m_calls, &QComboBox::currentIndexChanged, this, [this] {
        // Leaving a call closes its opened application (the form saves on the way out).
        if (!m_openedId.isEmpty() && m_workspace->callOfAssignment(m_openedId) != currentCallId()) {
            m_form->clear();
            m_pane->clear();
            m_openedId.clear();
        }
        reloadAssignments();
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &) { openAssignment(selectedAssignmentId()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(); });
    connect(m_open, &QPushButton::clicked, this,
            [this] { openAssignment(selectedAssignmentId()); });
    connect(m_accept, &QPushButton::clicked, this, [this] { acceptSelected(); });
    connect(m_decline, &QPushButton::clicked, this, [this] { answerSelected(false); });
    connect(m_conflict, &QPushButton::clicked, this, [this] { answerSelected(true); });
    connect(m_form, &ReviewForm::statusMessage, this, &MyReviewsView::statusMessage);
    connect(m_pane, &ReviewApplicationPane::statusMessage, this, &MyReviewsView::statusMessage);
    connect(&m_store, &Store::tablesChanged, this,
            [this](const QSet<QString> &tables) { onTablesChanged(tables); });

    applyRetention();
    reloadCalls();
}

MyReviewsView::~MyReviewsView()
{
    // The form saves its last keystrokes as it goes; it must go while the workspace still exists.
    delete m_form;
    m_form = nullptr;
}

QString MyReviewsView::currentCallId() const
{
    return m_calls->currentData().toString();
}

void MyReviewsView::selectCall(const QString &callId)
{
    const int i = m_calls->findData(callId);
    if (i >= 0)
        m_calls->setCurrentIndex(i);
}

void MyReviewsView::reloadCalls()
{
    const QString previous = currentCallId();
    const QList<ReviewerCall> calls = m_workspace->calls();
    m_calls->blockSignals(true);
    m_calls->clear();
    int preferred = -1;
    for (const ReviewerCall &c : calls) {
        m_calls->addItem(
            u"%1 %2"_s.arg(c.code, korean() || c.titleEn.isEmpty() ? c.title : c.titleEn), c.id);
        // Without a previous choice, start at the first call still in review.
        if (preferred < 0 && stageAllows(c.stage, StageActivity::Review) && !c.panelClosed)
            preferred = m_calls->count() - 1;
    }
    const int keep = m_calls->findData(previous);
    m_calls->setCurrentIndex(keep >= 0 ? keep : qMax(preferred, calls.isEmpty() ? -1 : 0));
    m_calls->setEnabled(!calls.isEmpty());
    m_calls->blockSignals(false);
    reloadAssignments();
}

void MyReviewsView::updateCallSummary()
{
    updateRetentionNotice();
    if (!m_workspace->isValid()) {
        m_callSummary->setText(tr("Your user is not linked to a reviewer, so there is nothing to "
                                  "review. Ask the program officer to add you to the reviewers."));
        return;
    }
    const auto c = m_workspace->call(currentCallId());
    if (!c) {
        m_callSummary->setText(tr("You are not on any review panel yet."));
        return;
    }
    QString text = tr("%1 assigned · %2 accepted · %3 in draft · %4 submitted")
                       .arg(c->assigned)
                       .arg(c->accepted)
                       .arg(c->drafts)
                       .arg(c->submitted);
    if (c->reviewDeadline.isValid()) {
        const bool late =
            c->submitted < c->assigned && isOverdue(c->reviewDeadline, false, Store::nowMs());
        text += u" · "_s + (late ? tr("reviews were due %1 (overdue)") : tr("reviews due %1"))
                               .arg(c->reviewDeadline.toString(Qt::ISODate));
    }
    if (c->panelClosed)
        text += u" · "_s + tr("panel closed");
    m_callSummary->setText(text);
}

void MyReviewsView::reloadAssignments()
{
    const QString selected = selectedAssignmentId();
    const QLocale locale;
    const bool ko = korean();
    const QList<ReviewerAssignment> list = m_workspace->myAssignments(currentCallId());
    m_model->setRowCount(0);
    for (const ReviewerAssignment &a : list) {
        QList<QStandardItem *> row(ColumnCount);
        row[CodeColumn] = cell(a.code, a.code);
        row[CodeColumn]->setData(a.id, kIdRole);
        const QString title = !ko && !a.titleEn.isEmpty() ? a.titleEn : a.title;
        row[TitleColumn] = cell(title, title);
        row[TitleColumn]->setToolTip(title);
        const QString field = ko || a.fieldNameEn.isEmpty() ? a.fieldName : a.fieldNameEn;
        row[FieldColumn] = cell(field, field);
        row[RequestColumn] = cell(tr("%1 GPU = %n node(s) %2", nullptr, a.requestedNodes)
                                      .arg(locale.toString(a.requestedGpus), a.acceleratorType),
                                  a.requestedNodes, Qt::AlignRight | Qt::AlignVCenter);
        row[StatusColumn] = cell(statusText(a), statusText(a));
        row[StatusColumn]->setData(statusColour(a), Qt::DecorationRole);
        row[StatusColumn]->setData(assignmentStatusKey(a.status), kAssignmentStatusRole);
        const QString due = a.dueDate.isValid() ? a.dueDate.toString(Qt::ISODate) : tr("none");
        row[DueColumn] = cell(a.overdue ? tr("%1 (overdue)").arg(due) : due,
                              a.dueDate.isValid() ? a.dueDate.toJulianDay() : 0);
        if (a.overdue)
            row[DueColumn]->setForeground(Theme::statusColor(u"rejected"_s));
        row[TotalColumn] = cell(a.total ? locale.toString(*a.total, 'f', 1) : QString(),
                                a.total.value_or(-1), Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow(row);
    }
    const QHeaderView *h = m_table->horizontalHeader();
    m_model->sort(h->sortIndicatorSection(), h->sortIndicatorOrder());
    // Fit the short columns to their text once; after that the reviewer's widths stand.
    if (!m_columnsFitted && m_model->rowCount() > 0) {
        m_columnsFitted = true;
        for (int c : {CodeColumn, RequestColumn, StatusColumn, DueColumn})
            m_table->resizeColumnToContents(c);
    }
    if (!selected.isEmpty())
        selectAssignment(selected);
    else if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, CodeColumn));
    updateCallSummary();
    updateActions();
}

QString MyReviewsView::selectedAssignmentId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(CodeColumn);
    return rows.isEmpty() ? QString() : rows.first().data(kIdRole).toString();
}

void MyReviewsView::selectAssignment(const QString &assignmentId)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->item(r, CodeColumn)->data(kIdRole).toString() == assignmentId) {
            m_table->setCurrentIndex(m_model->index(r, CodeColumn));
            m_table->selectRow(r);
            return;
        }
    }
}

void MyReviewsView::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(StatusColumn);
    const bool any = !rows.isEmpty();
    const bool assignedOnly = any && rows.first().data(kAssignmentStatusRole).toString() ==
                                         assignmentStatusKey(AssignmentStatus::Assigned);
    m_open->setEnabled(any);
    m_accept->setEnabled(assignedOnly);
    m_decline->setEnabled(any);
    m_conflict->setEnabled(any);
}

bool MyReviewsView::openAssignment(const QString &assignmentId)
{
    if (assignmentId.isEmpty())
        return false;
    const QString callId = m_workspace->callOfAssignment(assignmentId);
    if (callId.isEmpty()) {
        Q_EMIT statusMessage(tr("This application is not assigned to you."));
        return false;
    }
    if (!m_workspace->hasAcceptedPledge(callId)) {
        const auto settings = CallRepository(m_store.db()).reviewSettings(callId);
        const QString callName =
            settings ? u"%1 %2"_s.arg(settings->code, korean() || settings->titleEn.isEmpty()
                                                          ? settings->title
                                                          : settings->titleEn)
                     : QString();
        if (!m_pledgePrompt(this, callName, settings ? settings->pledgeText : QString())) {
            Q_EMIT statusMessage(tr("The pledge was not accepted, so the application was not "
                                    "opened."));
            return false;
        }
        QString error;
        if (!m_workspace->acceptPledge(callId, &error)) {
            Q_EMIT statusMessage(error);
            return false;
        }
    }
    QString error;
    m_form->saveNow(); // before the pane changes: a refusal below must not lose a draft
    if (!m_pane->showAssignment(assignmentId, &error)) {
        m_form->clear();
        m_openedId.clear();
        Q_EMIT statusMessage(error);
        return false;
    }
    m_form->openAssignment(assignmentId, callId, m_pane->applicationCode());
    m_openedId = assignmentId;
    if (selectedAssignmentId() != assignmentId)
        selectAssignment(assignmentId);
    return true;
}

void MyReviewsView::acceptSelected()
{
    const QString id = selectedAssignmentId();
    if (id.isEmpty())
        return;
    QString error;
    if (!m_workspace->accept(id, &error))
        Q_EMIT statusMessage(error);
    else
        Q_EMIT statusMessage(tr("Assignment accepted."));
}

void MyReviewsView::answerSelected(bool conflict)
{
    const QString id = selectedAssignmentId();
    if (id.isEmpty())
        return;
    const QString code =
        m_table->selectionModel()->selectedRows(CodeColumn).first().data().toString();
    const auto reason =
        conflict ? m_reasonPrompt(this, tr("Declare a conflict of interest"),
                                  tr("What is your conflict of interest with %1? (for example: "
                                     "same organisation, a joint project, a named team member)")
                                      .arg(code),
                                  tr("Declare conflict"))
                 : m_reasonPrompt(this, tr("Decline assignment"),
                                  tr("Why do you decline %1? The program officer reads this when "
                                     "reassigning it.")
                                      .arg(code),
                                  tr("Decline"));
    if (!reason)
        return;
    if (m_openedId == id) {
        m_form->clear();
        m_pane->clear();
        m_openedId.clear();
    }
    QString error;
    const bool ok = conflict ? m_workspace->declareConflict(id, *reason, &error)
                             : m_workspace->decline(id, *reason, &error);
    if (!ok) {
        Q_EMIT statusMessage(error);
        return;
    }
    Q_EMIT statusMessage(conflict ? tr("Conflict of interest declared for %1; it is no longer "
                                       "in your list.")
                                        .arg(code)
                                  : tr("You declined %1; it is no longer in your list.").arg(code));
}

void MyReviewsView::onTablesChanged(const QSet<QString> &tables)
{
    static const QSet<QString> calls{u"calls"_s, u"panel_members"_s};
    static const QSet<QString> rows{u"review_assignments"_s, u"reviews"_s, u"pledges"_s,
                                    u"applications"_s};
    if (tables.intersects(calls)) {
        applyRetention();
        reloadCalls();
    }
    else if (tables.intersects(rows))
        reloadAssignments();
}

void MyReviewsView::applyRetention()
{
    ReviewerRetention retention(m_store);
    if (retention.callsDue().isEmpty())
        return;
    // The form may hold an application of a call about to go: close it first.
    if (!m_openedId.isEmpty()) {
        m_form->clear();
        m_pane->clear();
        m_openedId.clear();
    }
    QString error;
    const QList<RetentionRecord> done = retention.purgeDue(&error);
    for (const RetentionRecord &r : done)
        Q_EMIT statusMessage(ReviewerRetention::notice(r));
    if (!error.isEmpty())
        Q_EMIT statusMessage(tr("The copies of a closed call could not be removed: %1").arg(error));
}

void MyReviewsView::updateRetentionNotice()
{
    const auto record = ReviewerRetention(m_store).record(currentCallId());
    m_retention->setVisible(record.has_value());
    m_retention->setText(record ? ReviewerRetention::notice(*record) : QString());
}

} // namespace gpudesk
