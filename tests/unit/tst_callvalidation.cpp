// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of a call as data tables: each row changes one thing about a valid call (the seeds'
// round 1) and names the fields whose issues must appear, no more and no fewer. Then the change
// list that the audit trail and the confirmation show.
#include "rules/CallValidation.h"

#include <QJsonArray>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

using Mutation = std::function<void(CallDefinition &, CallContext &)>;

CallDefinition validCall()
{
    CallDefinition c;
    c.id = u"c-r1"_s;
    c.callTypeId = u"ct-open"_s;
    c.code = u"2025-R1"_s;
    c.title = u"2025년 1차 공모"_s;
    c.opens = QDate(2025, 12, 22);
    c.closes = QDate(2026, 1, 28);
    c.reviewDeadline = QDate(2026, 2, 10);
    c.allocationFrom = QDate(2026, 2, 16);
    c.stage = u"open"_s;
    c.offers = {{u"ca-b"_s, u"t-b200"_s, u"B200"_s, 8, 16, 9000, u"pl-b"_s},
                {u"ca-h"_s, u"t-h200"_s, u"H200"_s, 8, 32, 6000, u"pl-h"_s}};
    c.shareTerms = {{{}, OrganizationType::University, true, 0},
                    {{}, OrganizationType::Sme, true, 500},
                    {{}, OrganizationType::LargeEnterprise, false, 0}};
    c.rubric = {{u"k1"_s, 1, u"기술성"_s, {}, 40, 0, 10, {}},
                {u"k2"_s, 2, u"수행 가능성"_s, {}, 30, 0, 10, {}},
                {u"k3"_s, 3, u"필요성"_s, {}, 30, 0, 10, {}}};
    return c;
}

CallContext validContext()
{
    CallContext ctx;
    ctx.otherCodes = {u"2024-r2"_s};
    ctx.stages = {u"open"_s, u"screening"_s, u"review"_s, u"closed"_s};
    ctx.pools.insert(u"pl-b"_s, {u"open-b200"_s, u"t-b200"_s, 255});
    ctx.pools.insert(u"pl-h"_s, {u"open-h200"_s, u"t-h200"_s, 287});
    ctx.typeCodes = {{u"t-b200"_s, u"B200"_s}, {u"t-h200"_s, u"H200"_s}};
    ctx.savedRubric = validCall().rubric;
    return ctx;
}

QHash<QString, Mutation> &mutations()
{
    static QHash<QString, Mutation> m;
    return m;
}

void row(const char *name, const QStringList &fields, Mutation mutate)
{
    mutations().insert(QString::fromLatin1(name), std::move(mutate));
    QTest::newRow(name) << QString::fromLatin1(name) << fields;
}

QStringList sortedFields(const ValidationIssues &issues)
{
    QStringList out;
    for (const ValidationIssue &i : issues)
        out << i.field;
    out.removeDuplicates();
    out.sort();
    return out;
}

} // namespace

class TestCallValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void messagesSayWhatToDo();
    void changesListEveryField();
    void rubricNamesMayChangeAfterReviews();
};

void TestCallValidation::rules_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QStringList>("fields");
    using F = QStringList;
    row("valid as it is", {}, [](CallDefinition &, CallContext &) {});
    row("new call, nothing saved", {}, [](CallDefinition &c, CallContext &) { c.id.clear(); });
    row("code missing", F{u"code"_s}, [](CallDefinition &c, CallContext &) { c.code = u"  "_s; });
    row("code with spaces", F{u"code"_s},
        [](CallDefinition &c, CallContext &) { c.code = u"2026 R1"_s; });
    row("code of another call, other case", F{u"code"_s},
        [](CallDefinition &c, CallContext &) { c.code = u"2024-R2"_s; });
    row("code too long", F{u"code"_s},
        [](CallDefinition &c, CallContext &) { c.code = QString(33, u'A'); });
    row("title missing", F{u"title"_s}, [](CallDefinition &c, CallContext &) { c.title.clear(); });
    row("no call type", F{u"type"_s}, [](CallDefinition &c, CallContext &) { c.callTypeId.clear(); });
    row("no stage", F{u"stage"_s}, [](CallDefinition &c, CallContext &) { c.stage.clear(); });
    row("stage of another type", F{u"stage"_s},
        [](CallDefinition &c, CallContext &) { c.stage = u"deliberation"_s; });
    row("window reversed", F{u"window"_s}, [](CallDefinition &c, CallContext &) {
        c.opens = QDate(2026, 1, 29);
        c.reviewDeadline = {};
        c.allocationFrom = {};
    });
    row("window of one day", {}, [](CallDefinition &c, CallContext &) { c.opens = c.closes; });
    row("window without an end", F{u"window"_s},
        [](CallDefinition &c, CallContext &) { c.closes = {}; });
    row("review deadline before close", F{u"reviewDeadline"_s},
        [](CallDefinition &c, CallContext &) { c.reviewDeadline = QDate(2026, 1, 27); });
    row("review deadline on the closing day", {},
        [](CallDefinition &c, CallContext &) { c.reviewDeadline = c.closes; });
    row("allocation on the closing day", F{u"allocationFrom"_s},
        [](CallDefinition &c, CallContext &) { c.allocationFrom = c.closes; });
    // The seeds' round 1: allocation from February, reviews due later in February. Grants start
    // once selected, so an allocation start before the review deadline is allowed.
    row("allocation before the review deadline", {},
        [](CallDefinition &c, CallContext &) { c.allocationFrom = QDate(2026, 2, 5); });
    row("no dates after the window", {}, [](CallDefinition &c, CallContext &) {
        c.reviewDeadline = {};
        c.allocationFrom = {};
    });
    row("zero months", F{u"maxMonths"_s}, [](CallDefinition &c, CallContext &) { c.maxMonths = 0; });
    row("36 months", {}, [](CallDefinition &c, CallContext &) { c.maxMonths = 36; });
    row("37 months", F{u"maxMonths"_s}, [](CallDefinition &c, CallContext &) { c.maxMonths = 37; });
    row("nothing offered", F{u"offers"_s}, [](CallDefinition &c, CallContext &) { c.offers.clear(); });
    row("cap zero", F{u"offers/t-b200/maxNodes"_s},
        [](CallDefinition &c, CallContext &) { c.offers[0].maxNodes = 0; });
    row("cap negative", F{u"offers/t-h200/maxNodes"_s},
        [](CallDefinition &c, CallContext &) { c.offers[1].maxNodes = -4; });
    row("cap beyond the pool", F{u"offers/t-b200/maxNodes"_s},
        [](CallDefinition &c, CallContext &) { c.offers[0].maxNodes = 256; });
    row("cap equal to the pool", {},
        [](CallDefinition &c, CallContext &) { c.offers[0].maxNodes = 255; });
    row("price zero", F{u"offers/t-b200/price"_s},
        [](CallDefinition &c, CallContext &) { c.offers[0].pricePerGpuHour = 0; });
    row("type offered twice", F{u"offers/t-b200"_s},
        [](CallDefinition &c, CallContext &) { c.offers.append(c.offers[0]); });
    row("pool of the other type", F{u"offers/t-b200/pool"_s},
        [](CallDefinition &c, CallContext &) { c.offers[0].poolId = u"pl-h"_s; });
    row("pool gone", F{u"offers/t-b200/pool"_s},
        [](CallDefinition &c, CallContext &) { c.offers[0].poolId = u"pl-x"_s; });
    row("no pool named", {}, [](CallDefinition &c, CallContext &) { c.offers[0].poolId.clear(); });
    row("type dropped while applications ask for it", F{u"offers"_s},
        [](CallDefinition &c, CallContext &x) {
            x.applicationsByType.insert(u"t-h200"_s, 3);
            c.offers.removeLast();
        });
    row("type dropped, nobody asked for it", {}, [](CallDefinition &c, CallContext &x) {
        x.applicationsByType.insert(u"t-b200"_s, 3);
        c.offers.removeLast();
    });
    row("share above 100 %", F{u"shareTerms/sme"_s},
        [](CallDefinition &c, CallContext &) { c.shareTerms[1].shareBasisPoints = 10001; });
    row("share of 100 %", {},
        [](CallDefinition &c, CallContext &) { c.shareTerms[1].shareBasisPoints = 10000; });
    row("share negative", F{u"shareTerms/university"_s},
        [](CallDefinition &c, CallContext &) { c.shareTerms[0].shareBasisPoints = -1; });
    row("nobody eligible", F{u"shareTerms"_s}, [](CallDefinition &c, CallContext &) {
        for (CallShareTerm &s : c.shareTerms)
            s.eligible = false;
    });
    row("youth discount 101 %", F{u"youthDiscount"_s},
        [](CallDefinition &c, CallContext &) { c.youthDiscountPercent = 101; });
    row("vat negative", F{u"vat"_s}, [](CallDefinition &c, CallContext &) { c.vatPercent = -1; });
    row("no rubric", F{u"rubric"_s}, [](CallDefinition &c, CallContext &) { c.rubric.clear(); });
    row("weights sum to 90", F{u"rubric/weights"_s},
        [](CallDefinition &c, CallContext &) { c.rubric[0].weight = 30; });
    row("weights sum to 110", F{u"rubric/weights"_s},
        [](CallDefinition &c, CallContext &) { c.rubric[0].weight = 50; });
    row("weight zero", F{u"rubric/2/weight"_s, u"rubric/weights"_s},
        [](CallDefinition &c, CallContext &) { c.rubric[1].weight = 0; });
    row("weight negative balanced", F{u"rubric/3/weight"_s}, [](CallDefinition &c, CallContext &) {
        c.rubric[2].weight = -10;
        c.rubric[0].weight = 80;
    });
    row("criterion unnamed", F{u"rubric/2/name"_s},
        [](CallDefinition &c, CallContext &) { c.rubric[1].name = u" "_s; });
    row("two criteria named alike", F{u"rubric/3/name"_s},
        [](CallDefinition &c, CallContext &) { c.rubric[2].name = c.rubric[0].name; });
    row("range reversed", F{u"rubric/1/range"_s}, [](CallDefinition &c, CallContext &) {
        c.rubric[0].minScore = 10;
        c.rubric[0].maxScore = 0;
    });
    row("empty range", F{u"rubric/1/range"_s},
        [](CallDefinition &c, CallContext &) { c.rubric[0].maxScore = 0; });
    row("range past 100", F{u"rubric/2/range"_s},
        [](CallDefinition &c, CallContext &) { c.rubric[1].maxScore = 101; });
    row("weights changed after reviews", F{u"rubric"_s}, [](CallDefinition &c, CallContext &x) {
        x.submittedReviews = 5;
        c.rubric[0].weight = 30;
        c.rubric[1].weight = 40;
    });
    row("criterion added after reviews", F{u"rubric"_s, u"rubric/weights"_s},
        [](CallDefinition &c, CallContext &x) {
            x.submittedReviews = 1;
            c.rubric.append({{}, 4, u"파급 효과"_s, {}, 10, 0, 10, {}});
        });
    row("weights changed before reviews", {}, [](CallDefinition &c, CallContext &) {
        c.rubric[0].weight = 30;
        c.rubric[1].weight = 40;
    });
    row("no reviewers", F{u"reviewers"_s},
        [](CallDefinition &c, CallContext &) { c.reviewersPerApplication = 0; });
    row("eleven reviewers", F{u"reviewers"_s},
        [](CallDefinition &c, CallContext &) { c.reviewersPerApplication = 11; });
    row("waitlist negative", F{u"waitlist"_s},
        [](CallDefinition &c, CallContext &) { c.waitlistLength = -1; });
    row("idle threshold zero", F{u"idleThreshold"_s},
        [](CallDefinition &c, CallContext &) { c.idleThresholdPercent = 0; });
    row("idle period of 91 days", F{u"idleDays"_s},
        [](CallDefinition &c, CallContext &) { c.idleDays = 91; });
    row("many faults at once",
        F{u"code"_s, u"maxMonths"_s, u"offers/t-b200/maxNodes"_s, u"reviewers"_s, u"rubric/weights"_s,
          u"window"_s},
        [](CallDefinition &c, CallContext &) {
            c.code.clear();
            c.closes = c.opens.addDays(-1);
            c.reviewDeadline = {};
            c.allocationFrom = {};
            c.maxMonths = 0;
            c.offers[0].maxNodes = 0;
            c.rubric[0].weight = 1;
            c.reviewersPerApplication = 0;
        });
}

void TestCallValidation::rules()
{
    QFETCH(QString, mutation);
    QFETCH(QStringList, fields);
    CallDefinition call = validCall();
    CallContext ctx = validContext();
    mutations().value(mutation)(call, ctx);
    const ValidationIssues issues = validateCall(call, ctx);
    fields.sort();
    QCOMPARE(sortedFields(issues), fields);
    for (const ValidationIssue &i : issues)
        QVERIFY2(!i.message.isEmpty(), qPrintable(i.field));
}

void TestCallValidation::messagesSayWhatToDo()
{
    CallDefinition call = validCall();
    call.rubric[0].weight = 35;
    call.offers[0].maxNodes = 300;
    const QStringList messages = issueMessages(validateCall(call, validContext()));
    QCOMPARE(messages.size(), 2);
    QVERIFY2(messages.join(u'\n').contains(u"add up to 95"_s), qPrintable(messages.join(u'\n')));
    QVERIFY2(messages.join(u'\n').contains(u"open-b200 holds (255 nodes)"_s),
             qPrintable(messages.join(u'\n')));
}

void TestCallValidation::changesListEveryField()
{
    const CallDefinition before = validCall();
    QVERIFY(diffCalls(before, before).isEmpty());
    CallDefinition after = before;
    after.closes = QDate(2026, 2, 4);
    after.offers[0].maxNodes = 12;
    after.offers.removeLast();
    after.shareTerms[1].shareBasisPoints = 1000;
    after.rubric[0].guidance = u"새 안내"_s;
    after.youthDiscountPercent = 40;
    const CallChanges changes = diffCalls(before, after);
    QCOMPARE(changes.lines.size(), 6);
    QCOMPARE(changes.details.value(u"closes_on"_s).toArray(),
             (QJsonArray{u"2026-01-28"_s, u"2026-02-04"_s}));
    QCOMPARE(changes.details.value(u"offer/B200/max_nodes"_s).toArray(), (QJsonArray{16, 12}));
    QVERIFY(changes.details.contains(u"offer/H200"_s));
    QCOMPARE(changes.details.value(u"share/sme/share"_s).toArray(), (QJsonArray{500, 1000}));
    QVERIFY(changes.details.contains(u"rubric"_s));
    QVERIFY(changes.lines.join(u'\n').contains(u"5 % → 10 %"_s));
}

void TestCallValidation::rubricNamesMayChangeAfterReviews()
{
    CallDefinition call = validCall();
    CallContext ctx = validContext();
    ctx.submittedReviews = 12;
    call.rubric[0].name = u"기술적 우수성"_s;
    call.rubric[2].guidance = u"규모의 필요성을 설명했는가"_s;
    QVERIFY(validateCall(call, ctx).isEmpty());
    QVERIFY(!rubricScoringChanged(ctx.savedRubric, call.rubric));
    call.rubric.move(0, 1);
    QVERIFY(rubricScoringChanged(ctx.savedRubric, call.rubric));
}

QTEST_APPLESS_MAIN(TestCallValidation)
#include "tst_callvalidation.moc"
