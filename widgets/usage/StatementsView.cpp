// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementsView.h"

#include "common/FileDialogs.h"
#include "common/LazyRefresh.h"
#include "common/TableViewState.h"
#include "common/Theme.h"
#include "domain/Money.h"
#include "domain/TimeFormat.h"
#include "store/CallRepository.h"
#include "store/Store.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

constexpr int SortRole = Qt::UserRole + 1;

// Thousands separators in every locale, as UX.md asks (and as formatMoney writes them).
QString count(qint64 n)
{
    static const QLocale c(QLocale::English, QLocale::UnitedStates);
    return c.toString(n);
}

QStandardItem *cell(const QString &text, const QVariant &sortKey = {}, bool number = false)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortKey.isValid() ? sortKey : QVariant(text), SortRole);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

StatementsView::Prompts defaultPrompts()
{
    StatementsView::Prompts p;
    p.confirm = [](QWidget *parent, const QString &title, const QString &text) {
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    p.inform = [](QWidget *parent, const QString &title, const QString &text) {
        QMessageBox::information(parent, title, text);
    };
    p.warn = [](QWidget *parent, const QString &title, const QString &text) {
        QMessageBox::warning(parent, title, text);
    };
    p.saveFileName = [](QWidget *parent, const QString &suggested) {
        return askSaveFileName(parent, StatementsView::tr("Export statements"), suggested,
                               StatementsView::tr("CSV files (*.csv)"));
    };
    return p;
}

QString describe(const IssueResult &r)
{
    QStringList parts;
    if (r.added > 0)
        parts << StatementsView::tr("%n new", nullptr, r.added);
    if (r.replaced > 0)
        parts << StatementsView::tr("%n replaced because the figures changed", nullptr, r.replaced);
    if (r.withdrawn > 0)
        parts << StatementsView::tr("%n withdrawn because the project has no allocated time in "
                                    "the month any more",
                                    nullptr, r.withdrawn);
    if (r.unchanged > 0)
        parts << StatementsView::tr("%n unchanged", nullptr, r.unchanged);
    if (r.refused > 0)
        parts << StatementsView::tr("%n refused and not issued (see the Note column)", nullptr,
                                    r.refused);
    return parts.join(u"; "_s);
}

} // namespace

StatementsView::StatementsView(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_repository(store), m_prompts(defaultPrompts())
{
    setObjectName(u"statementsView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);

    auto *bar = new QHBoxLayout;
    auto *callLabel = new QLabel(tr("&Call:"), this);
    m_call = new QComboBox(this);
    m_call->setObjectName(u"statementsCall"_s);
    m_call->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_call->setMaximumWidth(360);
    callLabel->setBuddy(m_call);
    auto *monthLabel = new QLabel(tr("&Month:"), this);
    m_month = new QComboBox(this);
    m_month->setObjectName(u"statementsMonth"_s);
    monthLabel->setBuddy(m_month);
    m_issue = new QPushButton(tr("&Issue statements…"), this);
    m_issue->setObjectName(u"issueStatementsButton"_s);
    m_issue->setToolTip(tr("Record this month's statements as issued (one per project)"));
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(u"exportStatementsButton"_s);
    m_export->setToolTip(tr("Save the statements and the summary for a spreadsheet"));
    bar->addWidget(callLabel);
    bar->addWidget(m_call);
    bar->addWidget(monthLabel);
    bar->addWidget(m_month);
    bar->addStretch(1);
    bar->addWidget(m_issue);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Project"), tr("Title"), tr("Organisation"), tr("Organisation type"), tr("Type"),
         tr("GPU-hours"), tr("Price per GPU-hour"), tr("Share"), tr("Youth discount"), tr("Amount"),
         tr("VAT"), tr("Total"), tr("Issued"), tr("Note")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(u"statementsTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(Code, Qt::AscendingOrder);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    TableViewState::attach(m_table, {Title, OrgType});
    m_table->setColumnWidth(Organisation, 180);
    m_table->setColumnWidth(Price, 140);
    layout->addWidget(m_table, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"statementsSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto *refreshAction = new QAction(this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    setTabOrder(m_call, m_month);
    setTabOrder(m_month, m_issue);
    setTabOrder(m_issue, m_export);
    setTabOrder(m_export, m_table);

    connect(refreshAction, &QAction::triggered, this, [this] { refresh(); });
    connect(m_call, &QComboBox::currentIndexChanged, this, [this] {
        fillMonths();
        m_lazy->request();
    });
    connect(m_month, &QComboBox::currentIndexChanged, this, [this] { m_lazy->request(); });
    connect(m_issue, &QPushButton::clicked, this, [this] { issue(); });
    connect(m_export, &QPushButton::clicked, this, [this] { exportCsv(); });
    m_lazy = new LazyRefresh(this, [this] { refresh(); });
    connect(&m_store, &Store::tablesChanged, this, [this](const QSet<QString> &tables) {
        static const QSet<QString> relevant = {u"statements"_s,       u"grants"_s,
                                               u"allocations"_s,      u"applications"_s,
                                               u"organizations"_s,    u"call_accelerators"_s,
                                               u"call_share_rates"_s, u"calls"_s};
        if (tables.contains(u"calls"_s))
            fillCalls();
        if (tables.intersects(relevant))
            m_lazy->request();
    });
    fillCalls();
    fill();
    m_lazy->request();
}

StatementsView::~StatementsView()
{
    m_table->setModel(nullptr);
}

void StatementsView::fillCalls()
{
    const QString keep = callId();
    const QSignalBlocker block(m_call);
    m_call->clear();
    const bool english = QLocale().language() != QLocale::Korean;
    for (const CallSummary &c : CallRepository(m_store.db()).calls()) {
        const QString title = english && !c.titleEn.isEmpty() ? c.titleEn : c.title;
        m_call->addItem(tr("%1 — %2").arg(c.code, title), c.id);
    }
    const int at = m_call->findData(keep);
    m_call->setCurrentIndex(at >= 0 ? at : (m_call->count() > 0 ? 0 : -1));
    fillMonths();
}

void StatementsView::fillMonths()
{
    const QString keep = month();
    const QSignalBlocker block(m_month);
    m_month->clear();
    const QStringList months = m_repository.months(callId());
    for (const QString &m : months)
        m_month->addItem(m, m);
    int at = m_month->findData(keep);
    if (at < 0 && !months.isEmpty()) {
        // Billing looks back: last month when it had allocated time, else the latest month
        // that has begun, else the first.
        const QDate today = displayDate(Store::nowMs());
        const QString previous = today.addMonths(-1).toString(u"yyyy-MM"_s);
        const QString current = today.toString(u"yyyy-MM"_s);
        at = m_month->findData(previous);
        for (int i = int(months.size()) - 1; at < 0 && i >= 0; --i) {
            if (months[i] <= current)
                at = i;
        }
        if (at < 0)
            at = 0;
    }
    m_month->setCurrentIndex(at);
}

void StatementsView::setCall(const QString &id)
{
    int at = m_call->findData(id);
    if (at < 0) {
        fillCalls();
        at = m_call->findData(id);
    }
    if (at >= 0 && at != m_call->currentIndex())
        m_call->setCurrentIndex(at); // fills the months and reloads
    else
        m_lazy->request();
}

QString StatementsView::callId() const
{
    return m_call->currentData().toString();
}

void StatementsView::setMonth(const QString &month)
{
    int at = m_month->findData(month);
    if (at < 0) {
        m_month->addItem(month, month);
        at = m_month->count() - 1;
    }
    m_month->setCurrentIndex(at);
    m_lazy->request();
}

QString StatementsView::month() const
{
    return m_month->currentData().toString();
}

void StatementsView::refresh()
{
    m_sheet = {};
    QString error;
    if (!callId().isEmpty() && !month().isEmpty() &&
        !m_repository.compute(callId(), month(), &m_sheet, &error)) {
        m_sheet = {};
        fill();
        m_summary->setText(error);
        return;
    }
    fill();
}

void StatementsView::fill()
{
    m_model->removeRows(0, m_model->rowCount());
    for (const StatementRow &r : std::as_const(m_sheet.rows)) {
        const Statement &s = r.statement;
        QString issued;
        QVariant issuedKey = 0;
        if (r.issued) {
            issued = r.issuedDiffers ? tr("Changed since issued on %1").arg(formatDate(r.issuedAt))
                                     : tr("Issued on %1").arg(formatDate(r.issuedAt));
            issuedKey = r.issuedAt;
        } else if (s.ok()) {
            issued = tr("Not issued");
        }
        QList<QStandardItem *> row{cell(r.code), cell(r.title), cell(r.orgName),
                                   cell(orgTypeLabel(r.orgType)), cell(r.typeCode)};
        if (s.ok()) {
            row << cell(count(s.gpuHours), s.gpuHours, true)
                << cell(formatMoney({s.pricePerGpuHour}), s.pricePerGpuHour, true)
                << cell(basisPointsAsPercent(s.shareBasisPoints) + u" %"_s, s.shareBasisPoints,
                        true)
                << cell(s.payPercent < 100 ? u"%1 %"_s.arg(100 - s.payPercent) : tr("—"),
                        100 - s.payPercent, true)
                << cell(formatMoney(s.amount), s.amount.won, true)
                << cell(formatMoney(s.vat), s.vat.won, true)
                << cell(formatMoney(s.total), s.total.won, true);
        } else {
            for (int c = GpuHours; c <= Total; ++c)
                row << cell(QString(), -1, true);
        }
        row << cell(issued, issuedKey);
        QString note = s.error;
        if (s.ok() && s.lines.isEmpty())
            note = tr("No allocated time in the month any more; issuing withdraws the statement.");
        row << cell(note);
        if (!s.ok()) {
            QColor c = Theme::statusColor(u"rejected"_s);
            c.setAlpha(Theme::isDark() ? 150 : 90);
            row[Note]->setBackground(c);
            row[Note]->setToolTip(s.error);
        } else if (r.issuedDiffers) {
            QColor c = Theme::statusColor(u"waitlisted"_s);
            c.setAlpha(Theme::isDark() ? 150 : 110);
            row[Issued]->setBackground(c);
        }
        m_model->appendRow(row);
    }
    const StatementSummary &sum = m_sheet.summary;
    if (m_sheet.rows.isEmpty()) {
        m_summary->setText(callId().isEmpty()
                               ? tr("Choose a call.")
                               : tr("No project of this call held nodes in %1.").arg(month()));
    } else {
        QString text =
            tr("%1 %2: %n project(s) · %3 GPU-hours · amount %4 · VAT %5 · total %6", nullptr,
               sum.projects)
                .arg(m_sheet.callCode, m_sheet.month, count(sum.gpuHours), formatMoney(sum.amount),
                     formatMoney(sum.vat), formatMoney(sum.total));
        if (sum.refused > 0)
            text += tr(" · %n refused", nullptr, sum.refused);
        m_summary->setText(text);
    }
    m_issue->setEnabled(!m_readOnly && !m_sheet.rows.isEmpty());
    m_export->setEnabled(!m_sheet.rows.isEmpty());
}

void StatementsView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_issue->setVisible(!readOnly);
    m_issue->setEnabled(!m_readOnly && !m_sheet.rows.isEmpty());
}

void StatementsView::issue()
{
    if (m_readOnly || m_sheet.rows.isEmpty())
        return;
    const QString call = m_sheet.callId;
    const QString code = m_sheet.callCode;
    const QString monthKey = m_sheet.month;
    IssueResult plan;
    QString error;
    if (!m_repository.previewIssue(call, monthKey, &plan, &error)) {
        m_prompts.warn(this, tr("Issue statements"), error);
        return;
    }
    if (plan.added + plan.replaced + plan.withdrawn == 0) {
        m_prompts.inform(this, tr("Issue statements"),
                         tr("Nothing to issue for %1 %2: %3.").arg(code, monthKey, describe(plan)));
        return;
    }
    if (!m_prompts.confirm(
            this, tr("Issue statements"),
            tr("Issue the statements of %1 for %2?\n\n%3.").arg(code, monthKey, describe(plan))))
        return;
    IssueResult done;
    if (!m_repository.issue(call, monthKey, &done, &error)) {
        m_prompts.warn(this, tr("Issue statements"), error);
        return;
    }
    const QString message =
        tr("Statements of %1 for %2 issued: %3.").arg(code, monthKey, describe(done));
    // The write's tablesChanged has reloaded the table already.
    Q_EMIT statusMessage(message);
    m_prompts.inform(this, tr("Issue statements"), message);
}

void StatementsView::exportCsv()
{
    if (m_sheet.rows.isEmpty())
        return;
    const QString path = m_prompts.saveFileName(
        this, u"statements-%1-%2.csv"_s.arg(m_sheet.callCode, m_sheet.month));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly)) {
        m_prompts.warn(this, tr("Export statements"),
                       tr("%1 could not be opened for writing: %2. Choose another folder.")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    if (!StatementRepository::writeCsv(m_sheet, &file, &error)) {
        file.cancelWriting();
        m_prompts.warn(this, tr("Export statements"), error);
        return;
    }
    if (!file.commit()) {
        m_prompts.warn(this, tr("Export statements"),
                       tr("%1 could not be saved: %2. Check that the folder is writable and the "
                          "disk has room.")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    Q_EMIT statusMessage(tr("Exported %n statement(s) to %1.", nullptr, int(m_sheet.rows.size()))
                             .arg(QDir::toNativeSeparators(path)));
}

} // namespace gpudesk
