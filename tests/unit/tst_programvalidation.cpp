// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of a program made in the GUI, as data tables: what a program must be before it is
// saved (validateProgram: code, names, type and pool, teams and years, the share rule, what stays
// once teams and rounds exist or the evaluation has begun) and which projects may become teams
// (teamProblem, teamRemovalProblem).
#include "rules/ProgramValidation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

ProgramDraft good()
{
    ProgramDraft p;
    p.code = u"WBL"_s;
    p.name = u"월드 베스트 LLM"_s;
    p.typeId = u"t-b200"_s;
    p.poolId = u"pl-n"_s;
    p.maxTeams = 5;
    p.maxYears = 3;
    p.startsOn = QDate(2030, 8, 1);
    p.rule = {250, 60, 20, 80};
    return p;
}

ProgramContext context()
{
    ProgramContext c;
    c.otherCodes = {u"old"_s};
    c.typeCodes = {{u"t-b200"_s, u"B200"_s}, {u"t-h200"_s, u"H200"_s}};
    c.pools = {{u"pl-n"_s, {u"national-b200"_s, u"t-b200"_s, 765}},
               {u"pl-h"_s, {u"open-h200"_s, u"t-h200"_s, 287}}};
    return c;
}

TeamSlot slot()
{
    TeamSlot s;
    s.typeId = u"t-b200"_s;
    s.typeCode = u"B200"_s;
    s.maxTeams = 3;
    s.teamNames = {u"한빛 AI 팀"_s};
    return s;
}

TeamCandidate candidate()
{
    TeamCandidate c;
    c.applicationId = u"a1"_s;
    c.code = u"2025-R1-0001"_s;
    c.typeId = u"t-b200"_s;
    c.typeCode = u"B200"_s;
    c.status = ApplicationStatus::Active;
    c.heldNodes = 16;
    return c;
}

} // namespace

using Change = std::function<void(ProgramDraft &, ProgramContext &)>;
using TeamChange = std::function<void(TeamSlot &, TeamCandidate &, QString &)>;
Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(TeamChange)

class tst_ProgramValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void program_data();
    void program();
    void team_data();
    void team();
    void removal_data();
    void removal();
};

void tst_ProgramValidation::program_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QStringList>("fields"); // the issues' fields, in order; empty: clean
    QTest::addColumn<QString>("says");       // part of the first message

    QTest::newRow("good") << Change([](ProgramDraft &, ProgramContext &) {}) << QStringList()
                          << QString();
    QTest::newRow("no pool is fine")
        << Change([](ProgramDraft &p, ProgramContext &) { p.poolId.clear(); }) << QStringList()
        << QString();
    QTest::newRow("no code") << Change([](ProgramDraft &p, ProgramContext &) { p.code = u" "_s; })
                             << QStringList{u"code"_s} << u"short code"_s;
    QTest::newRow("code with a space")
        << Change([](ProgramDraft &p, ProgramContext &) { p.code = u"W BL"_s; })
        << QStringList{u"code"_s} << u"only letters"_s;
    QTest::newRow("code taken, any case")
        << Change([](ProgramDraft &p, ProgramContext &) { p.code = u"OLD"_s; })
        << QStringList{u"code"_s} << u"Another program"_s;
    QTest::newRow("no name") << Change([](ProgramDraft &p, ProgramContext &) { p.name.clear(); })
                             << QStringList{u"name"_s} << u"Korean name"_s;
    QTest::newRow("unknown type") << Change([](ProgramDraft &p, ProgramContext &) {
        p.typeId = u"t-x"_s;
        p.poolId.clear();
    }) << QStringList{u"type"_s} << u"accelerator type"_s;
    QTest::newRow("pool of another type")
        << Change([](ProgramDraft &p, ProgramContext &) { p.poolId = u"pl-h"_s; })
        << QStringList{u"pool"_s} << u"holds another type"_s;
    QTest::newRow("pool gone") << Change([](ProgramDraft &p, ProgramContext &) {
        p.poolId = u"pl-gone"_s;
    }) << QStringList{u"pool"_s}
                               << u"no longer exists"_s;
    QTest::newRow("capacity over the pool")
        << Change([](ProgramDraft &p, ProgramContext &) { p.rule.capacityNodes = 766; })
        << QStringList{u"rule/capacity"_s} << u"pool national-b200 holds 765"_s;
    QTest::newRow("no teams") << Change([](ProgramDraft &p, ProgramContext &) { p.maxTeams = 0; })
                              << QStringList{u"teams"_s} << u"1 to 20 teams"_s;
    QTest::newRow("too many years")
        << Change([](ProgramDraft &p, ProgramContext &) { p.maxYears = 11; })
        << QStringList{u"years"_s} << u"1 to 10 years"_s;
    QTest::newRow("no first day") << Change([](ProgramDraft &p, ProgramContext &) {
        p.startsOn = QDate();
    }) << QStringList{u"startsOn"_s}
                                  << u"first day"_s;
    QTest::newRow("maximum under minimum")
        << Change([](ProgramDraft &p, ProgramContext &) { p.rule.maximumNodes = 10; })
        << QStringList{u"rule"_s} << QString();
    QTest::newRow("no capacity") << Change([](ProgramDraft &p, ProgramContext &) {
        p.rule = {0, 60, 0, 0};
    }) << QStringList{u"rule/capacity"_s}
                                 << u"at least one node"_s;
    QTest::newRow("minimums beyond the capacity")
        << Change([](ProgramDraft &p, ProgramContext &) { p.rule.minimumNodes = 51; })
        << QStringList{u"rule/minimum"_s} << u"5 teams at the minimum of 51 nodes need 255"_s;
    QTest::newRow("minimums exactly the capacity")
        << Change([](ProgramDraft &p, ProgramContext &) { p.rule.minimumNodes = 50; })
        << QStringList() << QString();
    // A saved program: what its teams, rounds and reviews hold in place.
    QTest::newRow("fewer teams than it has") << Change([](ProgramDraft &p, ProgramContext &c) {
        p.id = u"pg"_s;
        c.teams = 4;
        c.savedTypeId = p.typeId;
        p.maxTeams = 3;
    }) << QStringList{u"teams"_s} << u"has 4 teams already"_s;
    QTest::newRow("type change with teams") << Change([](ProgramDraft &p, ProgramContext &c) {
        p.id = u"pg"_s;
        c.teams = 1;
        c.savedTypeId = u"t-b200"_s;
        p.typeId = u"t-h200"_s;
        p.poolId = u"pl-h"_s;
        p.rule.capacityNodes = 200;
    }) << QStringList{u"type"_s} << u"hold B200 nodes"_s;
    QTest::newRow("type change without teams") << Change([](ProgramDraft &p, ProgramContext &c) {
        p.id = u"pg"_s;
        c.savedTypeId = u"t-b200"_s;
        p.typeId = u"t-h200"_s;
        p.poolId = u"pl-h"_s;
        p.rule.capacityNodes = 200;
    }) << QStringList() << QString();
    QTest::newRow("fewer years than rounds") << Change([](ProgramDraft &p, ProgramContext &c) {
        p.id = u"pg"_s;
        c.roundsOpened = 3;
        c.savedStartsOn = p.startsOn;
        p.maxYears = 2;
    }) << QStringList{u"years"_s} << u"Year 3's round exists"_s;
    QTest::newRow("first day moved after year 2 opened")
        << Change([](ProgramDraft &p, ProgramContext &c) {
               p.id = u"pg"_s;
               c.roundsOpened = 2;
               c.savedStartsOn = p.startsOn;
               p.startsOn = p.startsOn.addMonths(1);
           })
        << QStringList{u"startsOn"_s} << u"first day stays"_s;
    QTest::newRow("first day moved in year 1") << Change([](ProgramDraft &p, ProgramContext &c) {
        p.id = u"pg"_s;
        c.roundsOpened = 1;
        c.savedStartsOn = p.startsOn;
        p.startsOn = p.startsOn.addMonths(1);
    }) << QStringList() << QString();
    QTest::newRow("evaluation begun") << Change([](ProgramDraft &p, ProgramContext &c) {
        p.id = u"pg"_s;
        c.reviewsStarted = 2;
    }) << QStringList{u"program"_s} << u"evaluation has begun"_s;
    QTest::newRow("several at once") << Change([](ProgramDraft &p, ProgramContext &) {
        p.code.clear();
        p.name.clear();
        p.maxYears = 0;
    }) << QStringList{u"code"_s, u"name"_s, u"years"_s}
                                     << u"short code"_s;
}

void tst_ProgramValidation::program()
{
    QFETCH(Change, change);
    QFETCH(QStringList, fields);
    QFETCH(QString, says);
    ProgramDraft p = good();
    ProgramContext c = context();
    change(p, c);
    const ValidationIssues issues = validateProgram(p, c);
    QStringList got;
    for (const ValidationIssue &i : issues)
        got << i.field;
    QCOMPARE(got, fields);
    if (!says.isEmpty())
        QVERIFY2(issues.first().message.contains(says), qPrintable(issues.first().message));
}

void tst_ProgramValidation::team_data()
{
    QTest::addColumn<TeamChange>("change");
    QTest::addColumn<QString>("says"); // empty: the project may join

    QTest::newRow("active project")
        << TeamChange([](TeamSlot &, TeamCandidate &, QString &) {}) << QString();
    QTest::newRow("allocated project") << TeamChange([](TeamSlot &, TeamCandidate &c, QString &) {
        c.status = ApplicationStatus::Allocated;
    }) << QString();
    QTest::newRow("selected, no nodes yet")
        << TeamChange([](TeamSlot &, TeamCandidate &c, QString &) {
               c.status = ApplicationStatus::Selected;
           })
        << u"holds nodes (allocated or active)"_s;
    QTest::newRow("completed") << TeamChange([](TeamSlot &, TeamCandidate &c, QString &) {
        c.status = ApplicationStatus::Completed;
    }) << u"holds nodes"_s;
    QTest::newRow("nothing on the map")
        << TeamChange([](TeamSlot &, TeamCandidate &c, QString &) { c.heldNodes = 0; })
        << u"holds no nodes on the rack map"_s;
    QTest::newRow("other type") << TeamChange([](TeamSlot &, TeamCandidate &c, QString &) {
        c.typeId = u"t-h200"_s;
        c.typeCode = u"H200"_s;
    }) << u"holds H200 nodes; the program is for B200"_s;
    QTest::newRow("in another program") << TeamChange([](TeamSlot &, TeamCandidate &c, QString &) {
        c.otherProgramCode = u"NPU"_s;
    }) << u"team of program NPU already"_s;
    QTest::newRow("program full") << TeamChange([](TeamSlot &s, TeamCandidate &, QString &) {
        s.teamNames << u"B"_s << u"C"_s;
    }) << u"has its 3 teams already"_s;
    QTest::newRow("no name") << TeamChange([](TeamSlot &, TeamCandidate &, QString &n) {
        n = u"  "_s;
    }) << u"Give the team a name"_s;
    QTest::newRow("name taken, any case")
        << TeamChange([](TeamSlot &s, TeamCandidate &, QString &n) {
               s.teamNames << u"DeepFine"_s;
               n = u"deepfine"_s;
           })
        << u"team named deepfine already"_s;
    QTest::newRow("evaluation begun")
        << TeamChange([](TeamSlot &s, TeamCandidate &, QString &) { s.reviewsStarted = 1; })
        << u"evaluation has begun"_s;
    QTest::newRow("year 2 open") << TeamChange([](TeamSlot &s, TeamCandidate &, QString &) {
        s.roundsOpened = 2;
    }) << u"Year 2's round is open"_s;
}

void tst_ProgramValidation::team()
{
    QFETCH(TeamChange, change);
    QFETCH(QString, says);
    TeamSlot s = slot();
    TeamCandidate c = candidate();
    QString name = u"서울데이터 팀"_s;
    change(s, c, name);
    const QString problem = teamProblem(s, c, name);
    if (says.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(says), qPrintable(problem));
}

void tst_ProgramValidation::removal_data()
{
    QTest::addColumn<int>("rounds");
    QTest::addColumn<int>("reviews");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("year 1 only") << 1 << 0 << true;
    QTest::newRow("year 2 opened") << 2 << 0 << false;
    QTest::newRow("reviews begun") << 1 << 3 << false;
}

void tst_ProgramValidation::removal()
{
    QFETCH(int, rounds);
    QFETCH(int, reviews);
    QFETCH(bool, allowed);
    TeamSlot s = slot();
    s.roundsOpened = rounds;
    s.reviewsStarted = reviews;
    QCOMPARE(teamRemovalProblem(s).isEmpty(), allowed);
}

QTEST_APPLESS_MAIN(tst_ProgramValidation)
#include "tst_programvalidation.moc"
