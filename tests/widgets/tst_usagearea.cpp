// SPDX-License-Identifier: GPL-3.0-or-later
// The Usage area on the running projects of ChecksSeed.h and a fake of a month of telemetry:
// the scope list, charting and comparing what is selected, the search that finds projects and
// hostnames, opening one project's chart from elsewhere, the idle check's tab for those who may
// act, and what is remembered for the profile.
#include "../common/ChecksSeed.h"
#include "../common/FakeUsageSeries.h"
#include "common/SearchLineEdit.h"
#include "usage/IdleProjectsView.h"
#include "usage/UsageArea.h"
#include "usage/UsageChart.h"

#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

// The rows of the scope list under a group (or the top level for an empty title), as text.
QStringList rows(QTreeWidget *tree, const QString &group)
{
    QStringList out;
    for (int t = 0; t < tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem *top = tree->topLevelItem(t);
        if (group.isEmpty()) {
            out << top->text(0);
            continue;
        }
        if (top->text(0) != group)
            continue;
        for (int c = 0; c < top->childCount(); ++c) {
            if (!top->child(c)->isHidden())
                out << top->child(c)->text(0);
        }
    }
    return out;
}

QTreeWidgetItem *find(QTreeWidget *tree, const QString &startsWith)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->text(0).startsWith(startsWith) && !(*it)->isHidden())
            return *it;
    }
    return nullptr;
}

} // namespace

class TestUsageArea : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    test::FakeUsageSeries m_source;

    std::unique_ptr<UsageArea> makeArea(bool idleCheck = true)
    {
        auto area = std::make_unique<UsageArea>(*m_store, &m_source, idleCheck);
        area->resize(1280, 720);
        area->show();
        if (!QTest::qWaitForWindowExposed(area.get()))
            qWarning("the area was not exposed");
        return area;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = test::openWithRunningProjects(*m_dir);
        QVERIFY(m_store);
        m_source = test::FakeUsageSeries();
        m_source.toMs = Store::nowMs();
        m_source.fromMs = m_source.toMs - 40 * 24 * 3600 * 1000LL;
        m_source.level.insert(u"ap-b"_s, 80);
        m_source.level.insert(u"ap-b2"_s, 10);
    }

    void cleanup() { m_store.reset(); }

    void listsWhatCanBeCharted()
    {
        auto area = makeArea();
        QTreeWidget *tree = area->scopeTree();
        QTRY_VERIFY(tree->topLevelItemCount() > 0);
        QCOMPARE(rows(tree, {}).constFirst(), u"Whole fleet"_s);
        QCOMPARE(rows(tree, u"Providers"_s), QStringList{u"KT Cloud"_s});
        QCOMPARE(rows(tree, u"Clusters"_s).size(), 2);
        QVERIFY(rows(tree, u"Clusters"_s).constFirst().startsWith(u"B200-1"_s));
        QCOMPARE(rows(tree, u"Pools"_s).size(), 3);
        // Projects that hold or held nodes; ap-h holds nothing and has nothing to chart.
        const QStringList projects = rows(tree, u"Projects"_s);
        QCOMPARE(projects.size(), 2);
        QVERIFY(projects[0].startsWith(u"R1-0101"_s));
        QVERIFY(projects[1].startsWith(u"R1-0102"_s));
        // By default the whole fleet is charted.
        QCOMPARE(area->chart()->subjects().size(), 1);
        QCOMPARE(area->chart()->subjects().constFirst().scope, UsageScope::Fleet);
    }

    void selectingChartsAndComparing()
    {
        auto area = makeArea();
        QTreeWidget *tree = area->scopeTree();
        QTRY_VERIFY(find(tree, u"R1-0101"_s));
        tree->setCurrentItem(find(tree, u"R1-0101"_s));
        QCOMPARE(area->chart()->subjects().size(), 1);
        const UsageSubject &s = area->chart()->subjects().constFirst();
        QCOMPARE(s.scope, UsageScope::Project);
        QCOMPARE(s.id, u"ap-b"_s);
        QCOMPARE(s.windows.size(), 1); // its allocation window, shaded
        QCOMPARE(s.windows.constFirst().startMs, test::checksWindowStart());
        QCOMPARE(s.windows.constFirst().endMs, test::checksWindowEnd());
        QVERIFY(m_source.queries.constLast().scopeId == u"ap-b"_s);

        // Ctrl+click adds the second for comparison.
        QTreeWidgetItem *second = find(tree, u"R1-0102"_s);
        const QRect rect = tree->visualItemRect(second);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::ControlModifier, rect.center());
        QCOMPARE(area->chart()->subjects().size(), 2);
        QCOMPARE(area->chart()->subjects()[1].id, u"ap-b2"_s);
        QVERIFY(area->chart()->figuresText().contains(u"R1-0102"_s));
    }

    void searchFindsProjectsAndHostnames()
    {
        auto area = makeArea();
        QTreeWidget *tree = area->scopeTree();
        QTRY_VERIFY(tree->topLevelItemCount() > 0);
        area->scopeSearch()->setText(u"0102"_s);
        QCOMPARE(rows(tree, u"Projects"_s).size(), 1);
        area->scopeSearch()->setText(u"a1-0"_s);
        QVERIFY(rows(tree, u"Projects"_s).isEmpty());
        const QStringList nodes = rows(tree, u"Nodes (search a hostname)"_s);
        QCOMPARE(nodes.size(), 8);
        QVERIFY(nodes.contains(u"a1-03"_s));
        tree->setCurrentItem(find(tree, u"a1-03"_s));
        const UsageSubject &s = area->chart()->subjects().constFirst();
        QCOMPARE(s.scope, UsageScope::Node);
        QCOMPARE(s.label, u"a1-03"_s);
        QCOMPARE(s.windows.size(), 1); // ap-b's allocation on it
        // A selected node stays while the search moves on.
        area->scopeSearch()->setText(u"a2-0"_s);
        QVERIFY(rows(tree, u"Nodes (search a hostname)"_s).contains(u"a1-03"_s));
        QCOMPARE(area->chart()->subjects().constFirst().label, u"a1-03"_s);
    }

    void opensOneProjectFromElsewhere()
    {
        auto area = makeArea();
        QTRY_VERIFY(area->scopeTree()->topLevelItemCount() > 0);
        area->tabs()->setCurrentWidget(area->idleView());
        area->scopeSearch()->setText(u"H200"_s);
        QVERIFY(area->showSubject(UsageScope::Project, u"ap-b2"_s));
        QVERIFY(area->tabs()->currentWidget()->isAncestorOf(area->chart()));
        QVERIFY(area->scopeSearch()->text().isEmpty());
        QCOMPARE(area->chart()->subjects().size(), 1);
        QCOMPARE(area->chart()->subjects().constFirst().id, u"ap-b2"_s);
        QCOMPARE(area->scopeTree()->selectedItems().size(), 1);
        // A project that never held nodes has nothing to chart.
        QVERIFY(!area->showSubject(UsageScope::Project, u"ap-h"_s));
    }

    void idleCheckOnlyForThoseWhoAct()
    {
        auto officer = makeArea(true);
        QVERIFY(officer->idleView());
        QCOMPARE(officer->tabs()->count(), 2);
        auto manager = makeArea(false);
        QVERIFY(!manager->idleView());
        QCOMPARE(manager->tabs()->count(), 1);
    }

    void remembersWhatWasChartedPerProfile()
    {
        {
            auto area = makeArea();
            QTRY_VERIFY(area->scopeTree()->topLevelItemCount() > 0);
            QVERIFY(area->showSubject(UsageScope::Project, u"ap-b"_s));
            area->chart()->setMeasure(UsageMeasure::Power);
            area->chart()->setPreset(UsageChart::Preset::Week);
        }
        {
            auto area = makeArea();
            QTRY_COMPARE(area->chart()->subjects().size(), 1);
            QCOMPARE(area->chart()->subjects().constFirst().id, u"ap-b"_s);
            QCOMPARE(area->chart()->measure(), UsageMeasure::Power);
            QCOMPARE(area->chart()->preset(), UsageChart::Preset::Week);
            QCOMPARE(area->chart()->measurePicker()->currentData().toInt(),
                     int(UsageMeasure::Power));
            // A custom range comes back as it was.
            area->chart()->setVisibleRange(test::checksWindowStart(),
                                           test::checksWindowStart() + 3 * 24 * 3600 * 1000LL);
        }
        {
            auto area = makeArea();
            QTRY_COMPARE(area->chart()->subjects().size(), 1);
            QCOMPARE(area->chart()->preset(), UsageChart::Preset::Custom);
            QCOMPARE(area->chart()->visibleFrom(), test::checksWindowStart());
        }
        // Another profile starts afresh.
        QTemporaryDir other;
        auto store = test::openWithRunningProjects(other);
        QVERIFY(store);
        UsageArea area(*store, &m_source, true);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QTRY_COMPARE(area.chart()->subjects().size(), 1);
        QCOMPARE(area.chart()->subjects().constFirst().scope, UsageScope::Fleet);
        QCOMPARE(area.chart()->measure(), UsageMeasure::Busy);
    }

    void anImportReadsTheChartAgain()
    {
        auto area = makeArea();
        QTRY_VERIFY(!area->chart()->subjects().isEmpty());
        m_source.queries.clear();
        Q_EMIT m_store->tablesChanged({u"usage_rollups"_s, u"usage_samples"_s});
        QVERIFY(!m_source.queries.isEmpty());
    }
};

QTEST_MAIN(TestUsageArea)
#include "tst_usagearea.moc"
