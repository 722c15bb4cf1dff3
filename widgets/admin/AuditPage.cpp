// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditPage.h"

#include "AdminTable.h"
#include "AuditHistoryDialog.h"
#include "common/LazyRefresh.h"
#include "common/SearchLineEdit.h"
#include "common/TableViewState.h"
#include "domain/TimeFormat.h"
#include "itemmodels/AuditLogModel.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

QComboBox *filterBox(const QString &name, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    c->setMaximumWidth(260);
    return c;
}

QDateEdit *dayEdit(const QString &name, QWidget *parent)
{
    auto *d = new QDateEdit(displayDate(QDateTime::currentMSecsSinceEpoch()), parent);
    d->setObjectName(name);
    d->setCalendarPopup(true);
    d->setDisplayFormat(u"yyyy-MM-dd"_s);
    d->setEnabled(false);
    d->setMinimumWidth(d->fontMetrics().horizontalAdvance(u"2026-12-31"_s) + 40);
    return d;
}

} // namespace

AuditPage::AuditPage(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_prompts(AdminPrompts::defaults())
{
    setObjectName(u"auditPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_user = filterBox(u"auditUser"_s, this);
    m_action = filterBox(u"auditAction"_s, this);
    m_entity = filterBox(u"auditEntity"_s, this);
    m_hasFrom = new QCheckBox(tr("&From"), this);
    m_hasFrom->setObjectName(u"auditHasFrom"_s);
    m_from = dayEdit(u"auditFrom"_s, this);
    m_hasTo = new QCheckBox(tr("&to"), this);
    m_hasTo->setObjectName(u"auditHasTo"_s);
    m_to = dayEdit(u"auditTo"_s, this);
    m_search = new SearchLineEdit(this);
    m_search->setObjectName(u"auditSearch"_s);
    m_search->setPlaceholderText(tr("Find in details"));
    m_search->setClearButtonEnabled(true);
    auto *clear = new QPushButton(tr("C&lear"), this);
    clear->setObjectName(u"auditClear"_s);
    filters->addWidget(m_user);
    filters->addWidget(m_action);
    filters->addWidget(m_entity);
    filters->addWidget(m_hasFrom);
    filters->addWidget(m_from);
    filters->addWidget(m_hasTo);
    filters->addWidget(m_to);
    filters->addWidget(m_search, 1);
    filters->addWidget(clear);
    layout->addLayout(filters);

    auto *bar = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(u"auditCount"_s);
    m_history = new QPushButton(tr("&History of this record…"), this);
    m_history->setObjectName(u"auditHistoryButton"_s);
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    exportButton->setObjectName(u"auditExportButton"_s);
    bar->addWidget(m_count, 1);
    bar->addWidget(m_history);
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    m_model = new AuditLogModel(store.db(), this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_model);
    setUpAdminTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setColumnWidth(AuditLogModel::Time, 130);
    m_table->setColumnWidth(AuditLogModel::Action, 170);
    TableViewState::attach(m_table);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(u"auditDetails"_s);
    m_details->setReadOnly(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    for (QComboBox *c : {m_user, m_action, m_entity})
        connect(c, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilters);
    connect(m_hasFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_hasTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *c : {m_hasFrom, m_hasTo})
        connect(c, &QCheckBox::toggled, this, &AuditPage::applyFilters);
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &AuditPage::applyFilters);
    connect(m_search, &SearchLineEdit::searchTextChanged, this, &AuditPage::applyFilters);
    connect(clear, &QPushButton::clicked, this, &AuditPage::clearFilters);
    connect(m_history, &QPushButton::clicked, this, &AuditPage::showHistory);
    connect(exportButton, &QPushButton::clicked, this, &AuditPage::exportCsv);
    connect(m_table, &QTableView::activated, this, [this] { showHistory(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%n entry(s)", nullptr, m_model->matchingCount()));
        showDetails();
    });
    m_lazy = new LazyRefresh(this, [this] { reload(); });
    connect(&m_store, &Store::tablesChanged, this, [this](const QSet<QString> &tables) {
        if (tables.contains(u"audit_log"_s))
            m_lazy->request();
    });
    m_lazy->request(); // the first show fills the choices and loads the first page
}

void AuditPage::fillChoices()
{
    const AuditLog log(m_store.db());
    const QString user = m_user->currentData().toString();
    const QString action = m_action->currentData().toString();
    const QString entity = m_entity->currentData().toString();
    const QSignalBlocker b1(m_user), b2(m_action), b3(m_entity);
    m_user->clear();
    m_user->addItem(tr("All users"), QString());
    for (const auto &u : log.users())
        m_user->addItem(u.second, u.first);
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    QList<QPair<QString, QString>> actions;
    for (const QString &a : log.actions())
        actions.append({AuditLog::actionLabel(a), a});
    std::sort(actions.begin(), actions.end());
    for (const auto &a : actions)
        m_action->addItem(a.first, a.second);
    m_entity->clear();
    m_entity->addItem(tr("All records"), QString());
    for (const QString &e : log.entities())
        m_entity->addItem(AuditLog::entityLabel(e), e);
    m_user->setCurrentIndex(qMax(0, m_user->findData(user)));
    m_action->setCurrentIndex(qMax(0, m_action->findData(action)));
    m_entity->setCurrentIndex(qMax(0, m_entity->findData(entity)));
}

AuditFilter AuditPage::filter() const
{
    AuditFilter f;
    f.userId = m_user->currentData().toString();
    f.action = m_action->currentData().toString();
    f.entity = m_entity->currentData().toString();
    f.entityId = m_entityId;
    f.fromMs = m_hasFrom->isChecked() ? startOfDay(m_from->date()) : 0;
    f.toMs = m_hasTo->isChecked() ? startOfDay(m_to->date().addDays(1)) : 0;
    f.text = m_search->searchText().trimmed();
    return f;
}

void AuditPage::setFilter(const AuditFilter &f)
{
    fillChoices();
    {
        const QSignalBlocker b1(m_user), b2(m_action), b3(m_entity), b4(m_hasFrom), b5(m_hasTo),
            b6(m_search);
        m_user->setCurrentIndex(qMax(0, m_user->findData(f.userId)));
        m_action->setCurrentIndex(qMax(0, m_action->findData(f.action)));
        m_entity->setCurrentIndex(qMax(0, m_entity->findData(f.entity)));
        m_hasFrom->setChecked(f.fromMs > 0);
        m_from->setEnabled(f.fromMs > 0);
        if (f.fromMs > 0)
            m_from->setDate(displayDate(f.fromMs));
        m_hasTo->setChecked(f.toMs > 0);
        m_to->setEnabled(f.toMs > 0);
        if (f.toMs > 0)
            m_to->setDate(displayDate(f.toMs - 1));
        m_search->setText(f.text);
    }
    m_entityId = f.entityId;
    applyFilters();
}

void AuditPage::applyFilters()
{
    const AuditFilter f = filter();
    if (!(f == m_model->filter()))
        m_model->setFilter(f);
    else
        m_count->setText(tr("%n entry(s)", nullptr, m_model->matchingCount()));
}

void AuditPage::reload()
{
    fillChoices();
    m_model->reload();
}

void AuditPage::clearFilters()
{
    m_entityId.clear();
    setFilter({});
}

void AuditPage::showDetails()
{
    const QModelIndex i = m_table->currentIndex();
    m_history->setEnabled(i.isValid());
    if (!i.isValid()) {
        m_details->clear();
        return;
    }
    const AuditEntry &e = m_model->entry(i.row());
    m_details->setPlainText(
        tr("%1 · %2 · %3\n%4 %5 (%6)\n\n")
            .arg(formatDateTime(e.at), e.userName, AuditLog::actionLabel(e.action),
                 AuditLog::entityLabel(e.entity), e.entityLabel, e.entityId) +
        AuditHistoryDialog::detailsText(e.details));
}

void AuditPage::showHistory()
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid())
        return;
    const AuditEntry e = m_model->entry(i.row());
    AuditHistoryDialog dialog(m_store.db(), e.entity, e.entityId,
                              e.entityLabel.isEmpty() ? e.entityId : e.entityLabel, this);
    m_prompts.exec(&dialog);
}

void AuditPage::exportCsv()
{
    const QString suggested = tr("audit-trail-%1.csv")
                                  .arg(displayDate(QDateTime::currentMSecsSinceEpoch())
                                           .toString(Qt::ISODate));
    const QString path = m_prompts.saveFile(this, tr("Export the audit trail"), suggested,
                                            tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    QString error;
    const AuditLog log(m_store.db());
    if (!file.open(QIODevice::WriteOnly) || !log.exportCsv(filter(), &file, &error) ||
        !file.commit()) {
        m_prompts.warn(this, tr("Export the audit trail"),
                       tr("%1 could not be written: %2")
                           .arg(QDir::toNativeSeparators(path),
                                error.isEmpty() ? file.errorString() : error));
        return;
    }
    Q_EMIT statusMessage(tr("%n audit entry(s) exported to %1.", nullptr, log.count(filter()))
                             .arg(QDir::toNativeSeparators(path)));
}

} // namespace gpudesk
