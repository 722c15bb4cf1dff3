// SPDX-License-Identifier: GPL-3.0-or-later
// Administration → Users on a profile signed in to the real server over TLS as an administrator:
// the server's accounts listed, created with a password the server makes (shown once), disabled,
// given a new password; what it says when the server is out of reach; and a local profile, or a
// non-administrator, keeps the profile's own users.
#include "../common/ClosedPort.h"
#include "../common/PromptRecorder.h"
#include "../server/SyncDesktop.h"
#include "Translator.h"
#include "admin/GeneratedPasswordDialog.h"
#include "admin/PasswordDialog.h"
#include "admin/ServerUsers.h"
#include "admin/UserDialog.h"
#include "admin/UsersPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace gpudesk;
using namespace gpudesk::test;

class TestServerUsersPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<RunningServer> m_server;
    test::PromptRecorder m_rec;
    QString m_shownPassword;

    // The recorder's prompts; the password the server generated is kept when shown.
    AdminPrompts prompts()
    {
        AdminPrompts p = m_rec.prompts();
        p.exec = [this](QDialog *d) {
            if (auto *shown = qobject_cast<GeneratedPasswordDialog *>(d)) {
                m_shownPassword = shown->password();
                return true;
            }
            return m_rec.fill ? m_rec.fill(d) : false;
        };
        return p;
    }

    static int rowOf(const UsersPage &page, const QString &login)
    {
        for (int r = 0; r < page.model()->rowCount(); ++r) {
            if (page.model()->index(r, UsersPage::Login).data().toString() == login)
                return r;
        }
        return -1;
    }

    static QString cell(const UsersPage &page, const QString &login, int column)
    {
        const int r = rowOf(page, login);
        return r < 0 ? QString() : page.model()->index(r, column).data().toString();
    }

    // Points the profile's sign-in at a server nobody answers on, as settings saved elsewhere.
    static bool pointAtDeadServer(SyncDesktop &desktop)
    {
        const quint16 port = test::closedLoopbackPort();
        SyncSettings s = SyncState::settings(desktop.store->db());
        s.serverUrl = u"https://localhost:%1"_s.arg(port);
        QString error;
        return port != 0 && SyncState::saveSettings(*desktop.store, s, &error);
    }

    // A desktop signed in to the test server as its administrator, and its users page on screen.
    struct AdminView
    {
        SyncDesktop desktop;
        std::unique_ptr<UsersPage> page; // goes before the desktop's store
    };
    bool openAsAdministrator(AdminView *view)
    {
        if (!view->desktop.open(*m_server) ||
            !view->desktop.signIn(u"admin"_s, m_server->adminPassword).ok)
            return false;
        view->page = std::make_unique<UsersPage>(*view->desktop.store);
        view->page->setPrompts(prompts());
        view->page->show();
        return QTest::qWaitForWindowExposed(view->page.get());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translator::apply(u"en"_s);
        m_server = std::make_unique<RunningServer>();
        QVERIFY(m_server->init(false));
        QVERIFY(m_server->start());
        QVERIFY(seedSyncServer(*m_server));
    }

    void cleanupTestCase() { m_server.reset(); }

    void init()
    {
        m_rec.clear();
        m_shownPassword.clear();
    }

    void administratorManagesTheServersAccounts()
    {
        AdminView view;
        QVERIFY(openAsAdministrator(&view));
        UsersPage &page = *view.page;
        QVERIFY(page.showsServer());
        QTRY_VERIFY(rowOf(page, u"officer2"_s) >= 0);
        QCOMPARE(page.model()->rowCount(), int(m_server->store->users().size()));
        QVERIFY(page.table()->isColumnHidden(UsersPage::Password));
        QVERIFY(page.findChild<QPushButton *>(u"refreshUsersButton"_s)->isVisible());

        // A new account, its first password made by the server and shown once.
        m_rec.fill = [](QDialog *d) {
            auto *dialog = qobject_cast<UserDialog *>(d);
            if (!dialog)
                return false;
            d->findChild<QLineEdit *>(u"userLogin"_s)->setText(u"new.officer"_s);
            d->findChild<QLineEdit *>(u"userName"_s)->setText(u"새 담당자"_s);
            auto *role = d->findChild<QComboBox *>(u"userRole"_s);
            role->setCurrentIndex(role->findData(u"program_officer"_s));
            return !d->findChild<QCheckBox *>(u"userSetPassword"_s)->isChecked() &&
                   dialog->initialPassword().isEmpty();
        };
        page.newUser();
        QVERIFY2(m_rec.warnings.isEmpty(), qPrintable(m_rec.warnings.join(u'\n')));
        QCOMPARE(m_shownPassword.size(), 20);
        QTRY_VERIFY(rowOf(page, u"new.officer"_s) >= 0);
        QCOMPARE(page.currentUserId(), m_server->store->userByLogin(u"new.officer"_s)->id);
        SyncDesktop other;
        QVERIFY(other.open(*m_server));
        QVERIFY(other.signIn(u"new.officer"_s, m_shownPassword).ok);

        // Disabled on the server: they can no longer sign in.
        page.selectUser(m_server->store->userByLogin(u"new.officer"_s)->id);
        page.toggleDisabled();
        QCOMPARE(m_rec.confirms.size(), 1);
        QVERIFY(m_rec.confirms.first().contains(u"on the server"_s));
        QTRY_COMPARE(cell(page, u"new.officer"_s, UsersPage::Status), u"disabled"_s);
        QVERIFY(m_server->store->userByLogin(u"new.officer"_s)->disabled);

        // A password typed by the administrator ends the officer's sessions.
        SyncDesktop officer;
        QVERIFY(officer.open(*m_server));
        QVERIFY(officer.signIn(u"officer2"_s).ok);
        page.selectUser(u"u-officer2"_s);
        m_rec.fill = [](QDialog *d) {
            auto *dialog = qobject_cast<PasswordDialog *>(d);
            if (!dialog || !dialog->generateCheck())
                return false;
            dialog->generateCheck()->setChecked(false);
            dialog->newEdit()->setText(u"typed-password-42"_s);
            dialog->repeatEdit()->setText(u"typed-password-42"_s);
            return dialog->okButton()->isEnabled();
        };
        page.resetPassword();
        QVERIFY2(m_rec.warnings.isEmpty(), qPrintable(m_rec.warnings.join(u'\n')));
        QVERIFY(m_shownPassword.size() == 20); // unchanged: nothing generated this time
        const SignInResult me = SyncAccount::signIn(*officer.transport, u"officer2"_s,
                                                    u"typed-password-42"_s);
        QVERIFY(me.ok);
        const TransportReply old = officer.transport->send("GET", u"/api/me"_s, {});
        QCOMPARE(old.status, 401);

        // The server's refusal, in words: the login is taken.
        m_rec.fill = [](QDialog *d) {
            if (!qobject_cast<UserDialog *>(d))
                return false;
            d->findChild<QLineEdit *>(u"userLogin"_s)->setText(u"manager"_s);
            d->findChild<QLineEdit *>(u"userName"_s)->setText(u"x"_s);
            return true;
        };
        page.newUser();
        QCOMPARE(m_rec.warnings.size(), 1);
        QVERIFY2(m_rec.warnings.first().contains(u"already taken on the server"_s),
                 qPrintable(m_rec.warnings.first()));
    }

    // The list is fetched when the page opens and on Refresh; a change in the profile (a sync
    // writing users, a reviewer profile saved) is merged into the list held, not fetched again.
    // A refresh asked for during a fetch is not lost: the list comes from a fetch started after.
    void localChangesReuseTheListRefreshFetchesIt()
    {
        AdminView view;
        QVERIFY(openAsAdministrator(&view));
        UsersPage &page = *view.page;
        SyncDesktop &desktop = view.desktop;
        QTRY_VERIFY(rowOf(page, u"officer2"_s) >= 0);
        QTRY_VERIFY(!page.server()->isLoading());
        QSignalSpy fetched(page.server(), &ServerUsers::loaded);

        // Renamed on the server behind the page's back: a local change does not show it.
        std::optional<ServerUser> officer = m_server->store->userById(u"u-officer2"_s);
        QVERIFY(officer);
        officer->displayName = u"이름 바뀜"_s;
        QCOMPARE(m_server->store->updateUser(*officer, AuditEvent{u"system"_s, u"test.rename"_s,
                                                                   u"user"_s, officer->id, {}}),
                 StoreResult::Ok);
        QString error;
        QVERIFY(desktop.store->write(
            [](QSqlDatabase &, QSet<QString> &changed, QString *) {
                changed << u"users"_s << u"reviewers"_s;
                return true;
            },
            &error));
        QVERIFY(!page.server()->isLoading());
        QCOMPARE(fetched.count(), 0);
        QVERIFY(rowOf(page, u"officer2"_s) >= 0);
        QVERIFY(cell(page, u"officer2"_s, UsersPage::Name) != u"이름 바뀜"_s);

        // Refresh fetches. Asked again while that fetch runs, after another change on the
        // server, the list shown comes from a fetch that started after the change.
        page.findChild<QPushButton *>(u"refreshUsersButton"_s)->click();
        QVERIFY(page.server()->isLoading());
        officer->displayName = u"두 번째 이름"_s;
        QCOMPARE(m_server->store->updateUser(*officer, AuditEvent{u"system"_s, u"test.rename"_s,
                                                                   u"user"_s, officer->id, {}}),
                 StoreResult::Ok);
        page.server()->refresh();
        QTRY_COMPARE(fetched.count(), 1);
        QVERIFY(!page.server()->isLoading());
        QCOMPARE(cell(page, u"officer2"_s, UsersPage::Name), u"두 번째 이름"_s);

        // Signed in elsewhere while a fetch runs (here a server nobody answers on): the answer
        // of the old sign-in is never shown, and the new one's outcome is.
        page.findChild<QPushButton *>(u"refreshUsersButton"_s)->click();
        QVERIFY(page.server()->isLoading());
        QVERIFY(pointAtDeadServer(desktop));
        QCOMPARE(page.model()->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(page.problemLabel()->text().contains(u"cannot be reached"_s),
                                 15000);
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(page.server()->accounts().isEmpty());
    }

    void unreachableServerIsSaidPlainly()
    {
        SyncDesktop desktop;
        QVERIFY(desktop.open(*m_server));
        QVERIFY(desktop.signIn(u"admin"_s, m_server->adminPassword).ok);
        // The same profile, now pointing at a port where nobody listens.
        QVERIFY(pointAtDeadServer(desktop));
        UsersPage page(*desktop.store);
        page.setPrompts(prompts());
        page.show();
        QVERIFY(page.showsServer());
        QTRY_VERIFY_WITH_TIMEOUT(page.problemLabel()->text().contains(u"cannot be reached"_s),
                                 15000);
        QVERIFY(page.problemLabel()->isVisible());
        QVERIFY(page.problemLabel()->text().contains(u"connection"_s));
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(!page.findChild<QPushButton *>(u"newUserButton"_s)->isEnabled());
    }

    void otherRolesAndLocalProfilesKeepTheProfilesUsers()
    {
        SyncDesktop desktop;
        QVERIFY(desktop.open(*m_server));
        QVERIFY(desktop.signIn(u"officer"_s).ok);
        UsersPage page(*desktop.store);
        page.show();
        QVERIFY(!page.showsServer());
        QVERIFY(!page.findChild<QPushButton *>(u"refreshUsersButton"_s)->isVisible());
        QVERIFY(!page.table()->isColumnHidden(UsersPage::Password));
        // A fresh profile holds no users until it syncs: the server's are not listed.
        QCOMPARE(page.model()->rowCount(),
                 scalar(desktop.store->db(), u"SELECT count(*) FROM users"_s).toInt());
    }
};

QTEST_MAIN(TestServerUsersPage)
#include "tst_serveruserspage.moc"
