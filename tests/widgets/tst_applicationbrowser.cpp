// SPDX-License-Identifier: GPL-3.0-or-later
// The application browser driven as a user would: type Korean (committed and still composing),
// filter, screen, change status with a reason, export exactly the view.
#include "../common/WidgetInput.h"
#include "../common/TestStore.h"
#include "applications/ApplicationBrowser.h"
#include "applications/ApplicationDetailPanel.h"
#include "applications/FilterBar.h"
#include "common/SearchLineEdit.h"
#include "itemmodels/ApplicationTableModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QHeaderView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace gpudesk;
using test::typeText;

class TestApplicationBrowser : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ApplicationBrowser> m_browser;
    QStringList m_confirmed;

    void selectCodes(const QStringList &codes)
    {
        QTableView *table = m_browser->table();
        table->clearSelection();
        for (const QString &code : codes) {
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                if (table->model()->index(r, ApplicationTableModel::Code).data().toString() == code) {
                    table->selectionModel()->select(table->model()->index(r, 0),
                                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
                    table->selectionModel()->setCurrentIndex(table->model()->index(r, 0), QItemSelectionModel::NoUpdate);
                }
            }
        }
    }

    QString statusOf(const QString &code)
    {
        return test::scalar(m_store->db(), u"SELECT status FROM applications WHERE code = ?"_s, {code}).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    }

    void init()
    {
        m_browser.reset();
        m_store.reset();
        QFile::remove(m_dir.filePath(u"p.sqlite"_s));
        QFile::remove(m_dir.filePath(u"p.sqlite-wal"_s));
        QFile::remove(m_dir.filePath(u"p.sqlite-shm"_s));
        m_store = test::openWithReference(m_dir);
        QVERIFY(m_store);
        m_store->setCurrentUser(u"u-officer"_s, u"김서연"_s);
        QVERIFY(test::addApplication(*m_store, u"a1"_s, u"R1-0001"_s, u"서울 도시 교통 예측"_s, u"o-univ"_s, u"t-b200"_s, 64, 6));
        QVERIFY(test::addApplication(*m_store, u"a2"_s, u"R1-0002"_s, u"학습 데이터 정제 연구"_s, u"o-start"_s, u"t-h200"_s, 256, 12));
        QVERIFY(test::addApplication(*m_store, u"a3"_s, u"R1-0003"_s, u"단백질 구조 학습"_s, u"o-sme"_s, u"t-b200"_s, 100, 6)); // not whole nodes
        QVERIFY(test::addApplication(*m_store, u"a4"_s, u"R1-0004"_s, u"=HYPERLINK(\"http://x\")"_s, u"o-sme"_s, u"t-h200"_s, 8, 18)); // too long
        QVERIFY(test::addApplication(*m_store, u"a5"_s, u"R1-0005"_s, u"기상 예측 모델"_s, u"o-univ"_s, u"t-h200"_s, 32, 3, u"under_review"_s));
        m_browser = std::make_unique<ApplicationBrowser>(*m_store);
        ApplicationBrowser::Prompts prompts;
        prompts.confirm = [this](QWidget *, const QString &, const QString &text, const QString &) {
            m_confirmed << text;
            return true;
        };
        prompts.askTransition = [](QWidget *, ApplicationStatus, int) -> std::optional<std::pair<ApplicationStatus, QString>> {
            return std::make_pair(ApplicationStatus::Withdrawn, u"신청 기관 요청으로 철회"_s);
        };
        prompts.askExportPath = [this](QWidget *) { return m_dir.filePath(u"view.csv"_s); };
        prompts.warn = [](QWidget *, const QString &, const QString &text) { QFAIL(qPrintable(text)); };
        m_browser->setPrompts(prompts);
        m_browser->resize(1200, 700);
        m_browser->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
        m_confirmed.clear();
    }

    void cleanupTestCase()
    {
        m_browser.reset();
        m_store.reset();
    }

    void typingKoreanNarrowsTheRows()
    {
        QCOMPARE(m_browser->table()->model()->rowCount(), 5);
        SearchLineEdit *search = m_browser->filterBar()->searchEdit();
        search->setFocus();
        typeText(search, u"학"_s); // two titles, and 한빛과학기술대학교's two applications
        QTRY_COMPARE(m_browser->table()->model()->rowCount(), 4);
        typeText(search, u"습"_s); // 학습: the two titles only
        QCOMPARE(m_browser->table()->model()->rowCount(), 2);
        search->clear();
        QCOMPARE(m_browser->table()->model()->rowCount(), 5);
        QVERIFY(m_browser->findChild<QLabel *>(u"countLabel"_s)->text().contains(u"5"_s));
    }

    void compositionUpdatesBeforeCommit()
    {
        SearchLineEdit *search = m_browser->filterBar()->searchEdit();
        search->setFocus();
        typeText(search, u"도시 "_s);
        QCOMPARE(m_browser->table()->model()->rowCount(), 1);
        // An input method is composing "교" (ㄱ + ㅛ) after "도시 ": nothing committed yet.
        QInputMethodEvent composing(u"교"_s, {});
        QApplication::sendEvent(search, &composing);
        QCOMPARE(search->text(), u"도시 "_s);
        QCOMPARE(search->searchText(), u"도시 교"_s);
        QCOMPARE(m_browser->table()->model()->rowCount(), 1);
        QInputMethodEvent wrong(u"굥"_s, {});
        QApplication::sendEvent(search, &wrong);
        QCOMPARE(m_browser->table()->model()->rowCount(), 0);
        QInputMethodEvent commit;
        commit.setCommitString(u"교"_s);
        QApplication::sendEvent(search, &commit);
        QCOMPARE(search->text(), u"도시 교"_s);
        QCOMPARE(m_browser->table()->model()->rowCount(), 1);
    }

    void filtersNarrowTheRows()
    {
        auto *type = m_browser->findChild<QComboBox *>(u"typeFilter"_s);
        type->setCurrentIndex(type->findText(u"H200"_s));
        QCOMPARE(m_browser->table()->model()->rowCount(), 3);
        auto *org = m_browser->findChild<QComboBox *>(u"orgTypeFilter"_s);
        org->setCurrentIndex(org->findData(u"university"_s));
        QCOMPARE(m_browser->table()->model()->rowCount(), 1);
        m_browser->filterBar()->clear();
        QCOMPARE(m_browser->table()->model()->rowCount(), 5);
    }

    void screeningMovesAndRecordsHistory()
    {
        selectCodes({u"R1-0001"_s, u"R1-0002"_s, u"R1-0003"_s, u"R1-0004"_s});
        QAction *screen = m_browser->findChild<QAction *>(u"screenAction"_s);
        QVERIFY(screen->isEnabled());
        screen->trigger();
        QCOMPARE(m_confirmed.size(), 1);
        QCOMPARE(statusOf(u"R1-0001"_s), u"under_review"_s);
        QCOMPARE(statusOf(u"R1-0002"_s), u"under_review"_s);
        QCOMPARE(statusOf(u"R1-0003"_s), u"rejected"_s);
        QCOMPARE(statusOf(u"R1-0004"_s), u"rejected"_s);
        // Each went submitted -> screening -> outcome, with who and why.
        QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM application_status_history WHERE application_id = 'a3'"_s).toInt(), 2);
        const QString reason = test::scalar(m_store->db(), u"SELECT reason FROM application_status_history WHERE application_id = 'a3' AND to_status = 'rejected'"_s).toString();
        QVERIFY2(reason.contains(u"100"_s), qPrintable(reason));
        QCOMPARE(test::scalar(m_store->db(), u"SELECT changed_by FROM application_status_history WHERE application_id = 'a3' AND to_status = 'rejected'"_s).toString(), u"김서연"_s);
        QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM audit_log WHERE entity_id = 'a4'"_s).toInt(), 2);
        // The captured changes are in the outbox for sync.
        QVERIFY(test::scalar(m_store->db(), u"SELECT count(*) FROM outbox WHERE table_name = 'applications'"_s).toInt() >= 8);
        // The table and the detail panel follow the store.
        selectCodes({u"R1-0003"_s});
        auto *panel = m_browser->detailPanel();
        QTRY_VERIFY(panel->findChild<QLabel *>(u"detailStatus"_s)->text().contains(statusLabel(ApplicationStatus::Rejected)));
        QCOMPARE(panel->findChild<QTreeWidget *>(u"detailHistory"_s)->topLevelItemCount(), 2);
    }

    void changeStatusAsksForAReason()
    {
        selectCodes({u"R1-0005"_s});
        QAction *change = m_browser->findChild<QAction *>(u"changeStatusAction"_s);
        QVERIFY(change->isEnabled());
        change->trigger();
        QCOMPARE(statusOf(u"R1-0005"_s), u"withdrawn"_s);
        QCOMPARE(test::scalar(m_store->db(), u"SELECT reason FROM application_status_history WHERE application_id = 'a5' ORDER BY changed_at DESC LIMIT 1"_s).toString(),
                 u"신청 기관 요청으로 철회"_s);
        // A mixed selection cannot be asked one question.
        selectCodes({u"R1-0001"_s, u"R1-0005"_s});
        QVERIFY(!change->isEnabled());
    }

    void exportWritesExactlyTheView()
    {
        auto *type = m_browser->findChild<QComboBox *>(u"typeFilter"_s);
        type->setCurrentIndex(type->findText(u"H200"_s));
        m_browser->table()->sortByColumn(ApplicationTableModel::Code, Qt::AscendingOrder);
        m_browser->findChild<QAction *>(u"exportAction"_s)->trigger();
        QFile f(m_dir.filePath(u"view.csv"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // header + 3 H200 rows
        QVERIFY(lines[1].startsWith(u"R1-0002,"_s));
        QVERIFY2(lines[2].contains(u"'=HYPERLINK"_s), qPrintable(lines[2]));
        // Hidden columns stay out; the visible ones come in on-screen order.
        const int visible = m_browser->table()->horizontalHeader()->count()
                            - m_browser->table()->horizontalHeader()->hiddenSectionCount();
        QCOMPARE(lines[0].split(u',').size(), visible);
    }
};

QTEST_MAIN(TestApplicationBrowser)
#include "tst_applicationbrowser.moc"
