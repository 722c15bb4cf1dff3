// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaView.h"

#include "DecisionDialog.h"
#include "common/FileDialogs.h"
#include "common/LazyRefresh.h"
#include "common/MessageBoxes.h"
#include "common/NormaliseToggle.h"
#include "common/TableViewState.h"
#include "common/Theme.h"
#include "common/ToolActions.h"
#include "itemmodels/AgendaTableModel.h"
#include "store/CallRepository.h"
#include "store/CallStageRepository.h"
#include "store/DeliberationRepository.h"
#include "store/Store.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

const QString kNormaliseKey = u"national/normaliseScores"_s;

AgendaView::Prompts defaultPrompts()
{
    AgendaView::Prompts p;
    p.askDecision = [](QWidget *parent, const AgendaItem &item, int maxMonths,
                       const MeetingDecision &previous) -> std::optional<MeetingDecision> {
        DecisionDialog dialog(item, maxMonths, previous, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.decision();
    };
    p.askExportPath = [](QWidget *parent, const QString &suggestedName) {
        return askSaveFileName(parent, AgendaView::tr("Export the agenda"), suggestedName,
                               AgendaView::tr("CSV files (*.csv)"));
    };
    p.warn = warnUser;
    return p;
}

} // namespace

AgendaView::AgendaView(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_prompts(defaultPrompts())
{
    setObjectName(u"agendaView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *top = new QHBoxLayout;
    m_pools = new QLabel(this);
    m_pools->setObjectName(u"agendaPools"_s);
    m_pools->setWordWrap(true);
    m_pools->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_normalise = makeNormaliseToggle(this, tr("N&ormalise reviewer scores"), u"agendaNormalise"_s,
                                      kNormaliseKey, [this] { reload(); });
    top->addWidget(m_pools, 1);
    top->addWidget(m_normalise);
    layout->addLayout(top);
    auto *bar = new QToolBar(this);
    bar->setObjectName(u"agendaActions"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_decide = addToolAction(this, bar, tr("&Record decision…"), u"recordDecisionAction"_s,
                             QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_export = addToolAction(this, bar, tr("E&xport agenda…"), u"exportAgendaAction"_s,
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_showOnMap = addToolAction(this, bar, tr("Show on the rack &map"), u"showOnMapAction"_s,
                                QKeySequence(Qt::CTRL | Qt::Key_M));
    layout->addWidget(bar);
    m_model = new AgendaTableModel(this);
    m_model->setStatusColors([](const QString &key) { return Theme::statusColor(key); });
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AgendaTableModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(u"agendaTable"_s);
    m_table->setModel(m_proxy);
    prepareTable(m_table);
    QHeaderView *h = m_table->horizontalHeader();
    h->resizeSection(AgendaTableModel::Rank, 48);
    h->resizeSection(AgendaTableModel::Code, 120);
    h->resizeSection(AgendaTableModel::Ministry, 140);
    h->resizeSection(AgendaTableModel::Project, 200);
    h->resizeSection(AgendaTableModel::Requested, 120);
    h->resizeSection(AgendaTableModel::Start, 90);
    h->resizeSection(AgendaTableModel::Decision, 130);
    h->resizeSection(AgendaTableModel::ApprovedPeriod, 170);
    h->resizeSection(AgendaTableModel::MeetingDate, 90);
    h->resizeSection(AgendaTableModel::Reference, 220);
    TableViewState::attach(m_table, {AgendaTableModel::Priority, AgendaTableModel::Type,
                                     AgendaTableModel::Start, AgendaTableModel::Months});
    layout->addWidget(m_table, 1);

    connect(m_decide, &QAction::triggered, this, [this] { recordDecision(); });
    connect(m_export, &QAction::triggered, this, [this] { exportAgenda(); });
    connect(m_showOnMap, &QAction::triggered, this, [this] {
        if (const AgendaItem *i = current())
            Q_EMIT showOnRackMap(i->applicationId);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] { recordDecision(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(); });
    m_lazy = new LazyRefresh(this, [this] { reload(); });
    connect(&m_store, &Store::tablesChanged, this, [this](const QSet<QString> &tables) {
        static const QSet<QString> watched = {u"applications"_s,    u"reviews"_s,
                                              u"track_decisions"_s, u"calls"_s,
                                              u"allocations"_s,     u"pools"_s};
        if (!m_callId.isEmpty() && tables.intersects(watched))
            m_lazy->request();
    });
    updateActions();
}

AgendaView::~AgendaView() = default;

void AgendaView::setCall(const QString &callId)
{
    m_callId = callId;
    m_lazy->request();
}

void AgendaView::reload()
{
    const QString selected = current() ? current()->applicationId : QString();
    QString error;
    const RankBy by = rankByOf(m_normalise);
    m_agenda = m_callId.isEmpty() ? std::nullopt
                                  : DeliberationRepository(m_store).agenda(m_callId, by, &error);
    const auto stage = CallStageRepository(m_store).state(m_callId);
    m_deliberating = stage && stage->allows(StageActivity::Deliberation);
    const auto rules = CallRepository(m_store.db()).rules(m_callId);
    m_maxMonths = rules ? rules->maxMonths : 12;
    m_model->setAgenda(m_agenda ? *m_agenda : Agenda{});
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        selectOnlyRow(m_table, m_proxy->mapFromSource(m_model->index(row, 0)).row());
    const QLocale l;
    QStringList lines;
    if (!m_agenda)
        lines << error;
    for (const AgendaPool &p : m_agenda ? m_agenda->pools : QList<AgendaPool>()) {
        lines << tr("Pool %1 (%2): %3 nodes (%4 GPUs); %5 committed, %6 left. This round: %7 "
                    "approved, %8 still asked for.")
                     .arg(p.poolCode, p.poolName, l.toString(p.capacityNodes),
                          l.toString(p.capacityNodes * p.gpusPerNode), l.toString(p.committedNodes),
                          l.toString(p.left()), l.toString(p.approvedNodes),
                          l.toString(p.pendingNodes));
        if (p.pendingNodes > p.left())
            lines.last() += u' ' + tr("The demands still open ask for %1 more nodes than are left.")
                                       .arg(l.toString(p.pendingNodes - p.left()));
    }
    if (stage && !m_deliberating)
        lines << tr("Decisions are recorded at the stage %1; the round is at %2.")
                     .arg(stageLabel(u"deliberation"_s), stageLabel(stage->stage));
    m_pools->setText(lines.join(u'\n'));
    updateActions();
}

const AgendaItem *AgendaView::current() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return nullptr;
    return m_model->itemAt(m_proxy->mapToSource(rows.first()).row());
}

void AgendaView::updateActions()
{
    const AgendaItem *i = current();
    m_decide->setEnabled(m_deliberating && i && i->placedNodes == 0 &&
                         i->status != ApplicationStatus::Allocated &&
                         i->status != ApplicationStatus::Active);
    m_export->setEnabled(m_agenda.has_value() && !m_agenda->items.isEmpty());
    m_showOnMap->setEnabled(i && DeliberationRepository::isApproved(i->status));
}

void AgendaView::recordDecision()
{
    const AgendaItem *i = current();
    if (!i || !m_decide->isEnabled())
        return;
    const AgendaItem item = *i;
    const auto decision = m_prompts.askDecision(this, item, m_maxMonths, m_previous);
    if (!decision)
        return;
    QString error;
    if (!DeliberationRepository(m_store).record(item.applicationId, *decision, &error)) {
        m_prompts.warn(this, tr("Record decision"),
                       tr("The decision was not recorded. %1").arg(error));
        return;
    }
    m_previous = *decision;
    Q_EMIT statusMessage(tr("%1: %2 (%3, %4).")
                             .arg(item.code,
                                  DeliberationRepository::outcomeLabel(decision->outcome),
                                  decision->meetingOn.toString(Qt::ISODate), decision->reference));
}

void AgendaView::exportAgenda()
{
    if (!m_agenda)
        return;
    const QString path = m_prompts.askExportPath(this, tr("agenda-%1.csv").arg(m_agenda->code));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly) ||
        !DeliberationRepository(m_store).writeAgendaCsv(&file, *m_agenda, &error) ||
        !file.commit()) {
        m_prompts.warn(this, tr("Export agenda"),
                       tr("The agenda could not be written to %1: %2")
                           .arg(path, error.isEmpty() ? file.errorString() : error));
        return;
    }
    Q_EMIT statusMessage(tr("Agenda saved to %1.").arg(path));
}

} // namespace gpudesk
