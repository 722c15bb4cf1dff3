// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharesView.h"

#include "common/LazyRefresh.h"
#include "common/MessageBoxes.h"
#include "common/NormaliseToggle.h"
#include "common/TableViewState.h"
#include "common/Theme.h"
#include "common/ToolActions.h"
#include "itemmodels/ShareTableModel.h"
#include "store/CallStageRepository.h"
#include "store/ProgramShareRepository.h"
#include "store/Store.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

const QString kNormaliseKey = u"programs/normaliseScores"_s;

SharesView::Prompts defaultPrompts()
{
    SharesView::Prompts p;
    p.confirm = confirmStep;
    p.warn = warnUser;
    return p;
}

} // namespace

SharesView::SharesView(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_prompts(defaultPrompts())
{
    setObjectName(u"sharesView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"shareSummary"_s);
    m_summary->setWordWrap(true);
    m_normalise = makeNormaliseToggle(this, tr("N&ormalise reviewer scores"), u"shareNormalise"_s,
                                      kNormaliseKey, [this] { reload(); });
    top->addWidget(m_summary, 1);
    top->addWidget(m_normalise);
    layout->addLayout(top);
    auto *bar = new QToolBar(this);
    bar->setObjectName(u"shareActions"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_decide = addToolAction(this, bar, tr("&Decide shares…"), u"decideSharesAction"_s,
                             QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_reset = addToolAction(this, bar, tr("Back to the &rule"), u"resetSharesAction"_s,
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    layout->addWidget(bar);
    m_model = new ShareTableModel(this);
    m_model->setStatusColors([](const QString &key) { return Theme::statusColor(key); });
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ShareTableModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(u"shareTable"_s);
    m_table->setModel(m_proxy);
    prepareTable(m_table);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    QHeaderView *h = m_table->horizontalHeader();
    h->resizeSection(ShareTableModel::Rank, 48);
    h->resizeSection(ShareTableModel::Team, 220);
    h->resizeSection(ShareTableModel::Organization, 160);
    h->resizeSection(ShareTableModel::Reason, 260);
    h->resizeSection(ShareTableModel::Status, 150);
    TableViewState::attach(m_table, {ShareTableModel::Organization});
    layout->addWidget(m_table, 1);
    auto *help = new QLabel(tr("Type a team's share for next year in the column “Next year” "
                               "(F2 edits); a share other than the rule's needs a reason."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);

    connect(m_decide, &QAction::triggered, this, [this] { decideShares(); });
    connect(m_reset, &QAction::triggered, this, [this] { m_model->resetToProposal(); });
    connect(m_model, &ShareTableModel::sharesEdited, this, [this] { updateSummary(); });
    m_lazy = new LazyRefresh(this, [this] { reload(); });
    connect(&m_store, &Store::tablesChanged, this, [this](const QSet<QString> &tables) {
        static const QSet<QString> watched = {u"applications"_s,    u"reviews"_s,
                                              u"track_decisions"_s, u"calls"_s,
                                              u"programs"_s,        u"allocations"_s};
        if (!m_callId.isEmpty() && tables.intersects(watched))
            m_lazy->request();
    });
}

SharesView::~SharesView() = default;

void SharesView::setCall(const QString &callId)
{
    m_callId = callId;
    m_lazy->request();
}

void SharesView::reload()
{
    QString error;
    const RankBy by = rankByOf(m_normalise);
    const auto view = ProgramRepository(m_store).roundView(m_callId, by, &error);
    const auto stage = CallStageRepository(m_store).state(m_callId);
    m_deciding = view && stage && stage->allows(StageActivity::Shares);
    m_model->setView(view ? *view : RoundView{}, m_deciding);
    updateSummary();
    if (!view)
        m_summary->setText(error);
}

void SharesView::updateSummary()
{
    const RoundView &v = m_model->view();
    const QLocale l;
    const ShareRule &rule = v.program.rule;
    QString text;
    if (!v.proposal.ok())
        text += v.proposal.error + u' ';
    const int total = m_model->totalShare();
    text += tr("Next year's shares now add up to %1 of the program's %2 nodes.")
                .arg(l.toString(total), l.toString(rule.capacityNodes));
    if (total > rule.capacityNodes)
        text +=
            u' ' +
            tr("That is %1 more than the capacity.").arg(l.toString(total - rule.capacityNodes));
    if (!m_deciding && !v.teams.isEmpty())
        text += u' ' + tr("Shares are decided at the stage %1.").arg(stageLabel(u"decision"_s));
    m_summary->setText(text);
    m_decide->setEnabled(m_deciding && !v.teams.isEmpty());
    m_reset->setEnabled(m_deciding);
}

void SharesView::decideShares()
{
    if (!m_deciding)
        return;
    const RoundView v = m_model->view();
    const QString title = tr("Decide shares of %1").arg(v.round.code);
    const QStringList missing = m_model->missingReasons();
    if (!missing.isEmpty()) {
        m_prompts.warn(this, title,
                       tr("Write why the share departs from the rule for: %1.")
                           .arg(QLocale().createSeparatedList(missing)));
        return;
    }
    const QList<ShareDecision> decisions = m_model->decisions();
    QStringList lines;
    for (const RoundTeam &t : v.teams) {
        int share = 0;
        for (const ShareDecision &d : decisions)
            share = d.applicationId == t.applicationId ? d.nodes : share;
        lines << tr("%1: %2 → %3 nodes").arg(t.teamName).arg(t.heldNodes).arg(share);
    }
    const QString text =
        tr("Decide next year's shares for year %1 of %2?\n\n%3\n\nEach team's decision goes into "
           "its history with the score and, for an adjustment, your reason. The shares reach the "
           "map at the allocation stage.")
            .arg(v.round.year)
            .arg(v.program.displayName(), lines.join(u'\n'));
    if (!m_prompts.confirm(this, title, text))
        return;
    QString error;
    const RankBy by = rankByOf(m_normalise);
    if (!ProgramShareRepository(m_store).decideShares(m_callId, decisions, by, &error)) {
        m_prompts.warn(this, title,
                       tr("The shares were not decided; nothing was changed.") + u"\n\n"_s + error);
        return;
    }
    Q_EMIT statusMessage(tr("Shares of %1 decided: %2 nodes for year %3.")
                             .arg(v.round.code)
                             .arg(m_model->totalShare())
                             .arg(v.round.year));
}

} // namespace gpudesk
