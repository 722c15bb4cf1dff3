// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's sync UI against the real server over TLS: the settings dialog signs in with a
// CA file or by trusting on first use, the status bar follows the runs (offline without a word),
// and the conflict and refused-changes dialogs do what they say.
#include "../common/ClosedPort.h"
#include "../server/SyncDesktop.h"
#include "Translator.h"
#include "sync/ConflictDialog.h"
#include "sync/RejectedChangesDialog.h"
#include "sync/ServerSettingsDialog.h"
#include "sync/SyncController.h"
#include "sync/SyncStatusButton.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace gpudesk;
using namespace gpudesk::test;

class TestSyncUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<RunningServer> m_server;
    QTemporaryDir m_dir;
    int m_profiles = 0;

    std::unique_ptr<Store> profile()
    {
        auto store = openFresh(m_dir, u"ui%1.sqlite"_s.arg(++m_profiles));
        if (store)
            store->setCurrentUser(u"local"_s, u"local"_s);
        return store;
    }

    QString url() const { return u"https://localhost:%1"_s.arg(m_server->port()); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translator::apply(u"en"_s); // the English plurals ("2 changes refused")
        m_server = std::make_unique<RunningServer>();
        QVERIFY(m_server->init(false));
        QVERIFY(m_server->start());
        QVERIFY(seedSyncServer(*m_server));
    }

    void cleanupTestCase() { m_server.reset(); }

    void aLocalProfileSaysSo()
    {
        auto store = profile();
        SyncController controller(*store);
        QCOMPARE(controller.state(), SyncController::State::NotConfigured);
        SyncStatusButton button(controller);
        QCOMPARE(button.text(), u"Offline · local profile"_s);
        controller.syncNow(); // nothing to do, nothing asked
        QVERIFY(!controller.isRunning());
    }

    void signInWithTheCaFileThenSync()
    {
        auto store = profile();
        ServerSettingsDialog dialog(*store);
        dialog.addressEdit()->setText(url());
        dialog.caFileEdit()->setText(ServerInit::caCertPath(m_server->dataDir()));
        dialog.loginEdit()->setText(u"officer"_s);
        dialog.passwordEdit()->setText(u"wrong-password"_s);
        dialog.signIn();
        QVERIFY(!dialog.settings().signedIn());
        QVERIFY2(dialog.statusLabel()->text().contains(u"password is wrong"_s),
                 qPrintable(dialog.statusLabel()->text()));
        QVERIFY(dialog.passwordEdit()->text().isEmpty()); // never kept
        dialog.passwordEdit()->setText(QString::fromLatin1(kSyncPassword));
        dialog.signIn();
        QVERIFY2(dialog.settings().signedIn(), qPrintable(dialog.statusLabel()->text()));
        QVERIFY(dialog.statusLabel()->text().contains(u"officer"_s));
        // Saved in the profile; the token is nowhere but there.
        QCOMPARE(SyncState::settings(store->db()).userId, u"u-officer"_s);

        SyncController controller(*store);
        SyncStatusButton button(controller);
        QCOMPARE(controller.state(), SyncController::State::Idle);
        QSignalSpy user(&controller, &SyncController::serverUserAvailable);
        controller.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 30000);
        QCOMPARE(controller.state(), SyncController::State::InSync);
        QVERIFY2(button.text().startsWith(u"In sync at "_s), qPrintable(button.text()));
        QCOMPARE(scalar(store->db(), u"SELECT count(*) FROM applications WHERE id = 'a1'"_s).toInt(),
                 1);
        // The profile now holds the officer's own user: the window may switch to it.
        QCOMPARE(user.count(), 1);
        QCOMPARE(user.at(0).at(0).toString(), u"u-officer"_s);

        // A run asked for after the last one reported, while its thread still ends (after a
        // large pull it folds the log there), starts once that thread is done.
        QSignalSpy finished(&controller, &SyncController::runFinished);
        bool askedAgain = false;
        bool stoppableWhenReported = true;
        connect(&controller, &SyncController::runFinished, this, [&] {
            if (askedAgain)
                return;
            askedAgain = controller.isRunning();
            stoppableWhenReported = controller.canCancel();
            controller.syncNow();
        });
        controller.syncNow();
        QVERIFY(controller.canCancel());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2, 30000);
        QVERIFY(askedAgain);
        QVERIFY(!stoppableWhenReported);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 30000);
        QCOMPARE(controller.state(), SyncController::State::InSync);
    }

    void trustOnFirstUseShowsTheFingerprintFirst()
    {
        auto store = profile();
        ServerSettingsDialog dialog(*store);
        dialog.addressEdit()->setText(url());
        dialog.firstUseRadio()->setChecked(true);
        dialog.loginEdit()->setText(u"manager"_s);
        dialog.passwordEdit()->setText(QString::fromLatin1(kSyncPassword));
        dialog.signIn(); // not compared yet: refused
        QVERIFY(!dialog.settings().signedIn());
        dialog.fetchCertificate();
        const QLabel *fingerprint = dialog.findChild<QLabel *>(u"fingerprint"_s);
        QVERIFY2(fingerprint->text().contains(m_server->report.caFingerprint),
                 qPrintable(fingerprint->text()));
        dialog.passwordEdit()->setText(QString::fromLatin1(kSyncPassword));
        dialog.signIn(); // still not ticked
        QVERIFY(!dialog.settings().signedIn());
        dialog.comparedCheck()->setChecked(true);
        dialog.passwordEdit()->setText(QString::fromLatin1(kSyncPassword));
        dialog.signIn();
        QVERIFY2(dialog.settings().signedIn(), qPrintable(dialog.statusLabel()->text()));
        QVERIFY(dialog.settings().pinned);
        QCOMPARE(dialog.settings().caSha256, m_server->report.caFingerprint);
    }

    // `gpudesk connect`, as scripts/run-demo.sh runs it: signed in and synced without a window,
    // the password from standard input only.
    void connectSignsInAndSyncsHeadless()
    {
        const QString path = m_dir.filePath(u"connected.sqlite"_s);
        const auto connect = [&](const QByteArray &password) {
            QProcess p;
            p.start(QStringLiteral(GPUDESK_EXE),
                    {u"connect"_s, u"--profile"_s, path, u"--server"_s, url(), u"--ca"_s,
                     ServerInit::caCertPath(m_server->dataDir()), u"--login"_s, u"officer"_s,
                     u"--password-stdin"_s, u"--interval"_s, u"5"_s});
            p.write(password + '\n');
            p.closeWriteChannel();
            if (!p.waitForFinished(60000))
                return std::pair{-1, QString()};
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
        };
        const auto [refused, why] = connect("wrong-password");
        QCOMPARE(refused, 1);
        QVERIFY2(why.contains(u"password"_s), qPrintable(why));
        const auto [code, err] = connect(kSyncPassword);
        QVERIFY2(code == 0, qPrintable(err));
        OpenOutcome outcome;
        auto store = Store::open(path, OpenOptions{}, &outcome);
        QVERIFY(store);
        const SyncSettings s = SyncState::settings(store->db());
        QVERIFY(s.signedIn());
        QCOMPARE(s.userId, u"u-officer"_s);
        QCOMPARE(s.intervalMinutes, 5);
        QVERIFY(!s.pinned);
        QVERIFY(SyncState::progress(store->db()).lastSuccess > 0);
        QCOMPARE(scalar(store->db(), u"SELECT count(*) FROM applications WHERE id = 'a1'"_s).toInt(),
                 1);
    }

    void offlineIsQuiet()
    {
        auto store = profile();
        const quint16 port = test::closedLoopbackPort();
        QVERIFY(port != 0);
        SyncSettings s;
        s.serverUrl = u"https://localhost:%1"_s.arg(port);
        s.caPem = caPemOf(*m_server);
        s.token = u"x"_s;
        s.userId = u"u-officer"_s;
        QString error;
        QVERIFY(SyncState::saveSettings(*store, s, &error));
        SyncController controller(*store);
        SyncStatusButton button(controller);
        controller.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 30000);
        QCOMPARE(controller.state(), SyncController::State::Offline);
        QCOMPARE(button.text(), u"Offline"_s);
        QVERIFY(!controller.detail().isEmpty());
        QVERIFY(!QApplication::activeModalWidget());
    }

    void conflictsAreResolvedWithEitherSide()
    {
        auto store = profile();
        QVERIFY(seedSyncWorld(*store));
        QVERIFY(exec(*store,
                     {u"INSERT INTO sync_conflicts (id, mutation_id, table_name, row_id, "
                      "detected_at, server_version, fields) VALUES ('k1', 'm1', 'applications', "
                      "'a1', 1767225600000, 7, '{\"title_en\": {\"base\": \"Old\", \"server\": "
                      "\"Theirs\", \"client\": \"Mine\"}, \"months\": {\"base\": 6, \"server\": "
                      "7, \"client\": 8}}')"_s,
                      u"UPDATE applications SET title_en = 'Theirs', months = 7 WHERE id = 'a1'"_s}));
        SyncController controller(*store);
        QCOMPARE(controller.conflicts(), 1);
        ConflictDialog dialog(*store);
        QCOMPARE(dialog.list()->count(), 1);
        QVERIFY(dialog.list()->item(0)->text().contains(u"R1-0001"_s));
        QCOMPARE(dialog.fields()->rowCount(), 2);
        // Mine for the title, a hand-merged value for the months.
        dialog.takeMine();
        for (int row = 0; row < dialog.fields()->rowCount(); ++row) {
            if (dialog.fields()->item(row, ConflictDialog::FieldColumn)->text() == u"months"_s)
                dialog.fields()->item(row, ConflictDialog::ResultColumn)->setText(u"9"_s);
        }
        QVERIFY(dialog.resolve());
        QCOMPARE(scalar(store->db(), u"SELECT title_en FROM applications WHERE id = 'a1'"_s)
                     .toString(),
                 u"Mine"_s);
        QCOMPARE(scalar(store->db(), u"SELECT months FROM applications WHERE id = 'a1'"_s).toInt(),
                 9);
        // An ordinary change now, on its way at the next sync; the conflict is closed.
        QCOMPARE(scalar(store->db(), u"SELECT count(*) FROM outbox WHERE row_id = 'a1'"_s).toInt(),
                 1);
        QTRY_COMPARE(controller.conflicts(), 0);
        QCOMPARE(dialog.list()->count(), 0);
    }

    void refusedChangesAreListedWithTheirReason()
    {
        auto store = profile();
        QVERIFY(seedSyncWorld(*store));
        QVERIFY(exec(*store, {u"INSERT INTO sync_rejections (id, mutation_id, table_name, row_id, "
                              "op, rejected_at, code, params) VALUES ('x1', 'm9', 'reviews', "
                              "'rw-3', 'update', 1767225600000, 'review.locked', '{}'), "
                              "('x2', 'm10', 'allocations', 'al-1', 'insert', 1767225600000, "
                              "'allocation.double_booked', '{\"code\": \"R1-0102\", "
                              "\"hostname\": \"a1-01\", \"with_code\": \"R1-0101\", \"from\": "
                              "1803830400000, \"to\": 1811779200000}')"_s}));
        SyncController controller(*store);
        SyncStatusButton button(controller);
        QVERIFY2(button.text().contains(u"2 changes refused"_s), qPrintable(button.text()));
        RejectedChangesDialog dialog(*store);
        QCOMPARE(dialog.table()->rowCount(), 2);
        QStringList reasons;
        for (int row = 0; row < 2; ++row)
            reasons << dialog.table()->item(row, 3)->text();
        QVERIFY2(reasons.join(u'\n').contains(u"locked"_s), qPrintable(reasons.join(u'\n')));
        QVERIFY2(reasons.join(u'\n').contains(u"a1-01 is already allocated to R1-0101"_s) ||
                     reasons.join(u'\n').contains(u"node a1-01"_s),
                 qPrintable(reasons.join(u'\n')));
        dialog.table()->selectRow(0);
        dialog.dismissSelected();
        QCOMPARE(dialog.table()->rowCount(), 1);
        QTRY_COMPARE(controller.rejections(), 1);
    }
};

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
