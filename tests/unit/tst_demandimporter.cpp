// SPDX-License-Identifier: GPL-3.0-or-later
// The demand survey: a ministry's spreadsheet previewed row by row (Korean or English headers,
// the round's rules, duplicates), imported whole or not at all, and the same checks for a demand
// entered by hand.
#include "../common/TracksSeed.h"
#include "data/DemandImporter.h"
#include "store/DemandRepository.h"

#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestDemandImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    QString fixture(const QString &name)
    {
        const QString target = m_dir.filePath(name);
        QFile::remove(target);
        if (!QFile::copy(QStringLiteral(GPUDESK_TEST_DATA "/") + name, target))
            return {};
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }

    int demandCount()
    {
        return test::scalar(m_store->db(),
                            u"SELECT count(*) FROM applications WHERE call_id = 'c-np'"_s)
            .toInt();
    }

    static DemandFacts validDemand()
    {
        DemandFacts d;
        d.ministry = u"보건복지부"_s;
        d.project = u"감염병 예측 모델"_s;
        d.purpose = u"감염병 확산 예측"_s;
        d.typeCode = u"B200"_s;
        d.nodes = 4;
        d.start = QDate(2031, 5, 1);
        d.months = 6;
        d.priority = 2;
        d.contactName = u"정하늘"_s;
        d.contactEmail = u"haneul.jung@mohw.go.kr"_s;
        return d;
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store.reset();
        QFile::remove(m_dir.filePath(u"p.sqlite"_s));
        QFile::remove(m_dir.filePath(u"p.sqlite-wal"_s));
        QFile::remove(m_dir.filePath(u"p.sqlite-shm"_s));
        m_store = test::openWithReference(m_dir);
        QVERIFY(m_store);
        m_store->setCurrentUser(u"u-officer"_s, u"김서연"_s);
        QVERIFY(test::seedTracks(*m_store));
    }
    void cleanup() { m_store.reset(); }

    void goodFileImportsWhole()
    {
        DemandImporter importer(*m_store);
        const DemandPreview p = importer.previewFile(fixture(u"demands-good.csv"_s), u"c-np"_s);
        QVERIFY2(p.fatal.isEmpty(), qPrintable(p.fatal));
        QCOMPARE(p.rows.size(), 4);
        QCOMPARE(p.rowsWithIssues(), 0);
        QVERIFY(p.importable());
        // Korean headers, lower-case types and Korean date forms are read.
        QCOMPARE(p.rows[1].demand.typeCode, u"B200"_s);
        QCOMPARE(p.rows[1].demand.start, QDate(2031, 5, 1));
        QCOMPARE(p.rows[2].demand.start, QDate(2031, 4, 15));
        QCOMPARE(p.rows[3].demand.priority, 1); // left empty: 1
        QCOMPARE(p.rows[0].demand.purpose, u"한국어 초거대 모델 사전학습, 공개 배포"_s);
        QVERIFY(!p.rows[0].newMinistry);
        QVERIFY(p.rows[3].newMinistry); // 국토교통부 is not known yet

        QString error;
        QVERIFY2(importer.commit(p, u"c-np"_s, &error), qPrintable(error));
        QCOMPARE(demandCount(), 4);
        const QList<DemandRow> rows = DemandRepository(*m_store).demands(u"c-np"_s);
        QCOMPARE(rows.size(), 4);
        const auto found = std::find_if(rows.cbegin(), rows.cend(), [](const DemandRow &r) {
            return r.facts.project == u"독자 AI 파운데이션 모델"_s;
        });
        QVERIFY(found != rows.cend());
        QCOMPARE(found->facts.nodes, 16);
        QCOMPARE(found->gpusPerNode, 8);
        QCOMPARE(found->status, ApplicationStatus::Submitted);
        QCOMPARE(found->source, u"demands-good.csv"_s);
        QCOMPARE(test::scalar(m_store->db(),
                              u"SELECT requested_gpus FROM applications WHERE id = ?"_s,
                              {found->id}),
                 QVariant(128));
        QCOMPARE(test::scalar(m_store->db(),
                              u"SELECT count(*) FROM organizations WHERE "
                              "name = '국토교통부' AND org_type = 'public_agency'"_s),
                 QVariant(1));
        QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM application_status_history h "
                                             "JOIN applications a ON a.id = h.application_id "
                                             "WHERE a.call_id = 'c-np' AND h.reason LIKE "
                                             "'%demands-good.csv%'"_s),
                 QVariant(4));
        // A local change: captured for sync.
        QVERIFY(test::scalar(m_store->db(),
                             u"SELECT count(*) FROM outbox WHERE table_name = 'demand_details'"_s)
                    .toInt() == 4);

        // The same sheet again: every row is now a duplicate, and nothing is imported twice.
        const DemandPreview again = importer.previewFile(fixture(u"demands-good.csv"_s), u"c-np"_s);
        QCOMPARE(again.rowsWithIssues(), 4);
        QVERIFY(again.rows[0].issues.first().reason.contains(u"already entered this project"_s));
        QVERIFY(!importer.commit(again, u"c-np"_s, &error));
        QCOMPARE(demandCount(), 4);
    }

    void badRows_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        QTest::newRow("type not offered")
            << 2 << u"accelerator_type"_s << u"\"H100\" is not offered in this call"_s;
        QTest::newRow("over the cap")
            << 3 << u"nodes"_s << u"exceed the cap of 128 GPUs (16 nodes)"_s;
        QTest::newRow("not a date") << 4 << u"start"_s << u"'2031-13-01' is not a date"_s;
        QTest::newRow("too long") << 4 << u"months"_s
                                  << u"exceed the call's maximum of 12 months"_s;
        QTest::newRow("priority") << 4 << u"priority"_s << u"'x' is not a whole number"_s;
        QTest::newRow("e-mail") << 4 << u"contact_email"_s << u"'not-an-email' is not a valid"_s;
        QTest::newRow("telephone") << 4 << u"contact_phone"_s << u"'abc' is not a telephone"_s;
        QTest::newRow("no contact") << 5 << u"contact_name"_s << u"Contact is required"_s;
        QTest::newRow("twice (first)") << 6 << u"project"_s << u"more than once (lines 6, 7)"_s;
        QTest::newRow("twice (second)") << 7 << u"project"_s << u"more than once (lines 6, 7)"_s;
        QTest::newRow("ragged") << 8 << QString() << u"5 fields, but the header has 11 columns"_s;
    }
    void badRows()
    {
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        DemandImporter importer(*m_store);
        const DemandPreview p = importer.previewFile(fixture(u"demands-bad.csv"_s), u"c-np"_s);
        QVERIFY2(p.fatal.isEmpty(), qPrintable(p.fatal));
        QCOMPARE(p.rows.size(), 7);
        QCOMPARE(p.rowsWithIssues(), 7);
        bool found = false;
        for (const DemandPreviewRow &row : p.rows) {
            for (const ImportIssue &issue : row.issues)
                found = found || (issue.line == line && issue.field == field &&
                                  issue.reason.contains(reason));
        }
        QVERIFY2(found, qPrintable(u"line %1 %2: %3"_s.arg(line).arg(field, reason)));
    }

    void badFileImportsNothing()
    {
        DemandImporter importer(*m_store);
        const DemandPreview p = importer.previewFile(fixture(u"demands-bad.csv"_s), u"c-np"_s);
        QVERIFY(!p.importable());
        QString error;
        QVERIFY(!importer.commit(p, u"c-np"_s, &error));
        QVERIFY2(error.contains(u"7 row(s) of demands-bad.csv have problems"_s), qPrintable(error));
        QCOMPARE(demandCount(), 0);
        QCOMPARE(test::scalar(m_store->db(),
                              u"SELECT count(*) FROM organizations WHERE name = '국방부'"_s),
                 QVariant(0));
    }

    void fatal_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("message");
        const QByteArray header = "ministry,project,purpose,accelerator_type,nodes,start,months,"
                                  "priority,contact_name,contact_email,contact_phone\n";
        const QByteArray row = "보건복지부,모델,,B200,2,2031-04-01,6,1,이수진,s@mohw.go.kr,\n";
        QTest::newRow("empty") << QByteArray() << u"demand_survey"_s << u"no header line"_s;
        QTest::newRow("header only") << header << u"demand_survey"_s << u"no demand below it"_s;
        QTest::newRow("unknown column") << QByteArray("ministry,project,budget\n")
                                        << u"demand_survey"_s << u"Unknown column(s): \"budget\""_s;
        QTest::newRow("missing column")
            << QByteArray("ministry,project,accelerator_type,nodes,start,months,contact_name\n")
            << u"demand_survey"_s << u"Required column(s) missing: contact_email"_s;
        QTest::newRow("malformed") << header + "보건복지부,\"모델,,B200\n"
                                   << u"demand_survey"_s << u"malformed"_s;
        QTest::newRow("round past its survey")
            << header + row << u"pre_review"_s
            << u"demands are imported during its demand survey"_s;
    }
    void fatal()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, stage);
        QFETCH(QString, message);
        QVERIFY(test::exec(*m_store,
                           {u"UPDATE calls SET stage = '%1' WHERE id = 'c-np'"_s.arg(stage)}));
        DemandImporter importer(*m_store);
        const DemandPreview p = importer.preview(data, u"c-np"_s, u"sheet.csv"_s);
        QVERIFY2(p.fatal.contains(message), qPrintable(p.fatal));
        QVERIFY(!p.importable());
        QString error;
        QVERIFY(!importer.commit(p, u"c-np"_s, &error));
        QCOMPARE(demandCount(), 0);
    }

    void enteredByHand()
    {
        DemandRepository repo(*m_store);
        QVERIFY(repo.check(u"c-np"_s, validDemand()).isEmpty());
        QString error, id;
        QVERIFY2(repo.add(u"c-np"_s, validDemand(), &error, &id), qPrintable(error));
        QVERIFY(!id.isEmpty());
        const auto row = repo.demand(id);
        QVERIFY(row);
        QCOMPARE(row->code, u"2031-NP1-D001"_s);
        QCOMPARE(row->facts.priority, 2);
        QCOMPARE(row->facts.ministry, u"Ministry of Health and Welfare"_s); // in English here
        QCOMPARE(row->ministryId, u"o-mohw"_s);

        // The same project again is refused, with the field it concerns.
        const QList<DemandProblem> twice = repo.check(u"c-np"_s, validDemand());
        QCOMPARE(twice.size(), 1);
        QCOMPARE(twice.first().field, DemandField::Project);
        QVERIFY(!repo.add(u"c-np"_s, validDemand(), &error));

        // Editing keeps it unique, checks the rules and needs the round still in its survey.
        DemandFacts edited = validDemand();
        edited.nodes = 20;
        QVERIFY(!repo.update(id, edited, &error));
        QVERIFY2(error.contains(u"exceed the cap"_s), qPrintable(error));
        edited.nodes = 10;
        edited.priority = 1;
        QVERIFY2(repo.update(id, edited, &error), qPrintable(error));
        QCOMPARE(repo.demand(id)->facts.nodes, 10);
        QCOMPARE(repo.demand(id)->facts.priority, 1);
        QCOMPARE(test::scalar(m_store->db(),
                              u"SELECT requested_gpus FROM applications WHERE id = ?"_s, {id}),
                 QVariant(80));

        QVERIFY(
            test::exec(*m_store, {u"UPDATE calls SET stage = 'pre_review' WHERE id = 'c-np'"_s}));
        DemandFacts other = validDemand();
        other.project = u"다른 사업"_s;
        const QList<DemandProblem> late = repo.check(u"c-np"_s, other);
        QCOMPARE(late.size(), 1);
        QVERIFY(late.first().message.contains(u"takes no demands any more"_s));
        QVERIFY(!repo.update(id, edited, &error));

        // Withdrawing needs a reason and goes through the state machine.
        QVERIFY(!repo.withdraw(id, u"  "_s, &error));
        QVERIFY(repo.withdraw(id, u"부처 요청으로 철회"_s, &error));
        QCOMPARE(repo.demand(id)->status, ApplicationStatus::Withdrawn);
    }
};

QTEST_GUILESS_MAIN(TestDemandImporter)
#include "tst_demandimporter.moc"
