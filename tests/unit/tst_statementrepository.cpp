// SPDX-License-Identifier: GPL-3.0-or-later
// Monthly cost-share statements from the allocation windows in the store and the seed's rates
// (B200 9,000 and H200 6,000 KRW per GPU-hour; universities 0%, SMEs and startups 5%; youth
// discount 50%; VAT 10%), checked against figures worked out by hand; issuing, re-issuing with
// changed figures and withdrawing; the CSV a spreadsheet opens.
#include "../common/StatementSeed.h"
#include "data/Csv.h"
#include "store/StatementRepository.h"

#include <QBuffer>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

const StatementRow *rowOf(const StatementSheet &sheet, const QString &code)
{
    for (const StatementRow &r : sheet.rows) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestStatementRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // February 2026 as StatementSeed.h describes it.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = test::openWithFleet(*m_dir);
        QVERIFY(m_store);
        QVERIFY(test::seedFebruaryStatements(*m_store));
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void figures_data();
    void figures();
    void summary();
    void refusedOrUnknown();
    void months();
    void issueAndReissue();
    void csv();
    void percentText_data();
    void percentText();
};

void TestStatementRepository::figures_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("gpuHours");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<int>("shareBasisPoints");
    QTest::addColumn<int>("payPercent");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("vat");
    QTest::addColumn<qint64>("total");

    // 4 nodes x 8 GPUs x 28 days x 24 h = 21,504, plus 1 x 8 x 4 x 24 = 768 before the
    // release: 22,272 GPU-hours at 0%.
    QTest::newRow("university pays nothing") << u"R1-0101"_s << qint64(22272) << qint64(9000) << 0
                                             << 100 << qint64(0) << qint64(0) << qint64(0);
    // 2 x 8 x 10 x 24 = 3,840 GPU-h x 9,000 = 34,560,000 x 5% = 1,728,000 x 50% = 864,000;
    // VAT 86,400.
    QTest::newRow("youth-founded startup, half its share")
        << u"R1-0102"_s << qint64(3840) << qint64(9000) << 500 << 50 << qint64(864000)
        << qint64(86400) << qint64(950400);
    // 8 GPUs x 203 h 40 min (20th 12:20 to 1 March) = 1,629.33 GPU-h, floored once to 1,629;
    // x 6,000 = 9,774,000 x 5% = 488,700; VAT 48,870.
    QTest::newRow("SME, hours floored once")
        << u"R1-0103"_s << qint64(1629) << qint64(6000) << 500 << 100 << qint64(488700)
        << qint64(48870) << qint64(537570);
}

void TestStatementRepository::figures()
{
    QFETCH(QString, code);
    QFETCH(qint64, gpuHours);
    QFETCH(qint64, price);
    QFETCH(int, shareBasisPoints);
    QFETCH(int, payPercent);
    QFETCH(qint64, amount);
    QFETCH(qint64, vat);
    QFETCH(qint64, total);

    StatementSheet sheet;
    QString error;
    QVERIFY2(StatementRepository(*m_store).compute(u"c-r1"_s, u"2026-02"_s, &sheet, &error),
             qPrintable(error));
    const StatementRow *r = rowOf(sheet, code);
    QVERIFY(r);
    QVERIFY2(r->statement.ok(), qPrintable(r->statement.error));
    QCOMPARE(r->statement.gpuHours, gpuHours);
    QCOMPARE(r->statement.pricePerGpuHour, price);
    QCOMPARE(r->statement.shareBasisPoints, shareBasisPoints);
    QCOMPARE(r->statement.payPercent, payPercent);
    QCOMPARE(r->statement.amount.won, amount);
    QCOMPARE(r->statement.vat.won, vat);
    QCOMPARE(r->statement.total.won, total);
    QVERIFY(!r->issued);
}

void TestStatementRepository::summary()
{
    StatementSheet sheet;
    QString error;
    QVERIFY(StatementRepository(*m_store).compute(u"c-r1"_s, u"2026-02"_s, &sheet, &error));
    QCOMPARE(sheet.callCode, u"2025-R1"_s);
    QStringList codes;
    for (const StatementRow &r : sheet.rows)
        codes << r.code;
    QCOMPARE(codes, (QStringList{u"R1-0101"_s, u"R1-0102"_s, u"R1-0103"_s, u"R1-0199"_s}));
    QCOMPARE(sheet.summary.projects, 3);
    QCOMPARE(sheet.summary.refused, 1);
    QCOMPARE(sheet.summary.gpuHours, qint64(22272 + 3840 + 1629));
    QCOMPARE(sheet.summary.amount.won, qint64(864000 + 488700));
    QCOMPARE(sheet.summary.vat.won, qint64(86400 + 48870));
    QCOMPARE(sheet.summary.total.won, qint64(950400 + 537570));

    // March holds only the rest of R1-0103: 4 days x 24 h x 8 = 768 GPU-h.
    QVERIFY(StatementRepository(*m_store).compute(u"c-r1"_s, u"2026-03"_s, &sheet, &error));
    QCOMPARE(sheet.rows.size(), 1);
    QCOMPARE(sheet.rows[0].statement.gpuHours, qint64(768));
}

void TestStatementRepository::refusedOrUnknown()
{
    StatementRepository repo(*m_store);
    StatementSheet sheet;
    QString error;
    QVERIFY(repo.compute(u"c-r1"_s, u"2026-02"_s, &sheet, &error));
    const StatementRow *pub = rowOf(sheet, u"R1-0199"_s);
    QVERIFY(pub);
    QVERIFY(!pub->statement.ok());
    QVERIFY2(pub->statement.error.contains(u"no share rate"_s), qPrintable(pub->statement.error));

    // A type the call puts no price on is refused too, not billed at 0.
    QVERIFY(
        test::exec(*m_store, {u"UPDATE call_accelerators SET deleted = 1 WHERE id = 'ca-h'"_s}));
    QVERIFY(repo.compute(u"c-r1"_s, u"2026-02"_s, &sheet, &error));
    QVERIFY(rowOf(sheet, u"R1-0103"_s)->statement.error.contains(u"no price for H200"_s));

    QVERIFY(!repo.compute(u"c-r1"_s, u"2026-13"_s, &sheet, &error));
    QVERIFY2(error.contains(u"YYYY-MM"_s), qPrintable(error));
    QVERIFY(!repo.compute(u"c-none"_s, u"2026-02"_s, &sheet, &error));
    QVERIFY2(error.contains(u"call no longer exists"_s), qPrintable(error));
}

void TestStatementRepository::months()
{
    QCOMPARE(StatementRepository(*m_store).months(u"c-r1"_s),
             (QStringList{u"2026-02"_s, u"2026-03"_s}));
    QVERIFY(StatementRepository(*m_store).months(u"c-none"_s).isEmpty());
}

void TestStatementRepository::issueAndReissue()
{
    StatementRepository repo(*m_store);
    QString error;
    IssueResult r;
    QVERIFY(repo.previewIssue(u"c-r1"_s, u"2026-02"_s, &r, &error));
    QCOMPARE(r.added, 3);
    QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM statements"_s).toInt(), 0);

    QVERIFY2(repo.issue(u"c-r1"_s, u"2026-02"_s, &r, &error), qPrintable(error));
    QCOMPARE(r.added, 3);
    QCOMPARE(r.refused, 1);
    QCOMPARE(r.replaced + r.unchanged + r.withdrawn, 0);
    QCOMPARE(test::scalar(m_store->db(), u"SELECT gpu_hours || ' ' || amount || ' ' || vat FROM "
                                         "statements WHERE application_id = 'ap-b2' AND month = "
                                         "'2026-02' AND deleted = 0"_s)
                 .toString(),
             u"3840 864000 86400"_s);
    QCOMPARE(test::scalar(m_store->db(),
                          u"SELECT count(*) FROM outbox WHERE table_name = 'statements'"_s)
                 .toInt(),
             3);
    const QString hId =
        test::scalar(m_store->db(), u"SELECT id FROM statements WHERE application_id = 'ap-h'"_s)
            .toString();

    // The same month again: nothing to replace, nothing written.
    const int audits = test::scalar(m_store->db(), u"SELECT count(*) FROM audit_log"_s).toInt();
    QVERIFY(repo.issue(u"c-r1"_s, u"2026-02"_s, &r, &error));
    QCOMPARE(r.unchanged, 3);
    QCOMPARE(r.added + r.replaced + r.withdrawn, 0);
    QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM audit_log"_s).toInt(), audits);

    StatementSheet sheet;
    QVERIFY(repo.compute(u"c-r1"_s, u"2026-02"_s, &sheet, &error));
    QVERIFY(rowOf(sheet, u"R1-0103"_s)->issued);
    QVERIFY(!rowOf(sheet, u"R1-0103"_s)->issuedDiffers);

    // R1-0103 began a day later after all; R1-0102's allocation turns out to be void.
    QVERIFY(test::exec(
        *m_store,
        {u"UPDATE allocations SET starts_at = %1 WHERE id = 'al-h1'"_s.arg(test::feb(21, 12, 20)),
         u"UPDATE allocations SET deleted = 1 WHERE grant_id = 'g-b2'"_s}));
    QVERIFY(repo.compute(u"c-r1"_s, u"2026-02"_s, &sheet, &error));
    QVERIFY(rowOf(sheet, u"R1-0103"_s)->issuedDiffers);
    QVERIFY(rowOf(sheet, u"R1-0102"_s)->issuedDiffers);
    QVERIFY(!rowOf(sheet, u"R1-0101"_s)->issuedDiffers);
    // The summary bills what holds time now.
    QCOMPARE(sheet.summary.projects, 2);

    QVERIFY(repo.issue(u"c-r1"_s, u"2026-02"_s, &r, &error));
    QCOMPARE(r.replaced, 1);
    QCOMPARE(r.withdrawn, 1);
    QCOMPARE(r.unchanged, 1);
    QCOMPARE(r.added, 0);
    // 8 x 179 h 40 min = 1,437.33 -> 1,437 GPU-h x 6,000 x 5% = 431,100; VAT 43,110.
    QCOMPARE(test::scalar(m_store->db(), u"SELECT id || ' ' || gpu_hours || ' ' || amount || ' ' "
                                         "|| vat FROM statements WHERE application_id = 'ap-h'"_s)
                 .toString(),
             hId + u" 1437 431100 43110"_s);
    QCOMPARE(test::scalar(m_store->db(),
                          u"SELECT deleted FROM statements WHERE application_id = 'ap-b2'"_s)
                 .toInt(),
             1);
    QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM statements"_s).toInt(), 3);
    QVERIFY(test::scalar(m_store->db(), u"SELECT details FROM audit_log WHERE action = "
                                        "'statements_issued' ORDER BY seq DESC LIMIT 1"_s)
                .toString()
                .contains(u"\"replaced\":1"_s));
}

void TestStatementRepository::csv()
{
    StatementRepository repo(*m_store);
    StatementSheet sheet;
    QString error;
    QVERIFY(repo.compute(u"c-r1"_s, u"2026-02"_s, &sheet, &error));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY2(StatementRepository::writeCsv(sheet, &buffer, &error), qPrintable(error));
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // so Excel reads the Korean names as UTF-8

    CsvReader reader(bytes);
    QList<QStringList> rows;
    CsvRecord record;
    while (reader.next(&record, &error))
        rows << record.fields;
    QVERIFY2(!reader.hasError(), qPrintable(error));
    QCOMPARE(rows.size(), 6); // header, four projects, the summary
    QCOMPARE(rows[0],
             (QStringList{u"Project"_s, u"Organisation"_s, u"Type"_s, u"GPU-hours"_s,
                          u"Price per GPU-hour (KRW)"_s, u"Share %"_s, u"Youth discount %"_s,
                          u"Amount (KRW)"_s, u"VAT (KRW)"_s, u"Total (KRW)"_s, u"Note"_s}));
    QCOMPARE(rows[2],
             (QStringList{u"R1-0102"_s, u"DeepFine Inc."_s, u"B200"_s, u"3840"_s, u"9000"_s, u"5"_s,
                          u"50"_s, u"864000"_s, u"86400"_s, u"950400"_s, QString()}));
    QCOMPARE(rows[4].mid(0, 3), (QStringList{u"R1-0199"_s, u"National Data Agency"_s, u"H200"_s}));
    QVERIFY(rows[4][3].isEmpty());
    QVERIFY(rows[4][10].contains(u"no share rate"_s));
    QCOMPARE(rows[5],
             (QStringList{u"Total 2025-R1 2026-02"_s, u"3 project(s)"_s, QString(), u"27741"_s,
                          QString(), QString(), QString(), u"1352700"_s, u"135270"_s, u"1487970"_s,
                          u"1 project(s) refused: not included."_s}));
}

void TestStatementRepository::percentText_data()
{
    QTest::addColumn<int>("basisPoints");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole") << 500 << u"5"_s;
    QTest::newRow("half") << 250 << u"2.5"_s;
    QTest::newRow("two places") << 1234 << u"12.34"_s;
    QTest::newRow("small") << 5 << u"0.05"_s;
    QTest::newRow("zero") << 0 << u"0"_s;
}

void TestStatementRepository::percentText()
{
    QFETCH(int, basisPoints);
    QFETCH(QString, text);
    QCOMPARE(basisPointsAsPercent(basisPoints), text);
}

QTEST_GUILESS_MAIN(TestStatementRepository)
#include "tst_statementrepository.moc"
