// SPDX-License-Identifier: GPL-3.0-or-later
#include "Crypto.h"
#include "SessionTokens.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestSessionTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void issuedTokenShape()
    {
        const IssuedToken t = SessionTokens::issue(1000, 500);
        QCOMPARE(t.token.size(), 43); // 256 bits in base64url without padding
        QVERIFY(SessionTokens::wellFormed(t.token));
        QCOMPARE(t.expiresAt, qint64(1500));
        // Stored as SHA-256 of the text, hex; never the token itself.
        QCOMPARE(t.tokenHash, Crypto::sha256Hex(t.token.toLatin1()));
        QCOMPARE(t.tokenHash.size(), 64);
        QVERIFY(!t.tokenHash.contains(t.token));
        QCOMPARE(SessionTokens::hashOf(t.token), t.tokenHash);
    }

    void tokensAreDistinct()
    {
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i)
            seen.insert(SessionTokens::issue(0, 1).token);
        QCOMPARE(seen.size(), 1000);
    }

    void expiry_data()
    {
        QTest::addColumn<qint64>("expiresAt");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<bool>("expired");
        QTest::newRow("before") << qint64(2000) << qint64(1999) << false;
        QTest::newRow("at the instant") << qint64(2000) << qint64(2000) << true;
        QTest::newRow("after") << qint64(2000) << qint64(5000) << true;
    }

    void expiry()
    {
        QFETCH(qint64, expiresAt);
        QFETCH(qint64, now);
        QFETCH(bool, expired);
        QCOMPARE(SessionTokens::expired(expiresAt, now), expired);
    }

    void wellFormed_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("ok");
        QTest::newRow("issued") << SessionTokens::issue(0, 1).token << true;
        QTest::newRow("short") << QString(42, u'a') << false;
        QTest::newRow("long") << QString(44, u'a') << false;
        QTest::newRow("padding") << (QString(42, u'a') + u'=') << false;
        QTest::newRow("plus") << (QString(42, u'a') + u'+') << false;
        QTest::newRow("sql") << (QString(38, u'a') + u"' OR 1"_s) << false;
    }

    void wellFormed()
    {
        QFETCH(QString, token);
        QFETCH(bool, ok);
        QCOMPARE(SessionTokens::wellFormed(token), ok);
    }

    void authorizationHeader_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("token");
        QTest::newRow("bearer") << u"Bearer abc"_s << u"abc"_s;
        QTest::newRow("basic") << u"Basic abc"_s << QString();
        QTest::newRow("lower case") << u"bearer abc"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void authorizationHeader()
    {
        QFETCH(QString, header);
        QFETCH(QString, token);
        QCOMPARE(SessionTokens::fromAuthorizationHeader(header), token);
    }
};

QTEST_APPLESS_MAIN(TestSessionTokens)
#include "tst_sessiontokens.moc"
