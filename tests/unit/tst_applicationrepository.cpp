// SPDX-License-Identifier: GPL-3.0-or-later
// The application repository: what the detail panel reads, the cost share it shows, and status
// changes that go through the state machine in one transaction.
#include "../common/TestStore.h"
#include "store/ApplicationRepository.h"
#include "store/CallRepository.h"

#include <QSignalSpy>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestApplicationRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = test::openWithReference(m_dir);
        QVERIFY(m_store);
        m_store->setCurrentUser(u"u-officer"_s, u"김서연"_s);
        QVERIFY(test::addApplication(*m_store, u"a1"_s, u"R1-0001"_s, u"대학 과제"_s, u"o-univ"_s, u"t-b200"_s, 128, 1));
        QVERIFY(test::addApplication(*m_store, u"a2"_s, u"R1-0002"_s, u"청년 스타트업 과제"_s, u"o-start"_s, u"t-h200"_s, 64, 1));
        QVERIFY(test::addApplication(*m_store, u"a3"_s, u"R1-0003"_s, u"중소기업 과제"_s, u"o-sme"_s, u"t-h200"_s, 64, 1));
    }
    void cleanupTestCase() { m_store.reset(); }

    void callRulesAreReadAsData()
    {
        const auto rules = CallRepository(m_store->db()).rules(u"c-r1"_s);
        QVERIFY(rules);
        QCOMPARE(rules->opens, QDate(2025, 12, 22));
        QCOMPARE(rules->closes, QDate(2026, 1, 28));
        QCOMPARE(rules->accelerator(u"H200"_s)->maxNodes, 32);
        QCOMPARE(rules->accelerator(u"B200"_s)->pricePerGpuHour, 9000);
        QCOMPARE(rules->shareRate(OrganizationType::Sme)->shareBasisPoints, 500);
        QVERIFY(!rules->shareRate(OrganizationType::PublicAgency));
        QVERIFY(!CallRepository(m_store->db()).rules(u"no-such-call"_s));
        // The accelerator types with their market prices, for the call editor.
        const QList<AcceleratorTypeInfo> types = CallRepository(m_store->db()).acceleratorTypes();
        QCOMPARE(types.size(), 2);
        QCOMPARE(types[0].code, u"B200"_s);
        QCOMPARE(types[0].gpusPerNode, 8);
        QCOMPARE(types[0].marketPrice, 9000);
        QCOMPARE(types[1].marketPrice, 6000);
    }

    void detailJoinsWhatThePanelShows()
    {
        ApplicationRepository repo(*m_store);
        const auto d = repo.detail(u"a2"_s);
        QVERIFY(d);
        QCOMPARE(d->code, u"R1-0002"_s);
        QCOMPARE(d->orgName, u"(주)딥파인"_s);
        QCOMPARE(d->orgType, OrganizationType::Startup);
        QVERIFY(d->youthFounded);
        QCOMPARE(d->acceleratorType, u"H200"_s);
        QCOMPARE(d->requestedNodes, 8);
        QCOMPARE(d->fieldName, u"자연어처리"_s);
        QCOMPARE(d->callCode, u"2025-R1"_s);
        QVERIFY(!repo.detail(u"missing"_s));
    }

    // Desired start 2026-02-01 for one month: 28 days x 24 h = 672 h per GPU.
    void costShareEstimate_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<qint64>("gpuHours");
        QTest::addColumn<qint64>("won");
        // University: free. 128 GPUs x 672 h = 86,016 GPU-h.
        QTest::newRow("university") << u"a1"_s << qint64(86016) << qint64(0);
        // Youth startup: 64 x 672 = 43,008 GPU-h x 6,000 x 5% x 50% = 6,451,200.
        QTest::newRow("youth startup") << u"a2"_s << qint64(43008) << qint64(6451200);
        // SME: 43,008 x 6,000 x 5% = 12,902,400.
        QTest::newRow("sme") << u"a3"_s << qint64(43008) << qint64(12902400);
    }
    void costShareEstimate()
    {
        QFETCH(QString, id);
        QFETCH(qint64, gpuHours);
        QFETCH(qint64, won);
        ApplicationRepository repo(*m_store);
        const CostShareEstimate e = repo.estimateCostShare(*repo.detail(id));
        QVERIFY(e.known);
        QCOMPARE(e.gpuHours, gpuHours);
        QCOMPARE(e.amount.won, won);
    }

    void illegalMoveIsRefusedAndNothingIsWritten()
    {
        ApplicationRepository repo(*m_store);
        QSignalSpy spy(m_store.get(), &Store::tablesChanged);
        QString error;
        // The first move is legal, the second is not: neither is kept.
        QVERIFY(!repo.transitionAll({{u"a1"_s, ApplicationStatus::Screening, {}},
                                     {u"a2"_s, ApplicationStatus::Active, {}}},
                                    &error));
        QVERIFY2(error.contains(u"R1-0002"_s), qPrintable(error));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(test::scalar(m_store->db(), u"SELECT status FROM applications WHERE id = 'a1'"_s).toString(), u"submitted"_s);
        QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM application_status_history"_s).toInt(), 0);
        QVERIFY(!repo.transition(u"a1"_s, ApplicationStatus::Withdrawn, u"  "_s, &error)); // reason required
    }

    void legalMoveIsRecordedEverywhere()
    {
        ApplicationRepository repo(*m_store);
        QString error;
        QVERIFY2(repo.transition(u"a3"_s, ApplicationStatus::Withdrawn, u" 기관 사정 "_s, &error), qPrintable(error));
        const QList<HistoryEntry> h = repo.history(u"a3"_s);
        QCOMPARE(h.size(), 1);
        QCOMPARE(h[0].fromStatus, u"submitted"_s);
        QCOMPARE(h[0].toStatus, u"withdrawn"_s);
        QCOMPARE(h[0].by, u"김서연"_s);
        QCOMPARE(h[0].reason, u"기관 사정"_s);
        QCOMPARE(test::scalar(m_store->db(), u"SELECT updated_by FROM applications WHERE id = 'a3'"_s).toString(), u"u-officer"_s);
        QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM audit_log WHERE entity_id = 'a3' AND action = 'status_change'"_s).toInt(), 1);
        QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM outbox WHERE row_id = 'a3'"_s).toInt(), 1);
        QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM outbox WHERE table_name = 'application_status_history'"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestApplicationRepository)
#include "tst_applicationrepository.moc"
