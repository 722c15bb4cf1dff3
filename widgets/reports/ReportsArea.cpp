// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportsArea.h"

#include "common/BackgroundTask.h"
#include "common/FileDialogs.h"
#include "common/LazyRefresh.h"
#include "domain/DisplayLanguage.h"
#include "domain/TimeFormat.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportCall.h"
#include "reports/ReportPainter.h"
#include "store/PerformanceCheckRepository.h"
#include "store/StatementRepository.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

constexpr int CodeRole = Qt::UserRole + 1;

ReportsArea::Prompts defaultPrompts()
{
    ReportsArea::Prompts p;
    p.savePath = [](QWidget *parent, const QString &suggested) {
        return askSaveFileName(parent, ReportsArea::tr("Save report as PDF"), suggested,
                               ReportsArea::tr("PDF files (*.pdf)"));
    };
    p.choosePrinter = [](QWidget *parent, QPrinter *printer) {
        QPrintDialog dialog(printer, parent);
        dialog.setWindowTitle(ReportsArea::tr("Print report"));
        return dialog.exec() == QDialog::Accepted;
    };
    p.warn = [](QWidget *parent, const QString &title, const QString &text) {
        QMessageBox::warning(parent, title, text);
    };
    return p;
}

// The document for another thread: its own copy of every picture, so that no chart is played
// on two threads at once.
ReportDocument detachedCopy(const ReportDocument &document)
{
    ReportDocument copy = document;
    for (ReportBlock &block : copy.blocks)
        block.chart.picture.detach();
    return copy;
}

} // namespace

ReportsArea::ReportsArea(Store &store, UsageSource *usage, const QString &preparedBy,
                         QWidget *parent)
    : QWidget(parent), m_store(store), m_usage(usage), m_preparedBy(preparedBy),
      m_prompts(defaultPrompts()), m_previewPrinter(std::make_unique<QPrinter>())
{
    setObjectName(u"reportsArea"_s);
    // Choices settle for a moment before the report is built again.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    m_lazy = new LazyRefresh(this, [this] { rebuild(); });
    connect(m_debounce, &QTimer::timeout, this, [this] { m_lazy->request(); });
    buildUi();
    fillCalls();
    const QSettings settings;
    const auto kind = reportKindFromKey(settings.value(u"reports/kind"_s).toString());
    setKind(ReportKind::CallSummary);
    if (kind && (m_usage || *kind != ReportKind::Usage))
        setKind(*kind); // not when its kind is hidden (no such round)
    setLanguage(settings.value(u"reports/language"_s, DisplayLanguage::code()).toString());
    setClassification(settings.value(u"reports/classification"_s).toString());

    connect(&m_store, &Store::tablesChanged, this, [this](const QSet<QString> &tables) {
        if (tables.contains(u"calls"_s) || tables.contains(u"call_types"_s)) {
            fillCalls();
            if (m_kinds->currentItem() && m_kinds->currentItem()->isHidden())
                setKind(ReportKind::CallSummary);
        }
        schedule();
    });
    m_lazy->request();
}

ReportsArea::~ReportsArea() = default;

void ReportsArea::buildUi()
{
    auto *root = new QHBoxLayout(this);
    root->setContentsMargins(6, 6, 6, 6);

    auto *form = new QWidget(this);
    form->setObjectName(u"reportsForm"_s);
    form->setMaximumWidth(360);
    auto *left = new QVBoxLayout(form);
    left->setContentsMargins(0, 0, 0, 0);
    auto *kindLabel = new QLabel(tr("&Report"), form);
    m_kinds = new QListWidget(form);
    m_kinds->setObjectName(u"reportKinds"_s);
    for (ReportKind kind : reportKinds()) {
        auto *item = new QListWidgetItem(reportKindLabel(kind), m_kinds);
        item->setData(Qt::UserRole, int(kind));
        item->setToolTip(reportKindDescription(kind));
        if (kind == ReportKind::Usage && !m_usage) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("Needs the profile's telemetry, which this gpudesk cannot read "
                                "yet."));
        }
    }
    m_kinds->setMaximumHeight(m_kinds->sizeHintForRow(0) * int(reportKinds().size()) +
                              2 * m_kinds->frameWidth() + 4);
    kindLabel->setBuddy(m_kinds);
    m_description = new QLabel(form);
    m_description->setObjectName(u"reportDescription"_s);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);

    auto *fields = new QFormLayout;
    m_call = new QComboBox(form);
    m_call->setObjectName(u"reportCall"_s);
    m_call->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_call->setMinimumContentsLength(16);
    m_callLabel = new QLabel(tr("&Call:"), form);
    m_callLabel->setBuddy(m_call);
    m_from = new QDateEdit(form);
    m_from->setObjectName(u"reportFrom"_s);
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(form);
    m_to->setObjectName(u"reportTo"_s);
    m_to->setCalendarPopup(true);
    m_fromLabel = new QLabel(tr("&From:"), form);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(tr("&To:"), form);
    m_toLabel->setBuddy(m_to);
    m_language = new QComboBox(form);
    m_language->setObjectName(u"reportLanguage"_s);
    // Native names, never flags (CONVENTIONS.md).
    m_language->addItem(QLocale(QLocale::Korean).nativeLanguageName(), u"ko"_s);
    m_language->addItem(QLocale::languageToString(QLocale::English), u"en"_s);
    auto *languageLabel = new QLabel(tr("&Language:"), form);
    languageLabel->setBuddy(m_language);
    m_classification = new QComboBox(form);
    m_classification->setObjectName(u"reportClassification"_s);
    m_classification->setEditable(true);
    m_classification->setInsertPolicy(QComboBox::NoInsert);
    // Common markings; any other text may be typed.
    m_classification->addItems(
        {QString(), u"대외비"_s, u"내부용"_s, u"Confidential"_s, u"For internal use only"_s});
    m_classification->lineEdit()->setPlaceholderText(tr("none"));
    m_classification->setToolTip(tr("Printed at the top and bottom of every page, such as "
                                    "대외비; leave it empty for none"));
    auto *classificationLabel = new QLabel(tr("Cl&assification:"), form);
    classificationLabel->setBuddy(m_classification);
    fields->addRow(m_callLabel, m_call);
    fields->addRow(m_fromLabel, m_from);
    fields->addRow(m_toLabel, m_to);
    fields->addRow(languageLabel, m_language);
    fields->addRow(classificationLabel, m_classification);

    m_printButton = new QPushButton(tr("&Print…"), form);
    m_printButton->setObjectName(u"printReportButton"_s);
    m_saveButton = new QPushButton(tr("&Save as PDF…"), form);
    m_saveButton->setObjectName(u"saveReportButton"_s);
    m_windowButton = new QPushButton(tr("Preview &window…"), form);
    m_windowButton->setObjectName(u"previewWindowButton"_s);
    m_windowButton->setToolTip(tr("The print preview in a window of its own, with page set-up"));
    left->addWidget(kindLabel);
    left->addWidget(m_kinds);
    left->addWidget(m_description);
    left->addLayout(fields);
    left->addSpacing(8);
    left->addWidget(m_printButton);
    left->addWidget(m_saveButton);
    left->addWidget(m_windowButton);
    left->addStretch(1);
    root->addWidget(form);

    auto *right = new QVBoxLayout;
    auto *bar = new QHBoxLayout;
    const auto tool = [this, bar](const QString &text, const QString &tip, const QString &name) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setObjectName(name);
        b->setAutoRaise(true);
        bar->addWidget(b);
        return b;
    };
    QToolButton *fit = tool(tr("Fit width"), tr("Fit the page to the width"), u"fitWidth"_s);
    QToolButton *zoomOut = tool(tr("−"), tr("Zoom out"), u"zoomOut"_s);
    QToolButton *zoomIn = tool(tr("+"), tr("Zoom in"), u"zoomIn"_s);
    bar->addSpacing(12);
    QToolButton *previous = tool(tr("◀"), tr("Previous page"), u"previousPage"_s);
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(u"reportPageLabel"_s);
    bar->addWidget(m_pageLabel);
    QToolButton *next = tool(tr("▶"), tr("Next page"), u"nextPage"_s);
    bar->addStretch(1);
    right->addLayout(bar);

    m_pages = new QStackedWidget(this);
    m_message = new QLabel(m_pages);
    m_message->setObjectName(u"reportMessage"_s);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_previewPrinter->setResolution(300);
    m_preview = new QPrintPreviewWidget(m_previewPrinter.get(), m_pages);
    m_preview->setObjectName(u"reportPreview"_s);
    m_pages->addWidget(m_message);
    m_pages->addWidget(m_preview);
    right->addWidget(m_pages, 1);
    root->addLayout(right, 1);

    m_printAction = new QAction(tr("Print report…"), this);
    m_printAction->setObjectName(u"printReportAction"_s);
    m_printAction->setShortcut(QKeySequence::Print);
    m_saveAction = new QAction(tr("Save report as PDF…"), this);
    m_saveAction->setObjectName(u"saveReportAction"_s);
    m_saveAction->setShortcut(QKeySequence::Save);
    auto *refresh = new QAction(this);
    refresh->setShortcut(QKeySequence::Refresh);
    addActions({m_printAction, m_saveAction, refresh});
    m_printButton->setToolTip(
        tr("Print the report (%1)")
            .arg(m_printAction->shortcut().toString(QKeySequence::NativeText)));
    m_saveButton->setToolTip(tr("Save the report as a PDF file (%1)")
                                 .arg(m_saveAction->shortcut().toString(QKeySequence::NativeText)));

    connect(m_kinds, &QListWidget::currentRowChanged, this, [this] { kindChanged(); });
    connect(m_call, &QComboBox::currentIndexChanged, this, [this] {
        defaultPeriod();
        schedule();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] { schedule(); });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { schedule(); });
    connect(m_classification, &QComboBox::currentTextChanged, this, [this] { schedule(); });
    connect(m_printButton, &QPushButton::clicked, this, [this] { print(); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { saveAsPdf(); });
    connect(m_windowButton, &QPushButton::clicked, this, [this] { openPreviewWindow(); });
    connect(m_printAction, &QAction::triggered, this, [this] { print(); });
    connect(m_saveAction, &QAction::triggered, this, [this] { saveAsPdf(); });
    connect(refresh, &QAction::triggered, this, [this] { rebuild(); });
    connect(fit, &QToolButton::clicked, m_preview, &QPrintPreviewWidget::fitToWidth);
    connect(zoomIn, &QToolButton::clicked, m_preview, [this] { m_preview->zoomIn(); });
    connect(zoomOut, &QToolButton::clicked, m_preview, [this] { m_preview->zoomOut(); });
    connect(previous, &QToolButton::clicked, m_preview,
            [this] { m_preview->setCurrentPage(m_preview->currentPage() - 1); });
    connect(next, &QToolButton::clicked, m_preview,
            [this] { m_preview->setCurrentPage(m_preview->currentPage() + 1); });
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this, [this] { updatePageLabel(); });
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (m_ready)
            ReportPainter(m_document).paint(printer);
    });
    setTabOrder(m_kinds, m_call);
    setTabOrder(m_call, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_language);
    setTabOrder(m_language, m_classification);
    setTabOrder(m_classification, m_printButton);
    setTabOrder(m_printButton, m_saveButton);
    setTabOrder(m_saveButton, m_windowButton);
}

void ReportsArea::fillCalls()
{
    const QString keep = m_call->currentData().toString();
    const QSignalBlocker block(m_call);
    m_call->clear();
    const bool english = DisplayLanguage::isEnglish();
    const auto add = [this, english](const QString &id, const QString &code, const QString &title,
                                     const QString &titleEn) {
        m_call->addItem(tr("%1 — %2").arg(code, english && !titleEn.isEmpty() ? titleEn : title),
                        id);
        m_call->setItemData(m_call->count() - 1, code, CodeRole);
    };
    // The agenda and the evaluation list the rounds whose type they are made for; a report of
    // that kind is offered only while the profile has such a round.
    // Read once per activity (the agenda's and the evaluation's), however many kinds share it.
    QMap<StageActivity, QList<CallSummary>> rounds;
    const auto callsFor = [this, &rounds](ReportKind k) {
        const auto activity = reportRoundActivity(k);
        if (!activity)
            return reportCalls(m_store, activity);
        auto it = rounds.find(*activity);
        if (it == rounds.end())
            it = rounds.insert(*activity, reportCalls(m_store, activity));
        return *it;
    };
    for (int i = 0; i < m_kinds->count(); ++i) {
        const auto k = static_cast<ReportKind>(m_kinds->item(i)->data(Qt::UserRole).toInt());
        if (reportRoundActivity(k))
            m_kinds->item(i)->setHidden(callsFor(k).isEmpty());
    }
    for (const CallSummary &c : callsFor(kind()))
        add(c.id, c.code, c.title, c.titleEn);
    const int at = m_call->findData(keep);
    m_call->setCurrentIndex(at >= 0 ? at : (m_call->count() > 0 ? 0 : -1));
}

void ReportsArea::setKind(ReportKind kind)
{
    for (int i = 0; i < m_kinds->count(); ++i) {
        if (m_kinds->item(i)->data(Qt::UserRole).toInt() == int(kind) &&
            !m_kinds->item(i)->isHidden())
            m_kinds->setCurrentRow(i);
    }
}

ReportKind ReportsArea::kind() const
{
    const QListWidgetItem *item = m_kinds->currentItem();
    return item ? static_cast<ReportKind>(item->data(Qt::UserRole).toInt())
                : ReportKind::CallSummary;
}

void ReportsArea::kindChanged()
{
    const ReportKind k = kind();
    m_description->setText(reportKindDescription(k));
    fillCalls();
    m_callLabel->setText(reportRoundActivity(k) ? tr("&Round:") : tr("&Call:"));
    for (QWidget *w : {static_cast<QWidget *>(m_call), static_cast<QWidget *>(m_callLabel)})
        w->setVisible(reportNeedsCall(k));
    for (QWidget *w : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to),
                       static_cast<QWidget *>(m_fromLabel), static_cast<QWidget *>(m_toLabel)})
        w->setVisible(reportNeedsPeriod(k));
    const QString format = k == ReportKind::Statements ? u"yyyy-MM"_s : u"yyyy-MM-dd"_s;
    m_from->setDisplayFormat(format);
    m_to->setDisplayFormat(format);
    defaultPeriod();
    schedule();
}

void ReportsArea::defaultPeriod()
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    if (kind() == ReportKind::Statements) {
        const QStringList months =
            StatementRepository(m_store).months(m_call->currentData().toString());
        const QDate today = displayDate(Store::nowMs());
        const QDate first = months.isEmpty()
                                ? QDate(today.year(), today.month(), 1)
                                : QDate::fromString(months.first() + u"-01"_s, u"yyyy-MM-dd"_s);
        const QDate last =
            months.isEmpty() ? first : QDate::fromString(months.last() + u"-01"_s, u"yyyy-MM-dd"_s);
        m_from->setDate(first);
        m_to->setDate(last.addMonths(1).addDays(-1));
    } else {
        const QDate yesterday = PerformanceCheckRepository::defaultAsOf(Store::nowMs());
        m_from->setDate(yesterday.addDays(-29));
        m_to->setDate(yesterday);
    }
}

void ReportsArea::setCall(const QString &callId)
{
    const int at = m_call->findData(callId);
    if (at >= 0)
        m_call->setCurrentIndex(at);
}

void ReportsArea::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportsArea::setLanguage(const QString &language)
{
    const int at = m_language->findData(language);
    m_language->setCurrentIndex(at >= 0 ? at : 0);
}

void ReportsArea::setClassification(const QString &classification)
{
    m_classification->setCurrentText(classification);
}

ReportRequest ReportsArea::request() const
{
    ReportRequest r;
    r.kind = kind();
    if (reportNeedsCall(r.kind))
        r.callId = m_call->currentData().toString();
    if (reportNeedsPeriod(r.kind)) {
        r.from = m_from->date();
        r.to = m_to->date();
        if (r.kind == ReportKind::Statements) {
            // Whole months, whatever day the editor holds.
            r.from = QDate(r.from.year(), r.from.month(), 1);
            r.to = QDate(r.to.year(), r.to.month(), 1).addMonths(1).addDays(-1);
        }
    }
    r.language = m_language->currentData().toString();
    r.classification = m_classification->currentText().trimmed();
    r.preparedBy = m_preparedBy;
    return r;
}

void ReportsArea::schedule()
{
    m_debounce->start();
}

bool ReportsArea::rebuild()
{
    if (m_busy)
        return false;
    m_debounce->stop();
    ReportDocument document;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = ReportBuilder::build(m_store, m_usage, request(), &document, &error);
    QApplication::restoreOverrideCursor();
    m_ready = ok;
    for (QWidget *w : {static_cast<QWidget *>(m_printButton), static_cast<QWidget *>(m_saveButton),
                       static_cast<QWidget *>(m_windowButton)})
        w->setEnabled(ok);
    m_printAction->setEnabled(ok);
    m_saveAction->setEnabled(ok);
    if (!ok) {
        m_document = {};
        m_message->setText(error);
        m_pages->setCurrentWidget(m_message);
        m_pageLabel->clear();
        return false;
    }
    m_document = std::move(document);
    ReportPainter::prepare(m_previewPrinter.get(), m_document);
    m_pages->setCurrentWidget(m_preview);
    m_preview->updatePreview();
    updatePageLabel();
    remember();
    return true;
}

int ReportsArea::pageCount() const
{
    return m_ready ? m_preview->pageCount() : 0;
}

void ReportsArea::updatePageLabel()
{
    if (!m_ready) {
        m_pageLabel->clear();
        return;
    }
    m_pageLabel->setText(tr("Page %1 of %2").arg(m_preview->currentPage()).arg(pageCount()));
}

void ReportsArea::remember() const
{
    QSettings settings;
    settings.setValue(u"reports/kind"_s, reportKindKey(kind()));
    settings.setValue(u"reports/language"_s, m_language->currentData().toString());
    settings.setValue(u"reports/classification"_s, m_classification->currentText().trimmed());
}

bool ReportsArea::paintInBackground(
    const QString &title,
    const std::function<bool(const ReportDocument &, const std::function<bool(int, int)> &,
                             QString *)> &paint,
    int *pages, QString *error)
{
    const ReportDocument document = detachedCopy(m_document);
    bool ok = false;
    m_busy = true;
    const bool finished = runInBackground(this, title, [&](TaskControl &control) {
        control.setStatus(tr("Laying out the pages…"));
        ok = paint(
            document,
            [&control, pages](int done, int total) {
                *pages = total;
                control.setProgress(done, total);
                control.setStatus(tr("Page %1 of %2").arg(done).arg(total));
                return !control.isCancelled();
            },
            error);
    });
    m_busy = false;
    return finished && ok;
}

bool ReportsArea::saveAsPdf()
{
    if (!m_ready || m_busy)
        return false;
    const ReportRequest r = request();
    QString name = reportKindKey(r.kind);
    if (reportNeedsCall(r.kind))
        name += u'-' + m_call->currentData(CodeRole).toString();
    name +=
        u'-' + r.language + u'-' + displayDate(Store::nowMs()).toString(u"yyyyMMdd"_s) + u".pdf"_s;
    QString path = m_prompts.savePath(this, name);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".pdf"_s;
    int pages = 0;
    QString error;
    const bool ok = paintInBackground(
        tr("Save as PDF"),
        [&path](const ReportDocument &doc, const std::function<bool(int, int)> &progress,
                QString *err) { return ReportPainter::writePdf(doc, path, progress, err); },
        &pages, &error);
    if (!ok) {
        if (error.isEmpty()) {
            Q_EMIT statusMessage(tr("Saving was cancelled; no file was written."));
        } else {
            m_prompts.warn(this, tr("Save as PDF"), error);
        }
        return false;
    }
    Q_EMIT statusMessage(
        tr("Saved %1 (%n page(s)).", nullptr, pages).arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ReportsArea::print()
{
    if (!m_ready || m_busy)
        return false;
    QPrinter printer(QPrinter::HighResolution);
    ReportPainter::prepare(&printer, m_document);
    if (!m_prompts.choosePrinter(this, &printer))
        return false;
    // The report keeps its own margins, whatever the dialog chose.
    printer.setFullPage(true);
    int pages = 0;
    QString error;
    const bool ok = paintInBackground(
        tr("Print report"),
        [&printer](const ReportDocument &doc, const std::function<bool(int, int)> &progress,
                   QString *err) { return ReportPainter(doc).paint(&printer, progress, err); },
        &pages, &error);
    if (!ok) {
        printer.abort();
        if (error.isEmpty())
            Q_EMIT statusMessage(tr("Printing was cancelled."));
        else
            m_prompts.warn(this, tr("Print report"), error);
        return false;
    }
    const QString where = printer.outputFileName().isEmpty()
                              ? printer.printerName()
                              : QDir::toNativeSeparators(printer.outputFileName());
    Q_EMIT statusMessage(tr("Sent %n page(s) to %1.", nullptr, pages).arg(where));
    return true;
}

void ReportsArea::openPreviewWindow()
{
    if (!m_ready)
        return;
    QPrinter printer(QPrinter::HighResolution);
    ReportPainter::prepare(&printer, m_document);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Preview: %1").arg(m_document.title));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        p->setFullPage(true);
        ReportPainter(m_document).paint(p);
    });
    dialog.exec();
}

} // namespace gpudesk
