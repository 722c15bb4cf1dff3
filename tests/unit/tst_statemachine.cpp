// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/ApplicationStateMachine.h"

#include <QSet>
#include <QTest>

using namespace gpudesk;

namespace {

// The whole life of an application, written out by hand from DOMAIN.md and the allowed moves, so
// the test does not borrow the implementation's table. One row per "from" status, one column per
// "to" status, both in enum order:
//   '.' not allowed   'x' allowed without a reason   'R' allowed, reason required
//
//                         Sub Scr Rev Sel Wai Rej All Act Com Wit Rec
const char *const kMatrix[kApplicationStatusCount] = {
    /* submitted    */ " .   x   .   .   .   .   .   .   .   R   . ",
    /* screening    */ " .   .   x   .   .   R   .   .   .   R   . ",
    /* under_review */ " .   .   .   x   x   R   .   .   .   R   . ",
    /* selected     */ " .   .   .   .   R   R   x   .   .   R   . ",
    /* waitlisted   */ " .   .   .   x   .   R   .   .   .   R   . ",
    /* rejected     */ " .   .   .   R   R   .   .   .   .   .   . ",
    /* allocated    */ " .   .   .   x   .   .   .   x   .   R   R ",
    /* active       */ " .   .   .   .   .   .   .   .   x   R   R ",
    /* completed    */ " .   .   .   .   .   .   .   .   .   .   . ",
    /* withdrawn    */ " .   .   .   .   .   .   .   .   .   .   . ",
    /* reclaimed    */ " .   .   .   .   .   .   .   .   .   .   . ",
};

char cell(int from, int to)
{
    QByteArray row(kMatrix[from]);
    row.replace(' ', QByteArray());
    return row.at(to);
}

ApplicationStatus status(int i)
{
    return static_cast<ApplicationStatus>(i);
}

} // namespace

class TestStateMachine : public QObject
{
    Q_OBJECT

private slots:
    void matrixIsWellFormed();
    void matrix_data();
    void matrix();
    void terminal_data();
    void terminal();
    void everyStatusReachableFromSubmitted();
    void reasonRequiredForAnyPair();
    void refusalSaysWhy();
};

void TestStateMachine::matrixIsWellFormed()
{
    // A typo in the grid must not quietly shift the columns.
    for (int f = 0; f < kApplicationStatusCount; ++f) {
        QByteArray row(kMatrix[f]);
        row.replace(' ', QByteArray());
        QCOMPARE(row.size(), kApplicationStatusCount);
    }
}

void TestStateMachine::matrix_data()
{
    QTest::addColumn<ApplicationStatus>("from");
    QTest::addColumn<ApplicationStatus>("to");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<bool>("needsReason");

    for (int f = 0; f < kApplicationStatusCount; ++f) {
        for (int t = 0; t < kApplicationStatusCount; ++t) {
            const char c = cell(f, t);
            QTest::addRow("%s -> %s", qPrintable(statusKey(status(f))),
                          qPrintable(statusKey(status(t))))
                << status(f) << status(t) << (c != '.') << (c == 'R');
        }
    }
}

void TestStateMachine::matrix()
{
    QFETCH(ApplicationStatus, from);
    QFETCH(ApplicationStatus, to);
    QFETCH(bool, allowed);
    QFETCH(bool, needsReason);

    const QString reason = QStringLiteral("Panel decision of 2026-02-03");
    QCOMPARE(allowedTransitions(from).contains(to), allowed);

    const TransitionCheck withReason = checkTransition(from, to, reason);
    QCOMPARE(withReason.allowed, allowed);

    if (allowed) {
        QCOMPARE(reasonRequired(from, to), needsReason);
        QVERIFY(withReason.refusal.isEmpty());
        for (const QString &blank : {QString(), QStringLiteral("   \t\n ")}) {
            const TransitionCheck check = checkTransition(from, to, blank);
            QCOMPARE(check.allowed, !needsReason);
            QCOMPARE(check.refusal.isEmpty(), !needsReason);
        }
    }

    // Every refusal explains itself with both statuses, whatever the reason given.
    for (const QString &r : {reason, QString()}) {
        const TransitionCheck check = checkTransition(from, to, r);
        if (check.allowed)
            continue;
        QVERIFY2(check.refusal.contains(statusLabel(from)), qPrintable(check.refusal));
        QVERIFY2(check.refusal.contains(statusLabel(to)), qPrintable(check.refusal));
    }
}

void TestStateMachine::terminal_data()
{
    QTest::addColumn<ApplicationStatus>("s");
    QTest::addColumn<bool>("terminal");

    for (int i = 0; i < kApplicationStatusCount; ++i) {
        const ApplicationStatus s = status(i);
        const bool terminal = s == ApplicationStatus::Completed ||
                              s == ApplicationStatus::Withdrawn ||
                              s == ApplicationStatus::Reclaimed;
        QTest::addRow("%s", qPrintable(statusKey(s))) << s << terminal;
    }
}

void TestStateMachine::terminal()
{
    QFETCH(ApplicationStatus, s);
    QFETCH(bool, terminal);

    QCOMPARE(isTerminal(s), terminal);
    QCOMPARE(allowedTransitions(s).isEmpty(), terminal);
    // Nothing listed twice, and never a move to the same status.
    const QList<ApplicationStatus> next = allowedTransitions(s);
    QCOMPARE(QSet<ApplicationStatus>(next.cbegin(), next.cend()).size(), next.size());
    QVERIFY(!next.contains(s));
}

void TestStateMachine::everyStatusReachableFromSubmitted()
{
    QSet<ApplicationStatus> seen{ApplicationStatus::Submitted};
    QList<ApplicationStatus> queue{ApplicationStatus::Submitted};
    while (!queue.isEmpty()) {
        const ApplicationStatus s = queue.takeFirst();
        for (ApplicationStatus n : allowedTransitions(s)) {
            if (!seen.contains(n)) {
                seen.insert(n);
                queue.append(n);
            }
        }
    }
    QCOMPARE(seen.size(), kApplicationStatusCount);
}

void TestStateMachine::reasonRequiredForAnyPair()
{
    using S = ApplicationStatus;
    // Documented to answer for pairs that are not moves too, so callers can ask before checking.
    QVERIFY(reasonRequired(S::Completed, S::Withdrawn));
    QVERIFY(reasonRequired(S::Submitted, S::Reclaimed));
    QVERIFY(!reasonRequired(S::Submitted, S::Active));
    // Promotion from the waitlist is the normal path, not an override.
    QVERIFY(!reasonRequired(S::Waitlisted, S::Selected));
    QVERIFY(reasonRequired(S::Rejected, S::Selected));
}

void TestStateMachine::refusalSaysWhy()
{
    using S = ApplicationStatus;
    const QString sel = statusLabel(S::Selected);
    const QString rej = statusLabel(S::Rejected);

    QCOMPARE(checkTransition(S::Selected, S::Rejected, QStringLiteral(" ")).refusal,
             QStringLiteral("Moving from %1 to %2 needs a reason; write why before confirming")
                 .arg(sel, rej));
    QCOMPARE(checkTransition(S::Selected, S::Selected, QString()).refusal,
             QStringLiteral("Cannot move from %1 to %1: the application is already in that status")
                 .arg(sel));
    QCOMPARE(
        checkTransition(S::Completed, S::Active, QStringLiteral("x")).refusal,
        QStringLiteral("Cannot move from %1 to %2: %1 is final and the application cannot change")
            .arg(statusLabel(S::Completed), statusLabel(S::Active)));
    // A move that is not a step lists the steps that are.
    const QString refusal = checkTransition(S::Submitted, S::Active, QStringLiteral("x")).refusal;
    QVERIFY2(refusal.contains(statusLabel(S::Screening)) &&
                 refusal.contains(statusLabel(S::Withdrawn)),
             qPrintable(refusal));
}

QTEST_APPLESS_MAIN(TestStateMachine)
#include "tst_statemachine.moc"
