// SPDX-License-Identifier: GPL-3.0-or-later
// Local users: the account rules as a table (logins, e-mail, the last administrator, oneself),
// then the repository: create with a password, edit the role, disable and enable, reset a
// password and change one's own, and a reviewer's attributes; every change in the audit trail,
// never a password.
#include "../common/TestStore.h"
#include "store/UserAdminRepository.h"
#include "store/UserRepository.h"

#include <QStandardPaths>
#include <functional>

Q_DECLARE_METATYPE(gpudesk::UserDraft)
Q_DECLARE_METATYPE(gpudesk::AccountContext)

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestUserAdmin : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;

    int count(const QString &sql, const QVariantList &values = {}) const
    {
        return test::scalar(m_store->db(), sql, values).toInt();
    }
    // The repository tests' profile; the rule tables need none.
    // False (with a warning) when the profile could not be made.
    bool openProfile()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = test::openWithReference(*m_dir);
        if (!m_store || !test::exec(*m_store,
                           {u"INSERT INTO users (id, login, display_name, email, role) VALUES "
                            "('u-admin', 'admin', '박준혁', 'admin@example.kr', 'administrator'), "
                            "('u-off', 'officer', '김서연', '', 'program_officer'), "
                            "('u-rev', 'reviewer01', '이평가', 'rev@example.kr', 'reviewer')"_s,
                            u"INSERT INTO reviewers (id, user_id, name, email, organization_id) "
                            "VALUES ('rv-1', 'u-rev', '이평가', 'rev@example.kr', 'o-univ')"_s}))
            return false;
        m_store->setCurrentUser(u"u-admin"_s, u"박준혁"_s);
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void rules_data();
    void rules();
    void passwordRules_data();
    void passwordRules();
    void createEditDisable();
    void lastAdministratorStays();
    void passwords();
    void reviewerAttributes();
};

void TestUserAdmin::rules_data()
{
    QTest::addColumn<UserDraft>("user");
    QTest::addColumn<AccountContext>("context");
    QTest::addColumn<QStringList>("fields");
    AccountContext base;
    base.otherLogins = {u"admin"_s, u"officer"_s};
    base.otherActiveAdministrators = 1;
    base.currentUserId = u"u-admin"_s;
    const UserDraft fresh{{}, u"kim.sy"_s, u"김서연"_s, u"kim@example.kr"_s, u"program_officer"_s, false};
    auto with = [&](const std::function<void(UserDraft &, AccountContext &)> &f) {
        UserDraft u = fresh;
        AccountContext c = base;
        f(u, c);
        return std::pair{u, c};
    };
    auto row = [&](const char *name, const QStringList &fields,
                   const std::function<void(UserDraft &, AccountContext &)> &f) {
        const auto [u, c] = with(f);
        QTest::newRow(name) << u << c << fields;
    };
    using F = QStringList;
    row("valid", {}, [](UserDraft &, AccountContext &) {});
    row("no e-mail", {}, [](UserDraft &u, AccountContext &) { u.email.clear(); });
    row("login taken", F{u"login"_s}, [](UserDraft &u, AccountContext &) { u.login = u"officer"_s; });
    row("login upper case", F{u"login"_s}, [](UserDraft &u, AccountContext &) { u.login = u"Kim"_s; });
    row("login of one letter", F{u"login"_s}, [](UserDraft &u, AccountContext &) { u.login = u"k"_s; });
    row("login in Korean", F{u"login"_s}, [](UserDraft &u, AccountContext &) { u.login = u"김서연"_s; });
    row("no name", F{u"displayName"_s}, [](UserDraft &u, AccountContext &) { u.displayName = u" "_s; });
    row("bad e-mail", F{u"email"_s}, [](UserDraft &u, AccountContext &) { u.email = u"kim@"_s; });
    row("unknown role", F{u"role"_s}, [](UserDraft &u, AccountContext &) { u.roleKey = u"root"_s; });
    row("disabling oneself", F{u"disabled"_s}, [](UserDraft &u, AccountContext &) {
        u.id = u"u-admin"_s;
        u.disabled = true;
        u.roleKey = u"administrator"_s;
        u.login = u"root2"_s;
    });
    row("demoting oneself", F{u"role"_s}, [](UserDraft &u, AccountContext &c) {
        u.id = u"u-admin"_s;
        c.savedRoleKey = u"administrator"_s;
    });
    row("demoting the last administrator", F{u"role"_s}, [](UserDraft &u, AccountContext &c) {
        u.id = u"u-other"_s;
        c.savedRoleKey = u"administrator"_s;
        c.otherActiveAdministrators = 0;
    });
    row("disabling the last administrator", F{u"disabled"_s}, [](UserDraft &u, AccountContext &c) {
        u.id = u"u-other"_s;
        u.roleKey = u"administrator"_s;
        u.disabled = true;
        c.savedRoleKey = u"administrator"_s;
        c.otherActiveAdministrators = 0;
    });
    row("demoting another administrator", {}, [](UserDraft &u, AccountContext &c) {
        u.id = u"u-other"_s;
        c.savedRoleKey = u"administrator"_s;
    });
    row("a disabled administrator was never counted", {}, [](UserDraft &u, AccountContext &c) {
        u.id = u"u-other"_s;
        c.savedRoleKey = u"administrator"_s;
        c.savedDisabled = true;
        c.otherActiveAdministrators = 0;
    });
}

void TestUserAdmin::rules()
{
    QFETCH(UserDraft, user);
    QFETCH(AccountContext, context);
    QFETCH(QStringList, fields);
    QStringList found;
    for (const ValidationIssue &i : validateUser(user, context))
        found << i.field;
    QCOMPARE(found, fields);
}

void TestUserAdmin::passwordRules_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("problems");
    QTest::newRow("ten characters") << u"abcd123456"_s << 0;
    QTest::newRow("Korean") << u"보안서약서를-2026"_s << 0;
    QTest::newRow("nine") << u"abcd12345"_s << 1;
    QTest::newRow("the login") << u"reviewer01"_s << 1;
    QTest::newRow("the login, other case") << u"REVIEWER01"_s << 1;
    QTest::newRow("too long") << QString(257, u'x') << 1;
    QTest::newRow("empty") << QString() << 1;
}

void TestUserAdmin::passwordRules()
{
    QFETCH(QString, password);
    QFETCH(int, problems);
    const QStringList found = passwordProblems(password, u"reviewer01"_s);
    QCOMPARE(found.size(), problems);
    for (const QString &p : found)
        QVERIFY(password.size() < 3 || !p.contains(password));
}

void TestUserAdmin::createEditDisable()
{
    QVERIFY(openProfile());
    UserAdminRepository repo(*m_store);
    QString error;
    ValidationIssues issues;
    const int outbox = count(u"SELECT count(*) FROM outbox"_s);
    QVERIFY(!repo.saveUser({{}, u"officer"_s, u"x"_s, {}, u"manager"_s, false}, {}, &error, &issues));
    QCOMPARE(issues.value(0).field, u"login"_s);
    const auto id =
        repo.saveUser({{}, u"jung.mh"_s, u"정민호"_s, u"mh@example.kr"_s, u"manager"_s, false}, {}, &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE table_name = 'users'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), outbox + 1);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'user_create' AND entity_id = ?"_s, {*id}), 1);

    UserDraft u = *repo.user(*id);
    u.roleKey = u"program_officer"_s;
    QVERIFY2(repo.saveUser(u, {}, &error), qPrintable(error));
    QVERIFY(test::scalar(m_store->db(), u"SELECT details FROM audit_log WHERE action = 'user_change'"_s)
                .toString()
                .contains(u"[\"manager\",\"program_officer\"]"_s));

    QVERIFY2(repo.setDisabled(*id, true, &error), qPrintable(error));
    QVERIFY(!UserRepository(*m_store).user(*id)); // no longer offered at sign-in
    QCOMPARE(repo.users().constLast().login, u"jung.mh"_s); // disabled users last
    QVERIFY(repo.users().constLast().disabled);
    QVERIFY2(repo.setDisabled(*id, false, &error), qPrintable(error));
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action IN ('user_disable', 'user_enable')"_s), 2);

    // A reviewer's renamed user renames the reviewer too.
    UserDraft rev = *repo.user(u"u-rev"_s);
    rev.displayName = u"이평가위원"_s;
    QVERIFY2(repo.saveUser(rev, {}, &error), qPrintable(error));
    QCOMPARE(test::scalar(m_store->db(), u"SELECT name FROM reviewers WHERE id = 'rv-1'"_s).toString(),
             u"이평가위원"_s);
}

void TestUserAdmin::lastAdministratorStays()
{
    QVERIFY(openProfile());
    UserAdminRepository repo(*m_store);
    QString error;
    m_store->setCurrentUser(u"u-off"_s, u"김서연"_s);
    QVERIFY(!repo.setDisabled(u"u-admin"_s, true, &error));
    QVERIFY2(error.contains(u"last active administrator"_s), qPrintable(error));
    UserDraft admin = *repo.user(u"u-admin"_s);
    admin.roleKey = u"manager"_s;
    QVERIFY(!repo.saveUser(admin, {}, &error));
    m_store->setCurrentUser(u"u-admin"_s, u"박준혁"_s);
    QVERIFY(!repo.setDisabled(u"u-admin"_s, true, &error));
    QVERIFY2(error.contains(u"yourself"_s), qPrintable(error));
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), 0);
}

void TestUserAdmin::passwords()
{
    QVERIFY(openProfile());
    UserAdminRepository repo(*m_store);
    UserRepository users(*m_store);
    QString error;
    const QString first = u"첫비밀번호-2026"_s;
    const auto id = repo.saveUser({{}, u"lee.dh"_s, u"이도현"_s, {}, u"program_officer"_s, false},
                                  first, &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY(users.user(*id)->hasPassword);
    QVERIFY(!repo.resetPassword(*id, u"short"_s, &error));
    const QString reset = u"reset-pass-7781"_s;
    QVERIFY2(repo.resetPassword(*id, reset, &error), qPrintable(error));

    m_store->setCurrentUser(*id, u"이도현"_s);
    QVERIFY(!repo.changeOwnPassword(u"wrong-password"_s, u"another-pass-1"_s, &error));
    QVERIFY2(error.contains(u"not right"_s), qPrintable(error));
    const QString mine = u"나만 아는-비밀번호-7"_s;
    QVERIFY2(repo.changeOwnPassword(reset, mine, &error), qPrintable(error));
    QVERIFY(users.verifyPassword(*id, mine));

    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action IN ('password_reset', 'password_change')"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE table_name = 'local_credentials'"_s), 0);
    for (const QString &secret : {first, reset, mine}) {
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE instr(details, ?) > 0"_s, {secret}), 0);
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE instr(changes, ?) > 0"_s, {secret}), 0);
        QCOMPARE(count(u"SELECT count(*) FROM local_credentials WHERE instr(password_hash, ?) > 0"_s, {secret}), 0);
    }
}

void TestUserAdmin::reviewerAttributes()
{
    QVERIFY(openProfile());
    UserAdminRepository repo(*m_store);
    QString error;
    ReviewerProfile p = *repo.reviewerProfile(u"u-rev"_s);
    QCOMPARE(p.reviewerId, u"rv-1"_s);
    QCOMPARE(p.organizationId, u"o-univ"_s);
    p.affiliation = u"한빛과기대 컴퓨터공학과"_s;
    p.title = u"교수"_s;
    p.fieldIds = {u"f-nlp"_s, u"f-bio"_s};
    p.conflicts = {{{}, u"o-start"_s, {}, u"공동연구 (2024)"_s}};
    QVERIFY2(repo.saveReviewerProfile(u"u-rev"_s, p, &error), qPrintable(error));
    p = *repo.reviewerProfile(u"u-rev"_s);
    QCOMPARE(p.fieldIds.size(), 2);
    QCOMPARE(p.conflicts.size(), 1);
    QCOMPARE(p.conflicts[0].note, u"공동연구 (2024)"_s);
    // Drop a field and the conflict, take the field back: the field's row revives.
    p.fieldIds = {u"f-bio"_s};
    p.conflicts.clear();
    QVERIFY2(repo.saveReviewerProfile(u"u-rev"_s, p, &error), qPrintable(error));
    p.fieldIds = {u"f-bio"_s, u"f-nlp"_s};
    QVERIFY2(repo.saveReviewerProfile(u"u-rev"_s, p, &error), qPrintable(error));
    QCOMPARE(count(u"SELECT count(*) FROM reviewer_fields WHERE reviewer_id = 'rv-1'"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM reviewer_conflicts WHERE reviewer_id = 'rv-1' AND deleted = 1"_s), 1);
    QCOMPARE(repo.users().value(0).login, u"admin"_s);

    // An officer who joins a panel gets a reviewer linked to the user.
    ReviewerProfile fresh = *repo.reviewerProfile(u"u-off"_s);
    QVERIFY(fresh.reviewerId.isEmpty());
    fresh.affiliation = u"과기정통부"_s;
    QVERIFY2(repo.saveReviewerProfile(u"u-off"_s, fresh, &error), qPrintable(error));
    QCOMPARE(count(u"SELECT count(*) FROM reviewers WHERE user_id = 'u-off' AND name = '김서연'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'reviewer_profile'"_s), 4);
}

QTEST_GUILESS_MAIN(TestUserAdmin)
#include "tst_useradmin.moc"
