// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL-windowed application model: correct rows for every filter and search, sorting, and a
// row cache that stays bounded however far a view scrolls.
#include "../common/TestStore.h"
#include "domain/Enums.h"
#include "itemmodels/ApplicationTableModel.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestApplicationModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        m_store = test::openWithReference(m_dir);
        QVERIFY(m_store);
        // 20,000 applications; every 100th is about 서울 and every 7th is "의료 영상".
        QVERIFY(test::exec(*m_store, {
            u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
            "INSERT INTO applications (id, call_id, organization_id, code, title, title_en, pi_name, "
            "field_id, accelerator_type_id, requested_gpus, requested_nodes, months, submitted_at, status) "
            "SELECT printf('app-%05d', i), 'c-r1', CASE i % 3 WHEN 0 THEN 'o-univ' WHEN 1 THEN 'o-start' ELSE 'o-sme' END, "
            "printf('R1-%05d', i), "
            "CASE WHEN i % 100 = 0 THEN '서울 도시 교통 예측 모델' WHEN i % 7 = 0 THEN '의료 영상 판독 모델 학습' ELSE '대규모 언어 모델 미세조정' END "
            "|| ' ' || i, printf('Project %d', i), CASE WHEN i % 2 THEN '김하늘' ELSE '이서준' END, 'f-nlp', "
            "CASE WHEN i % 4 = 0 THEN 't-h200' ELSE 't-b200' END, (i % 16 + 1) * 8, i % 16 + 1, i % 12 + 1, "
            "1767225600000 + i * 1000, CASE WHEN i % 5 = 0 THEN 'screening' ELSE 'submitted' END FROM n"_s}));
    }

    void passesTheModelTester()
    {
        ApplicationTableModel model(m_store->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ApplicationFilter f;
        f.search = u"서울"_s;
        model.setFilter(f);
        model.sort(ApplicationTableModel::Organization, Qt::AscendingOrder);
        f.search.clear();
        f.statuses = {u"screening"_s};
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 4000);
    }

    void cacheStaysBoundedWhileScrollingEverything()
    {
        ApplicationTableModel model(m_store->db());
        QCOMPARE(model.rowCount(), 20000);
        const int bound = ApplicationTableModel::kPageSize * ApplicationTableModel::kMaxCachedPages;
        int peak = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(!model.index(row, ApplicationTableModel::Title).data().toString().isEmpty());
            peak = qMax(peak, model.cachedRowCount());
        }
        QVERIFY2(peak <= bound, qPrintable(u"peak %1 > %2"_s.arg(peak).arg(bound)));
        QVERIFY(peak > 0);
    }

    void searchFindsTheRightRows_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("rows");
        // Rows: i = 1..20,000. Titles: i % 100 == 0 "서울 도시 교통 예측 모델 i", else i % 7 == 0
        // "의료 영상 판독 모델 학습 i", else "대규모 언어 모델 미세조정 i"; English "Project i".
        QTest::newRow("one syllable (LIKE)") << u"판"_s << 2829;      // 2,857 sevens - 28 hundreds
        QTest::newRow("two syllables (LIKE)") << u"도시"_s << 200;
        QTest::newRow("two two-syllable words (LIKE)") << u"의료 영상"_s << 2829;
        QTest::newRow("four syllables (trigram)") << u"미세조정"_s << 16971; // the rest
        QTest::newRow("trigram tokens in two columns") << u"Project 1999"_s << 12; // 1999, 11999, 19990-9
        QTest::newRow("English, any case") << u"PROJECT 20000"_s << 1;
        QTest::newRow("receipt code") << u"R1-00042"_s << 1;
        QTest::newRow("no match") << u"양자컴퓨팅"_s << 0;
        QTest::newRow("LIKE wildcards are literal") << u"%"_s << 0;
        QTest::newRow("quote in a trigram token") << u"\"서울 도시"_s << 0;
    }
    void searchFindsTheRightRows()
    {
        QFETCH(QString, search);
        QFETCH(int, rows);
        ApplicationTableModel model(m_store->db());
        ApplicationFilter f;
        f.search = search;
        model.setFilter(f);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(model.rowCount(), rows);
    }

    void filtersCombine()
    {
        ApplicationTableModel model(m_store->db());
        ApplicationFilter f;
        f.acceleratorTypeId = u"t-h200"_s;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 5000);
        f.orgType = u"university"_s; // i % 3 == 0
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1666); // multiples of 12 up to 20,000
        f.minNodes = 16;                  // i % 16 == 15
        f.maxNodes = 16;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 0);    // multiples of 12 are never 15 mod 16
        f = ApplicationFilter{};
        f.minNodes = 16;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1250);
    }

    void sortsByWhatTheColumnShows()
    {
        ApplicationTableModel model(m_store->db());
        model.sort(ApplicationTableModel::Gpus, Qt::DescendingOrder);
        QCOMPARE(model.index(0, ApplicationTableModel::Gpus).data().toString(), u"128 (16)"_s);
        model.sort(ApplicationTableModel::Gpus, Qt::AscendingOrder);
        QCOMPARE(model.index(0, ApplicationTableModel::Gpus).data().toString(), u"8 (1)"_s);
        model.sort(ApplicationTableModel::Status, Qt::AscendingOrder);
        QCOMPARE(model.index(0, ApplicationTableModel::Status).data(ApplicationTableModel::StatusKeyRole).toString(), u"submitted"_s);
        QCOMPARE(model.index(19999, ApplicationTableModel::Status).data(ApplicationTableModel::StatusKeyRole).toString(), u"screening"_s);
        model.sort(ApplicationTableModel::Code, Qt::AscendingOrder);
        QCOMPARE(model.idAt(0), u"app-00001"_s);
        QCOMPARE(model.rowOfId(u"app-00010"_s), 9);
    }

    // The browse copy follows every change the triggers watch: names, titles, statuses.
    void browseCopyFollowsTheData()
    {
        ApplicationTableModel model(m_store->db());
        ApplicationFilter f;
        f.search = u"가나"_s;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(test::exec(*m_store, {u"UPDATE organizations SET name = '가나다 연구소' WHERE id = 'o-sme'"_s}));
        model.refresh();
        QCOMPARE(model.rowCount(), 6667); // i % 3 == 2
        QVERIFY(test::exec(*m_store, {u"UPDATE applications SET title = '가나 제목', status = 'rejected' WHERE id = 'app-00003'"_s}));
        f.statuses = {u"rejected"_s};
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ApplicationTableModel::Title).data().toString(), u"가나 제목"_s);
        QCOMPARE(model.index(0, ApplicationTableModel::Organization).data().toString(), u"한빛과학기술대학교"_s); // i % 3 == 0
        QVERIFY(test::exec(*m_store, {u"UPDATE organizations SET name = '서울데이터랩(주)' WHERE id = 'o-sme'"_s,
                                      u"UPDATE applications SET status = 'submitted' WHERE id = 'app-00003'"_s}));
    }

    // Migration 2 spells the workflow order of statuses in SQL; it must be the enum's order.
    void statusRankFollowsTheWorkflow()
    {
        for (int i = 0; i < kApplicationStatusCount; ++i) {
            const QString key = statusKey(static_cast<ApplicationStatus>(i));
            QVERIFY(test::exec(*m_store, {u"UPDATE applications SET status = '%1' WHERE id = 'app-00007'"_s.arg(key)}));
            QCOMPARE(test::scalar(m_store->db(), u"SELECT b.status_rank FROM application_browse b "
                                                 "JOIN applications a ON a.rowid = b.app_rowid WHERE a.id = 'app-00007'"_s).toInt(), i);
        }
        QVERIFY(test::exec(*m_store, {u"UPDATE applications SET status = 'submitted' WHERE id = 'app-00007'"_s}));
    }

    void tombstonedRowsAreHidden()
    {
        ApplicationTableModel model(m_store->db());
        QVERIFY(test::exec(*m_store, {u"UPDATE applications SET deleted = 1 WHERE id = 'app-00001'"_s}));
        model.refresh();
        QCOMPARE(model.rowCount(), 19999);
        QCOMPARE(model.totalCount(), 19999);
        QVERIFY(test::exec(*m_store, {u"UPDATE applications SET deleted = 0 WHERE id = 'app-00001'"_s}));
    }
};

QTEST_GUILESS_MAIN(TestApplicationModel)
#include "tst_applicationmodel.moc"
