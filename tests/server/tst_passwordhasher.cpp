// SPDX-License-Identifier: GPL-3.0-or-later
#include "HashGate.h"
#include "PasswordHasher.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRegularExpression>
#include <QTest>
#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void productionDefaults()
    {
        const ScryptParams p;
        QCOMPARE(p.log2N, 17);
        QCOMPARE(p.r, 8);
        QCOMPARE(p.p, 1);
        // 128 * r * N = 128 MiB of working memory; the limit handed to OpenSSL covers it.
        QVERIFY(PasswordHasher::maxMemoryBytes(p) >= 128ull * 1024 * 1024);
        QVERIFY(PasswordHasher::maxMemoryBytes(p) < 160ull * 1024 * 1024);
    }

    void productionCostHashAndVerify()
    {
        // One real N = 2^17 hash: proves the memory limit lets the production cost run.
        const PasswordHasher hasher;
        const QString h = hasher.hash(u"correct horse battery"_s);
        QVERIFY(h.startsWith(u"$scrypt$ln=17,r=8,p=1$"_s));
        QVERIFY(PasswordHasher::verify(u"correct horse battery"_s, h));
    }

    void phcFormat()
    {
        const PasswordHasher hasher({10, 8, 1});
        const QString h = hasher.hash(u"s3cret-password"_s);
        static const QRegularExpression phc(
            u"^\\$scrypt\\$ln=10,r=8,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$"_s);
        QVERIFY2(phc.match(h).hasMatch(), qPrintable(h));
        const auto params = PasswordHasher::scryptParamsOf(h);
        QVERIFY(params);
        QCOMPARE(params->log2N, 10);
        // Salted: the same password hashes differently each time.
        QVERIFY(hasher.hash(u"s3cret-password"_s) != h);
    }

    void verify_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("expected");
        QTest::newRow("same") << u"s3cret-password"_s << true;
        QTest::newRow("other") << u"s3cret-passwore"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("prefix") << u"s3cret"_s << false;
        QTest::newRow("case") << u"S3CRET-PASSWORD"_s << false;
    }

    void verify()
    {
        QFETCH(QString, password);
        QFETCH(bool, expected);
        static const QString h = PasswordHasher({10, 8, 1}).hash(u"s3cret-password"_s);
        QCOMPARE(PasswordHasher::verify(password, h), expected);
    }

    void malformedNeverMatches_data()
    {
        QTest::addColumn<QString>("encoded");
        const QString good = PasswordHasher({10, 8, 1}).hash(u"pw-pw-pw-pw"_s);
        const QStringList parts = good.split(u'$');
        QTest::newRow("empty") << QString();
        QTest::newRow("plain text") << u"pw-pw-pw-pw"_s;
        QTest::newRow("unknown algorithm") << u"$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA"_s;
        QTest::newRow("cost too high") << QString(good).replace(u"ln=10"_s, u"ln=30"_s);
        QTest::newRow("cost too low")
            << PasswordHasher({10, 8, 1}).hash(u"x"_s).replace(u"ln=10"_s, u"ln=4"_s);
        QTest::newRow("missing field") << parts.mid(0, 4).join(u'$');
        QTest::newRow("bad base64") << (parts.mid(0, 4).join(u'$') + u"$!!!"_s);
        QTest::newRow("short hash") << (parts.mid(0, 4).join(u'$') + u"$AAAA"_s);
        QTest::newRow("extra field") << (good + u"$x"_s);
    }

    void malformedNeverMatches()
    {
        QFETCH(QString, encoded);
        QVERIFY(!PasswordHasher::verify(u"pw-pw-pw-pw"_s, encoded));
    }

    void desktopPbkdf2Verifies()
    {
        // The desktop's local format (UserRepository): accounts can move to the server.
        const QByteArray salt = "0123456789abcdef";
        const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256,
                                                                  "local-password", salt, 1000, 32);
        const QString encoded = u"pbkdf2-sha256$1000$%1$%2"_s.arg(
            QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
        QVERIFY(PasswordHasher::verify(u"local-password"_s, encoded));
        QVERIFY(!PasswordHasher::verify(u"local-passworD"_s, encoded));
        // ... and is due for rehashing into scrypt.
        QVERIFY(PasswordHasher({10, 8, 1}).needsRehash(encoded));
    }

    void needsRehash()
    {
        const QString h = PasswordHasher({10, 8, 1}).hash(u"pw-pw-pw-pw"_s);
        QVERIFY(!PasswordHasher({10, 8, 1}).needsRehash(h));
        QVERIFY(PasswordHasher({11, 8, 1}).needsRehash(h));
        QVERIFY(PasswordHasher().needsRehash(h));
    }

    void overlongPasswordRefused()
    {
        const QString longPassword(PasswordHasher::kMaxPasswordBytes + 1, u'a');
        const QString h = PasswordHasher({10, 8, 1}).hash(longPassword);
        QVERIFY(!PasswordHasher::verify(longPassword, h));
    }

    void gateHoldsTheLimit()
    {
        HashGate gate(2);
        std::atomic<int> done{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < 8; ++i) {
            threads.emplace_back([&] {
                HashGate::Slot slot = gate.enter(std::chrono::seconds(30));
                if (slot) {
                    PasswordHasher({12, 8, 1}).hash(u"flood-password"_s);
                    ++done;
                }
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(done.load(), 8);
        QCOMPARE(gate.peak(), 2);
        QCOMPARE(gate.inUse(), 0);
    }

    void gateSaysBusy()
    {
        HashGate gate(1);
        HashGate::Slot held = gate.enter(std::chrono::milliseconds(0));
        QVERIFY(held);
        QVERIFY(!gate.enter(std::chrono::milliseconds(20)));
        held = HashGate::Slot();
        QVERIFY(gate.enter(std::chrono::milliseconds(0)));
    }
};

QTEST_APPLESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
