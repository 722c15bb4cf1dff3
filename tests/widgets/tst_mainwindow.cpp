// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: areas, status bar, keyboard, and a complete switch between English and Korean.
#include "../common/ChecksSeed.h"
#include "../common/FakeUsageSeries.h"
#include "../common/TestStore.h"
#include "Translator.h"
#include "applications/ApplicationBrowser.h"
#include "applications/FilterBar.h"
#include "common/SearchLineEdit.h"
#include "admin/AdministrationArea.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/NavigationBar.h"
#include "rackmap/RackMapArea.h"
#include "rackmap/RackMapView.h"
#include "review/MyReviewsView.h"
#include "review/ReviewArea.h"
#include "usage/IdleProjectsView.h"
#include "usage/StatementsView.h"
#include "usage/UsageArea.h"
#include "usage/UsageChart.h"
#include "usage/UsageDashboard.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

// The words of the window's chrome, in a fixed order: menus and their actions, navigation,
// table headers, filter choices, buttons and labels of the status bar.
QStringList chromeStrings(MainWindow &w)
{
    QStringList out;
    for (QAction *menu : w.menuBar()->actions()) {
        out << menu->text();
        if (menu->menu()) {
            for (QAction *a : menu->menu()->actions()) {
                if (!a->isSeparator())
                    out << a->text();
            }
        }
    }
    for (int i = 0; i < w.navigation()->count(); ++i)
        out << w.navigation()->item(i)->text();
    QTableView *table = w.applicationBrowser()->table();
    for (int c = 0; c < table->model()->columnCount(); ++c)
        out << table->model()->headerData(c, Qt::Horizontal).toString();
    for (const char *name : {"statusFilter", "orgTypeFilter", "callFilter", "typeFilter"}) {
        auto *box = w.findChild<QComboBox *>(QString::fromLatin1(name));
        out << box->itemText(0);
        if (QString::fromLatin1(name) == u"statusFilter"_s || QString::fromLatin1(name) == u"orgTypeFilter"_s) {
            for (int i = 1; i < box->count(); ++i)
                out << box->itemText(i);
        }
    }
    out << w.applicationBrowser()->filterBar()->searchEdit()->placeholderText();
    out << w.findChild<QToolButton *>(u"clearFilters"_s)->text();
    out << w.findChild<QToolButton *>(u"syncStatus"_s)->text();
    return out;
}

bool hasHangul(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    }
    return false;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    test::FakeUsageSeries m_usage; // 40 days of telemetry for the Dashboard and Usage

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_usage.toMs = Store::nowMs();
        m_usage.fromMs = m_usage.toMs - 40LL * 86400000;
        m_store = test::openWithReference(m_dir);
        QVERIFY(m_store);
        QVERIFY(test::addApplication(*m_store, u"a1"_s, u"R1-0001"_s, u"서울 도시 교통 예측"_s, u"o-univ"_s, u"t-b200"_s, 64, 6));
        QVERIFY(test::exec(*m_store, {
            u"INSERT INTO users (id, login, display_name, role) VALUES "
            "('u1', 'officer', '김서연', 'program_officer'), ('u-rev', 'reviewer01', '김태윤', 'reviewer'), "
            "('u-man', 'manager', '정민호', 'manager')"_s,
            u"INSERT INTO reviewers (id, user_id, name, email) VALUES "
            "('r1', 'u-rev', '김태윤', 'ty.kim@reviewers.example')"_s}));
    }

    static QStringList areas(MainWindow &w)
    {
        QStringList keys;
        for (int i = 0; i < w.navigation()->count(); ++i)
            keys << w.navigation()->item(i)->data(Qt::UserRole).toString();
        return keys;
    }

    void eachRoleSeesItsOwnAreas()
    {
        Translator::apply(u"en"_s);
        MainWindow w(*m_store, Session{u"u1"_s, u"김서연"_s, u"program_officer"_s}, &m_usage);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(areas(w), (QStringList{u"dashboard"_s, u"applications"_s, u"review"_s,
                                        u"national"_s, u"programs"_s, u"rackmap"_s, u"usage"_s,
                                        u"billing"_s, u"reports"_s, u"administration"_s}));
        QVERIFY(w.reportsArea());
        QVERIFY(w.reviewArea());
        // Officers run the calls: of administration, they get the calls page only.
        QCOMPARE(w.administration()->tabs()->count(), 1);
        QVERIFY(w.findChild<QAction *>(u"importAction"_s));
        QVERIFY(w.findChild<QAction *>(u"importTelemetryAction"_s));
        QVERIFY(w.usageArea()->idleView());
        QVERIFY(!w.billing()->isReadOnly());
        w.navigation()->setCurrentArea(u"review"_s);
        QVERIFY(w.reviewArea()->isVisible());

        // A reviewer never gets the list of all applications, nor the officer's actions.
        w.switchSession(Session{u"u-rev"_s, u"김태윤"_s, u"reviewer"_s});
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(areas(w), QStringList{u"myReviews"_s});
        QVERIFY(!w.dashboard() && !w.usageArea() && !w.billing());
        QVERIFY(!w.findChild<QAction *>(u"importTelemetryAction"_s));
        QVERIFY(!w.applicationBrowser());
        QVERIFY(!w.reviewArea());
        QVERIFY(!w.reportsArea());
        QVERIFY(w.myReviews());
        QVERIFY(w.findChildren<ApplicationBrowser *>().isEmpty());
        QVERIFY(!w.findChild<QAction *>(u"importAction"_s));
        QCOMPARE(m_store->currentUserId(), u"u-rev"_s);
        QVERIFY(w.findChild<QLabel *>(u"userLabel"_s)->text().contains(u"김태윤"_s));

        w.switchSession(Session{u"u-man"_s, u"정민호"_s, u"manager"_s});
        QCoreApplication::processEvents();
        // Managers read: the dashboard, the charts without the idle check's actions, statements
        // without issuing them.
        QCOMPARE(areas(w), (QStringList{u"dashboard"_s, u"applications"_s, u"usage"_s,
                                        u"billing"_s, u"reports"_s}));
        QVERIFY(!w.findChild<QAction *>(u"importAction"_s));
        for (const char *name : {"startScreeningAction", "screenAction", "changeStatusAction"}) {
            const auto *action = w.applicationBrowser()->findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY(action);
            QVERIFY(!action->isVisible());
        }
        QVERIFY(w.reportsArea());
        QVERIFY(!w.administration());
        QVERIFY(!w.findChild<QAction *>(u"importTelemetryAction"_s));
        QVERIFY(!w.usageArea()->idleView());
        QVERIFY(w.billing()->isReadOnly());
        QVERIFY(w.billing()->issueButton()->isHidden());
    }

    // Without telemetry to read, Dashboard and Usage stay away; Billing and Import telemetry do not
    // need it.
    void usageViewsNeedASource()
    {
        Translator::apply(u"en"_s);
        MainWindow w(*m_store, Session{u"u1"_s, u"김서연"_s, u"program_officer"_s});
        QCOMPARE(areas(w), (QStringList{u"applications"_s, u"review"_s, u"national"_s,
                                        u"programs"_s, u"rackmap"_s, u"billing"_s, u"reports"_s,
                                        u"administration"_s}));
        QVERIFY(!w.dashboard() && !w.usageArea());
        QVERIFY(w.billing());
        QVERIFY(w.findChild<QAction *>(u"importTelemetryAction"_s));
    }

    // Ctrl+1 … follow the bar, whatever it holds.
    void numberKeysFollowTheBar()
    {
        Translator::apply(u"en"_s);
        MainWindow w(*m_store, Session{u"u1"_s, u"김서연"_s, u"program_officer"_s}, &m_usage);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        // Nine keys for the first nine areas.
        for (int i = 0; i < std::min(w.navigation()->count(), 9); ++i) {
            QTest::keyClick(&w, static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
            QTRY_COMPARE(w.navigation()->currentRow(), i);
        }
        QCOMPARE(w.navigation()->currentArea(), u"reports"_s);
        // Ctrl+0, the end of the number row, for the tenth: Administration.
        QCOMPARE(w.navigation()->count(), 10);
        QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
        QTRY_COMPARE(w.navigation()->currentArea(), u"administration"_s);
        QCOMPARE(w.navigation()->item(9)->toolTip(), u"Administration (Ctrl+0)"_s);
        QCOMPARE(w.navigation()->item(0)->toolTip().right(8), u"(Ctrl+1)"_s);
        QTest::keyClick(&w, Qt::Key_7, Qt::ControlModifier);
        QTRY_VERIFY(w.usageArea()->isVisible());

        // Inside the rack map, Ctrl+0 stays its Fit all, from the map and from its other parts.
        w.navigation()->setCurrentArea(u"rackmap"_s);
        auto *map = w.findChild<RackMapArea *>();
        QVERIFY(map);
        QTRY_VERIFY(map->isVisible());
        const double fitted = map->view()->zoom();
        for (QWidget *focus : {static_cast<QWidget *>(map->view()),
                               static_cast<QWidget *>(map->projectTable())}) {
            map->view()->setZoom(fitted * 3);
            focus->setFocus();
            QTRY_VERIFY(focus->hasFocus());
            QTest::keyClick(focus, Qt::Key_0, Qt::ControlModifier);
            QCOMPARE(w.navigation()->currentArea(), u"rackmap"_s);
            QCOMPARE(map->view()->zoom(), fitted);
        }
        // Outside it, Ctrl+0 goes to Administration again.
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(w.navigation()->currentRow(), 0);
        QTest::keyClick(w.navigation(), Qt::Key_0, Qt::ControlModifier);
        QTRY_COMPARE(w.navigation()->currentArea(), u"administration"_s);
    }

    // Enter on a project of the dashboard (as a double click) opens its chart in Usage.
    void dashboardOpensAProjectsChart()
    {
        QTemporaryDir dir;
        auto store = test::openWithRunningProjects(dir);
        QVERIFY(store);
        Translator::apply(u"en"_s);
        MainWindow w(*store, Session{u"u1"_s, u"김서연"_s, u"program_officer"_s}, &m_usage);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.navigation()->setCurrentArea(u"dashboard"_s);
        auto *projects = w.dashboard()->findChild<QTableWidget *>(u"dashboardProjects"_s);
        QTRY_VERIFY(projects->rowCount() == 2);
        int row = 0;
        while (projects->item(row, 0)->text() != u"R1-0102"_s)
            ++row;
        projects->setCurrentCell(row, 0);
        projects->setFocus();
        QTest::keyClick(projects, Qt::Key_Return);
        QTRY_COMPARE(w.navigation()->currentArea(), u"usage"_s);
        QTRY_COMPARE(w.usageArea()->chart()->subjects().size(), 1);
        QCOMPARE(w.usageArea()->chart()->subjects().constFirst().id, u"ap-b2"_s);
        QVERIFY(w.usageArea()->chart()->isVisible());
    }
    void cleanupTestCase() { m_store.reset(); }

    void switchingToKoreanLeavesNoEnglishBehind()
    {
        Translator::apply(u"en"_s);
        MainWindow w(*m_store, Session{u"u1"_s, u"김서연"_s, u"program_officer"_s}, &m_usage);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QStringList english = chromeStrings(w);
        QVERIFY(english.contains(u"&File"_s));
        QVERIFY(w.findChild<QLabel *>(u"userLabel"_s)->text().contains(u"Program officer"_s));

        Translator::apply(u"ko"_s);
        QCoreApplication::processEvents();
        const QStringList korean = chromeStrings(w);
        QCOMPARE(korean.size(), english.size());
        static const QRegularExpression words(u"[a-z]{2,}"_s);
        for (int i = 0; i < english.size(); ++i) {
            if (!english[i].contains(words))
                continue; // codes and numbers (B200, H200) are the same in every language
            QVERIFY2(korean[i] != english[i], qPrintable(u"untranslated: "_s + english[i]));
            QVERIFY2(hasHangul(korean[i]), qPrintable(u"no Korean in: "_s + korean[i]));
        }
        QVERIFY(korean.contains(u"파일(&F)"_s));
        QVERIFY(w.findChild<QLabel *>(u"userLabel"_s)->text().contains(u"사업 담당자"_s));

        // And back: the window follows the language both ways.
        Translator::apply(u"en"_s);
        QCoreApplication::processEvents();
        QCOMPARE(chromeStrings(w), english);
    }

    void keyboardReachesTheSearch()
    {
        Translator::apply(u"en"_s);
        MainWindow w(*m_store, Session{u"u1"_s, u"김서연"_s, u"program_officer"_s}, &m_usage);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        w.applicationBrowser()->table()->setFocus();
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(w.applicationBrowser()->filterBar()->searchEdit()->hasFocus());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
