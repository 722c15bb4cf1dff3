// SPDX-License-Identifier: GPL-3.0-or-later
// What a decision on a national project's demand must meet, as data tables: the approval's terms
// (shared by the meeting's decision and the officer's proposal) and a proposal's reason.
#include "rules/MeetingRules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class tst_MeetingRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void proposal_data();
    void proposal();
};

void tst_MeetingRules::proposal_data()
{
    QTest::addColumn<bool>("approve");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("says"); // one fragment per problem, in order

    const QDate april(2031, 4, 1);
    const QString why = u"사전 검토 1위"_s;
    QTest::newRow("approve within the request") << true << 8 << april << 12 << why << QStringList();
    QTest::newRow("approve all asked for") << true << 16 << april << 1 << why << QStringList();
    QTest::newRow("approve more than asked")
        << true << 17 << april << 12 << why << QStringList{u"approve between 1 and 16"_s};
    QTest::newRow("approve no nodes")
        << true << 0 << april << 12 << why << QStringList{u"approve between 1 and 16"_s};
    QTest::newRow("approve without a first day")
        << true << 8 << QDate() << 12 << why << QStringList{u"first day"_s};
    QTest::newRow("approve past the round's months")
        << true << 8 << april << 13 << why << QStringList{u"1 to 12 months"_s};
    QTest::newRow("approve for no months")
        << true << 8 << april << 0 << why << QStringList{u"1 to 12 months"_s};
    QTest::newRow("defer ignores the terms") << false << 0 << QDate() << 0 << why << QStringList();
    QTest::newRow("no reason") << false << 0 << QDate() << 0 << u"  "_s << QStringList{u"reason"_s};
    QTest::newRow("everything wrong")
        << true << 20 << QDate() << 0 << QString()
        << QStringList{u"reason"_s, u"between 1 and 16"_s, u"first day"_s, u"months"_s};
}

void tst_MeetingRules::proposal()
{
    QFETCH(bool, approve);
    QFETCH(int, nodes);
    QFETCH(QDate, start);
    QFETCH(int, months);
    QFETCH(QString, reason);
    QFETCH(QStringList, says);
    const DemandTerms demand{u"2031-NP1-001"_s, 16, 12};
    const QStringList problems = proposalProblems(demand, approve, nodes, start, months, reason);
    QCOMPARE(problems.size(), says.size());
    for (int i = 0; i < says.size(); ++i)
        QVERIFY2(problems[i].contains(says[i]), qPrintable(problems[i]));
    // The meeting's approval checks the same terms, without the reason.
    if (approve)
        QCOMPARE(approvalProblems(demand, nodes, start, months),
                 reason.trimmed().isEmpty() ? problems.mid(1) : problems);
}

QTEST_APPLESS_MAIN(tst_MeetingRules)
#include "tst_meetingrules.moc"
