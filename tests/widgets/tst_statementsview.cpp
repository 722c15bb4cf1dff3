// SPDX-License-Identifier: GPL-3.0-or-later
// The statements view on February 2026 of StatementSeed.h: the table with right-aligned KRW, the
// summary line, issuing with a confirmation that says what happens and a result message,
// issuing again (nothing to do), and the CSV export writing the file.
#include "../common/StatementSeed.h"
#include "usage/StatementsView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestStatementsView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QStringList m_confirmed;
    QStringList m_informed;
    QStringList m_warnings;
    QString m_saveTo;

    std::unique_ptr<StatementsView> makeView()
    {
        auto view = std::make_unique<StatementsView>(*m_store);
        StatementsView::Prompts p;
        p.confirm = [this](QWidget *, const QString &, const QString &text) {
            m_confirmed << text;
            return true;
        };
        p.inform = [this](QWidget *, const QString &, const QString &text) { m_informed << text; };
        p.warn = [this](QWidget *, const QString &, const QString &text) { m_warnings << text; };
        p.saveFileName = [this](QWidget *, const QString &suggested) {
            m_confirmed << suggested;
            return m_saveTo;
        };
        view->setPrompts(p);
        view->resize(1280, 700);
        view->setCall(u"c-r1"_s);
        view->setMonth(u"2026-02"_s);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            qWarning("the view was not exposed");
        view->refresh();
        return view;
    }

    QModelIndex at(StatementsView &view, const QString &code, int column)
    {
        for (int r = 0; r < view.proxy()->rowCount(); ++r) {
            if (view.proxy()->index(r, StatementsView::Code).data().toString() == code)
                return view.proxy()->index(r, column);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = test::openWithFleet(*m_dir);
        QVERIFY(m_store);
        QVERIFY(test::seedFebruaryStatements(*m_store));
        m_confirmed.clear();
        m_informed.clear();
        m_warnings.clear();
        m_saveTo = m_dir->filePath(u"statements.csv"_s);
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void showsTheMonth();
    void issueWithConfirmation();
    void exportWritesTheFile();
};

void TestStatementsView::showsTheMonth()
{
    auto view = makeView();
    QAbstractItemModelTester tester(view->proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->callId(), u"c-r1"_s);
    QCOMPARE(view->monthPicker()->count(), 2); // February and March
    QCOMPARE(view->month(), u"2026-02"_s);
    QCOMPARE(view->proxy()->rowCount(), 4);
    const QModelIndex amount = at(*view, u"R1-0102"_s, StatementsView::Amount);
    QCOMPARE(amount.data().toString(), u"₩864,000"_s);
    QVERIFY(amount.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
    QCOMPARE(at(*view, u"R1-0101"_s, StatementsView::GpuHours).data().toString(), u"22,272"_s);
    QCOMPARE(at(*view, u"R1-0102"_s, StatementsView::YouthDiscount).data().toString(), u"50 %"_s);
    QCOMPARE(at(*view, u"R1-0103"_s, StatementsView::Share).data().toString(), u"5 %"_s);
    QCOMPARE(at(*view, u"R1-0103"_s, StatementsView::Issued).data().toString(), u"Not issued"_s);
    QVERIFY(at(*view, u"R1-0199"_s, StatementsView::Note)
                .data()
                .toString()
                .contains(u"no share rate"_s));
    const QString summary = view->summary()->text();
    QVERIFY2(summary.contains(u"3 project(s)"_s) && summary.contains(u"27,741 GPU-hours"_s) &&
                 summary.contains(u"total ₩1,487,970"_s) && summary.contains(u"1 refused"_s),
             qPrintable(summary));

    // Sorting by amount, descending: the youth startup's ₩864,000 first.
    view->table()->sortByColumn(StatementsView::Amount, Qt::DescendingOrder);
    QCOMPARE(view->proxy()->index(0, StatementsView::Code).data().toString(), u"R1-0102"_s);

    // March: only the rest of R1-0103.
    view->monthPicker()->setCurrentIndex(view->monthPicker()->findData(u"2026-03"_s));
    QTRY_COMPARE(view->proxy()->rowCount(), 1);
}

void TestStatementsView::issueWithConfirmation()
{
    auto view = makeView();
    QSignalSpy messages(view.get(), &StatementsView::statusMessage);
    QTest::mouseClick(view->issueButton(), Qt::LeftButton);
    QCOMPARE(m_confirmed.size(), 1);
    QVERIFY2(m_confirmed.first().contains(u"3 new"_s) &&
                 m_confirmed.first().contains(u"1 refused"_s),
             qPrintable(m_confirmed.first()));
    QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM statements"_s).toInt(), 3);
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().first().toString().contains(u"issued: 3 new"_s),
             qPrintable(messages.first().first().toString()));
    QCOMPARE(m_informed.size(), 1);
    QVERIFY(at(*view, u"R1-0103"_s, StatementsView::Issued)
                .data()
                .toString()
                .startsWith(u"Issued on "_s));

    // Again: nothing changed, nothing to confirm, and it says so.
    QTest::mouseClick(view->issueButton(), Qt::LeftButton);
    QCOMPARE(m_confirmed.size(), 1);
    QCOMPARE(m_informed.size(), 2);
    QVERIFY2(m_informed.last().contains(u"Nothing to issue"_s) &&
                 m_informed.last().contains(u"3 unchanged"_s),
             qPrintable(m_informed.last()));

    // A changed allocation shows as such, and issuing replaces that one statement.
    QVERIFY(test::exec(*m_store, {u"UPDATE allocations SET starts_at = %1 WHERE id = 'al-h1'"_s.arg(
                                     test::feb(21, 12, 20))}));
    view->refresh();
    QVERIFY(at(*view, u"R1-0103"_s, StatementsView::Issued)
                .data()
                .toString()
                .startsWith(u"Changed since issued"_s));
    QTest::mouseClick(view->issueButton(), Qt::LeftButton);
    QCOMPARE(m_confirmed.size(), 2);
    QVERIFY2(m_confirmed.last().contains(u"1 replaced because the figures changed"_s),
             qPrintable(m_confirmed.last()));
    QVERIFY(m_warnings.isEmpty());
}

void TestStatementsView::exportWritesTheFile()
{
    auto view = makeView();
    QSignalSpy messages(view.get(), &StatementsView::statusMessage);
    QTest::mouseClick(view->exportButton(), Qt::LeftButton);
    QCOMPARE(m_confirmed.value(0), u"statements-2025-R1-2026-02.csv"_s); // the suggested name
    QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(u'\n')));
    QFile file(m_saveTo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("R1-0102,DeepFine Inc.,B200,3840,9000,5,50,864000,86400,950400,"));
    QVERIFY(bytes.contains("Total 2025-R1 2026-02"));
    QCOMPARE(messages.size(), 1);

    // A folder that cannot be written is reported, not ignored.
    m_saveTo = m_dir->filePath(u"missing/folder/statements.csv"_s);
    QTest::mouseClick(view->exportButton(), Qt::LeftButton);
    QCOMPARE(m_warnings.size(), 1);
    QVERIFY2(m_warnings.first().contains(u"could not be opened"_s), qPrintable(m_warnings.first()));
}

QTEST_MAIN(TestStatementsView)
#include "tst_statementsview.moc"
