// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationBrowser.h"

#include "ApplicationDetailPanel.h"
#include "FilterBar.h"
#include "TransitionDialog.h"
#include "common/SearchLineEdit.h"
#include "common/TableViewState.h"
#include "common/TextCellDelegate.h"
#include "common/Theme.h"
#include "data/Csv.h"
#include "itemmodels/ApplicationTableModel.h"
#include "store/CallRepository.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

ApplicationBrowser::Prompts defaultPrompts()
{
    ApplicationBrowser::Prompts p;
    p.confirm = [](QWidget *parent, const QString &title, const QString &text,
                   const QString &details) {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Ok | QMessageBox::Cancel,
                        parent);
        box.setDetailedText(details);
        box.setDefaultButton(QMessageBox::Cancel);
        return box.exec() == QMessageBox::Ok;
    };
    p.askTransition = [](QWidget *parent, ApplicationStatus from,
                         int count) -> std::optional<std::pair<ApplicationStatus, QString>> {
        TransitionDialog dialog(from, count, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return std::make_pair(dialog.target(), dialog.reason());
    };
    p.askExportPath = [](QWidget *parent) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(parent, ApplicationBrowser::tr("Export the view"),
                                            dir + u"/applications.csv"_s,
                                            ApplicationBrowser::tr("CSV files (*.csv)"));
    };
    p.warn = [](QWidget *parent, const QString &title, const QString &text) {
        QMessageBox::warning(parent, title, text);
    };
    return p;
}

} // namespace

ApplicationBrowser::ApplicationBrowser(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_repository(store),
      m_model(std::make_unique<ApplicationTableModel>(store.db())), m_prompts(defaultPrompts())
{
    setObjectName(u"applicationBrowser"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);

    const CallRepository calls(store.db());
    m_filterBar = new FilterBar(calls.calls(), calls.acceleratorTypes(), this);
    layout->addWidget(m_filterBar);

    auto *bar = new QToolBar(this);
    bar->setObjectName(u"applicationActions"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_startScreening = bar->addAction(tr("Start screening"));
    m_startScreening->setObjectName(u"startScreeningAction"_s);
    m_startScreening->setToolTip(tr("Move the selected submitted applications to screening"));
    m_screen = bar->addAction(tr("Screen…"));
    m_screen->setObjectName(u"screenAction"_s);
    m_screen->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_screen->setToolTip(tr("Check the selected applications against the call's rules: those "
                            "that pass go to review, the others are rejected with the reasons"));
    m_changeStatus = bar->addAction(tr("Change status…"));
    m_changeStatus->setObjectName(u"changeStatusAction"_s);
    m_changeStatus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    bar->addSeparator();
    m_export = bar->addAction(tr("Export view…"));
    m_export->setObjectName(u"exportAction"_s);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setToolTip(tr("Save exactly the rows and columns on screen as CSV"));
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_count = new QLabel(bar);
    m_count->setObjectName(u"countLabel"_s);
    bar->addWidget(m_count);
    layout->addWidget(bar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"applicationSplitter"_s);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(u"applicationTable"_s);
    m_table->setModel(m_model.get());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(ApplicationTableModel::Submitted,
                                                  Qt::DescendingOrder);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setItemDelegate(new TextCellDelegate(m_table));
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->setColumnWidth(ApplicationTableModel::Title, 320);
    m_table->setColumnWidth(ApplicationTableModel::Organization, 180);
    TableViewState::attach(m_table, {ApplicationTableModel::TitleEn, ApplicationTableModel::Field,
                                     ApplicationTableModel::DesiredStart, ApplicationTableModel::Call});
    m_detail = new ApplicationDetailPanel(m_repository, m_splitter);
    m_detail->setMinimumWidth(260);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);
    layout->addWidget(m_splitter, 1);

    auto *copy = new QAction(tr("Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copy);
    connect(copy, &QAction::triggered, this, [this] { copySelection(); });

    connect(m_filterBar, &FilterBar::filterChanged, this, [this] { onFilterChanged(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { onCurrentChanged(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(); });
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        updateActions();
    });
    connect(&m_store, &Store::tablesChanged, this,
            [this](const QSet<QString> &tables) { onStoreChanged(tables); });
    connect(m_startScreening, &QAction::triggered, this, [this] { startScreeningSelected(); });
    connect(m_screen, &QAction::triggered, this, [this] { screenSelected(); });
    connect(m_changeStatus, &QAction::triggered, this, [this] { changeStatusOfSelected(); });
    connect(m_export, &QAction::triggered, this, [this] { exportViewInteractive(); });

    m_total = m_model->totalCount();
    updateCount();
    updateActions();
}

ApplicationBrowser::~ApplicationBrowser()
{
    // The view must let go of the model before the model is destroyed.
    m_table->setModel(nullptr);
}

QList<QAction *> ApplicationBrowser::areaActions() const
{
    return {m_startScreening, m_screen, m_changeStatus, m_export};
}

void ApplicationBrowser::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QAction *a : {m_startScreening, m_screen, m_changeStatus})
        a->setVisible(!readOnly);
    updateActions();
}

QStringList ApplicationBrowser::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids << i.data(ApplicationTableModel::IdRole).toString();
    return ids;
}

QList<std::pair<QString, ApplicationStatus>> ApplicationBrowser::selectedStatuses() const
{
    QList<std::pair<QString, ApplicationStatus>> out;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows()) {
        if (const auto s = statusFromKey(i.data(ApplicationTableModel::StatusKeyRole).toString()))
            out.append({i.data(ApplicationTableModel::IdRole).toString(), *s});
    }
    return out;
}

void ApplicationBrowser::focusSearch()
{
    m_filterBar->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->searchEdit()->selectAll();
}

void ApplicationBrowser::copySelection()
{
    QApplication::clipboard()->setText(TableViewState::selectionAsText(m_table));
    Q_EMIT statusMessage(tr("Copied %n row(s).", nullptr,
                            static_cast<int>(m_table->selectionModel()->selectedRows().size())));
}

void ApplicationBrowser::refresh()
{
    const QString current = m_detail->applicationId();
    m_total = m_model->totalCount();
    m_model->refresh();
    reselect(current);
}

void ApplicationBrowser::setDetailVisible(bool visible)
{
    m_detail->setVisible(visible);
}

bool ApplicationBrowser::isDetailVisible() const
{
    return m_detail->isVisible();
}

void ApplicationBrowser::onFilterChanged()
{
    const QString current = m_detail->applicationId();
    m_model->setFilter(m_filterBar->filter());
    reselect(current);
}

void ApplicationBrowser::reselect(const QString &id)
{
    const int row = id.isEmpty() ? -1 : m_model->rowOfId(id);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
    m_detail->showApplication(row >= 0 ? id : QString());
}

void ApplicationBrowser::onCurrentChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_detail->showApplication(current.isValid()
                                  ? current.data(ApplicationTableModel::IdRole).toString()
                                  : QString());
}

void ApplicationBrowser::onStoreChanged(const QSet<QString> &tables)
{
    static const QSet<QString> watched = {u"applications"_s, u"organizations"_s, u"calls"_s,
                                          u"application_status_history"_s, u"documents"_s};
    if (tables.intersects(watched))
        refresh();
}

void ApplicationBrowser::updateCount()
{
    const QLocale locale;
    const int shown = m_model->rowCount();
    if (shown == m_total)
        m_count->setText(tr("%1 applications").arg(locale.toString(m_total)));
    else
        m_count->setText(tr("%1 of %2 applications")
                             .arg(locale.toString(shown), locale.toString(m_total)));
}

void ApplicationBrowser::updateActions()
{
    bool anySubmitted = false;
    bool anyScreenable = false;
    QSet<ApplicationStatus> statuses;
    for (const auto &[id, status] : selectedStatuses()) {
        anySubmitted |= status == ApplicationStatus::Submitted;
        anyScreenable |= status == ApplicationStatus::Submitted
                         || status == ApplicationStatus::Screening;
        statuses.insert(status);
    }
    m_startScreening->setEnabled(anySubmitted && !m_readOnly);
    m_screen->setEnabled(anyScreenable && !m_readOnly);
    // One dialog asks one question: the selection must share its status.
    m_changeStatus->setEnabled(statuses.size() == 1 && !m_readOnly);
    m_export->setEnabled(m_model->rowCount() > 0);
}

void ApplicationBrowser::startScreeningSelected()
{
    QList<ApplicationRepository::Move> moves;
    for (const auto &[id, status] : selectedStatuses()) {
        if (status == ApplicationStatus::Submitted)
            moves.append({id, ApplicationStatus::Screening, QString()});
    }
    if (moves.isEmpty())
        return;
    QString error;
    if (!m_repository.transitionAll(moves, &error)) {
        m_prompts.warn(this, tr("Start screening"),
                       tr("Nothing was changed: %1").arg(error));
        return;
    }
    Q_EMIT statusMessage(tr("%n application(s) moved to screening.", nullptr,
                            static_cast<int>(moves.size())));
}

void ApplicationBrowser::screenSelected()
{
    QList<ApplicationRepository::Move> moves;
    QStringList failedLines;
    int pass = 0;
    int fail = 0;
    for (const auto &[id, status] : selectedStatuses()) {
        if (status != ApplicationStatus::Submitted && status != ApplicationStatus::Screening)
            continue;
        const auto detail = m_repository.detail(id);
        if (!detail)
            continue;
        const ScreeningResult result = m_repository.screen(*detail);
        if (status == ApplicationStatus::Submitted)
            moves.append({id, ApplicationStatus::Screening, QString()});
        if (result.passed()) {
            ++pass;
            moves.append({id, ApplicationStatus::UnderReview, tr("Meets every rule of the call.")});
        } else {
            ++fail;
            moves.append({id, ApplicationStatus::Rejected, result.reasonText()});
            failedLines << u"%1  %2: %3"_s.arg(detail->code, detail->title, result.reasonText());
        }
    }
    if (pass + fail == 0)
        return;
    const QString text =
        tr("Screen %n application(s)?", nullptr, pass + fail) + u"\n\n"_s
        + tr("%n meet every rule and go to review.", nullptr, pass) + u'\n'
        + tr("%n fail and will be rejected, with the failed rules recorded as the reason.",
             nullptr, fail);
    if (!m_prompts.confirm(this, tr("Screen applications"), text, failedLines.join(u'\n')))
        return;
    QString error;
    if (!m_repository.transitionAll(moves, &error)) {
        m_prompts.warn(this, tr("Screen applications"), tr("Nothing was changed: %1").arg(error));
        return;
    }
    Q_EMIT statusMessage(tr("Screened: %1 to review, %2 rejected.").arg(pass).arg(fail));
}

void ApplicationBrowser::changeStatusOfSelected()
{
    const auto selected = selectedStatuses();
    if (selected.isEmpty())
        return;
    const ApplicationStatus from = selected.first().second;
    for (const auto &entry : selected) {
        if (entry.second != from)
            return;
    }
    const auto answer = m_prompts.askTransition(this, from, static_cast<int>(selected.size()));
    if (!answer)
        return;
    QList<ApplicationRepository::Move> moves;
    for (const auto &entry : selected)
        moves.append({entry.first, answer->first, answer->second});
    QString error;
    if (!m_repository.transitionAll(moves, &error)) {
        m_prompts.warn(this, tr("Change status"), tr("Nothing was changed: %1").arg(error));
        return;
    }
    Q_EMIT statusMessage(tr("%n application(s) now %1.", nullptr, static_cast<int>(moves.size()))
                             .arg(statusLabel(answer->first)));
}

bool ApplicationBrowser::exportView(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    CsvWriter writer(&file);
    for (const QStringList &row : TableViewState::visibleTable(m_table))
        writer.writeRow(row);
    if (!writer.ok() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void ApplicationBrowser::exportViewInteractive()
{
    const QString path = m_prompts.askExportPath(this);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportView(path, &error)) {
        m_prompts.warn(this, tr("Export the view"),
                       tr("The file %1 could not be written: %2. Choose another folder.")
                           .arg(path, error));
        return;
    }
    Q_EMIT statusMessage(tr("Exported %n row(s) to %1.", nullptr, m_model->rowCount()).arg(path));
}

} // namespace gpudesk
