// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports area as a manager uses it: choosing a report and its options, the preview, Save
// as PDF and printing (on a worker, through the dialogs' seams), Ctrl+P, what it says when a
// report cannot be made; and the reports' totals against the views that show the same figures:
// the Billing view, the Selection tab and the usage dashboard.
#include "../common/ChecksSeed.h"
#include "../common/FakeUsage.h"
#include "../common/Poppler.h"
#include "../common/StatementSeed.h"
#include "../common/TracksSeed.h"
#include "Translator.h"
#include "reports/ReportFormat.h"
#include "reports/ReportsArea.h"
#include "review/SelectionPanel.h"
#include "usage/StatementsView.h"
#include "usage/UsageDashboard.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

// The table of `doc` whose first header is `header`, or null.
const ReportTable *tableStartingWith(const ReportDocument &doc, const QString &header)
{
    for (const ReportBlock &b : doc.blocks) {
        if (b.kind == ReportBlock::Kind::Table && b.table.headers.value(0) == header)
            return &b.table;
    }
    return nullptr;
}

QString factValue(const ReportDocument &doc, const QString &label)
{
    for (const ReportBlock &b : doc.blocks) {
        for (const auto &[l, v] : b.facts) {
            if (l == label)
                return v;
        }
    }
    return {};
}

} // namespace

class TestReportsArea : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ReportsArea> m_area;
    QStringList m_warnings;
    int m_printerAsked = 0;

    void open(std::unique_ptr<Store> store, UsageSource *usage = nullptr)
    {
        m_store = std::move(store);
        QVERIFY(m_store);
        m_area = std::make_unique<ReportsArea>(*m_store, usage, u"김담당"_s);
        ReportsArea::Prompts prompts;
        prompts.savePath = [this](QWidget *, const QString &suggested) {
            return m_dir->filePath(QFileInfo(suggested).fileName());
        };
        prompts.choosePrinter = [this](QWidget *, QPrinter *printer) {
            ++m_printerAsked;
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(m_dir->filePath(u"printed.pdf"_s));
            return true;
        };
        prompts.warn = [this](QWidget *, const QString &, const QString &text) {
            m_warnings << text;
        };
        m_area->setPrompts(prompts);
        m_area->resize(1366, 740);
        m_area->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_area.get()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translator::apply(u"en"_s);
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_warnings.clear();
        m_printerAsked = 0;
    }
    void cleanup()
    {
        m_area.reset();
        m_store.reset();
        m_dir.reset();
    }

    void previewSaveAndPrint()
    {
        auto store = test::openWithFleet(*m_dir);
        QVERIFY(store && test::seedFebruaryStatements(*store));
        open(std::move(store));
        m_area->setKind(ReportKind::CallSummary);
        m_area->setCall(u"c-r1"_s);
        m_area->setLanguage(u"ko"_s);
        m_area->setClassification(u"대외비"_s);
        QVERIFY(m_area->rebuild());
        QVERIFY(m_area->isReady());
        QCOMPARE(m_area->document().language, u"ko"_s);
        QCOMPARE(m_area->document().classification, u"대외비"_s);
        QVERIFY(test::hasHangul(m_area->document().title));
        const int pages = m_area->pageCount();
        QVERIFY(pages >= 3);
        QCOMPARE(m_area->preview()->pageCount(), pages);

        QSignalSpy status(m_area.get(), &ReportsArea::statusMessage);
        QVERIFY(m_area->saveAsPdf());
        const QStringList saved = QDir(m_dir->path()).entryList({u"call-summary-*.pdf"_s});
        QCOMPARE(saved.size(), 1);
        QVERIFY(saved.first().startsWith(u"call-summary-2025-R1-ko-"_s));
        QCOMPARE(test::pdfPages(m_dir->filePath(saved.first())), pages);
        QVERIFY(status.last().value(0).toString().contains(saved.first()));

        QVERIFY(m_area->print());
        QCOMPARE(m_printerAsked, 1);
        QCOMPARE(test::pdfPages(m_dir->filePath(u"printed.pdf"_s)), pages);
        QVERIFY(test::poppler(u"pdftotext"_s, {m_dir->filePath(u"printed.pdf"_s), u"-"_s})
                    .contains(u"대외비"_s));
        QVERIFY(m_warnings.isEmpty());

        // In English, the same pages of the same call.
        m_area->setLanguage(u"en"_s);
        QVERIFY(m_area->rebuild());
        QCOMPARE(m_area->document().title, u"Call summary"_s);
    }

    void ctrlPPrints()
    {
        auto store = test::openWithFleet(*m_dir);
        QVERIFY(store);
        open(std::move(store));
        m_area->setKind(ReportKind::Allocation);
        QVERIFY(m_area->rebuild());
        m_area->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_area.get()));
        m_area->kindList()->setFocus();
        QTest::keyClick(m_area.get(), Qt::Key_P, Qt::ControlModifier);
        QTRY_COMPARE(m_printerAsked, 1);
        QVERIFY(QFile::exists(m_dir->filePath(u"printed.pdf"_s)));
    }

    void choicesFollowTheReport()
    {
        auto store = test::openWithFleet(*m_dir);
        QVERIFY(store && test::seedFebruaryStatements(*store));
        open(std::move(store));
        // Without telemetry the usage report cannot be picked.
        for (int i = 0; i < m_area->kindList()->count(); ++i) {
            const QListWidgetItem *item = m_area->kindList()->item(i);
            const bool usage = item->data(Qt::UserRole).toInt() == int(ReportKind::Usage);
            QCOMPARE(bool(item->flags() & Qt::ItemIsEnabled), !usage);
            // Without a national round or a program, their reports are not offered.
            QCOMPARE(item->isHidden(), bool(reportRoundActivity(static_cast<ReportKind>(
                                           item->data(Qt::UserRole).toInt()))));
        }
        m_area->setKind(ReportKind::Allocation);
        QVERIFY(!m_area->callPicker()->isVisible());
        QVERIFY(!m_area->findChild<QDateEdit *>(u"reportFrom"_s)->isVisible());
        m_area->setKind(ReportKind::Statements);
        QVERIFY(m_area->callPicker()->isVisible());
        auto *from = m_area->findChild<QDateEdit *>(u"reportFrom"_s);
        auto *to = m_area->findChild<QDateEdit *>(u"reportTo"_s);
        QVERIFY(from->isVisible());
        // The call's months with allocated time, by default.
        QCOMPARE(from->date(), QDate(2026, 2, 1));
        QCOMPARE(to->date(), QDate(2026, 3, 31));
        QCOMPARE(from->displayFormat(), u"yyyy-MM"_s);
        const ReportRequest r = m_area->request();
        QCOMPARE(r.kind, ReportKind::Statements);
        QCOMPARE(r.callId, u"c-r1"_s);
        QCOMPARE(r.preparedBy, u"김담당"_s);
    }

    // The agenda and the evaluation are offered with the profile's rounds of their kind only.
    void roundReportsListTheirRounds()
    {
        auto store = test::openWithReference(*m_dir);
        QVERIFY(store && test::seedTracks(*store));
        QSettings().remove(u"reports/kind"_s); // a first start: the call summary
        open(std::move(store));
        // The call summary starts at the open call, not at the national round listed first.
        QCOMPARE(m_area->kind(), ReportKind::CallSummary);
        QCOMPARE(m_area->callPicker()->itemData(0).toString(), u"c-np"_s);
        QCOMPARE(m_area->callPicker()->currentData().toString(), u"c-r1"_s);
        for (int i = 0; i < m_area->kindList()->count(); ++i)
            QVERIFY(!m_area->kindList()->item(i)->isHidden());
        m_area->setKind(ReportKind::Agenda);
        QCOMPARE(m_area->kind(), ReportKind::Agenda);
        QCOMPARE(m_area->callPicker()->count(), 1);
        QCOMPARE(m_area->callPicker()->currentData().toString(), u"c-np"_s);
        QVERIFY(m_area->rebuild());
        QCOMPARE(m_area->document().title, u"National-project meeting agenda"_s);
        QCOMPARE(m_area->request().callId, u"c-np"_s);

        m_area->setKind(ReportKind::Evaluation);
        QCOMPARE(m_area->callPicker()->count(), 1);
        QCOMPARE(m_area->callPicker()->currentData().toString(), u"c-y1"_s);
        QVERIFY(m_area->rebuild());
        QCOMPARE(m_area->document().title, u"Annual evaluation result"_s);
        // Year 1's three teams with their 4 nodes each, decided: 12 of the program's 12.
        const ReportTable *teams = tableStartingWith(m_area->document(), u"Rank"_s);
        QVERIFY(teams);
        QCOMPARE(teams->rows.size(), 4);
        QCOMPARE(teams->rows.last().value(1), u"Total"_s);

        // Back to the open call's reports: every call again.
        m_area->setKind(ReportKind::CallSummary);
        QCOMPARE(m_area->callPicker()->count(), 3);
    }

    void saysWhyWhenItCannot()
    {
        open(test::openFresh(*m_dir));
        m_area->setKind(ReportKind::CallSummary);
        QVERIFY(!m_area->rebuild());
        QVERIFY(!m_area->isReady());
        QVERIFY(m_area->messageLabel()->isVisible());
        QVERIFY(m_area->messageLabel()->text().contains(u"call"_s));
        QVERIFY(!m_area->findChild<QPushButton *>(u"printReportButton"_s)->isEnabled());
        QVERIFY(!m_area->saveAction()->isEnabled());
        QVERIFY(!m_area->saveAsPdf());
        QVERIFY(!m_area->print());
        QCOMPARE(m_printerAsked, 0);
    }

    // The statements report prints the totals the Billing view shows, month by month and for
    // the call.
    void statementTotalsAsTheBillingView()
    {
        auto store = test::openWithFleet(*m_dir);
        QVERIFY(store && test::seedFebruaryStatements(*store));
        open(std::move(store));
        m_area->setKind(ReportKind::Statements);
        m_area->setCall(u"c-r1"_s);
        m_area->setLanguage(u"en"_s);
        m_area->setPeriod(QDate(2026, 2, 1), QDate(2026, 3, 31));
        QVERIFY(m_area->rebuild());
        const ReportTable *summary = tableStartingWith(m_area->document(), u"Month"_s);
        QVERIFY(summary);
        QCOMPARE(summary->rows.size(), 3); // February, March, total

        StatementsView view(*m_store);
        qint64 total = 0;
        for (int m = 0; m < 2; ++m) {
            view.setMonth(m == 0 ? u"2026-02"_s : u"2026-03"_s);
            view.refresh();
            const StatementSummary &sum = view.sheet().summary;
            QCOMPARE(summary->rows[m].constLast(), formatMoney(sum.total));
            QCOMPARE(summary->rows[m].value(5), formatMoney(sum.amount));
            QVERIFY(view.summary()->text().contains(formatMoney(sum.total)));
            total += sum.total.won;
        }
        QCOMPARE(summary->rows[2].constLast(), formatMoney({total}));
        QCOMPARE(summary->rows[2].constFirst(), u"Total"_s);
    }

    // The review outcome as the Selection tab states it.
    void outcomeAsTheSelectionTab()
    {
        auto store = test::openWithFleet(*m_dir);
        QVERIFY(store);
        open(std::move(store));
        m_area->setKind(ReportKind::CallSummary);
        m_area->setCall(u"c-r1"_s);
        m_area->setLanguage(u"en"_s);
        QVERIFY(m_area->rebuild());
        const ReportTable *types = tableStartingWith(m_area->document(), u"Type"_s);
        QVERIFY(types);
        SelectionPanel panel(*m_store);
        panel.resize(1200, 600);
        panel.show();
        panel.setCall(u"c-r1"_s);
        QTRY_VERIFY(panel.capacityLabel()->text().contains(u"capacity"_s));
        for (const QStringList &row : types->rows) {
            panel.typeSelector()->setCurrentIndex(panel.typeSelector()->findText(row[0]));
            const QString text = panel.capacityLabel()->text();
            // "128 GPU = 16 nodes" in the report, "capacity 16 nodes" on the tab.
            const QString capacity = row[2].section(u"= "_s, 1).section(u' ', 0, 0);
            const QString committed = row[3].section(u"= "_s, 1).section(u' ', 0, 0);
            QVERIFY2(text.contains(u"capacity %1 nodes, committed %2"_s.arg(capacity, committed)),
                     qPrintable(text + u" / "_s + row.join(u" | "_s)));
        }
    }

    // The usage report's fleet and project figures are the dashboard's for the same days.
    void usageAsTheDashboard()
    {
        test::FakeUsage usage;
        const QDate yesterday = displayDate(Store::nowMs()).addDays(-1);
        for (int d = 0; d < 40; ++d) {
            usage.addDay(UsageScope::Fleet, QString(), yesterday.addDays(-d), 0.3 + 0.01 * d, 240);
            usage.addDay(UsageScope::Project, u"ap-b"_s, yesterday.addDays(-d), 0.2, 32);
            usage.addDay(UsageScope::Project, u"ap-b2"_s, yesterday.addDays(-d), 0.6, 16);
        }
        open(test::openWithRunningProjects(*m_dir), &usage);
        m_area->setKind(ReportKind::Usage);
        m_area->setCall(u"c-r1"_s);
        m_area->setLanguage(u"en"_s);
        m_area->setPeriod(yesterday.addDays(-29), yesterday);
        QVERIFY(m_area->rebuild());

        UsageDashboard dashboard(*m_store, &usage);
        dashboard.setNowMs(startOfDay(yesterday.addDays(1)) - 1);
        dashboard.reload();
        const DashboardFigures &f = dashboard.figures();
        QCOMPARE(factValue(m_area->document(), u"Busy over the period"_s),
                 ReportFormat::percent(f.period.ratio()));
        QVERIFY(dashboard.findChild<QLabel *>(u"tileBusyPeriod"_s)
                    ->text()
                    .contains(ReportFormat::percent(f.period.ratio())));
        const ReportTable *projects = tableStartingWith(m_area->document(), u"Project"_s);
        QVERIFY(projects);
        QCOMPARE(projects->rows.size(), f.projects.size() + 1); // and the total
        for (int i = 0; i < f.projects.size(); ++i)
            QCOMPARE(projects->rows[i].value(5), ReportFormat::percent(f.projects[i].totals.ratio()));
    }
};

QTEST_MAIN(TestReportsArea)
#include "tst_reportsarea.moc"
