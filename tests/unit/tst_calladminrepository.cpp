// SPDX-License-Identifier: GPL-3.0-or-later
// Calls written through the administration repository: a new call with its offers, share terms
// and rubric; a copy under a new code; edits recorded in the audit trail with what changed (and a
// reason once applications were screened); the rules enforced on save; a type dropped and taken
// back again; closing the panel.
#include "../common/FleetSeed.h"
#include "rules/CallValidation.h"
#include "store/CallAdminRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestCallAdminRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;

    int count(const QString &sql, const QVariantList &values = {}) const
    {
        return test::scalar(m_store->db(), sql, values).toInt();
    }
    QJsonObject lastAudit(const QString &action) const
    {
        return QJsonDocument::fromJson(
                   test::scalar(m_store->db(),
                                u"SELECT details FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1"_s,
                                {action})
                       .toString()
                       .toUtf8())
            .object();
    }
    CallDefinition newCall(CallAdminRepository &repo) const
    {
        CallDefinition c = repo.blank();
        c.code = u"2026-R1"_s;
        c.title = u"2026년 1차 공모"_s;
        c.titleEn = u"2026 open call 1"_s;
        c.opens = QDate(2026, 12, 22);
        c.closes = QDate(2027, 1, 28);
        c.reviewDeadline = QDate(2027, 2, 10);
        c.allocationFrom = QDate(2027, 3, 1);
        for (CallOffer &o : c.offers) {
            o.maxNodes = o.typeCode == u"B200"_s ? 16 : 32;
            o.poolId = o.typeCode == u"B200"_s ? u"pl-b"_s : u"pl-h"_s;
        }
        c.offers[0].maxNodes = 16;
        c.rubric = {{{}, 1, u"기술성"_s, u"Technical merit"_s, 40, 0, 10, u"혁신성"_s},
                    {{}, 2, u"필요성"_s, {}, 60, 0, 10, {}}};
        return c;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = test::openWithFleet(*m_dir);
        QVERIFY(m_store);
        // The pools' capacities as the rules read them: open-b200 16 nodes, open-h200 10.
        QVERIFY(test::exec(*m_store, {u"UPDATE pools SET capacity_nodes = 40 WHERE id = 'pl-h'"_s}));
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void createLoadAndList();
    void rulesEnforcedOnSave();
    void copyUnderANewCode();
    void editsRecordWhatChanged();
    void screenedCallNeedsAReason();
    void typeDroppedAndTakenBack();
    void rubricLockedOnceReviewed();
    void closePanel();
};

void TestCallAdminRepository::createLoadAndList()
{
    CallAdminRepository repo(*m_store);
    QCOMPARE(repo.blank().shareTerms.size(), kOrganizationTypeCount);
    QCOMPARE(repo.blank().offers.size(), 2);
    QCOMPARE(repo.blank().offers[0].pricePerGpuHour, 9000); // the type's market price
    QString error;
    const auto saved = repo.save(newCall(repo), {}, &error);
    QVERIFY2(saved, qPrintable(error));
    QVERIFY(saved->created);
    const auto loaded = repo.load(saved->id);
    QVERIFY(loaded);
    QCOMPARE(loaded->code, u"2026-R1"_s);
    QCOMPARE(loaded->allocationFrom, QDate(2027, 3, 1));
    QCOMPARE(loaded->offers.size(), 2);
    QCOMPARE(loaded->offers[0].poolId, u"pl-b"_s);
    QCOMPARE(loaded->rubric.size(), 2);
    QCOMPARE(loaded->rubric[0].guidance, u"혁신성"_s);
    QCOMPARE(loaded->shareTerms.size(), kOrganizationTypeCount);
    QVERIFY(diffCalls(*loaded, *loaded).isEmpty());
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'call_create'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE table_name IN ('calls', 'call_accelerators', "
                   "'call_share_rates', 'rubric_criteria')"_s),
             1 + 2 + kOrganizationTypeCount + 2);
    const QList<CallListRow> list = repo.list();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].code, u"2026-R1"_s); // newest first
    QCOMPARE(list[0].offers, u"B200 16 · H200 32"_s);
    QCOMPARE(list[1].applications, 4);
}

void TestCallAdminRepository::rulesEnforcedOnSave()
{
    CallAdminRepository repo(*m_store);
    CallDefinition c = newCall(repo);
    c.code = u"2025-r1"_s; // the existing call's, other case
    c.rubric[0].weight = 50;
    c.offers[0].maxNodes = 17; // more than open-b200's 16
    QString error;
    ValidationIssues issues;
    QVERIFY(!repo.save(c, {}, &error, &issues));
    QCOMPARE(issues.size(), 3);
    QVERIFY(error.startsWith(u"The call was not saved"_s));
    QCOMPARE(count(u"SELECT count(*) FROM calls"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), 0);
}

void TestCallAdminRepository::copyUnderANewCode()
{
    CallAdminRepository repo(*m_store);
    QString error;
    auto first = repo.save(newCall(repo), {}, &error);
    QVERIFY(first);
    auto copy = repo.copyOf(first->id);
    QVERIFY(copy);
    QVERIFY(copy->id.isEmpty());
    QCOMPARE(copy->code, u"2026-R1-copy"_s);
    QCOMPARE(copy->stage, u"open"_s);
    QVERIFY(copy->rubric[0].id.isEmpty());
    const auto saved = repo.save(*copy, {}, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(repo.copyOf(first->id)->code, u"2026-R1-copy2"_s);
    QCOMPARE(count(u"SELECT count(*) FROM rubric_criteria WHERE call_id = ?"_s, {saved->id}), 2);
    QCOMPARE(count(u"SELECT count(*) FROM rubric_criteria"_s), 4);
}

void TestCallAdminRepository::editsRecordWhatChanged()
{
    CallAdminRepository repo(*m_store);
    QString error;
    auto saved = repo.save(newCall(repo), {}, &error);
    QVERIFY(saved);
    CallDefinition c = *repo.load(saved->id);
    const int audits = count(u"SELECT count(*) FROM audit_log"_s);
    QVERIFY(repo.save(c, {}, &error)); // unchanged: nothing written
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), audits);
    c.closes = QDate(2027, 2, 4);
    c.shareTerms[2].shareBasisPoints = 700;
    const auto edited = repo.save(c, {}, &error);
    QVERIFY2(edited, qPrintable(error));
    QCOMPARE(edited->changes.size(), 2);
    const QJsonObject details = lastAudit(u"call_change"_s);
    QCOMPARE(details.value(u"changes"_s).toObject().keys(),
             (QStringList{u"closes_on"_s, u"share/sme/share"_s}));
    QCOMPARE(details.value(u"screened_applications"_s).toInt(), 0);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE table_name = 'call_share_rates' AND op = 'update'"_s), 1);
}

void TestCallAdminRepository::screenedCallNeedsAReason()
{
    CallAdminRepository repo(*m_store);
    QCOMPARE(repo.screenedApplications(u"c-r1"_s), 4); // selected and under review
    CallDefinition c = *repo.load(u"c-r1"_s);
    c.rubric = {{{}, 1, u"종합"_s, {}, 100, 0, 10, {}}};
    QString error;
    QVERIFY2(repo.save(c, {}, &error) == std::nullopt, "a reason is needed");
    QVERIFY2(error.contains(u"4 application(s)"_s), qPrintable(error));
    const auto saved = repo.save(c, u"장관 지시로 평가 기준 단순화"_s, &error);
    QVERIFY2(saved, qPrintable(error));
    const QJsonObject details = lastAudit(u"call_change"_s);
    QCOMPARE(details.value(u"reason"_s).toString(), u"장관 지시로 평가 기준 단순화"_s);
    QCOMPARE(details.value(u"screened_applications"_s).toInt(), 4);
}

void TestCallAdminRepository::typeDroppedAndTakenBack()
{
    CallAdminRepository repo(*m_store);
    QString error;
    auto saved = repo.save(newCall(repo), {}, &error);
    QVERIFY(saved);
    CallDefinition c = *repo.load(saved->id);
    const CallOffer h200 = c.offers[1];
    c.offers.removeLast();
    QVERIFY2(repo.save(c, {}, &error), qPrintable(error));
    QCOMPARE(repo.load(saved->id)->offers.size(), 1);
    c.offers.append(h200);
    c.offers[1].maxNodes = 8;
    QVERIFY2(repo.save(c, {}, &error), qPrintable(error)); // UNIQUE (call, type): the row revives
    QCOMPARE(repo.load(saved->id)->offers[1].maxNodes, 8);
    QCOMPARE(count(u"SELECT count(*) FROM call_accelerators WHERE call_id = ?"_s, {saved->id}), 2);
    // A type the call's applications ask for cannot be dropped.
    CallDefinition r1 = *repo.load(u"c-r1"_s);
    r1.offers.removeLast(); // H200: R1-0103 asks for it
    ValidationIssues issues;
    QVERIFY(!repo.save(r1, u"x"_s, &error, &issues));
    QCOMPARE(issues.value(0).field, u"offers"_s);
}

void TestCallAdminRepository::rubricLockedOnceReviewed()
{
    QVERIFY(test::exec(*m_store,
                       {u"INSERT INTO rubric_criteria (id, call_id, ordinal, name, weight) VALUES "
                        "('k1', 'c-r1', 1, '기술성', 60), ('k2', 'c-r1', 2, '필요성', 40)"_s,
                        u"INSERT INTO reviewers (id, name) VALUES ('rv', '평가위원')"_s,
                        u"INSERT INTO review_assignments (id, application_id, reviewer_id, assigned_at) "
                        "VALUES ('ra', 'ap-rv', 'rv', 1)"_s,
                        u"INSERT INTO reviews (id, assignment_id, application_id, reviewer_id, status) "
                        "VALUES ('r', 'ra', 'ap-rv', 'rv', 'submitted')"_s}));
    CallAdminRepository repo(*m_store);
    CallDefinition c = *repo.load(u"c-r1"_s);
    c.rubric[0].weight = 50;
    c.rubric[1].weight = 50;
    QString error;
    ValidationIssues issues;
    QVERIFY(!repo.save(c, u"x"_s, &error, &issues));
    QCOMPARE(issues.value(0).field, u"rubric"_s);
    c.rubric[0].weight = 60;
    c.rubric[1].weight = 40;
    c.rubric[1].guidance = u"규모의 필요성"_s;
    QVERIFY2(repo.save(c, u"안내문 보완"_s, &error), qPrintable(error));
}

void TestCallAdminRepository::closePanel()
{
    CallAdminRepository repo(*m_store);
    QString error;
    QVERIFY2(repo.closePanel(u"c-r1"_s, &error), qPrintable(error));
    QVERIFY(repo.load(u"c-r1"_s)->panelClosedAt.has_value());
    QVERIFY(!repo.closePanel(u"c-r1"_s, &error));
    QVERIFY2(error.contains(u"closed already"_s), qPrintable(error));
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'panel_close'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE table_name = 'calls' AND changes LIKE '%panel_closed_at%'"_s), 1);
}

QTEST_GUILESS_MAIN(TestCallAdminRepository)
#include "tst_calladminrepository.moc"
