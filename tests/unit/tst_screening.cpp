// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/Screening.h"

#include <QLocale>
#include <QTest>
#include <limits>

using namespace gpudesk;

namespace {

QString codeName(ScreeningCode c)
{
    switch (c) {
    case ScreeningCode::TypeNotOffered:
        return QStringLiteral("TypeNotOffered");
    case ScreeningCode::NoRequest:
        return QStringLiteral("NoRequest");
    case ScreeningCode::NotWholeNodes:
        return QStringLiteral("NotWholeNodes");
    case ScreeningCode::OverNodeCap:
        return QStringLiteral("OverNodeCap");
    case ScreeningCode::NoMonths:
        return QStringLiteral("NoMonths");
    case ScreeningCode::TooLong:
        return QStringLiteral("TooLong");
    case ScreeningCode::OrgTypeIneligible:
        return QStringLiteral("OrgTypeIneligible");
    case ScreeningCode::BeforeWindow:
        return QStringLiteral("BeforeWindow");
    case ScreeningCode::AfterWindow:
        return QStringLiteral("AfterWindow");
    }
    return {};
}

QStringList codeNames(const ScreeningResult &r)
{
    QStringList names;
    for (const auto &f : r.failures)
        names << codeName(f.code);
    return names;
}

// Round 1 of the open call as the seeds describe it. Large enterprises are listed but not
// eligible and public agencies are not listed at all: the two ways a call can leave a type out.
CallRules seedCall()
{
    CallRules call;
    call.opens = QDate(2025, 12, 22);
    call.closes = QDate(2026, 1, 28);
    call.maxMonths = 12;
    call.youthDiscountPercent = 50;
    call.accelerators = {
        {QStringLiteral("H200"), 8, 32, 4000},
        {QStringLiteral("B200"), 8, 16, 6000},
    };
    call.shareRates = {
        {OrganizationType::University, true, 0},
        {OrganizationType::ResearchInstitute, true, 0},
        {OrganizationType::Sme, true, 500},
        {OrganizationType::Startup, true, 1000},
        {OrganizationType::LargeEnterprise, false, 0},
    };
    return call;
}

ApplicationFacts app(const QString &type, int gpus, int months, QDate submitted,
                     OrganizationType org = OrganizationType::Sme)
{
    ApplicationFacts a;
    a.acceleratorType = type;
    a.requestedGpus = gpus;
    a.months = months;
    a.submittedOn = submitted;
    a.orgType = org;
    return a;
}

} // namespace

class TestScreening : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nodesFor_data();
    void nodesFor();
    void screen_data();
    void screen();
    void messagesNameTheFigures();
    void reasonTextJoinsEveryMessage();
    void callWithoutDatesSkipsTheWindow();
    void typeWithoutNodeSizeIsNotOffered();
    void callOfferingNothing();
};

void TestScreening::initTestCase()
{
    // Messages format numbers with %L; the C locale keeps them free of group separators.
    QLocale::setDefault(QLocale::c());
}

void TestScreening::nodesFor_data()
{
    QTest::addColumn<int>("gpus");
    QTest::addColumn<int>("perNode");
    QTest::addColumn<int>("nodes");

    QTest::newRow("H200 cap 256 / 8") << 256 << 8 << 32;
    QTest::newRow("B200 cap 128 / 8") << 128 << 8 << 16;
    QTest::newRow("one GPU needs a node") << 1 << 8 << 1;
    QTest::newRow("100 = 12.5 nodes -> 13") << 100 << 8 << 13;
    QTest::newRow("260 = 32.5 nodes -> 33") << 260 << 8 << 33;
    QTest::newRow("264 = 33 nodes") << 264 << 8 << 33;
    QTest::newRow("zero GPUs") << 0 << 8 << 0;
    QTest::newRow("negative GPUs") << -8 << 8 << 0;
    QTest::newRow("no node size") << 8 << 0 << 0;
    // 2147483647 = 8 x 268435455 + 7, so 268435456 nodes, without overflowing on the way.
    QTest::newRow("INT_MAX") << std::numeric_limits<int>::max() << 8 << 268435456;
}

void TestScreening::nodesFor()
{
    QFETCH(int, gpus);
    QFETCH(int, perNode);
    QFETCH(int, nodes);
    QCOMPARE(gpudesk::nodesFor(gpus, perNode), nodes);
}

void TestScreening::screen_data()
{
    QTest::addColumn<ApplicationFacts>("facts");
    QTest::addColumn<QStringList>("codes");

    const QString h200 = QStringLiteral("H200");
    const QString b200 = QStringLiteral("B200");
    const QDate inWindow(2026, 1, 5);
    const QStringList none;
    using O = OrganizationType;

    // Passing, at every boundary.
    QTest::newRow("H200 at the cap: 256 GPUs = 32 nodes, 12 months")
        << app(h200, 256, 12, inWindow) << none;
    QTest::newRow("B200 at the cap: 128 GPUs = 16 nodes") << app(b200, 128, 12, inWindow) << none;
    QTest::newRow("one node for one month") << app(h200, 8, 1, inWindow) << none;
    QTest::newRow("on the day the call opens") << app(h200, 64, 6, QDate(2025, 12, 22)) << none;
    QTest::newRow("on the day the call closes") << app(h200, 64, 6, QDate(2026, 1, 28)) << none;
    QTest::newRow("university") << app(h200, 64, 6, inWindow, O::University) << none;
    QTest::newRow("research institute") << app(h200, 64, 6, inWindow, O::ResearchInstitute) << none;
    QTest::newRow("startup") << app(b200, 64, 6, inWindow, O::Startup) << none;
    QTest::newRow("no submission date: window not judged") << app(h200, 64, 6, QDate()) << none;

    // Each code alone.
    QTest::newRow("H100 not offered") << app(QStringLiteral("H100"), 64, 6, inWindow)
                                      << QStringList{QStringLiteral("TypeNotOffered")};
    QTest::newRow("no type given")
        << app(QString(), 64, 6, inWindow) << QStringList{QStringLiteral("TypeNotOffered")};
    QTest::newRow("0 GPUs") << app(h200, 0, 6, inWindow)
                            << QStringList{QStringLiteral("NoRequest")};
    QTest::newRow("negative GPUs")
        << app(h200, -8, 6, inWindow) << QStringList{QStringLiteral("NoRequest")};
    QTest::newRow("100 GPUs = 12.5 nodes")
        << app(h200, 100, 6, inWindow) << QStringList{QStringLiteral("NotWholeNodes")};
    QTest::newRow("one GPU") << app(h200, 1, 6, inWindow)
                             << QStringList{QStringLiteral("NotWholeNodes")};
    QTest::newRow("H200 264 GPUs = 33 nodes")
        << app(h200, 264, 12, inWindow) << QStringList{QStringLiteral("OverNodeCap")};
    QTest::newRow("B200 136 GPUs = 17 nodes")
        << app(b200, 136, 12, inWindow) << QStringList{QStringLiteral("OverNodeCap")};
    QTest::newRow("B200 256 GPUs: the H200 cap is not B200's")
        << app(b200, 256, 12, inWindow) << QStringList{QStringLiteral("OverNodeCap")};
    QTest::newRow("0 months") << app(h200, 64, 0, inWindow)
                              << QStringList{QStringLiteral("NoMonths")};
    QTest::newRow("negative months")
        << app(h200, 64, -1, inWindow) << QStringList{QStringLiteral("NoMonths")};
    QTest::newRow("13 months") << app(h200, 64, 13, inWindow)
                               << QStringList{QStringLiteral("TooLong")};
    QTest::newRow("large enterprise listed as not eligible")
        << app(h200, 64, 6, inWindow, O::LargeEnterprise)
        << QStringList{QStringLiteral("OrgTypeIneligible")};
    QTest::newRow("public agency not listed") << app(h200, 64, 6, inWindow, O::PublicAgency)
                                              << QStringList{QStringLiteral("OrgTypeIneligible")};
    QTest::newRow("day before the call opens")
        << app(h200, 64, 6, QDate(2025, 12, 21)) << QStringList{QStringLiteral("BeforeWindow")};
    QTest::newRow("day after the call closes")
        << app(h200, 64, 6, QDate(2026, 1, 29)) << QStringList{QStringLiteral("AfterWindow")};

    // Several at once: every rule is checked, in a fixed order.
    QTest::newRow("260 GPUs: not whole and over the cap")
        << app(h200, 260, 12, inWindow)
        << QStringList{QStringLiteral("NotWholeNodes"), QStringLiteral("OverNodeCap")};
    QTest::newRow("unknown type, no GPUs, too long, ineligible, late")
        << app(QStringLiteral("H100"), 0, 13, QDate(2026, 1, 29), O::LargeEnterprise)
        << QStringList{QStringLiteral("TypeNotOffered"), QStringLiteral("NoRequest"),
                       QStringLiteral("TooLong"), QStringLiteral("OrgTypeIneligible"),
                       QStringLiteral("AfterWindow")};
    QTest::newRow("100 GPUs, no months, not listed, early")
        << app(h200, 100, 0, QDate(2025, 12, 1), O::PublicAgency)
        << QStringList{QStringLiteral("NotWholeNodes"), QStringLiteral("NoMonths"),
                       QStringLiteral("OrgTypeIneligible"), QStringLiteral("BeforeWindow")};
    // An unknown type has no node size, so whole-node and cap checks cannot apply.
    QTest::newRow("unknown type with 100 GPUs: no node checks")
        << app(QStringLiteral("MI300"), 100, 6, inWindow)
        << QStringList{QStringLiteral("TypeNotOffered")};
}

void TestScreening::screen()
{
    QFETCH(ApplicationFacts, facts);
    QFETCH(QStringList, codes);

    const ScreeningResult r = gpudesk::screen(facts, seedCall());
    QCOMPARE(codeNames(r), codes);
    QCOMPARE(r.passed(), codes.isEmpty());
    for (int i = 0; i <= static_cast<int>(ScreeningCode::AfterWindow); ++i) {
        const auto code = static_cast<ScreeningCode>(i);
        QCOMPARE(r.has(code), codes.contains(codeName(code)));
    }
    for (const auto &f : r.failures)
        QVERIFY2(!f.message.trimmed().isEmpty(), qPrintable(codeName(f.code)));
    QCOMPARE(r.reasonText().isEmpty(), codes.isEmpty());
}

void TestScreening::messagesNameTheFigures()
{
    const QDate inWindow(2026, 1, 5);
    const CallRules call = seedCall();

    // 264 GPUs of H200 = 33 nodes; the cap is 32 nodes x 8 = 256 GPUs.
    ScreeningResult r = gpudesk::screen(app(QStringLiteral("H200"), 264, 12, inWindow), call);
    QCOMPARE(r.failures.size(), 1);
    QCOMPARE(r.failures.first().message,
             QStringLiteral("Requested 264 GPU(s) (33 nodes) of H200 exceed the cap of 256 GPUs "
                            "(32 nodes)"));

    r = gpudesk::screen(app(QStringLiteral("H200"), 100, 12, inWindow), call);
    QCOMPARE(r.failures.first().message,
             QStringLiteral("Requested 100 GPU(s) of H200 are not a whole number of nodes of 8 "
                            "GPUs each"));

    r = gpudesk::screen(app(QStringLiteral("B200"), 64, 13, inWindow), call);
    QCOMPARE(r.failures.first().message,
             QStringLiteral("Requested 13 month(s) of use exceed the call's maximum of 12 months"));

    r = gpudesk::screen(app(QStringLiteral("B200"), 64, 6, QDate(2026, 1, 29)), call);
    QCOMPARE(r.failures.first().message,
             QStringLiteral("Submitted on 2026-01-29, after the call closed on 2026-01-28"));

    r = gpudesk::screen(app(QStringLiteral("B200"), 64, 6, QDate(2025, 12, 21)), call);
    QCOMPARE(r.failures.first().message,
             QStringLiteral("Submitted on 2025-12-21, before the call opened on 2025-12-22"));

    r = gpudesk::screen(app(QStringLiteral("H100"), 64, 6, inWindow), call);
    const QString notOffered = r.failures.first().message;
    QVERIFY2(notOffered.contains(u"H100") && notOffered.contains(u"H200") &&
                 notOffered.contains(u"B200"),
             qPrintable(notOffered));

    r = gpudesk::screen(
        app(QStringLiteral("B200"), 64, 6, inWindow, OrganizationType::LargeEnterprise), call);
    QVERIFY(r.failures.first().message.contains(orgTypeLabel(OrganizationType::LargeEnterprise)));
}

void TestScreening::reasonTextJoinsEveryMessage()
{
    const ScreeningResult r =
        gpudesk::screen(app(QStringLiteral("H200"), 260, 13, QDate(2026, 1, 5)), seedCall());
    QCOMPARE(r.failures.size(), 3);
    QCOMPARE(r.reasonText(), r.failures.at(0).message + u"; " + r.failures.at(1).message + u"; " +
                                 r.failures.at(2).message);
}

void TestScreening::callWithoutDatesSkipsTheWindow()
{
    CallRules call = seedCall();
    call.opens = QDate();
    call.closes = QDate();
    QVERIFY(gpudesk::screen(app(QStringLiteral("H200"), 64, 6, QDate(2000, 1, 1)), call).passed());

    // Only the known end is judged.
    call.closes = QDate(2026, 1, 28);
    const ScreeningResult r =
        gpudesk::screen(app(QStringLiteral("H200"), 64, 6, QDate(2030, 1, 1)), call);
    QCOMPARE(codeNames(r), QStringList{QStringLiteral("AfterWindow")});
}

void TestScreening::typeWithoutNodeSizeIsNotOffered()
{
    CallRules call = seedCall();
    call.accelerators[0].gpusPerNode = 0;
    const ScreeningResult r =
        gpudesk::screen(app(QStringLiteral("H200"), 64, 6, QDate(2026, 1, 5)), call);
    QCOMPARE(codeNames(r), QStringList{QStringLiteral("TypeNotOffered")});
}

void TestScreening::callOfferingNothing()
{
    CallRules call = seedCall();
    call.accelerators.clear();
    const ScreeningResult r =
        gpudesk::screen(app(QStringLiteral("H200"), 64, 6, QDate(2026, 1, 5)), call);
    QCOMPARE(codeNames(r), QStringList{QStringLiteral("TypeNotOffered")});
    QVERIFY2(r.failures.first().message.endsWith(u"(offered: none)"),
             qPrintable(r.failures.first().message));
}

QTEST_APPLESS_MAIN(TestScreening)
#include "tst_screening.moc"
