// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelectionPanel.h"

#include "common/LazyRefresh.h"
#include "common/NormaliseToggle.h"
#include "common/TableViewState.h"
#include "common/Theme.h"
#include "common/ToolActions.h"
#include "itemmodels/RankingModel.h"
#include "store/SelectionRepository.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

SelectionPanel::Prompts defaultPrompts()
{
    SelectionPanel::Prompts p;
    p.confirm = [](QWidget *parent, const QString &title, const QString &text,
                   const QString &details) {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Ok | QMessageBox::Cancel,
                        parent);
        box.setDetailedText(details);
        box.setDefaultButton(QMessageBox::Cancel);
        return box.exec() == QMessageBox::Ok;
    };
    p.askOverride = [](QWidget *parent, const OverrideDialog::Subject &subject)
        -> std::optional<SelectionPanel::OverrideAnswer> {
        OverrideDialog dialog(subject, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return SelectionPanel::OverrideAnswer{dialog.decision(), dialog.nodes(), dialog.reason()};
    };
    p.askExportPath = [](QWidget *parent, const QString &suggestedName) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(parent, SelectionPanel::tr("Export the panel sheet"),
                                            dir + u'/' + suggestedName,
                                            SelectionPanel::tr("CSV files (*.csv)"));
    };
    p.warn = [](QWidget *parent, const QString &title, const QString &text) {
        QMessageBox::warning(parent, title, text);
    };
    return p;
}

const QString kNormaliseKey = u"review/normaliseScores"_s;

// The tables whose changes can move a ranking or a pool's capacity.
bool touchesSelection(const QSet<QString> &tables)
{
    static const QSet<QString> watched = {u"applications"_s, u"reviews"_s,
                                          u"calls"_s,        u"call_accelerators"_s,
                                          u"pools"_s,        u"application_status_history"_s};
    return tables.intersects(watched);
}

} // namespace

SelectionPanel::SelectionPanel(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(std::make_unique<RankingModel>()),
      m_prompts(defaultPrompts())
{
    setObjectName(u"selectionPanel"_s);
    m_model->setStatusColors([](const QString &key) { return Theme::statusColor(key); });

    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    m_type = new QComboBox(this);
    m_type->setObjectName(u"acceleratorTypeSelector"_s);
    auto *typeLabel = new QLabel(tr("Accelerator &type:"), this);
    typeLabel->setBuddy(m_type);
    m_normalise = makeNormaliseToggle(this, tr("&Normalise reviewer scores"), u"normaliseScores"_s,
                                      kNormaliseKey, [this] { recompute(); });
    controls->addWidget(typeLabel);
    controls->addWidget(m_type);
    controls->addSpacing(12);
    controls->addWidget(m_normalise);
    controls->addStretch(1);
    layout->addLayout(controls);

    m_capacity = new QLabel(this);
    m_capacity->setObjectName(u"capacitySummary"_s);
    m_capacity->setWordWrap(true);
    m_capacity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_capacity);

    auto *bar = new QToolBar(this);
    bar->setObjectName(u"selectionActions"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_apply = addToolAction(this, bar, tr("Apply decisions…"), u"applyDecisionsAction"_s,
                            QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_override = addToolAction(this, bar, tr("Override…"), u"overrideAction"_s,
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_promote = addToolAction(this, bar, tr("Promote from waitlist…"), u"promoteAction"_s,
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_export = addToolAction(this, bar, tr("Export panel sheet…"), u"exportPanelSheetAction"_s,
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    layout->addWidget(bar);

    m_table = new QTableView(this);
    m_table->setObjectName(u"rankingTable"_s);
    m_table->setModel(m_model.get());
    // Rows open in ranking order; clicking a header sorts, the ranking order breaks ties.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    // First-time widths (TableViewState restores the user's own afterwards): narrow numbers,
    // room for the title and the coloured status texts.
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultSectionSize(64);
    header->resizeSection(RankingModel::Code, 110);
    header->resizeSection(RankingModel::Title, 220);
    header->resizeSection(RankingModel::Organization, 160);
    header->resizeSection(RankingModel::NormalisedScore, 115);
    header->resizeSection(RankingModel::NormalisedRank, 115);
    header->resizeSection(RankingModel::Flag, 120);
    header->resizeSection(RankingModel::Status, 140);
    header->resizeSection(RankingModel::Proposal, 140);
    header->resizeSection(RankingModel::RequestedNodes, 80);
    header->resizeSection(RankingModel::GrantedNodes, 80);
    header->resizeSection(RankingModel::OverrideReason, 220);
    TableViewState::attach(m_table, {RankingModel::Organization, RankingModel::OverrideReason});
    layout->addWidget(m_table, 1);

    auto *copy = new QAction(tr("Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copy);
    connect(copy, &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(TableViewState::selectionAsText(m_table));
    });

    m_promotionHint = new QLabel(this);
    m_promotionHint->setObjectName(u"promotionHint"_s);
    m_promotionHint->setWordWrap(true);
    layout->addWidget(m_promotionHint);

    setTabOrder(m_type, m_normalise);
    setTabOrder(m_normalise, m_table);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { recompute(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(); });
    connect(m_apply, &QAction::triggered, this, [this] { applyDecisions(); });
    connect(m_override, &QAction::triggered, this, [this] { overrideSelected(); });
    connect(m_promote, &QAction::triggered, this, [this] { promoteFromWaitlist(); });
    connect(m_export, &QAction::triggered, this, [this] { exportPanelSheet(); });
    m_lazy = new LazyRefresh(this, [this] { reload(); });
    connect(&m_store, &Store::tablesChanged, this, [this](const QSet<QString> &tables) {
        if (!m_callId.isEmpty() && touchesSelection(tables))
            m_lazy->request();
    });
    updateActions();
}

SelectionPanel::~SelectionPanel() = default;

void SelectionPanel::setCall(const QString &callId)
{
    m_callId = callId;
    m_lazy->request();
}

void SelectionPanel::reload()
{
    m_call.reset();
    if (!m_callId.isEmpty()) {
        QString error;
        m_call = SelectionRepository(m_store).load(m_callId, &error);
        if (!m_call)
            Q_EMIT statusMessage(error);
    }
    m_scores = m_call ? scoreApplications(m_call->input) : QList<ApplicationScore>();

    // Keep the chosen type across reloads.
    const QString typeId = m_type->currentData().toString();
    {
        const QSignalBlocker block(m_type);
        m_type->clear();
        if (m_call) {
            for (const SelectionType &t : m_call->types)
                m_type->addItem(t.typeCode, t.typeId);
        }
        const int i = m_type->findData(typeId);
        m_type->setCurrentIndex(i >= 0 ? i : (m_type->count() > 0 ? 0 : -1));
    }
    recompute();
}

const SelectionType *SelectionPanel::currentType() const
{
    if (!m_call)
        return nullptr;
    const QString typeId = m_type->currentData().toString();
    for (const SelectionType &t : m_call->types) {
        if (t.typeId == typeId)
            return &t;
    }
    return nullptr;
}

void SelectionPanel::recompute()
{
    // Keep the selected application selected through the reset.
    const int current = currentApplication();
    const QString selectedId =
        current >= 0 && m_call ? m_call->input.applications.value(current).id : QString();

    const SelectionType *type = currentType();
    const RankBy by = rankByOf(m_normalise);
    if (type) {
        m_selection = selectType(*m_call, m_scores, *type, by);
        m_model->setRanking(*m_call, m_scores, m_selection,
                            SelectionRepository(m_store).overrideReasons(m_callId));
    } else {
        m_selection = {};
        m_model->clear();
    }
    const int sortColumn = m_table->horizontalHeader()->sortIndicatorSection();
    if (sortColumn >= 0)
        m_model->sort(sortColumn, m_table->horizontalHeader()->sortIndicatorOrder());
    if (!selectedId.isEmpty()) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->index(r, 0).data(RankingModel::IdRole).toString() == selectedId) {
                m_table->selectRow(r);
                break;
            }
        }
    }
    m_capacity->setText(capacityText());
    updateActions();
}

QString SelectionPanel::capacityText() const
{
    const SelectionType *type = currentType();
    if (!m_call)
        return tr("Choose a call to rank its applications.");
    if (!type)
        return tr("The call %1 offers no accelerator type.").arg(m_call->callCode);
    if (!type->hasPool)
        return tr("The call %1 names no pool for %2: set the pool of the call's %2 nodes before "
                  "selecting.")
            .arg(m_call->callCode, type->typeCode);
    const QLocale l;
    const PoolCapacity &p = type->pool;
    const SelectionProposal &s = m_selection.proposal;
    QString text = tr("Pool %1 (%2): capacity %3 nodes, committed %4, left %5.")
                       .arg(p.poolCode, type->poolName, l.toString(p.capacityNodes),
                            l.toString(p.committedNodes), l.toString(p.left()));
    if (!s.decisions.isEmpty())
        text += u' ' + tr("The proposal uses %1 nodes (%2 GPUs) for %3 selected, leaving %4; %5 "
                          "waitlisted, %6 below the cut.")
                           .arg(l.toString(s.selectedNodes),
                                l.toString(s.selectedNodes * type->gpusPerNode),
                                l.toString(s.selected), l.toString(s.nodesLeftAfter),
                                l.toString(s.waitlisted), l.toString(s.rejected));
    else
        text += u' ' + tr("No ranked application is waiting for a decision.");
    int flagged = 0;
    for (const RankedRow &row : m_selection.ranking.rows) {
        if (row.tooFewReviews &&
            m_call->input.applications[row.application].status == ApplicationStatus::UnderReview)
            ++flagged;
    }
    if (flagged > 0)
        text +=
            u' ' + tr("%n application(s) under review have too few reviews: not ranked, left out "
                      "of the cut unless you override.",
                      nullptr, flagged);
    return text;
}

int SelectionPanel::currentApplication() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return -1;
    return m_model->applicationAt(rows.first().row());
}

void SelectionPanel::updateActions()
{
    const bool haveCall = m_call.has_value() && currentType() != nullptr;
    m_apply->setEnabled(haveCall && !m_selection.proposal.decisions.isEmpty());
    m_export->setEnabled(m_call.has_value());
    const int app = currentApplication();
    bool overridable = false;
    if (app >= 0 && m_call) {
        const ApplicationStatus s = m_call->input.applications[app].status;
        overridable = s == ApplicationStatus::UnderReview || s == ApplicationStatus::Selected ||
                      s == ApplicationStatus::Waitlisted || s == ApplicationStatus::Rejected;
    }
    m_override->setEnabled(overridable);
    m_promote->setEnabled(haveCall && m_selection.promotion.has_value());
    if (haveCall && m_selection.promotion) {
        const PromotionProposal &p = *m_selection.promotion;
        const RankingApplication &a = m_call->input.applications[p.application];
        m_promotionHint->setText(
            tr("Capacity is free: %1 nodes left. %2 is the first waitlisted application that "
               "fits (rank %3, %4 nodes requested).")
                .arg(p.nodesLeft)
                .arg(a.code)
                .arg(p.rank ? QString::number(p.rank) : tr("not ranked"))
                .arg(p.nodes));
    } else {
        m_promotionHint->clear();
    }
    m_promotionHint->setVisible(!m_promotionHint->text().isEmpty());
}

void SelectionPanel::fail(const QString &title, const QString &error)
{
    m_prompts.warn(this, title, error);
    Q_EMIT statusMessage(error);
}

void SelectionPanel::applyDecisions()
{
    const SelectionType *type = currentType();
    if (!type || m_selection.proposal.decisions.isEmpty())
        return;
    // Copies: a successful write reloads the panel, which replaces m_call and m_selection.
    const SelectionProposal p = m_selection.proposal;
    const QString callCode = m_call->callCode;
    const QString typeCode = type->typeCode;
    const QLocale l;
    const QString title = tr("Apply decisions");
    const QString text =
        tr("Apply the capacity cut to %1 %2?\n\n%3 selected (%4 nodes), %5 waitlisted, %6 "
           "rejected. %7 of the pool's nodes are left afterwards.\n\nEach decision goes through "
           "the application's history with its reason; a rejection can only be reversed by an "
           "override with a reason.")
            .arg(callCode, typeCode, l.toString(p.selected), l.toString(p.selectedNodes),
                 l.toString(p.waitlisted), l.toString(p.rejected), l.toString(p.nodesLeftAfter));
    QStringList details;
    for (const ProposedDecision &d : p.decisions) {
        const RankingApplication &a = m_call->input.applications[d.application];
        details << u"%1\t%2\t%3"_s.arg(d.rank).arg(a.code, selectionDecisionLabel(d.decision));
    }
    if (!m_prompts.confirm(this, title, text, details.join(u'\n')))
        return;
    QString error;
    const CallSelectionInput call = *m_call;
    const QList<ApplicationScore> scores = m_scores;
    const TypeSelection selection = m_selection;
    if (!SelectionRepository(m_store).applyProposal(call, scores, selection, &error)) {
        fail(title, tr("The decisions were not applied; nothing was changed. %1").arg(error));
        reload();
        return;
    }
    Q_EMIT statusMessage(tr("%1 %2: %3 selected (%4 nodes), %5 waitlisted, %6 rejected.")
                             .arg(callCode, typeCode, l.toString(p.selected),
                                  l.toString(p.selectedNodes), l.toString(p.waitlisted),
                                  l.toString(p.rejected)));
}

void SelectionPanel::overrideSelected()
{
    const int app = currentApplication();
    const SelectionType *type = currentType();
    if (app < 0 || !type)
        return;
    const RankingApplication &a = m_call->input.applications[app];
    OverrideDialog::Subject subject{
        a.code, a.title, a.status, a.requestedNodes, a.grantedNodes.value_or(0), type->gpusPerNode};
    const auto answer = m_prompts.askOverride(this, subject);
    if (!answer)
        return;
    // Copies: a successful write reloads the panel, which replaces m_call.
    const QString code = a.code;
    const QString id = a.id;
    QString error;
    if (!SelectionRepository(m_store).overrideDecision(id, answer->decision, answer->nodes,
                                                       answer->reason, &error)) {
        fail(tr("Override"), error);
        return;
    }
    Q_EMIT statusMessage(
        answer->decision == SelectionDecision::Select
            ? tr("%1 selected by override with %n node(s).", nullptr, answer->nodes).arg(code)
            : tr("%1 set to %2 by override.")
                  .arg(code, statusLabel(selectionDecisionStatus(answer->decision))));
}

void SelectionPanel::promoteFromWaitlist()
{
    if (!m_selection.promotion || !m_call)
        return;
    const PromotionProposal &p = *m_selection.promotion;
    const RankingApplication &a = m_call->input.applications[p.application];
    const QString code = a.code;
    const QString title = tr("Promote from waitlist");
    const QString text =
        tr("Promote %1 (%2) to selected with its full request of %n node(s)?\n\nWhy: capacity "
           "was freed and it is the first waitlisted application, in rank order, that fits in "
           "the %3 nodes left.",
           nullptr, p.nodes)
            .arg(code, p.rank ? tr("rank %1").arg(p.rank) : tr("not ranked"))
            .arg(p.nodesLeft);
    if (!m_prompts.confirm(this, title, text, QString()))
        return;
    QString error;
    // Copies (implicitly shared, so cheap): the write's change notice reloads the panel.
    const CallSelectionInput call = *m_call;
    const QList<ApplicationScore> scores = m_scores;
    const TypeSelection selection = m_selection;
    if (!SelectionRepository(m_store).promote(call, scores, selection, &error)) {
        fail(title, error);
        return;
    }
    Q_EMIT statusMessage(tr("%1 promoted from the waitlist.").arg(code));
}

void SelectionPanel::exportPanelSheet()
{
    if (!m_call)
        return;
    const QString path =
        m_prompts.askExportPath(this, tr("panel-sheet-%1.csv").arg(m_call->callCode));
    if (path.isEmpty())
        return;
    const QString title = tr("Export panel sheet");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(title,
             tr("%1 cannot be written (%2). Choose another folder.").arg(path, file.errorString()));
        return;
    }
    QString error;
    const RankBy by = rankByOf(m_normalise);
    if (!SelectionRepository(m_store).writePanelSheet(&file, *m_call, by, &error)) {
        file.cancelWriting();
        fail(title, error);
        return;
    }
    if (!file.commit()) {
        fail(title, tr("%1 could not be saved (%2). Check the disk and try again.")
                        .arg(path, file.errorString()));
        return;
    }
    Q_EMIT statusMessage(tr("Panel sheet saved to %1.").arg(path));
}

} // namespace gpudesk
