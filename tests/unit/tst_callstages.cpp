// SPDX-License-Identifier: GPL-3.0-or-later
// The stages of a call per call type, as data: the legal steps of each type, every illegal step
// refused with its reason, what each stage allows, and the parsing of a type's stage list.
#include "rules/CallStages.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

const QStringList kOpenCall = {u"open"_s,      u"screening"_s,  u"review"_s,
                               u"selection"_s, u"allocation"_s, u"closed"_s};
const QStringList kNational = {u"demand_survey"_s, u"pre_review"_s, u"deliberation"_s,
                               u"allocation"_s, u"closed"_s};
const QStringList kAnnual = {u"submission"_s, u"evaluation"_s, u"decision"_s, u"allocation"_s,
                             u"closed"_s};

} // namespace

class TestCallStages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void steps_data()
    {
        QTest::addColumn<QStringList>("stages");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<bool>("reasonRequired");
        QTest::addColumn<QString>("refusal"); // a part of the refusal

        // Every forward step of each type is legal and needs no reason.
        const QList<std::pair<const char *, QStringList>> types = {
            {"open call", kOpenCall}, {"national", kNational}, {"annual", kAnnual}};
        for (const auto &[name, stages] : types) {
            for (int i = 0; i + 1 < stages.size(); ++i) {
                QTest::addRow("%s: %s -> %s", name, qPrintable(stages[i]),
                              qPrintable(stages[i + 1]))
                    << stages << stages[i] << stages[i + 1] << QString() << true << false
                    << QString();
            }
        }
        QTest::newRow("back one with a reason") << kNational << u"deliberation"_s << u"pre_review"_s
                                                << u"two demands need a third "
                                                   "reviewer"_s
                                                << true << true << QString();
        QTest::newRow("back one without a reason")
            << kNational << u"deliberation"_s << u"pre_review"_s << u"   "_s << false << true
            << u"write why"_s;
        QTest::newRow("skip a stage")
            << kNational << u"demand_survey"_s << u"deliberation"_s << QString() << false << false
            << u"Cannot skip from Demand survey to Deliberation and decision: the next stage is "
               "Pre-review"_s;
        QTest::newRow("skip to the end") << kOpenCall << u"open"_s << u"closed"_s << QString()
                                         << false << false << u"next stage is Screening"_s;
        QTest::newRow("back two") << kAnnual << u"allocation"_s << u"evaluation"_s
                                  << u"late reviews"_s << false << false
                                  << u"one stage at a time, to Share decision"_s;
        QTest::newRow("stay") << kAnnual << u"decision"_s << u"decision"_s << QString() << false
                              << false << u"already at Share decision"_s;
        QTest::newRow("closed is final") << kNational << u"closed"_s << u"allocation"_s
                                         << u"reopen"_s << false << false << u"the last stage"_s;
        QTest::newRow("a stage of another type")
            << kNational << u"pre_review"_s << u"selection"_s << QString() << false << false
            << u"Selection is not a stage of this call type; its stages are Demand survey → "
               "Pre-review → Deliberation and decision → Allocation → Closed"_s;
        QTest::newRow("an unknown stage")
            << kAnnual << u"evaluation"_s << u"voting"_s << QString() << false << false
            << u"voting is not a stage of this call type"_s;
        QTest::newRow("a stored stage the type lacks: back to the start")
            << kNational << u"review"_s << u"demand_survey"_s << QString() << true << false
            << QString();
        QTest::newRow("a stored stage the type lacks: nowhere else")
            << kNational << u"review"_s << u"pre_review"_s << QString() << false << false
            << u"can only start again at Demand survey"_s;
        QTest::newRow("no stages") << QStringList() << u"open"_s << u"screening"_s << QString()
                                   << false << false << u"has no stages"_s;
    }
    void steps()
    {
        QFETCH(QStringList, stages);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, reason);
        QFETCH(bool, allowed);
        QFETCH(bool, reasonRequired);
        QFETCH(QString, refusal);
        const StageStep step = checkStageStep(stages, from, to, reason);
        QCOMPARE(step.allowed, allowed);
        QCOMPARE(step.reasonRequired, reasonRequired);
        if (allowed)
            QVERIFY(step.refusal.isEmpty());
        else
            QVERIFY2(step.refusal.contains(refusal), qPrintable(step.refusal));
    }

    void activities_data()
    {
        QTest::addColumn<QStringList>("stages");
        QTest::addColumn<QList<int>>("allowed"); // StageActivity values some stage allows

        using A = StageActivity;
        QTest::newRow("open call") << kOpenCall
                                   << QList<int>{int(A::Intake), int(A::Screening), int(A::Review),
                                                 int(A::Selection), int(A::Allocation)};
        QTest::newRow("national project")
            << kNational
            << QList<int>{int(A::Intake), int(A::Review), int(A::Deliberation), int(A::Allocation)};
        QTest::newRow("annual evaluation")
            << kAnnual
            << QList<int>{int(A::Intake), int(A::Review), int(A::Shares), int(A::Allocation)};
        // A type made of known stages only: the screens follow without new code.
        QTest::newRow("short-term tasks")
            << QStringList{u"open"_s, u"review"_s, u"selection"_s, u"allocation"_s, u"closed"_s}
            << QList<int>{int(A::Intake), int(A::Review), int(A::Selection), int(A::Allocation)};
    }
    void activities()
    {
        QFETCH(QStringList, stages);
        QFETCH(QList<int>, allowed);
        for (int a = 0; a <= int(StageActivity::Allocation); ++a) {
            QCOMPARE(stagesAllow(stages, StageActivity(a)), allowed.contains(a));
        }
        QVERIFY(stageActivities(u"closed"_s).isEmpty());
        QVERIFY(stageActivities(u"nonsense"_s).isEmpty());
    }

    void neighbours()
    {
        QCOMPARE(nextStage(kNational, u"pre_review"_s), u"deliberation"_s);
        QCOMPARE(previousStage(kNational, u"pre_review"_s), u"demand_survey"_s);
        QCOMPARE(nextStage(kNational, u"closed"_s), QString());
        QCOMPARE(previousStage(kNational, u"demand_survey"_s), QString());
        QCOMPARE(nextStage(kNational, u"selection"_s), QString());
    }

    void parsing_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QStringList>("stages");
        QTest::addColumn<QString>("error");

        QTest::newRow("national")
            << u"[\"demand_survey\",\"pre_review\",\"deliberation\",\"allocation\",\"closed\"]"_s
            << kNational << QString();
        QTest::newRow("not JSON") << u"demand_survey, closed"_s << QStringList()
                                  << u"not a list of stage names"_s;
        QTest::newRow("an object")
            << u"{\"stages\": []}"_s << QStringList() << u"not a list of stage names"_s;
        QTest::newRow("unknown") << u"[\"open\",\"voting\",\"closed\"]"_s << QStringList()
                                 << u"does not know (voting)"_s;
        QTest::newRow("a number") << u"[\"open\",3,\"closed\"]"_s << QStringList()
                                  << u"(not a name)"_s;
        QTest::newRow("twice") << u"[\"open\",\"review\",\"review\",\"closed\"]"_s << QStringList()
                               << u"Under review twice"_s;
        QTest::newRow("one stage")
            << u"[\"closed\"]"_s << QStringList() << u"fewer than two stages"_s;
        QTest::newRow("empty") << u"[]"_s << QStringList() << u"fewer than two stages"_s;
    }
    void parsing()
    {
        QFETCH(QString, json);
        QFETCH(QStringList, stages);
        QFETCH(QString, error);
        const StageList list = parseStages(json);
        QCOMPARE(list.stages, stages);
        QCOMPARE(list.ok(), error.isEmpty());
        QVERIFY2(list.error.contains(error), qPrintable(list.error));
    }

    void everyKnownStageHasALabel()
    {
        for (const QString &key : knownStages())
            QVERIFY2(stageLabel(key) != key, qPrintable(key));
        QCOMPARE(stageLabel(u"voting"_s), u"voting"_s);
    }
};

QTEST_APPLESS_MAIN(TestCallStages)
#include "tst_callstages.moc"
