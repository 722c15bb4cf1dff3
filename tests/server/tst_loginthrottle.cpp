// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginThrottle.h"

#include <QTest>

using namespace gpudesk;

class TestLoginThrottle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delays_data()
    {
        // failures in a row (1 s apart) -> the wait after the last one
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("wait");
        QTest::newRow("1: free") << 1 << qint64(0);
        QTest::newRow("3: still free") << 3 << qint64(0);
        QTest::newRow("4: 1 s") << 4 << qint64(1000);
        QTest::newRow("5: 2 s") << 5 << qint64(2000);
        QTest::newRow("6: 4 s") << 6 << qint64(4000);
        QTest::newRow("13: 512 s") << 13 << qint64(512000);
        QTest::newRow("14: capped at 15 min") << 14 << qint64(15 * 60'000);
        QTest::newRow("60: capped, no overflow") << 60 << qint64(15 * 60'000);
    }

    void delays()
    {
        QFETCH(int, failures);
        QFETCH(qint64, wait);
        const ThrottlePolicy policy = LoginThrottle::accountPolicy();
        ThrottleState s;
        qint64 now = 1'000'000;
        for (int i = 0; i < failures; ++i) {
            now = std::max(now + 1000, s.blockedUntil); // each try once the block has passed
            s = LoginThrottle::afterFailure(s, policy, now);
        }
        QCOMPARE(s.failures, failures);
        QCOMPARE(LoginThrottle::retryAfterMs(s, now), wait);
        QCOMPARE(LoginThrottle::retryAfterMs(s, now + wait), qint64(0));
    }

    void quietHourForgets()
    {
        const ThrottlePolicy policy = LoginThrottle::accountPolicy();
        ThrottleState s;
        for (int i = 0; i < 5; ++i)
            s = LoginThrottle::afterFailure(s, policy, 1000 + i);
        QCOMPARE(s.failures, 5);
        s = LoginThrottle::afterFailure(s, policy, 1004 + policy.forgetAfterMs + 1);
        QCOMPARE(s.failures, 1);
    }

    void addressesGetMoreRoom()
    {
        const ThrottlePolicy account = LoginThrottle::accountPolicy();
        const ThrottlePolicy address = LoginThrottle::addressPolicy();
        QVERIFY(address.freeFailures > account.freeFailures);
        ThrottleState s;
        for (int i = 0; i < address.freeFailures; ++i)
            s = LoginThrottle::afterFailure(s, address, 1000);
        QCOMPARE(LoginThrottle::retryAfterMs(s, 1000), qint64(0));
        s = LoginThrottle::afterFailure(s, address, 1000);
        QCOMPARE(LoginThrottle::retryAfterMs(s, 1000), address.baseDelayMs);
    }

    void failureDuringBlockDoesNotShortenIt()
    {
        ThrottlePolicy p;
        p.freeFailures = 0;
        p.baseDelayMs = 1000;
        ThrottleState s;
        s.blockedUntil = 100'000;
        s.lastFailureAt = 1000;
        s = LoginThrottle::afterFailure(s, p, 2000);
        QVERIFY(s.blockedUntil >= 100'000);
    }
};

QTEST_APPLESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
