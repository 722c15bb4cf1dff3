// SPDX-License-Identifier: GPL-3.0-or-later
// Local users and passwords: who may sign in, and how passwords are kept.
#include "../common/TestStore.h"
#include "rules/AccountRules.h"
#include "store/UserRepository.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestUserRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsActiveUsersByRole()
    {
        QTemporaryDir dir;
        auto store = test::openFresh(dir);
        QVERIFY(store);
        QVERIFY(test::exec(*store, {
            u"INSERT INTO users (id, login, display_name, role) VALUES "
            "('u-r', 'rev', '리뷰어', 'reviewer'), ('u-o', 'off', '담당자', 'program_officer'), "
            "('u-m', 'man', '관리자', 'manager')"_s,
            u"INSERT INTO users (id, login, display_name, role, disabled) VALUES "
            "('u-x', 'gone', '퇴직자', 'program_officer', 1)"_s}));
        const QList<UserInfo> users = UserRepository(*store).activeUsers();
        QCOMPARE(users.size(), 3);
        QCOMPARE(users[0].login, u"off"_s);
        QCOMPARE(users[1].login, u"man"_s);
        QCOMPARE(users[2].login, u"rev"_s);
        QVERIFY(!users[0].hasPassword);
        QVERIFY(!UserRepository(*store).user(u"u-x"_s));
    }

    void passwordsAreHashedAndChecked()
    {
        QTemporaryDir dir;
        auto store = test::openFresh(dir);
        QVERIFY(store);
        QVERIFY(test::exec(*store, {u"INSERT INTO users (id, login, display_name, role) VALUES "
                                    "('u-o', 'off', '담당자', 'program_officer')"_s}));
        UserRepository users(*store);
        QVERIFY(users.verifyPassword(u"u-o"_s, QString())); // none set: nothing to check
        QString error;
        QVERIFY(!users.setPassword(u"u-o"_s, u"short"_s, &error));
        QVERIFY2(error.contains(QString::number(kMinPasswordLength)), qPrintable(error));
        const QString secret = u"보안서약-2026!"_s;
        QVERIFY2(users.setPassword(u"u-o"_s, secret, &error), qPrintable(error));
        const QString stored =
            test::scalar(store->db(), u"SELECT password_hash FROM local_credentials"_s).toString();
        QVERIFY(stored.startsWith(u"pbkdf2-sha256$%1$"_s.arg(UserRepository::kIterations)));
        QVERIFY(!stored.contains(secret));
        QVERIFY(users.user(u"u-o"_s)->hasPassword);
        QVERIFY(users.verifyPassword(u"u-o"_s, secret));
        QVERIFY(!users.verifyPassword(u"u-o"_s, u"보안서약-2026?"_s));
        QVERIFY(!users.verifyPassword(u"u-o"_s, QString()));
        // Same password again: a new salt, so a new hash.
        QVERIFY(users.setPassword(u"u-o"_s, secret, &error));
        QVERIFY(test::scalar(store->db(), u"SELECT password_hash FROM local_credentials"_s).toString()
                != stored);
        // An unknown format never lets anyone in.
        QVERIFY(test::exec(*store, {u"UPDATE local_credentials SET password_hash = 'plain$x'"_s}));
        QVERIFY(!users.verifyPassword(u"u-o"_s, u"plain"_s));
    }
};

QTEST_GUILESS_MAIN(TestUserRepository)
#include "tst_userrepository.moc"
