// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemandsView.h"

#include "DemandDialog.h"
#include "DemandImportDialog.h"
#include "common/LazyRefresh.h"
#include "common/MessageBoxes.h"
#include "common/TableViewState.h"
#include "common/Theme.h"
#include "common/ToolActions.h"
#include "itemmodels/DemandTableModel.h"
#include "review/ReasonDialog.h"
#include "store/CallStageRepository.h"
#include "store/DemandRepository.h"
#include "store/Store.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

DemandsView::Prompts defaultPrompts()
{
    DemandsView::Prompts p;
    p.warn = warnUser;
    p.askReason = [](QWidget *parent, const QString &title,
                     const QString &question) -> std::optional<QString> {
        ReasonDialog dialog(title, question, DemandsView::tr("Withdraw"), parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.reason();
    };
    return p;
}

} // namespace

DemandsView::DemandsView(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_prompts(defaultPrompts())
{
    setObjectName(u"demandsView"_s);
    // The dialogs need the store, so their defaults are made here.
    m_prompts.askDemand =
        [this](QWidget *parent, const QString &callId,
               const std::optional<DemandRow> &existing) -> std::optional<DemandFacts> {
        DemandDialog dialog(m_store, callId, existing, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.facts();
    };
    m_prompts.importSheet = [this](QWidget *parent, const QString &callId) {
        DemandImportDialog dialog(m_store, callId, parent);
        return dialog.exec() == QDialog::Accepted ? dialog.imported() : 0;
    };
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *bar = new QToolBar(this);
    bar->setObjectName(u"demandActions"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_add = addToolAction(this, bar, tr("&Add demand…"), u"addDemandAction"_s,
                          QKeySequence(Qt::CTRL | Qt::Key_N));
    m_edit =
        addToolAction(this, bar, tr("&Edit…"), u"editDemandAction"_s, QKeySequence(Qt::Key_F2));
    m_import = addToolAction(this, bar, tr("&Import survey sheet…"), u"importSheetAction"_s,
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_withdraw = addToolAction(this, bar, tr("&Withdraw…"), u"withdrawDemandAction"_s,
                               QKeySequence(Qt::Key_Delete));
    layout->addWidget(bar);

    m_model = new DemandTableModel(this);
    m_model->setStatusColors([](const QString &key) { return Theme::statusColor(key); });
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DemandTableModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(u"demandTable"_s);
    m_table->setModel(m_proxy);
    prepareTable(m_table);
    QHeaderView *h = m_table->horizontalHeader();
    h->resizeSection(DemandTableModel::Code, 120);
    h->resizeSection(DemandTableModel::Ministry, 150);
    h->resizeSection(DemandTableModel::Project, 220);
    h->resizeSection(DemandTableModel::Purpose, 220);
    h->resizeSection(DemandTableModel::Contact, 200);
    h->resizeSection(DemandTableModel::Start, 90);
    h->resizeSection(DemandTableModel::Status, 110);
    TableViewState::attach(m_table, {DemandTableModel::Purpose});
    layout->addWidget(m_table, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"demandSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    connect(m_add, &QAction::triggered, this, [this] { addDemand(); });
    connect(m_edit, &QAction::triggered, this, [this] { editDemand(); });
    connect(m_import, &QAction::triggered, this, [this] { importSheet(); });
    connect(m_withdraw, &QAction::triggered, this, [this] { withdrawDemand(); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { editDemand(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(); });
    m_lazy = new LazyRefresh(this, [this] { reload(); });
    connect(&m_store, &Store::tablesChanged, this, [this](const QSet<QString> &tables) {
        static const QSet<QString> watched = {u"applications"_s, u"demand_details"_s, u"calls"_s,
                                              u"organizations"_s};
        if (!m_callId.isEmpty() && tables.intersects(watched))
            m_lazy->request();
    });
    updateActions();
}

DemandsView::~DemandsView() = default;

void DemandsView::setCall(const QString &callId)
{
    m_callId = callId;
    m_lazy->request();
}

void DemandsView::reload()
{
    const QString selected = current() ? current()->id : QString();
    const auto stage = CallStageRepository(m_store).state(m_callId);
    m_intake = stage && stage->allows(StageActivity::Intake);
    const QList<DemandRow> rows = DemandRepository(m_store).demands(m_callId);
    m_model->setDemands(rows);
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        selectOnlyRow(m_table, m_proxy->mapFromSource(m_model->index(row, 0)).row());
    QSet<QString> ministries;
    int nodes = 0, gpus = 0, live = 0;
    for (const DemandRow &d : rows) {
        if (d.status == ApplicationStatus::Withdrawn)
            continue;
        ++live;
        ministries.insert(d.ministryId);
        nodes += d.facts.nodes;
        gpus += d.facts.nodes * d.gpusPerNode;
    }
    const QLocale l;
    QString text = tr("%n demand(s)", nullptr, live) + u" · "_s +
                   tr("%n ministry(ies)", nullptr, int(ministries.size())) + u" · "_s +
                   tr("%1 nodes (%2 GPUs) asked for.").arg(l.toString(nodes), l.toString(gpus));
    if (!m_intake && stage)
        text += u' ' + tr("The round is past its survey (%1): demands can no longer be entered "
                          "or edited.")
                           .arg(stageLabel(stage->stage));
    m_summary->setText(text);
    updateActions();
}

const DemandRow *DemandsView::current() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return nullptr;
    return m_model->demandAt(m_proxy->mapToSource(rows.first()).row());
}

void DemandsView::updateActions()
{
    const DemandRow *d = current();
    m_add->setEnabled(m_intake);
    m_import->setEnabled(m_intake);
    m_edit->setEnabled(m_intake && d && d->status == ApplicationStatus::Submitted);
    m_withdraw->setEnabled(d && (d->status == ApplicationStatus::Submitted ||
                                 d->status == ApplicationStatus::Screening ||
                                 d->status == ApplicationStatus::UnderReview));
}

void DemandsView::addDemand()
{
    if (!m_intake)
        return;
    const auto facts = m_prompts.askDemand(this, m_callId, std::nullopt);
    if (!facts)
        return;
    QString error, id;
    if (!DemandRepository(m_store).add(m_callId, *facts, &error, &id)) {
        m_prompts.warn(this, tr("New demand"), tr("The demand was not added. %1").arg(error));
        return;
    }
    reload();
    const int row = m_model->rowOf(id);
    if (row >= 0)
        selectOnlyRow(m_table, m_proxy->mapFromSource(m_model->index(row, 0)).row());
    Q_EMIT statusMessage(tr("Demand added: %1, %2.").arg(facts->ministry, facts->project));
}

void DemandsView::editDemand()
{
    const DemandRow *d = current();
    if (!d || !m_edit->isEnabled())
        return;
    const DemandRow before = *d;
    const auto facts = m_prompts.askDemand(this, m_callId, before);
    if (!facts)
        return;
    QString error;
    if (!DemandRepository(m_store).update(before.id, *facts, &error)) {
        m_prompts.warn(this, tr("Edit demand"), tr("The demand was not changed. %1").arg(error));
        return;
    }
    Q_EMIT statusMessage(tr("Demand %1 saved.").arg(before.code));
}

void DemandsView::importSheet()
{
    if (!m_intake)
        return;
    const int count = m_prompts.importSheet(this, m_callId);
    if (count > 0) {
        reload();
        Q_EMIT statusMessage(tr("%n demand(s) imported.", nullptr, count));
    }
}

void DemandsView::withdrawDemand()
{
    const DemandRow *d = current();
    if (!d || !m_withdraw->isEnabled())
        return;
    const DemandRow before = *d;
    const auto reason =
        m_prompts.askReason(this, tr("Withdraw demand"),
                            tr("Withdraw %1 (%2, %3)? It stays on record as withdrawn. Why?")
                                .arg(before.code, before.facts.ministry, before.facts.project));
    if (!reason)
        return;
    QString error;
    if (!DemandRepository(m_store).withdraw(before.id, *reason, &error)) {
        m_prompts.warn(this, tr("Withdraw demand"), error);
        return;
    }
    Q_EMIT statusMessage(tr("%1 withdrawn.").arg(before.code));
}

} // namespace gpudesk
