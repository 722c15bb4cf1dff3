// SPDX-License-Identifier: GPL-3.0-or-later
// The operations side of administration as people use it: the audit trail filtered, its record's
// history opened and exported; a backup made from the page while the profile is open and restored
// into another profile after the preview (never over the open one); About's versions and the
// diagnostics bundle; the Administration area as each role sees it; and a reviewer's notice once
// a closed panel's copies are removed from their computer.
#include "../common/PromptRecorder.h"
#include "../common/FleetSeed.h"
#include "admin/AdministrationArea.h"
#include "admin/AuditHistoryDialog.h"
#include "admin/AuditPage.h"
#include "admin/BackupPage.h"
#include "admin/RestoreDialog.h"
#include "itemmodels/AuditLogModel.h"
#include "mainwindow/AboutDialog.h"
#include "mainwindow/MainWindow.h"
#include "review/MyReviewsView.h"
#include "store/AuditLog.h"
#include "store/ProfileBackup.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestAdminOperations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    test::PromptRecorder m_rec; // questions are answered no

    bool audit(const QString &action, const QString &entity, const QString &id, const QJsonObject &d)
    {
        return m_store->write(
            [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
                changed << u"audit_log"_s;
                return AuditLog::append(db, u"u-a"_s, action, entity, id, d, err);
            },
            nullptr);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = test::openWithFleet(*m_dir);
        QVERIFY(m_store);
        QVERIFY(test::exec(*m_store, {u"INSERT INTO users (id, login, display_name, role) VALUES "
                                      "('u-a', 'admin', '박준혁', 'administrator'), "
                                      "('u-o', 'officer', '김서연', 'program_officer')"_s}));
        m_store->setCurrentUser(u"u-a"_s, u"박준혁"_s);
        m_rec.clear();
        m_rec.confirmAnswer = false;
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void auditFilteredHistoryAndExport();
    void backupThenRestoreIntoAnotherProfile();
    void aboutAndDiagnostics();
    void eachRoleSeesItsAdministration();
    void reviewerToldWhatWasRemoved();
    void auditReadOnlyWhenShown();
};

void TestAdminOperations::auditFilteredHistoryAndExport()
{
    QVERIFY(audit(u"node_state"_s, u"node"_s, u"n-a1-01"_s, {{u"to"_s, u"failed"_s}}));
    QVERIFY(audit(u"node_state"_s, u"node"_s, u"n-a1-01"_s, {{u"to"_s, u"free"_s}}));
    QVERIFY(audit(u"call_change"_s, u"call"_s, u"c-r1"_s, {{u"reason"_s, u"=cmd|' /C calc'!A0"_s}}));
    AuditPage page(*m_store);
    page.setPrompts(m_rec.prompts());
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 3);
    QCOMPARE(page.countLabel()->text(), u"3 entry(s)"_s);
    page.actionBox()->setCurrentIndex(page.actionBox()->findData(u"node_state"_s));
    QCOMPARE(page.model()->rowCount(), 2);
    QCOMPARE(page.model()->index(0, AuditLogModel::Name).data().toString(), u"a1-01"_s);
    // The node's full history from one of its lines.
    page.table()->selectRow(0);
    int historyRows = -1;
    m_rec.fill = [&](QDialog *d) {
        historyRows = qobject_cast<AuditHistoryDialog *>(d)->model()->rowCount();
        return false;
    };
    page.showHistory();
    QCOMPARE(historyRows, 2);
    // A new line arrives while the page is open.
    QVERIFY(audit(u"node_state"_s, u"node"_s, u"n-a1-02"_s, {}));
    QTRY_COMPARE(page.model()->rowCount(), 3);
    page.clearFilters();
    QCOMPARE(page.model()->rowCount(), 4);
    // The export writes what the filters show.
    m_rec.savePath = m_dir->filePath(u"audit.csv"_s);
    page.entityBox()->setCurrentIndex(page.entityBox()->findData(u"call"_s));
    page.exportCsv();
    QFile f(m_rec.savePath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[1].contains(u"2025-R1"_s), qPrintable(lines[1]));
}

void TestAdminOperations::backupThenRestoreIntoAnotherProfile()
{
    BackupPage page(*m_store);
    page.setPrompts(m_rec.prompts());
    page.show();
    const QString folder = m_dir->filePath(u"backups"_s);
    page.folderEdit()->setText(folder);
    page.intervalBox()->setCurrentIndex(page.intervalBox()->findData(24));
    page.keepBox()->setValue(3);
    page.saveSchedule();
    QVERIFY(QDir(folder).exists());
    m_rec.savePath = ProfileBackup::backupPathFor(m_store->path(), folder, QDateTime::currentDateTime());
    QVERIFY(page.backUpNow());
    QVERIFY(QFile::exists(m_rec.savePath));
    QCOMPARE(page.table()->model()->rowCount(), 1);
    QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM audit_log WHERE action = 'backup'"_s).toInt(), 1);

    // The preview, then the restore into the open profile refused by the dialog itself.
    QString note;
    bool refusedOverOpen = false;
    const QString target = m_dir->filePath(u"restored.sqlite"_s);
    m_rec.fill = [&](QDialog *d) {
        auto *dialog = qobject_cast<RestoreDialog *>(d);
        dialog->setTargetPath(m_store->path());
        refusedOverOpen = !dialog->restoreButton()->isEnabled() &&
                          dialog->targetNote()->text().contains(u"gpudesk restore"_s);
        note = dialog->findChild<QLabel *>(u"restoreCounts"_s)->text();
        dialog->setTargetPath(target);
        return dialog->restoreButton()->isEnabled();
    };
    page.table()->selectRow(0);
    page.restoreSelected();
    QVERIFY(refusedOverOpen);
    QVERIFY2(note.contains(u"Nodes: 30"_s), qPrintable(note));
    QVERIFY2(m_rec.warnings.isEmpty(), qPrintable(m_rec.warnings.join(u'\n')));
    QString error;
    QCOMPARE(ProfileBackup::fingerprint(target, &error), ProfileBackup::fingerprint(m_rec.savePath, &error));
}

void TestAdminOperations::aboutAndDiagnostics()
{
    AboutDialog about(m_store.get());
    QTableWidget *versions = about.versions();
    QStringList labels;
    for (int r = 0; r < versions->rowCount(); ++r)
        labels << versions->item(r, 0)->text();
    QCOMPARE(labels, (QStringList{u"gpudesk"_s, u"Qt"_s, u"SQLite"_s, u"OpenSSL"_s,
                                  u"Profile schema"_s, u"System"_s}));
    const QString zip = m_dir->filePath(u"diag.zip"_s);
    const QString message = AboutDialog::saveDiagnostics(
        nullptr, m_store.get(), [&](QWidget *, const QString &suggested) {
            return suggested.endsWith(u".zip"_s) ? zip : QString();
        });
    QVERIFY2(message.contains(u"no password"_s), qPrintable(message));
    QVERIFY(QFileInfo(zip).size() > 100);
}

void TestAdminOperations::eachRoleSeesItsAdministration()
{
    MainWindow w(*m_store, Session{u"u-a"_s, u"박준혁"_s, u"administrator"_s});
    QVERIFY(w.administration());
    QCOMPARE(w.administration()->tabs()->count(), 6);
    QVERIFY(w.findChild<QAction *>(u"changePasswordAction"_s));
    w.switchSession(Session{u"u-o"_s, u"김서연"_s, u"program_officer"_s});
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(w.administration()->tabs()->count(), 1);
    QVERIFY(w.administration()->callsPage());
    QVERIFY(!w.administration()->usersPage());
}

void TestAdminOperations::reviewerToldWhatWasRemoved()
{
    // A reviewer's own profile: only the reviewer's user, one call whose panel has closed.
    QTemporaryDir dir;
    auto store = test::openWithReference(dir);
    QVERIFY(store);
    QVERIFY(test::addApplication(*store, u"a1"_s, u"R1-0001"_s, u"과제"_s, u"o-univ"_s, u"t-b200"_s, 16, 6,
                                 u"under_review"_s));
    QVERIFY(test::exec(*store,
                       {u"INSERT INTO users (id, login, display_name, role) VALUES ('u-rev', "
                        "'reviewer01', '이평가', 'reviewer')"_s,
                        u"INSERT INTO reviewers (id, user_id, name) VALUES ('rv', 'u-rev', '이평가')"_s,
                        u"INSERT INTO panel_members (id, call_id, reviewer_id) VALUES ('pm', 'c-r1', 'rv')"_s,
                        u"INSERT INTO documents (id, application_id, file_name, content) VALUES "
                        "('d1', 'a1', 'plan.txt', 'x')"_s,
                        u"INSERT INTO review_assignments (id, application_id, reviewer_id, status, "
                        "assigned_at) VALUES ('ra', 'a1', 'rv', 'accepted', 1)"_s,
                        u"INSERT INTO reviews (id, assignment_id, application_id, reviewer_id, status) "
                        "VALUES ('r', 'ra', 'a1', 'rv', 'submitted')"_s,
                        u"UPDATE calls SET panel_closed_at = 1770000000000"_s}));
    store->setCurrentUser(u"u-rev"_s, u"이평가"_s);
    MyReviewsView view(*store, u"u-rev"_s);
    view.show();
    QCOMPARE(test::scalar(store->db(), u"SELECT count(*) FROM documents"_s).toInt(), 0);
    QVERIFY(view.retentionNotice()->isVisibleTo(&view));
    const QString notice = view.retentionNotice()->text();
    QVERIFY2(notice.contains(u"2025-R1"_s) && notice.contains(u"1 document(s)"_s), qPrintable(notice));
}

// The audit page neither lists its choices nor reads a page of the trail until it is shown.
void TestAdminOperations::auditReadOnlyWhenShown()
{
    QVERIFY(audit(u"node_state"_s, u"node"_s, u"n-a1-01"_s, {{u"to"_s, u"failed"_s}}));
    AuditPage page(*m_store);
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(page.actionBox()->count(), 0);
    page.show();
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.countLabel()->text(), u"1 entry(s)"_s);
    QVERIFY(page.actionBox()->findData(u"node_state"_s) > 0);
}

QTEST_MAIN(TestAdminOperations)
#include "tst_adminoperations.moc"
