// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallsPage.h"

#include "AdminTable.h"
#include "CallEditorDialog.h"
#include "common/LazyRefresh.h"
#include "common/TableViewState.h"
#include "domain/TimeFormat.h"
#include "review/ReasonDialog.h"
#include "rules/CallValidation.h"
#include "store/Store.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int SortRole = Qt::UserRole + 2;

QStandardItem *cell(const QString &text, const QVariant &sort = {}, bool number = false)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sort.isValid() ? sort : QVariant(text), SortRole);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

CallsPage::CallsPage(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_repository(store), m_prompts(AdminPrompts::defaults())
{
    setObjectName(u"callsPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_new = new QPushButton(tr("&New call…"), this);
    m_new->setObjectName(u"newCallButton"_s);
    m_copy = new QPushButton(tr("Co&py…"), this);
    m_copy->setObjectName(u"copyCallButton"_s);
    m_copy->setToolTip(tr("A new call with the selected call's rules, to adjust"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(u"editCallButton"_s);
    m_close = new QPushButton(tr("Close &review panel…"), this);
    m_close->setObjectName(u"closePanelButton"_s);
    m_close->setToolTip(tr("Record that the call's review is over: reviewers' computers then "
                           "remove their copies of its applications"));
    for (QPushButton *b : {m_new, m_copy, m_edit})
        bar->addWidget(b);
    bar->addStretch(1);
    bar->addWidget(m_close);
    layout->addLayout(bar);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Code"), tr("Title"), tr("Type"),
                                        tr("Application window"), tr("Stage"),
                                        tr("Caps (nodes)"), tr("Applications"),
                                        tr("Review panel")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(u"callsTable"_s);
    m_table->setModel(m_proxy);
    setUpAdminTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Window, Qt::DescendingOrder);
    m_table->setColumnWidth(Title, 320);
    m_table->setColumnWidth(Window, 190);
    m_table->setColumnWidth(Offers, 140);
    m_table->setColumnWidth(Applications, 130);
    TableViewState::attach(m_table);
    layout->addWidget(m_table, 1);

    // Keyboard: Ctrl+N new, Enter edits.
    auto *newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newAction);
    connect(newAction, &QAction::triggered, this, &CallsPage::newCall);
    connect(m_new, &QPushButton::clicked, this, &CallsPage::newCall);
    connect(m_copy, &QPushButton::clicked, this, &CallsPage::copyCall);
    connect(m_edit, &QPushButton::clicked, this, &CallsPage::editCall);
    connect(m_close, &QPushButton::clicked, this, &CallsPage::closePanel);
    connect(m_table, &QTableView::activated, this, [this] { editCall(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CallsPage::updateActions);
    m_lazy = new LazyRefresh(this, [this] { reload(); });
    connect(&m_store, &Store::tablesChanged, this, [this](const QSet<QString> &tables) {
        if (tables.contains(u"calls"_s) || tables.contains(u"call_accelerators"_s) ||
            tables.contains(u"applications"_s))
            m_lazy->request();
    });
    m_lazy->request(); // the first show loads
}

void CallsPage::reload()
{
    const QString current = currentCallId();
    m_model->removeRows(0, m_model->rowCount());
    const bool english = QLocale().language() != QLocale::Korean;
    for (const CallListRow &r : m_repository.list()) {
        const QString title = english && !r.titleEn.isEmpty() ? r.titleEn : r.title;
        const QString type = english && !r.typeNameEn.isEmpty() ? r.typeNameEn : r.typeName;
        QList<QStandardItem *> row = {
            cell(r.code),
            cell(title),
            cell(type),
            cell(tr("%1 – %2").arg(r.opens.toString(Qt::ISODate), r.closes.toString(Qt::ISODate)),
                 r.opens.toString(Qt::ISODate)),
            cell(callStageLabel(r.stage)),
            cell(r.offers.isEmpty() ? tr("none offered") : r.offers),
            cell(r.screened > 0 ? tr("%1 (%2 screened)").arg(r.applications).arg(r.screened)
                                : QString::number(r.applications),
                 r.applications, true),
            cell(r.panelClosedAt > 0 ? tr("closed %1").arg(formatDate(r.panelClosedAt)) : tr("open"),
                 r.panelClosedAt)};
        row[Code]->setData(r.id, IdRole);
        m_model->appendRow(row);
    }
    selectCall(current);
    updateActions();
}

QString CallsPage::currentCallId() const
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid() || !m_table->selectionModel()->isSelected(i))
        return {};
    return m_proxy->index(i.row(), Code).data(IdRole).toString();
}

void CallsPage::selectCall(const QString &callId)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (m_proxy->index(r, Code).data(IdRole).toString() == callId) {
            m_table->selectRow(r);
            return;
        }
    }
}

void CallsPage::updateActions()
{
    const QString id = currentCallId();
    m_copy->setEnabled(!id.isEmpty());
    m_edit->setEnabled(!id.isEmpty());
    bool open = false;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (m_proxy->index(r, Code).data(IdRole).toString() == id)
            open = m_proxy->index(r, Panel).data(SortRole).toLongLong() == 0;
    }
    m_close->setEnabled(!id.isEmpty() && open);
}

bool CallsPage::runEditor(const CallDefinition &start)
{
    CallEditorDialog dialog(m_store, start, this);
    if (!m_prompts.exec(&dialog))
        return false;
    const CallDefinition edited = dialog.call();
    QString reason;
    if (!edited.id.isEmpty()) {
        const auto saved = m_repository.load(edited.id);
        const CallChanges changes = saved ? diffCalls(*saved, edited) : CallChanges{};
        if (saved && changes.isEmpty()) {
            Q_EMIT statusMessage(tr("Call %1: nothing changed.").arg(edited.code));
            return false;
        }
        const int screened = m_repository.screenedApplications(edited.id);
        if (screened > 0) {
            ReasonDialog ask(
                tr("Change a screened call"),
                tr("%n application(s) of call %1 were already screened under its rules. These "
                   "changes will be recorded with your reason:",
                   nullptr, screened)
                        .arg(saved->code) +
                    u"\n\n• "_s + changes.lines.join(u"\n• "_s),
                tr("Save the changes"), this);
            ask.resize(560, 360);
            if (!m_prompts.exec(&ask))
                return false;
            reason = ask.reason();
        }
    }
    QString error;
    const auto result = m_repository.save(edited, reason, &error);
    if (!result) {
        m_prompts.warn(this, tr("Call not saved"), error);
        return false;
    }
    // The write's tablesChanged has already reloaded the list.
    selectCall(result->id);
    Q_EMIT statusMessage(result->created
                             ? tr("Call %1 created.").arg(edited.code)
                             : tr("Call %1 saved: %n change(s) recorded.", nullptr,
                                  int(result->changes.size()))
                                   .arg(edited.code));
    return true;
}

void CallsPage::newCall()
{
    runEditor(m_repository.blank());
}

void CallsPage::copyCall()
{
    const auto copy = m_repository.copyOf(currentCallId());
    if (copy)
        runEditor(*copy);
}

void CallsPage::editCall()
{
    const auto call = m_repository.load(currentCallId());
    if (call)
        runEditor(*call);
}

void CallsPage::closePanel()
{
    const auto call = m_repository.load(currentCallId());
    if (!call)
        return;
    if (!m_prompts.confirm(
            this, tr("Close the review panel"),
            tr("Close the review panel of call %1?\n\nReviewers can no longer open or change its "
               "reviews, and when their computers next sync they remove their copies of its "
               "applications and documents, keeping only their submitted reviews. This cannot be "
               "undone.")
                .arg(call->code)))
        return;
    QString error;
    if (!m_repository.closePanel(call->id, &error)) {
        m_prompts.warn(this, tr("Close the review panel"), error);
        return;
    }
    Q_EMIT statusMessage(tr("The review panel of call %1 is closed.").arg(call->code));
}

} // namespace gpudesk
