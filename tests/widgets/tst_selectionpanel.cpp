// SPDX-License-Identifier: GPL-3.0-or-later
// The selection panel on a seeded call: the ranking and capacity shown, decisions applied in one
// confirmed step, an override that needs a reason, promotion, and the panel sheet export.
#include "../common/SelectionSeed.h"
#include "itemmodels/RankingModel.h"
#include "review/OverrideDialog.h"
#include "review/SelectionPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestSelectionPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SelectionPanel> m_panel;
    QStringList m_confirmations;
    QStringList m_warnings;

    QString statusOf(const QString &id)
    {
        return test::scalar(m_store->db(), u"SELECT status FROM applications WHERE id = ?"_s, {id})
            .toString();
    }

    int rowOfCode(const QString &code)
    {
        QAbstractItemModel *m = m_panel->table()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, RankingModel::Code).data().toString() == code)
                return r;
        }
        return -1;
    }

    QString cell(const QString &code, int column)
    {
        const int r = rowOfCode(code);
        return r < 0 ? QString() : m_panel->table()->model()->index(r, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = test::openWithReference(m_dir);
        QVERIFY(m_store);
        m_store->setCurrentUser(u"u-officer"_s, u"김서연"_s);
        QVERIFY(test::seedSelection(*m_store));
        m_panel = std::make_unique<SelectionPanel>(*m_store);
        new QAbstractItemModelTester(m_panel->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_panel.get());
        SelectionPanel::Prompts prompts;
        prompts.confirm = [this](QWidget *, const QString &, const QString &text, const QString &) {
            m_confirmations << text;
            return true;
        };
        prompts.warn = [this](QWidget *, const QString &, const QString &text) {
            m_warnings << text;
        };
        prompts.askOverride = [](QWidget *, const OverrideDialog::Subject &)
            -> std::optional<SelectionPanel::OverrideAnswer> { return std::nullopt; };
        prompts.askExportPath = [this](QWidget *, const QString &) {
            return m_dir.filePath(u"sheet.csv"_s);
        };
        m_panel->setPrompts(prompts);
        m_panel->normaliseBox()->setChecked(false);
        m_panel->resize(1366, 700);
        m_panel->show();
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        m_panel->setCall(u"c-r1"_s);
    }
    void cleanupTestCase()
    {
        m_panel.reset();
        m_store.reset();
    }

    void showsTheRankingAndTheCapacity()
    {
        QComboBox *types = m_panel->typeSelector();
        QCOMPARE(types->count(), 2);
        types->setCurrentIndex(types->findText(u"B200"_s));
        QCOMPARE(m_panel->table()->model()->rowCount(), 7);
        QCOMPARE(cell(u"R1-0001"_s, RankingModel::RawRank), u"1"_s);
        QCOMPARE(cell(u"R1-0001"_s, RankingModel::Proposal), u"Select"_s);
        QCOMPARE(cell(u"R1-0002"_s, RankingModel::Proposal), u"Waitlist (place 1)"_s);
        QCOMPARE(cell(u"R1-0005"_s, RankingModel::Proposal), u"Reject"_s);
        QCOMPARE(cell(u"R1-0006"_s, RankingModel::RawRank), QString());
        QVERIFY(!cell(u"R1-0006"_s, RankingModel::Flag).isEmpty());
        QCOMPARE(cell(u"R1-0006"_s, RankingModel::Reviews), u"1/2"_s);
        const QString summary = m_panel->capacityLabel()->text();
        QVERIFY2(summary.contains(u"capacity 10 nodes, committed 4, left 6"_s),
                 qPrintable(summary));
        QVERIFY2(summary.contains(u"uses 6 nodes"_s), qPrintable(summary));
        QVERIFY(m_panel->applyAction()->isEnabled());
        QVERIFY(!m_panel->promoteAction()->isEnabled());

        // H200 has no pool: nothing to apply, and the summary says what to do.
        types->setCurrentIndex(types->findText(u"H200"_s));
        QVERIFY(!m_panel->applyAction()->isEnabled());
        QVERIFY(m_panel->capacityLabel()->text().contains(u"names no pool"_s));
        types->setCurrentIndex(types->findText(u"B200"_s));
    }

    void sortingKeepsTheRows()
    {
        m_panel->table()->sortByColumn(RankingModel::RequestedNodes, Qt::DescendingOrder);
        QCOMPARE(m_panel->table()->model()->index(0, RankingModel::Code).data().toString(),
                 u"R1-0002"_s);
        m_panel->table()->sortByColumn(RankingModel::RawRank, Qt::AscendingOrder);
        QCOMPARE(m_panel->table()->model()->index(0, RankingModel::Code).data().toString(),
                 u"R1-0001"_s);
    }

    void applyDecisionsInOneConfirmedStep()
    {
        QSignalSpy messages(m_panel.get(), &SelectionPanel::statusMessage);
        m_panel->table()->setFocus();
        QTest::keyClick(m_panel->table(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(m_confirmations.size(), 1);
        const QString text = m_confirmations.first();
        QVERIFY2(text.contains(u"2 selected (6 nodes), 2 waitlisted, 1 rejected"_s),
                 qPrintable(text));
        QCOMPARE(statusOf(u"a1"_s), u"selected"_s);
        QCOMPARE(statusOf(u"a2"_s), u"waitlisted"_s);
        QCOMPARE(statusOf(u"a5"_s), u"rejected"_s);
        QCOMPARE(statusOf(u"a6"_s), u"under_review"_s);
        QVERIFY(m_warnings.isEmpty());
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().first().toString(),
                 u"2025-R1 B200: 2 selected (6 nodes), 2 waitlisted, 1 rejected."_s);
        // The store's change notice refreshed the table: decided, nothing left to propose.
        QCOMPARE(cell(u"R1-0001"_s, RankingModel::Status),
                 statusLabel(ApplicationStatus::Selected));
        QCOMPARE(cell(u"R1-0001"_s, RankingModel::GrantedNodes), u"4"_s);
        QCOMPARE(cell(u"R1-0001"_s, RankingModel::Proposal), QString());
        QVERIFY(!m_panel->applyAction()->isEnabled());
        QVERIFY(m_panel->capacityLabel()->text().contains(u"left 0"_s));
    }

    void overrideDialogNeedsAReason()
    {
        OverrideDialog dialog({u"R1-0006"_s, u"과제"_s, ApplicationStatus::UnderReview, 1, 0, 8});
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        auto *reason = dialog.findChild<QPlainTextEdit *>(u"overrideReason"_s);
        QTest::keyClicks(reason, u"   "_s);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(reason, u"Late second review; strong first"_s);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.decision(), SelectionDecision::Select);
        QCOMPARE(dialog.nodes(), 1);
    }

    void overrideThroughThePanel()
    {
        SelectionPanel::Prompts prompts;
        prompts.confirm = [](QWidget *, const QString &, const QString &, const QString &) {
            return true;
        };
        prompts.warn = [this](QWidget *, const QString &, const QString &text) {
            m_warnings << text;
        };
        prompts.askExportPath = [this](QWidget *, const QString &) {
            return m_dir.filePath(u"sheet.csv"_s);
        };
        prompts.askOverride =
            [](QWidget *,
               const OverrideDialog::Subject &s) -> std::optional<SelectionPanel::OverrideAnswer> {
            if (s.code != u"R1-0003"_s)
                return std::nullopt;
            return SelectionPanel::OverrideAnswer{SelectionDecision::Reject, 0,
                                                  u"Shares its data with R1-0001"_s};
        };
        m_panel->setPrompts(prompts);
        QVERIFY(!m_panel->overrideAction()->isEnabled());
        m_panel->table()->selectRow(rowOfCode(u"R1-0003"_s));
        QVERIFY(m_panel->overrideAction()->isEnabled());
        m_panel->overrideAction()->trigger();
        QCOMPARE(statusOf(u"a3"_s), u"rejected"_s);
        QVERIFY(cell(u"R1-0003"_s, RankingModel::Status).contains(u"override"_s));
        // Two nodes came free: R1-0004 (2 nodes, the first waitlisted that fits) is proposed.
        QVERIFY(m_panel->promoteAction()->isEnabled());
        m_panel->promoteAction()->trigger();
        QCOMPARE(statusOf(u"a4"_s), u"selected"_s);
        QVERIFY(!m_panel->promoteAction()->isEnabled());
        QVERIFY(m_warnings.isEmpty());
    }

    void exportsThePanelSheet()
    {
        QSignalSpy messages(m_panel.get(), &SelectionPanel::statusMessage);
        m_panel->exportAction()->trigger();
        QCOMPARE(messages.size(), 1);
        QFile file(m_dir.filePath(u"sheet.csv"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(u"Shares its data with R1-0001"_s));
        QVERIFY(!text.contains(u"심사위원"_s));
        QCOMPARE(text.count(u"\r\n"_s), 1 + 7);
    }
};

QTEST_MAIN(TestSelectionPanel)
#include "tst_selectionpanel.moc"
