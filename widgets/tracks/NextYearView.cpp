// SPDX-License-Identifier: GPL-3.0-or-later
#include "NextYearView.h"

#include "common/LazyRefresh.h"
#include "common/MessageBoxes.h"
#include "common/TableViewState.h"
#include "common/ToolActions.h"
#include "itemmodels/NextYearModel.h"
#include "store/CallStageRepository.h"
#include "store/Store.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

NextYearView::Prompts defaultPrompts()
{
    NextYearView::Prompts p;
    p.confirm = confirmStep;
    p.warn = warnUser;
    return p;
}

} // namespace

NextYearView::NextYearView(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_prompts(defaultPrompts())
{
    setObjectName(u"nextYearView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"nextYearSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *bar = new QToolBar(this);
    bar->setObjectName(u"nextYearActions"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_apply = addToolAction(this, bar, tr("&Apply to the map…"), u"applyNextYearAction"_s,
                            QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_openMap = addToolAction(this, bar, tr("Show on the rack &map"), u"nextYearMapAction"_s,
                              QKeySequence(Qt::CTRL | Qt::Key_M));
    layout->addWidget(bar);
    m_model = new NextYearModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"nextYearTable"_s);
    m_table->setModel(m_model);
    prepareTable(m_table);
    m_table->setSortingEnabled(false);
    QHeaderView *h = m_table->horizontalHeader();
    h->resizeSection(NextYearModel::Team, 240);
    h->resizeSection(NextYearModel::Taken, 240);
    h->resizeSection(NextYearModel::GivenUp, 260);
    h->resizeSection(NextYearModel::FromPool, 120);
    h->setStretchLastSection(true);
    TableViewState::attach(m_table);
    layout->addWidget(m_table, 1);
    connect(m_apply, &QAction::triggered, this, [this] { applyPlan(); });
    connect(m_openMap, &QAction::triggered, this, [this] {
        const int row = m_table->currentIndex().row();
        if (m_plan && row >= 0 && row < m_plan->teams.size())
            Q_EMIT showOnRackMap(m_plan->teams[row].applicationId);
    });
    m_lazy = new LazyRefresh(this, [this] { reload(); });
    connect(&m_store, &Store::tablesChanged, this, [this](const QSet<QString> &tables) {
        static const QSet<QString> watched = {u"applications"_s, u"allocations"_s, u"grants"_s,
                                              u"calls"_s, u"nodes"_s};
        if (!m_callId.isEmpty() && tables.intersects(watched))
            m_lazy->request();
    });
}

NextYearView::~NextYearView() = default;

void NextYearView::setCall(const QString &callId)
{
    m_callId = callId;
    m_lazy->request();
}

void NextYearView::reload()
{
    QString error;
    m_plan = m_callId.isEmpty() ? std::nullopt
                                : ProgramShareRepository(m_store).planNextYear(m_callId, &error);
    const auto stage = CallStageRepository(m_store).state(m_callId);
    m_allocating = stage && stage->allows(StageActivity::Allocation);
    if (!m_plan) {
        m_model->clear();
        m_summary->setText(error);
        m_apply->setEnabled(false);
        m_openMap->setEnabled(false);
        return;
    }
    m_model->setPlan(*m_plan);
    const QLocale l;
    int kept = 0, taken = 0, fromPool = 0, share = 0;
    for (int i = 0; i < m_plan->teams.size(); ++i) {
        const ProgramYearPlacement &p = m_plan->plan.teams[i];
        kept += int(p.kept.size());
        taken += int(p.taken.size());
        fromPool += int(p.fromPool.size());
        share += m_plan->teams[i].share;
    }
    QString text =
        tr("Year %1 from %2 to %3: %4 nodes for %n team(s) — %5 kept by their teams, "
           "%6 handed from team to team, %7 new from the pool, %8 back to the pool.",
           nullptr, int(m_plan->teams.size()))
            .arg(m_plan->year)
            .arg(m_plan->firstDay.toString(Qt::ISODate), m_plan->lastDay.toString(Qt::ISODate),
                 l.toString(share), l.toString(kept), l.toString(taken), l.toString(fromPool),
                 l.toString(m_plan->plan.returnedToPool.size()));
    if (m_plan->appliedAlready)
        text += u' ' + tr("The plan is on the map.");
    else if (!m_plan->plan.ok())
        text += u' ' + tr("Some teams cannot get their share; see the Problem column.");
    else if (!m_allocating)
        text += u' ' + tr("It is applied at the stage %1.").arg(stageLabel(u"allocation"_s));
    m_summary->setText(text);
    m_apply->setEnabled(m_allocating && m_plan->plan.ok() && !m_plan->appliedAlready);
    m_openMap->setEnabled(true);
}

void NextYearView::applyPlan()
{
    if (!m_plan || !m_apply->isEnabled())
        return;
    const NextYearPlan plan = *m_plan;
    const QString title = tr("Next year on the map");
    QStringList lines;
    for (int i = 0; i < plan.teams.size(); ++i) {
        const ProgramYearPlacement &p = plan.plan.teams[i];
        lines << tr("%1: %2 → %3 nodes (%4 kept, %5 from other teams, %6 new)")
                     .arg(plan.teams[i].teamName)
                     .arg(plan.teams[i].held)
                     .arg(plan.teams[i].share)
                     .arg(p.kept.size())
                     .arg(p.taken.size())
                     .arg(p.fromPool.size());
    }
    QString text = tr("Allocate year %1 from %2 to %3?\n\n%4")
                       .arg(plan.year)
                       .arg(plan.firstDay.toString(Qt::ISODate), plan.lastDay.toString(Qt::ISODate),
                            lines.join(u'\n'));
    if (!plan.shortened.isEmpty())
        text += u"\n\n"_s + tr("%n allocation(s) of the year before run past %1 and end there.",
                               nullptr, int(plan.shortened.size()))
                                .arg(plan.firstDay.toString(Qt::ISODate));
    text += u"\n\n"_s + tr("All teams are written together or none. Each change is recorded like a "
                           "change on the rack map, where it can be released or changed again.");
    if (!m_prompts.confirm(this, title, text))
        return;
    QString error;
    if (!ProgramShareRepository(m_store).applyNextYear(plan, &error)) {
        m_prompts.warn(this, title, tr("Nothing was allocated.") + u"\n\n"_s + error);
        return;
    }
    Q_EMIT statusMessage(tr("Year %1 is on the map from %2.")
                             .arg(plan.year)
                             .arg(plan.firstDay.toString(Qt::ISODate)));
}

} // namespace gpudesk
