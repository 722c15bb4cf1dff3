// SPDX-License-Identifier: GPL-3.0-or-later
// The reports as PDF files, read back with poppler's tools as a reader's viewer would: the page
// count, the header and footer on every page (title, classification, page x of y, generated at),
// Korean text that can be found, tables continued with their header, every font embedded and no
// bitmap anywhere (the charts are vectors). Built on the demo profile, in Korean and English.
#include "../common/FakeUsage.h"
#include "../common/Poppler.h"
#include "../common/TestStore.h"
#include "Translator.h"
#include "data/DataGenerator.h"
#include "domain/DisplayLanguage.h"
#include "domain/TimeFormat.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportPainter.h"
#include "store/DeliberationRepository.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gpudesk;
using test::hasHangul;
using test::poppler;

namespace {

QString plain(QString text)
{
    // pdftotext may break a line where the page did; compare words, not layout.
    return text.replace(QRegularExpression(u"\\s+"_s), u" "_s);
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    test::FakeUsage m_usage;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translator::apply(u"en"_s);
        m_store = test::openFresh(m_dir);
        QVERIFY(m_store);
        GenerateReport report;
        QString error;
        QVERIFY2(generateDataset(*m_store, DatasetKind::Demo, 20251222, &report, &error),
                 qPrintable(error));
        m_store->setCurrentUser(u"u-officer"_s, u"김담당"_s);
        // A month of telemetry for the fleet and the running projects; the first one idle.
        const QDate yesterday = displayDate(Store::nowMs()).addDays(-1);
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(u"SELECT application_id, nodes FROM grants WHERE status = 'active' "
                       "AND deleted = 0 ORDER BY application_id"_s));
        int project = 0;
        while (q.next()) {
            const QString id = q.value(0).toString();
            const int gpus = q.value(1).toInt() * 8;
            const double ratio = project == 0 ? 0.12 : 0.35 + 0.05 * (project % 10);
            for (int d = 0; d < 30; ++d)
                m_usage.addDay(UsageScope::Project, id, yesterday.addDays(-d), ratio, gpus);
            m_usage.addBusyDays(id, yesterday, 30, ratio, gpus);
            ++project;
        }
        QVERIFY(project > 0);
        for (int d = 0; d < 30; ++d)
            m_usage.addDay(UsageScope::Fleet, QString(), yesterday.addDays(-d), 0.4 + 0.01 * d,
                           6400);
    }
    void cleanupTestCase() { m_store.reset(); }

    // Messages follow the report's language on its thread, whatever the window shows.
    void reportLanguageIsIndependentOfTheWindow()
    {
        Translator::apply(u"en"_s);
        {
            const DisplayLanguage::Scope korean(u"ko"_s);
            QCOMPARE(statusLabel(ApplicationStatus::Selected), u"선정"_s);
            QVERIFY(hasHangul(reportKindLabel(ReportKind::CallSummary)));
        }
        QCOMPARE(statusLabel(ApplicationStatus::Selected), u"Selected"_s);
        Translator::apply(u"ko"_s);
        {
            const DisplayLanguage::Scope english(u"en"_s);
            QCOMPARE(statusLabel(ApplicationStatus::Selected), u"Selected"_s);
            QCOMPARE(QCoreApplication::translate("CallSummaryReport", "%n application(s)",
                                                 nullptr, 1),
                     u"1 application"_s);
        }
        QCOMPARE(statusLabel(ApplicationStatus::Selected), u"선정"_s);
        Translator::apply(u"en"_s);
    }

    void pdf_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("classification");
        QTest::addColumn<bool>("continues"); // a table surely runs over a page
        QTest::newRow("call summary, Korean")
            << int(ReportKind::CallSummary) << u"ko"_s << u"대외비"_s << true;
        QTest::newRow("call summary, English")
            << int(ReportKind::CallSummary) << u"en"_s << u"대외비"_s << true;
        QTest::newRow("allocation, Korean")
            << int(ReportKind::Allocation) << u"ko"_s << u"내부용"_s << true;
        QTest::newRow("usage, Korean") << int(ReportKind::Usage) << u"ko"_s << u"대외비"_s
                                       << false;
        QTest::newRow("usage, English") << int(ReportKind::Usage) << u"en"_s << QString()
                                        << false;
        QTest::newRow("statements, Korean")
            << int(ReportKind::Statements) << u"ko"_s << u"대외비"_s << false;
        QTest::newRow("statements, English")
            << int(ReportKind::Statements) << u"en"_s << u"Confidential"_s << true;
        QTest::newRow("agenda, Korean") << int(ReportKind::Agenda) << u"ko"_s << u"대외비"_s
                                        << false;
        QTest::newRow("evaluation, Korean")
            << int(ReportKind::Evaluation) << u"ko"_s << u"대외비"_s << false;
        QTest::newRow("evaluation, English")
            << int(ReportKind::Evaluation) << u"en"_s << QString() << false;
    }
    void pdf()
    {
        QFETCH(int, kind);
        QFETCH(QString, language);
        QFETCH(QString, classification);
        QFETCH(bool, continues);
        ReportRequest request;
        request.kind = static_cast<ReportKind>(kind);
        // The tracks' reports are about the demo's national round and program round.
        request.callId = request.kind == ReportKind::Agenda       ? u"2026-NP1"_s
                         : request.kind == ReportKind::Evaluation ? u"WBL-2026"_s
                                                                  : u"2025-R1"_s;
        request.language = language;
        request.classification = classification;
        request.preparedBy = u"김담당"_s;
        ReportDocument doc;
        QString error;
        if (request.kind == ReportKind::Agenda) {
            // The officer's proposal for one scored demand goes into the agenda.
            const QString demand =
                test::scalar(m_store->db(),
                             u"SELECT a.id FROM applications a JOIN calls c ON c.id = a.call_id "
                             "WHERE c.code = '2026-NP1' AND a.status = 'under_review' AND EXISTS "
                             "(SELECT 1 FROM reviews r WHERE r.application_id = a.id AND "
                             "r.status = 'submitted' AND r.deleted = 0) ORDER BY a.code LIMIT 1"_s)
                    .toString();
            DemandProposal defer;
            defer.outcome = MeetingDecision::Outcome::Defer;
            defer.reason = u"재원확보후재상정"_s;
            QVERIFY2(DeliberationRepository(*m_store).propose(demand, defer, &error),
                     qPrintable(error));
        }
        QVERIFY2(ReportBuilder::build(*m_store, &m_usage, request, &doc, &error),
                 qPrintable(error));
        QCOMPARE(doc.language, language);
        QCOMPARE(hasHangul(doc.title), language == u"ko"_s);

        const QString path = m_dir.filePath(u"report-%1-%2.pdf"_s.arg(kind).arg(language));
        int pages = 0;
        QVERIFY2(ReportPainter::writePdf(doc, path,
                                         [&pages](int, int total) {
                                             pages = total;
                                             return true;
                                         },
                                         &error),
                 qPrintable(error));
        QVERIFY(pages >= 3);
        QCOMPARE(test::pdfPages(path), pages);

        // Header and footer on every page.
        QStringList texts;
        for (int page = 1; page <= pages; ++page) {
            const QString text = plain(poppler(
                u"pdftotext"_s, {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page),
                                 u"-layout"_s, path, u"-"_s}));
            for (const QString &part : {doc.title, doc.pageFormat.arg(page).arg(pages),
                                        plain(doc.generated), classification})
                QVERIFY2(text.contains(part), qPrintable(u"page %1 lacks \"%2\""_s.arg(page).arg(part)));
            texts << text;
        }
        const QString all = texts.join(u' ');
        // Korean is there as text, not as pictures of it.
        if (language == u"ko"_s) {
            QVERIFY(hasHangul(all));
            QVERIFY(all.contains(plain(doc.subtitle)));
        }
        if (!classification.isEmpty())
            QCOMPARE(all.count(classification), 2 * pages + 1); // header, footer, title page
        // The round's demands and teams by name (words that do not wrap in their cells).
        if (request.kind == ReportKind::Agenda) {
            QVERIFY(all.contains(u"2026-NP1-D001"_s));
            QVERIFY(all.contains(u"파운데이션"_s));
            QVERIFY(all.contains(u"재원확보후재상정"_s));
        }
        if (request.kind == ReportKind::Evaluation)
            QVERIFY(all.contains(language == u"ko"_s ? u"한누리금융지주"_s : u"Hannuri"_s));

        // A table that continues shows its header again on the next page.
        int continued = 0;
        for (const QString &text : std::as_const(texts)) {
            if (!text.contains(doc.continued))
                continue;
            ++continued;
            bool header = false;
            for (const ReportBlock &b : std::as_const(doc.blocks)) {
                if (b.kind != ReportBlock::Kind::Table || b.table.rows.isEmpty())
                    continue;
                // Headers may wrap in their cells: every word of every header on the page.
                bool all = true;
                for (const QString &h : b.table.headers) {
                    for (const QString &word : h.split(u' ', Qt::SkipEmptyParts))
                        all = all && text.contains(word);
                }
                header = header || all;
            }
            QVERIFY(header);
        }
        if (continues)
            QVERIFY(continued > 0);

        // Every font embedded (Korean needs them: no reader has to have Noto Sans CJK).
        const QStringList fonts = poppler(u"pdffonts"_s, {path}).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(fonts.size() > 2);
        static const QRegularExpression row(u"\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"_s);
        for (const QString &line : fonts.mid(2)) {
            const auto m = row.match(line);
            QVERIFY2(m.hasMatch() && m.captured(1) == u"yes"_s, qPrintable(line));
        }
        // No image on any page: the charts are lines, shapes and text.
        QCOMPARE(poppler(u"pdfimages"_s, {u"-list"_s, path}).split(u'\n', Qt::SkipEmptyParts).size(),
                 2);
        bool chart = false;
        for (const ReportBlock &b : std::as_const(doc.blocks))
            chart = chart || b.kind == ReportBlock::Kind::Chart;
        QCOMPARE(chart, request.kind == ReportKind::CallSummary ||
                            request.kind == ReportKind::Allocation ||
                            request.kind == ReportKind::Usage);
    }

    void cancelledPdfLeavesNoFile()
    {
        ReportRequest request;
        request.callId = u"2025-R1"_s;
        ReportDocument doc;
        QString error;
        QVERIFY(ReportBuilder::build(*m_store, &m_usage, request, &doc, &error));
        const QString path = m_dir.filePath(u"cancelled.pdf"_s);
        QVERIFY(!ReportPainter::writePdf(doc, path, [](int done, int) { return done < 2; },
                                         &error));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!ReportPainter::writePdf(doc, m_dir.filePath(u"no/such/folder/x.pdf"_s), {},
                                         &error));
        QVERIFY(error.contains(u"no/such/folder"_s));
    }

    void refusalsSayWhy_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("call");
        QTest::addColumn<bool>("usage");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown call") << int(ReportKind::CallSummary) << u"1999-R1"_s << true
                                      << u"2025-R1"_s;
        QTest::newRow("no call") << int(ReportKind::Statements) << QString() << true
                                 << u"call"_s;
        QTest::newRow("no telemetry") << int(ReportKind::Usage) << u"2025-R1"_s << false
                                      << u"telemetry"_s;
    }
    void refusalsSayWhy()
    {
        QFETCH(int, kind);
        QFETCH(QString, call);
        QFETCH(bool, usage);
        QFETCH(QString, says);
        Translator::apply(u"en"_s);
        ReportRequest request;
        request.kind = static_cast<ReportKind>(kind);
        request.callId = call;
        request.language = u"ko"_s; // the message is in the window's language all the same
        ReportDocument doc;
        QString error;
        QVERIFY(!ReportBuilder::build(*m_store, usage ? &m_usage : nullptr, request, &doc,
                                      &error));
        QVERIFY2(error.contains(says) && !hasHangul(error), qPrintable(error));
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
