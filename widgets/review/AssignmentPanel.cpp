// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssignmentPanel.h"

#include "common/TableViewState.h"
#include "common/LazyRefresh.h"
#include "store/CallRepository.h"
#include "store/Store.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kSortRole = Qt::UserRole + 2;

QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(text, kSortRole);
    return item;
}

QStandardItem *numberItem(int value, const QString &text = {})
{
    auto *item = new QStandardItem(text.isEmpty() ? QLocale().toString(value) : text);
    item->setEditable(false);
    item->setData(value, kSortRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString reportText(const AutoAssignReport &r)
{
    QString text =
        AssignmentPanel::tr("%n assignment(s) made for %1 application(s).", nullptr, r.created)
            .arg(r.applications);
    text +=
        u"\n"_s + (r.balanced ? AssignmentPanel::tr("Reviewer loads now range from %1 to %2.")
                              : AssignmentPanel::tr("Reviewer loads range from %1 to %2: conflicts "
                                                    "of interest or earlier assignments kept them "
                                                    "from evening out."))
                      .arg(r.minLoad)
                      .arg(r.maxLoad);
    if (r.created > 0)
        text += u"\n"_s +
                AssignmentPanel::tr("%1 of the new assignments match the application's field.")
                    .arg(r.fieldMatches);
    text += u"\n\n"_s +
            (r.shortfalls.isEmpty()
                 ? AssignmentPanel::tr("Every application has its reviewers.")
                 : AssignmentPanel::tr("%n application(s) could not get enough reviewers: the "
                                       "panel has too few reviewers without a conflict of "
                                       "interest. Add reviewers to the panel, then run the "
                                       "assignment again.",
                                       nullptr, int(r.shortfalls.size())));
    return text;
}

AssignmentPanel::Prompts defaultPrompts()
{
    AssignmentPanel::Prompts p;
    p.confirm = [](QWidget *parent, const QString &title, const QString &text) {
        return QMessageBox::question(parent, title, text, QMessageBox::Ok | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Ok;
    };
    p.showReport = [](QWidget *parent, const QString &title, const AutoAssignReport &report) {
        QDialog dialog(parent);
        dialog.setObjectName(u"assignmentReport"_s);
        dialog.setWindowTitle(title);
        auto *layout = new QVBoxLayout(&dialog);
        auto *summary = new QLabel(reportText(report), &dialog);
        summary->setWordWrap(true);
        layout->addWidget(summary);
        if (!report.shortfalls.isEmpty()) {
            auto *table = new QTableWidget(int(report.shortfalls.size()), 4, &dialog);
            table->setHorizontalHeaderLabels(
                {AssignmentPanel::tr("Application"), AssignmentPanel::tr("Title"),
                 AssignmentPanel::tr("Missing"), AssignmentPanel::tr("Eligible")});
            table->setEditTriggers(QAbstractItemView::NoEditTriggers);
            table->verticalHeader()->setVisible(false);
            for (int i = 0; i < report.shortfalls.size(); ++i) {
                const AssignmentShortfallLine &s = report.shortfalls[i];
                table->setItem(i, 0, new QTableWidgetItem(s.code));
                table->setItem(i, 1, new QTableWidgetItem(s.title));
                for (int c : {2, 3}) {
                    auto *item =
                        new QTableWidgetItem(QLocale().toString(c == 2 ? s.missing : s.eligible));
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    table->setItem(i, c, item);
                }
            }
            table->resizeColumnsToContents();
            layout->addWidget(table, 1);
        }
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        layout->addWidget(buttons);
        dialog.resize(640, report.shortfalls.isEmpty() ? 200 : 420);
        dialog.exec();
    };
    p.inform = [](QWidget *parent, const QString &title, const QString &text,
                  const QStringList &details) {
        QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
        if (!details.isEmpty())
            box.setDetailedText(details.join(u'\n'));
        box.exec();
    };
    p.warn = [](QWidget *parent, const QString &title, const QString &text) {
        QMessageBox::warning(parent, title, text);
    };
    return p;
}

QTableView *makeTable(const QString &name, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    return view;
}

QSortFilterProxyModel *makeProxy(QStandardItemModel *source, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(kSortRole);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    return proxy;
}

QWidget *filteredTable(const QString &label, QLineEdit *filter, QTableView *table, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(label, box);
    title->setBuddy(table);
    layout->addWidget(title);
    if (filter) {
        filter->setParent(box);
        filter->setClearButtonEnabled(true);
        layout->addWidget(filter);
    }
    layout->addWidget(table, 1);
    return box;
}

} // namespace

AssignmentPanel::AssignmentPanel(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_repository(store), m_prompts(defaultPrompts())
{
    setObjectName(u"assignmentPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);

    auto *bar = new QToolBar(this);
    bar->setObjectName(u"assignmentActions"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_assign = bar->addAction(tr("&Assign"));
    m_assign->setObjectName(u"assignAction"_s);
    m_assign->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_assign->setToolTip(tr("Assign the selected applications to the selected reviewers "
                            "(Ctrl+Enter); pairs with a conflict of interest are skipped"));
    m_auto = bar->addAction(tr("A&uto-assign…"));
    m_auto->setObjectName(u"autoAssignAction"_s);
    m_auto->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_auto->setToolTip(tr("Give every application under review its reviewers: no conflicts of "
                          "interest, balanced load, matching fields"));
    m_withdraw = bar->addAction(tr("&Withdraw assignment"));
    m_withdraw->setObjectName(u"withdrawAction"_s);
    m_withdraw->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_withdraw->setToolTip(tr("Withdraw the selected reviewers' assignments to the selected "
                              "applications (only without a submitted review)"));
    m_reassign = bar->addAction(tr("&Reassign declined"));
    m_reassign->setObjectName(u"reassignAction"_s);
    m_reassign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reassign->setToolTip(tr("Find new reviewers for applications whose reviewers declined or "
                              "declared a conflict"));
    for (QAction *a : {m_assign, m_auto, m_withdraw, m_reassign})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_summary = new QLabel(bar);
    m_summary->setObjectName(u"assignmentSummary"_s);
    bar->addWidget(m_summary);
    layout->addWidget(bar);
    addActions({m_assign, m_auto, m_withdraw, m_reassign});

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"assignmentTabs"_s);
    layout->addWidget(m_tabs, 1);

    // Panel members: every reviewer, checked when on the panel.
    m_memberModel = new QStandardItemModel(0, 5, this);
    m_memberModel->setHorizontalHeaderLabels(
        {tr("On panel / reviewer"), tr("Affiliation"), tr("Title", "a reviewer's position, e.g. professor"), tr("Load"), tr("Fields")});
    m_memberProxy = makeProxy(m_memberModel, this);
    m_members = makeTable(u"panelMembersTable"_s, m_memberProxy, m_tabs);
    m_memberFilter = new QLineEdit;
    m_memberFilter->setObjectName(u"memberFilter"_s);
    m_memberFilter->setPlaceholderText(tr("Filter by name, affiliation or field"));
    m_tabs->addTab(filteredTable(tr("Check the reviewers who form this call's &panel:"),
                                 m_memberFilter, m_members, m_tabs),
                   tr("Panel"));

    // Assignment: applications on the left, the panel with its eligibility on the right.
    auto *splitter = new QSplitter(Qt::Horizontal, m_tabs);
    splitter->setObjectName(u"assignmentSplitter"_s);
    m_appModel = new QStandardItemModel(0, 6, this);
    m_appModel->setHorizontalHeaderLabels(
        {tr("Code"), tr("Title"), tr("Organisation"), tr("Field"), tr("Assigned"), tr("Declined")});
    m_appProxy = makeProxy(m_appModel, this);
    m_applications = makeTable(u"reviewApplicationsTable"_s, m_appProxy, splitter);
    m_appFilter = new QLineEdit;
    m_appFilter->setObjectName(u"applicationFilter"_s);
    m_appFilter->setPlaceholderText(tr("Filter by code, title, organisation or field"));
    splitter->addWidget(
        filteredTable(tr("Applications under &review:"), m_appFilter, m_applications, splitter));
    m_reviewerModel = new QStandardItemModel(0, 5, this);
    m_reviewerModel->setHorizontalHeaderLabels(
        {tr("Reviewer"), tr("Affiliation"), tr("Load"), tr("Field match"), tr("Eligibility")});
    m_reviewerProxy = makeProxy(m_reviewerModel, this);
    m_reviewers = makeTable(u"panelReviewersTable"_s, m_reviewerProxy, splitter);
    splitter->addWidget(filteredTable(tr("Panel reviewers for the selected &applications:"),
                                      nullptr, m_reviewers, splitter));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_tabs->addTab(splitter, tr("Assign"));
    m_tabs->setCurrentIndex(1);

    for (QTableView *t : {m_members, m_applications, m_reviewers})
        TableViewState::attach(t);
    m_members->setColumnWidth(0, 200);
    m_applications->setColumnWidth(1, 240);
    m_reviewers->setColumnWidth(0, 140);
    setTabOrder(m_appFilter, m_applications);
    setTabOrder(m_applications, m_reviewers);

    connect(m_memberFilter, &QLineEdit::textChanged, m_memberProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_appFilter, &QLineEdit::textChanged, m_appProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_memberModel, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (!m_filling && item->column() == 0)
            onMemberToggled(item->row());
    });
    connect(m_applications->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        fillReviewers();
        updateActions();
    });
    connect(m_reviewers->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(); });
    connect(m_assign, &QAction::triggered, this, [this] { assignSelected(); });
    connect(m_auto, &QAction::triggered, this, [this] { autoAssign(); });
    connect(m_withdraw, &QAction::triggered, this, [this] { withdrawSelected(); });
    connect(m_reassign, &QAction::triggered, this, [this] { reassignDeclined(); });
    m_lazy = new LazyRefresh(this, [this] { refresh(); });
    connect(&m_store, &Store::tablesChanged, this, [this](const QSet<QString> &tables) {
        static const QSet<QString> relevant = {u"review_assignments"_s, u"panel_members"_s,
                                               u"reviewers"_s,          u"reviewer_fields"_s,
                                               u"reviewer_conflicts"_s, u"applications"_s,
                                               u"application_people"_s, u"calls"_s};
        if (tables.intersects(relevant))
            m_lazy->request();
    });
    updateActions();
}

AssignmentPanel::~AssignmentPanel()
{
    for (QTableView *t : {m_members, m_applications, m_reviewers})
        t->setModel(nullptr);
}

void AssignmentPanel::setCall(const QString &callId)
{
    m_callId = callId;
    m_lazy->request();
}

void AssignmentPanel::refresh()
{
    if (const auto s = CallRepository(m_store.db()).reviewSettings(m_callId))
        m_perApplication = s->reviewersPerApplication;
    fillMembers();
    fillApplications();
    fillReviewers();
    updateActions();
}

void AssignmentPanel::fillMembers()
{
    m_filling = true;
    m_memberModel->removeRows(0, m_memberModel->rowCount());
    int inPanel = 0;
    if (!m_callId.isEmpty()) {
        for (const PanelReviewer &r : m_repository.reviewers(m_callId)) {
            auto *name = textItem(r.name);
            name->setCheckable(true);
            name->setCheckState(r.inPanel ? Qt::Checked : Qt::Unchecked);
            name->setData(r.id, kIdRole);
            name->setToolTip(r.email);
            inPanel += r.inPanel ? 1 : 0;
            m_memberModel->appendRow({name, textItem(r.affiliation), textItem(r.title),
                                      numberItem(r.load), textItem(r.fields.join(u", "_s))});
        }
    }
    m_filling = false;
    m_summary->setText(tr("%n reviewer(s) on the panel · %1 per application", nullptr, inPanel)
                           .arg(m_perApplication));
}

void AssignmentPanel::fillApplications()
{
    const QStringList selected = selectedApplicationIds();
    m_appModel->removeRows(0, m_appModel->rowCount());
    if (m_callId.isEmpty())
        return;
    for (const AssignableApplication &a : m_repository.applicationsUnderReview(m_callId)) {
        auto *code = textItem(a.code);
        code->setData(a.id, kIdRole);
        auto *assigned = numberItem(a.assigned, u"%1/%2"_s.arg(a.assigned).arg(m_perApplication));
        if (a.assigned < m_perApplication)
            assigned->setToolTip(
                tr("%n reviewer(s) missing", nullptr, m_perApplication - a.assigned));
        m_appModel->appendRow({code, textItem(a.title), textItem(a.orgName), textItem(a.fieldName),
                               assigned, numberItem(a.declined)});
    }
    // Keep the selection across a refresh.
    QItemSelection selection;
    for (int row = 0; row < m_appProxy->rowCount(); ++row) {
        const QModelIndex i = m_appProxy->index(row, 0);
        if (selected.contains(i.data(kIdRole).toString()))
            selection.select(i, m_appProxy->index(row, m_appProxy->columnCount() - 1));
    }
    m_applications->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

// The panel, with what each reviewer would be for the selected applications: eligible, or
// the reasons (per application when several are selected).
void AssignmentPanel::fillReviewers()
{
    const QStringList selectedReviewers = selectedReviewerIds();
    m_reviewerModel->removeRows(0, m_reviewerModel->rowCount());
    if (m_callId.isEmpty())
        return;
    const QStringList apps = selectedApplicationIds();
    QHash<QString, QString> codes;
    for (int row = 0; row < m_appModel->rowCount(); ++row)
        codes.insert(m_appModel->item(row, 0)->data(kIdRole).toString(),
                     m_appModel->item(row, 0)->text());
    const auto eligibility = m_repository.eligibility(m_callId, apps);
    for (const PanelReviewer &r : m_repository.reviewers(m_callId)) {
        if (!r.inPanel)
            continue;
        QStringList reasons;
        int eligibleFor = 0, matches = 0;
        for (int a = 0; a < eligibility.size(); ++a) {
            for (const ReviewerEligibility &e : eligibility[a]) {
                if (e.reviewerId != r.id)
                    continue;
                matches += e.fieldMatch ? 1 : 0;
                if (e.reason == Exclusion::None)
                    ++eligibleFor;
                else
                    reasons << (apps.size() > 1
                                    ? tr("%1: %2").arg(codes.value(apps[a]), e.reasonText)
                                    : e.reasonText);
            }
        }
        auto *name = textItem(r.name);
        name->setData(r.id, kIdRole);
        auto *state = textItem(apps.isEmpty()      ? QString()
                               : reasons.isEmpty() ? tr("Eligible")
                                                   : reasons.join(u"; "_s));
        state->setData(eligibleFor, kSortRole);
        state->setToolTip(reasons.join(u'\n'));
        if (!reasons.isEmpty() && eligibleFor == 0)
            state->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        auto *match = textItem(apps.isEmpty()           ? QString()
                               : matches == apps.size() ? tr("Yes")
                               : matches == 0           ? tr("No")
                                              : tr("%1 of %2").arg(matches).arg(apps.size()));
        match->setData(matches, kSortRole);
        m_reviewerModel->appendRow(
            {name, textItem(r.affiliation), numberItem(r.load), match, state});
    }
    QItemSelection selection;
    for (int row = 0; row < m_reviewerProxy->rowCount(); ++row) {
        const QModelIndex i = m_reviewerProxy->index(row, 0);
        if (selectedReviewers.contains(i.data(kIdRole).toString()))
            selection.select(i, m_reviewerProxy->index(row, m_reviewerProxy->columnCount() - 1));
    }
    m_reviewers->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void AssignmentPanel::onMemberToggled(int row)
{
    QStandardItem *item = m_memberModel->item(row, 0);
    const QString id = item->data(kIdRole).toString();
    QString error;
    const bool add = item->checkState() == Qt::Checked;
    const bool ok = add ? m_repository.addMembers(m_callId, {id}, &error)
                        : m_repository.removeMembers(m_callId, {id}, &error);
    if (!ok) {
        m_filling = true;
        item->setCheckState(add ? Qt::Unchecked : Qt::Checked);
        m_filling = false;
        m_prompts.warn(this, tr("Panel not changed"), error);
        return;
    }
    Q_EMIT statusMessage(add ? tr("%1 joined the panel.").arg(item->text())
                             : tr("%1 left the panel.").arg(item->text()));
}

QStringList AssignmentPanel::selectedApplicationIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_applications->selectionModel()->selectedRows(0))
        ids << i.data(kIdRole).toString();
    return ids;
}

QStringList AssignmentPanel::selectedReviewerIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_reviewers->selectionModel()->selectedRows(0))
        ids << i.data(kIdRole).toString();
    return ids;
}

void AssignmentPanel::updateActions()
{
    const bool call = !m_callId.isEmpty();
    const bool pairs = call && m_applications->selectionModel()->hasSelection() &&
                       m_reviewers->selectionModel()->hasSelection();
    m_assign->setEnabled(pairs);
    m_withdraw->setEnabled(pairs);
    m_auto->setEnabled(call);
    m_reassign->setEnabled(call);
}

void AssignmentPanel::assignSelected()
{
    const QStringList apps = selectedApplicationIds();
    const QStringList reviewers = selectedReviewerIds();
    if (apps.isEmpty() || reviewers.isEmpty()) {
        Q_EMIT statusMessage(tr("Select applications and reviewers to assign."));
        return;
    }
    HandAssignResult result;
    QString error;
    if (!m_repository.assignByHand(m_callId, apps, reviewers, &result, &error)) {
        m_prompts.warn(this, tr("Nothing assigned"), error);
        return;
    }
    const QString message = tr("%n assignment(s) made.", nullptr, result.created);
    if (!result.skipped.isEmpty())
        m_prompts.inform(this, tr("Some pairs were skipped"),
                         message + u' ' +
                             tr("%n pair(s) skipped: a conflict of interest, a decline or an "
                                "existing assignment.",
                                nullptr, int(result.skipped.size())),
                         result.skipped);
    Q_EMIT statusMessage(result.skipped.isEmpty()
                             ? message
                             : message + u' ' +
                                   tr("%n skipped.", nullptr, int(result.skipped.size())));
}

void AssignmentPanel::showReport(const QString &title, const AutoAssignReport &report)
{
    m_prompts.showReport(this, title, report);
    Q_EMIT statusMessage(
        tr("%n assignment(s) made; %1 application(s) short of reviewers.", nullptr, report.created)
            .arg(report.shortfalls.size()));
}

void AssignmentPanel::autoAssign()
{
    if (m_callId.isEmpty())
        return;
    if (!m_prompts.confirm(this, tr("Automatic assignment"),
                           tr("Give every application under review %n reviewer(s) from the "
                              "panel? Existing assignments stay; only missing reviewers are "
                              "added, never one with a conflict of interest.",
                              nullptr, m_perApplication)))
        return;
    AutoAssignReport report;
    QString error;
    if (!m_repository.autoAssign(m_callId, &report, &error)) {
        m_prompts.warn(this, tr("Automatic assignment failed"), error);
        return;
    }
    showReport(tr("Automatic assignment"), report);
}

void AssignmentPanel::reassignDeclined()
{
    if (m_callId.isEmpty())
        return;
    AutoAssignReport report;
    QString error;
    if (!m_repository.reassignDeclined(m_callId, &report, &error)) {
        m_prompts.warn(this, tr("Reassignment failed"), error);
        return;
    }
    showReport(tr("Reassign declined"), report);
}

void AssignmentPanel::withdrawSelected()
{
    const QStringList ids =
        m_repository.activeAssignmentIds(selectedApplicationIds(), selectedReviewerIds());
    if (ids.isEmpty()) {
        Q_EMIT statusMessage(tr("None of the selected reviewers is assigned to the selected "
                                "applications."));
        return;
    }
    if (!m_prompts.confirm(this, tr("Withdraw assignments"),
                           tr("Withdraw %n assignment(s)? Drafts the reviewers started are "
                              "discarded; assignments with a submitted review are kept.",
                              nullptr, int(ids.size()))))
        return;
    int done = 0;
    QStringList refused;
    for (const QString &id : ids) {
        QString error;
        if (m_repository.withdrawAssignment(id, &error))
            ++done;
        else
            refused << error;
    }
    if (!refused.isEmpty())
        m_prompts.inform(
            this, tr("Some assignments were kept"),
            tr("%n assignment(s) could not be withdrawn.", nullptr, int(refused.size())), refused);
    Q_EMIT statusMessage(tr("%n assignment(s) withdrawn.", nullptr, done));
}

} // namespace gpudesk
