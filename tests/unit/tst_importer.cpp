// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/ApplicationImporter.h"
#include "store/Store.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {
QString issueText(const ImportIssue &i)
{
    return u"%1/%2: %3"_s.arg(i.line).arg(i.field, i.reason);
}

QString describe(const ImportReport &r)
{
    QStringList lines{u"fatal: "_s + r.fatal};
    for (const ImportIssue &i : r.rejected)
        lines << issueText(i);
    return lines.join(u'\n');
}
} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void goodCsv();
    void goodJson();
    void formatDetectedFromContent();
    void submittedAt_data();
    void submittedAt();
    void badCsv_data();
    void badCsv();
    void badCsvTotals();
    void badJson();
    void reimportRejectsDuplicates();
    void existingOrganisationMatched();
    void fatal_data();
    void fatal();
    void sizeLimit();
    void missingFile();
    void databaseFailureWritesNothing();
    void outboxCapturesImport();
    void changedByFallsBackToImport();
    void importsOnAWorkerThread();

private:
    QString fixture(const QString &name);
    QVariant scalar(const QString &sql, const QVariantList &binds = {});
    int count(const QString &table) { return scalar(u"SELECT count(*) FROM "_s + table).toInt(); }
    void verifyNothingWritten();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    OpenOutcome outcome;
    m_store = Store::open(m_dir->filePath(u"p.sqlite"_s), OpenOptions{}, &outcome);
    QVERIFY2(m_store, qPrintable(outcome.message + u' ' + outcome.detail));
    m_store->setCurrentUser(u"u-officer"_s, u"김담당"_s);
    QString error;
    const bool ok = m_store->write(
        [](QSqlDatabase &db, QSet<QString> &, QString *err) {
            QSqlQuery q(db);
            for (
                const QString &sql :
                {u"INSERT INTO call_types (id, code, name) VALUES ('ct-open', 'open_call', "
                 "'공개 공모')"_s,
                 u"INSERT INTO calls (id, call_type_id, code, title, opens_on, closes_on) VALUES "
                 "('call-1', 'ct-open', '2025-R1', '2025년 1차 공모', '2025-12-22', "
                 "'2026-01-28')"_s,
                 u"INSERT INTO accelerator_types (id, code, name, gpus_per_node) VALUES "
                 "('at-b200', 'B200', 'NVIDIA B200', 8), ('at-h200', 'H200', 'NVIDIA H200', 8)"_s,
                 u"INSERT INTO fields (id, code, name_ko, name_en) VALUES ('f-ai', 'nlp', "
                 "'인공지능', 'Artificial intelligence'), ('f-bio', 'bio', '바이오', 'Biology')"_s}) {
                if (!q.exec(sql)) {
                    *err = q.lastError().text();
                    return false;
                }
            }
            return true;
        },
        &error, Store::Capture::Uncaptured);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(count(u"outbox"_s), 0);
}

void TestImporter::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

// Fixtures are copied into the test's own folder, never opened in place.
QString TestImporter::fixture(const QString &name)
{
    const QString target = m_dir->filePath(name);
    if (!QFile::exists(target))
        QFile::copy(QStringLiteral(GPUDESK_TEST_DATA) + u'/' + name, target);
    return target;
}

QVariant TestImporter::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_store->db());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        qWarning() << "query failed:" << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

void TestImporter::verifyNothingWritten()
{
    QCOMPARE(count(u"applications"_s), 0);
    QCOMPARE(count(u"organizations"_s), 0);
    QCOMPARE(count(u"application_status_history"_s), 0);
    QCOMPARE(count(u"outbox"_s), 0);
}

void TestImporter::goodCsv()
{
    QSignalSpy changed(m_store.get(), &Store::tablesChanged);
    const qint64 before = Store::nowMs();
    const ImportReport r =
        ApplicationImporter(*m_store).importFile(fixture(u"applications-good.csv"_s));
    const qint64 after = Store::nowMs();
    QVERIFY2(r.ok() && r.rejected.isEmpty(), qPrintable(describe(r)));
    QCOMPARE(r.accepted, 6);
    QCOMPARE(r.organizationsCreated, 5); // AIH-2025-0002 and -0004 share a business number
    QCOMPARE(r.rejectedRows(), 0);
    QCOMPARE(count(u"applications"_s), 6);
    QCOMPARE(count(u"organizations"_s), 5);
    QCOMPARE(count(u"application_status_history"_s), 6);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(
        changed.at(0).at(0).value<QSet<QString>>(),
        (QSet<QString>{u"applications"_s, u"application_status_history"_s, u"organizations"_s}));

    QSqlQuery q(m_store->db());
    QVERIFY(
        q.exec(u"SELECT a.id, a.call_id, a.title, a.title_en, a.summary, a.pi_name, a.pi_email, "
               "a.pi_phone, a.field_id, a.accelerator_type_id, a.requested_gpus, "
               "a.requested_nodes, a.months, a.desired_start, a.slurm_account, a.submitted_at, "
               "a.status, a.status_changed_at, a.source, a.updated_by, a.updated_at, o.name, "
               "o.name_en, o.org_type, o.youth_founded, o.business_number "
               "FROM applications a JOIN organizations o ON o.id = a.organization_id "
               "WHERE a.code = 'AIH-2025-0001'"_s));
    QVERIFY(q.next());
    QVERIFY(!QUuid::fromString(q.value(0).toString()).isNull());
    QCOMPARE(q.value(1).toString(), u"call-1"_s);
    QCOMPARE(q.value(2).toString(), u"한국어 초거대 언어모델 사전학습"_s);
    QCOMPARE(q.value(3).toString(), u"Pretraining a Korean LLM"_s);
    QCOMPARE(q.value(4).toString(),
             u"공공 데이터, 웹 문서와 교과서로 학습합니다.\n2단계: 지시 학습"_s);
    QCOMPARE(q.value(5).toString(), u"김민준"_s);
    QCOMPARE(q.value(6).toString(), u"minjun.kim@snu.ac.kr"_s);
    QCOMPARE(q.value(7).toString(), u"02-880-1234"_s);
    QCOMPARE(q.value(8).toString(), u"f-ai"_s);
    QCOMPARE(q.value(9).toString(), u"at-h200"_s);
    QCOMPARE(q.value(10).toInt(), 256);
    QCOMPARE(q.value(11).toInt(), 32);
    QCOMPARE(q.value(12).toInt(), 12);
    QCOMPARE(q.value(13).toString(), u"2026-02-01"_s);
    QCOMPARE(q.value(14).toString(), u"snu_llm"_s);
    QCOMPARE(q.value(15).toLongLong(), Q_INT64_C(1767589380000)); // 2026-01-05T05:03:00Z
    QCOMPARE(q.value(16).toString(), u"submitted"_s);
    QCOMPARE(q.value(17).toLongLong(), Q_INT64_C(1767589380000));
    QCOMPARE(q.value(18).toString(), u"applications-good.csv"_s);
    QCOMPARE(q.value(19).toString(), u"u-officer"_s);
    QVERIFY(q.value(20).toLongLong() >= before && q.value(20).toLongLong() <= after);
    QCOMPARE(q.value(21).toString(), u"서울대학교 산학협력단"_s);
    QCOMPARE(q.value(22).toString(), u"Seoul National University R&DB Foundation"_s);
    QCOMPARE(q.value(23).toString(), u"university"_s); // from the Korean label 대학
    QCOMPARE(q.value(24).toInt(), 0);
    QCOMPARE(q.value(25).toString(), u"119-82-03684"_s);

    // Z offset, ceil(60 / 8) = 8 nodes, a youth-founded startup.
    QCOMPARE(scalar(u"SELECT submitted_at FROM applications WHERE code = 'AIH-2025-0002'"_s)
                 .toLongLong(),
             Q_INT64_C(1768037400000));
    QCOMPARE(
        scalar(u"SELECT requested_nodes FROM applications WHERE code = 'AIH-2025-0002'"_s).toInt(),
        8);
    QCOMPARE(scalar(u"SELECT summary FROM applications WHERE code = 'AIH-2025-0002'"_s).toString(),
             u"요약: \"경량화\" 모델을 병원에 배포"_s);
    QCOMPARE(
        scalar(u"SELECT o.youth_founded || o.org_type FROM organizations o JOIN applications a "
               "ON a.organization_id = o.id WHERE a.code = 'AIH-2025-0002'"_s)
            .toString(),
        u"1startup"_s);
    // Milliseconds kept: 2026-01-20T23:59:59.500+09:00 = 14:59:59.500Z.
    QCOMPARE(scalar(u"SELECT submitted_at FROM applications WHERE code = 'AIH-2025-0003'"_s)
                 .toLongLong(),
             Q_INT64_C(1768921199500));
    // Same business number: same organisation; the type code matched case-insensitively.
    QCOMPARE(scalar(u"SELECT count(DISTINCT organization_id) FROM applications WHERE code IN "
                    "('AIH-2025-0002', 'AIH-2025-0004')"_s)
                 .toInt(),
             1);
    QCOMPARE(scalar(u"SELECT accelerator_type_id FROM applications WHERE code = 'AIH-2025-0004'"_s)
                 .toString(),
             u"at-b200"_s);
    QCOMPARE(
        scalar(u"SELECT summary || '|' || desired_start || '|' || slurm_account FROM applications "
               "WHERE code = 'AIH-2025-0006'"_s)
            .toString(),
        u"1) 위성 영상 수집\n2) 라벨링, 검수\n3) 모델 학습||"_s);
    QCOMPARE(scalar(u"SELECT org_type FROM organizations WHERE business_number = '305-83-00077'"_s)
                 .toString(),
             u"public_agency"_s);

    QVERIFY(q.exec(u"SELECT h.from_status, h.to_status, h.changed_by, h.reason, "
                   "h.changed_at = a.submitted_at, h.updated_by FROM application_status_history h "
                   "JOIN applications a ON a.id = h.application_id"_s));
    int rows = 0;
    while (q.next()) {
        ++rows;
        QCOMPARE(q.value(0).toString(), QString());
        QCOMPARE(q.value(1).toString(), u"submitted"_s);
        QCOMPARE(q.value(2).toString(), u"김담당"_s);
        QCOMPARE(q.value(3).toString(), u"Imported from applications-good.csv"_s);
        QVERIFY(q.value(4).toBool());
        QCOMPARE(q.value(5).toString(), u"u-officer"_s);
    }
    QCOMPARE(rows, 6);
}

void TestImporter::goodJson()
{
    const ImportReport r =
        ApplicationImporter(*m_store).importFile(fixture(u"applications-good.json"_s));
    QVERIFY2(r.ok() && r.rejected.isEmpty(), qPrintable(describe(r)));
    QCOMPARE(r.accepted, 3);
    QCOMPARE(r.organizationsCreated, 3);
    QCOMPARE(scalar(u"SELECT requested_gpus || '/' || requested_nodes || '/' || months FROM "
                    "applications WHERE code = 'AIH-2025-0101'"_s)
                 .toString(),
             u"100/13/12"_s);
    QCOMPARE(scalar(u"SELECT submitted_at FROM applications WHERE code = 'AIH-2025-0101'"_s)
                 .toLongLong(),
             Q_INT64_C(1768443600000));
    QCOMPARE(scalar(u"SELECT summary FROM applications WHERE code = 'AIH-2025-0101'"_s).toString(),
             u"시뮬레이션, 실제 로봇 데이터로 학습.\n두 번째 단계: 평가"_s);
    // Numbers given as strings, null for optional values, a Korean organisation type.
    QCOMPARE(
        scalar(u"SELECT requested_gpus || '/' || requested_nodes || '/' || slurm_account || '/' "
               "|| source FROM applications WHERE code = 'AIH-2025-0102'"_s)
            .toString(),
        u"32/4//applications-good.json"_s);
    QCOMPARE(scalar(u"SELECT org_type || youth_founded || '/' || name_en FROM organizations WHERE "
                    "business_number = '631-88-00912'"_s)
                 .toString(),
             u"startup1/"_s);
    QCOMPARE(scalar(u"SELECT submitted_at FROM applications WHERE code = 'AIH-2025-0103'"_s)
                 .toLongLong(),
             Q_INT64_C(1767313800000));
    QCOMPARE(scalar(u"SELECT org_type FROM organizations WHERE business_number = '314-82-00502'"_s)
                 .toString(),
             u"research_institute"_s);
}

void TestImporter::formatDetectedFromContent()
{
    QFile json(QStringLiteral(GPUDESK_TEST_DATA) + u"/applications-good.json"_s);
    QVERIFY(json.open(QIODevice::ReadOnly));
    ImportReport r = ApplicationImporter(*m_store).importData(json.readAll(), QString(), u"x"_s);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.accepted, 3);
    QFile csv(QStringLiteral(GPUDESK_TEST_DATA) + u"/applications-good.csv"_s);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    r = ApplicationImporter(*m_store).importData(csv.readAll(), QString(), u"y"_s);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.accepted, 6);
    QCOMPARE(count(u"applications"_s), 9);
}

void TestImporter::submittedAt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("utcMs"); // -1: the row is rejected

    QTest::newRow("Seoul offset") << u"2026-01-05T14:03:00+09:00"_s << Q_INT64_C(1767589380000);
    QTest::newRow("no seconds") << u"2026-01-05T14:03+09:00"_s << Q_INT64_C(1767589380000);
    QTest::newRow("Z with ms") << u"2026-01-05T05:03:00.250Z"_s << Q_INT64_C(1767589380250);
    QTest::newRow("negative offset") << u"2026-01-05T14:03:00-05:30"_s << Q_INT64_C(1767641580000);
    QTest::newRow("no offset") << u"2026-01-05T14:03:00"_s << Q_INT64_C(-1);
    QTest::newRow("space separator") << u"2026-01-05 14:03:00+09:00"_s << Q_INT64_C(-1);
    QTest::newRow("offset without colon") << u"2026-01-05T14:03:00+0900"_s << Q_INT64_C(-1);
    QTest::newRow("hour 25") << u"2026-01-05T25:00:00+09:00"_s << Q_INT64_C(-1);
    QTest::newRow("30 February") << u"2026-02-30T10:00:00+09:00"_s << Q_INT64_C(-1);
    QTest::newRow("date only") << u"2026-01-05"_s << Q_INT64_C(-1);
}

// Also shows that optional columns may be left out of the header.
void TestImporter::submittedAt()
{
    QFETCH(QString, text);
    QFETCH(qint64, utcMs);
    const QString csv = u"receipt_code,call_code,organization_name,organization_type,"
                        "business_number,title,pi_name,pi_email,field_code,accelerator_type,"
                        "requested_gpus,months,submitted_at\r\nT-1,2025-R1,기관,sme,123-45-67890,"
                        "제목,홍길동,a@b.kr,nlp,H200,8,6,%1\r\n"_s.arg(text);
    const ImportReport r =
        ApplicationImporter(*m_store).importData(csv.toUtf8(), u"csv"_s, u"t.csv"_s);
    QVERIFY2(r.ok(), qPrintable(r.fatal));
    if (utcMs < 0) {
        QCOMPARE(r.accepted, 0);
        QCOMPARE(r.rejected.size(), 1);
        QCOMPARE(r.rejected.at(0).line, 2);
        QCOMPARE(r.rejected.at(0).field, u"submitted_at"_s);
        return;
    }
    QVERIFY2(r.accepted == 1, qPrintable(describe(r)));
    QCOMPARE(scalar(u"SELECT submitted_at FROM applications WHERE code = 'T-1'"_s).toLongLong(),
             utcMs);
    QCOMPARE(scalar(u"SELECT title_en || summary || pi_phone || desired_start || slurm_account "
                    "FROM applications WHERE code = 'T-1'"_s)
                 .toString(),
             QString());
}

void TestImporter::badCsv_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason"); // a fragment of the reason

    QTest::newRow("bad e-mail") << 3 << u"pi_email"_s
                                << u"'gildong-at-example' is not a valid e-mail"_s;
    QTest::newRow("zero GPUs, same row")
        << 3 << u"requested_gpus"_s << u"'0' is not a positive whole number of GPUs"_s;
    QTest::newRow("unknown call") << 4 << u"call_code"_s << u"no call with code '2024-X'"_s;
    QTest::newRow("unknown org type")
        << 5 << u"organization_type"_s << u"'협회' is not an organisation type"_s;
    QTest::newRow("business number") << 6 << u"business_number"_s << u"NNN-NN-NNNNN"_s;
    QTest::newRow("youth") << 7 << u"youth_founded"_s << u"'maybe' is not yes or no"_s;
    QTest::newRow("unknown field")
        << 8 << u"field_code"_s << u"no research field with code 'ZZZ'"_s;
    QTest::newRow("unknown accelerator")
        << 9 << u"accelerator_type"_s << u"no accelerator type 'A100'. Known types: B200, H200"_s;
    QTest::newRow("months") << 10 << u"months"_s
                            << u"'twelve' is not a positive whole number of months"_s;
    QTest::newRow("impossible date") << 11 << u"desired_start"_s << u"'2026-02-30' is not a date"_s;
    QTest::newRow("slurm account")
        << 12 << u"slurm_account"_s << u"'Bad Account!' is not a valid Slurm account"_s;
    QTest::newRow("no UTC offset") << 13 << u"submitted_at"_s << u"UTC offset"_s;
    QTest::newRow("duplicate first")
        << 14 << u"receipt_code"_s << u"DUP-1 appears more than once in the file (lines 14, 15)"_s;
    QTest::newRow("duplicate second") << 15 << u"receipt_code"_s << u"(lines 14, 15)"_s;
    QTest::newRow("missing title") << 16 << u"title"_s << u"A value is required"_s;
    QTest::newRow("short row") << 17 << QString() << u"3 fields, but the header has 20 columns"_s;
    QTest::newRow("already imported")
        << 20 << u"receipt_code"_s << u"AIH-2025-0001 is already in the database"_s;
    QTest::newRow("phone") << 21 << u"pi_phone"_s << u"'call me' is not a telephone number"_s;
    QTest::newRow("receipt code format")
        << 22 << u"receipt_code"_s << u"'AIH 2025/22' is not a valid receipt code"_s;
    QTest::newRow("fractional GPUs")
        << 23 << u"requested_gpus"_s << u"'1.5' is not a positive whole number"_s;
}

void TestImporter::badCsv()
{
    QFETCH(int, line);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    QCOMPARE(ApplicationImporter(*m_store).importFile(fixture(u"applications-good.csv"_s)).accepted,
             6);
    const ImportReport r =
        ApplicationImporter(*m_store).importFile(fixture(u"applications-bad.csv"_s));
    QVERIFY2(r.ok(), qPrintable(r.fatal));
    const auto found =
        std::find_if(r.rejected.cbegin(), r.rejected.cend(),
                     [&](const ImportIssue &i) { return i.line == line && i.field == field; });
    QVERIFY2(found != r.rejected.cend(), qPrintable(describe(r)));
    QVERIFY2(found->reason.contains(reason), qPrintable(issueText(*found)));
}

void TestImporter::badCsvTotals()
{
    QCOMPARE(ApplicationImporter(*m_store).importFile(fixture(u"applications-good.csv"_s)).accepted,
             6);
    const ImportReport r =
        ApplicationImporter(*m_store).importFile(fixture(u"applications-bad.csv"_s));
    QVERIFY2(r.ok(), qPrintable(r.fatal));
    QCOMPARE(r.accepted, 2);             // lines 2 and 18 (a two-line record)
    QCOMPARE(r.organizationsCreated, 1); // both share 777-77-77777
    QCOMPARE(r.rejected.size(), 20);     // exactly the issues of badCsv_data, nothing more
    QCOMPARE(r.rejectedRows(), 19);
    QStringList codes;
    QSqlQuery q(m_store->db());
    QVERIFY(q.exec(
        u"SELECT code FROM applications WHERE source = 'applications-bad.csv' ORDER BY code"_s));
    while (q.next())
        codes << q.value(0).toString();
    QCOMPARE(codes, (QStringList{u"BAD-OK-1"_s, u"BAD-OK-2"_s}));
    QCOMPARE(scalar(u"SELECT summary FROM applications WHERE code = 'BAD-OK-2'"_s).toString(),
             u"여러 줄 요약,\n두 번째 줄"_s);
    QCOMPARE(count(u"applications"_s), 8);
}

void TestImporter::badJson()
{
    const ImportReport r =
        ApplicationImporter(*m_store).importFile(fixture(u"applications-bad.json"_s));
    QVERIFY2(r.ok(), qPrintable(r.fatal));
    QCOMPARE(r.accepted, 1);
    QCOMPARE(r.organizationsCreated, 1);
    QStringList got;
    for (const ImportIssue &i : r.rejected)
        got << u"%1/%2"_s.arg(i.line).arg(i.field);
    QCOMPARE(got, (QStringList{u"2/pi_email"_s, u"2/months"_s, u"3/"_s, u"4/requested_gpus"_s,
                               u"5/receipt_code"_s, u"6/receipt_code"_s, u"7/requested_gpus"_s,
                               u"7/submitted_at"_s, u"8/pi_name"_s}));
    QVERIFY(r.rejected.at(2).reason.contains(u"not a JSON object"_s));
    QVERIFY(r.rejected.at(3).reason.contains(u"text, a number or true/false"_s));
    QVERIFY(r.rejected.at(4).reason.contains(u"(entries 5, 6)"_s));
    QVERIFY(r.rejected.at(8).reason.contains(u"required"_s));
    QCOMPARE(scalar(u"SELECT code FROM applications"_s).toString(), u"JBAD-OK-1"_s);
}

void TestImporter::reimportRejectsDuplicates()
{
    const QString path = fixture(u"applications-good.csv"_s);
    QCOMPARE(ApplicationImporter(*m_store).importFile(path).accepted, 6);
    const int outbox = count(u"outbox"_s);
    const ImportReport r = ApplicationImporter(*m_store).importFile(path);
    QVERIFY(r.ok());
    QCOMPARE(r.accepted, 0);
    QCOMPARE(r.organizationsCreated, 0);
    QCOMPARE(r.rejectedRows(), 6);
    for (const ImportIssue &i : r.rejected) {
        QCOMPARE(i.field, u"receipt_code"_s);
        QVERIFY2(i.reason.contains(u"already in the database"_s), qPrintable(i.reason));
    }
    QCOMPARE(count(u"applications"_s), 6);
    QCOMPARE(count(u"outbox"_s), outbox);
}

void TestImporter::existingOrganisationMatched()
{
    QString error;
    QVERIFY2(m_store->write(
                 [](QSqlDatabase &db, QSet<QString> &, QString *err) {
                     QSqlQuery q(db);
                     if (q.exec(u"INSERT INTO organizations (id, name, org_type, business_number) "
                                "VALUES ('org-etri', '전자통신연구원(기존)', 'research_institute', "
                                "'314-82-00001')"_s))
                         return true;
                     *err = q.lastError().text();
                     return false;
                 },
                 &error, Store::Capture::Uncaptured),
             qPrintable(error));
    const ImportReport r =
        ApplicationImporter(*m_store).importFile(fixture(u"applications-good.csv"_s));
    QVERIFY2(r.ok() && r.rejected.isEmpty(), qPrintable(describe(r)));
    QCOMPARE(r.organizationsCreated, 4);
    QCOMPARE(scalar(u"SELECT organization_id FROM applications WHERE code = 'AIH-2025-0003'"_s)
                 .toString(),
             u"org-etri"_s);
    QCOMPARE(scalar(u"SELECT name FROM organizations WHERE id = 'org-etri'"_s).toString(),
             u"전자통신연구원(기존)"_s);
}

void TestImporter::fatal_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("message"); // a fragment of the fatal message

    QFile f(QStringLiteral(GPUDESK_TEST_DATA) + u"/applications-good.csv"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray good = f.readAll();
    QByteArray unknown = good;
    unknown.replace("submitted_at\n", "submitted_at,budget\n");
    QByteArray missing = good;
    missing.replace(",pi_email,", ",pi_mail,");
    QByteArray twice = good;
    twice.replace("title_en,", "title,");
    QByteArray unterminated = good;
    unterminated.append("AIH-9,\"open quote,x\n");
    QByteArray badUtf8 = good;
    badUtf8.append("AIH-9,\xC3\x28\n");

    QTest::newRow("unknown column") << unknown << u"csv"_s << u"Unknown column(s): \"budget\""_s;
    QTest::newRow("missing column")
        << missing << u"csv"_s << u"Required column(s) missing: pi_email"_s;
    QTest::newRow("column twice") << twice << u"csv"_s << u"named more than once: title"_s;
    QTest::newRow("empty file") << QByteArray("\xEF\xBB\xBF") << u"csv"_s << u"empty"_s;
    QTest::newRow("unterminated quote") << unterminated << u"csv"_s << u"Line 11"_s;
    QTest::newRow("invalid UTF-8") << badUtf8 << u"csv"_s << u"Line 11 is not valid UTF-8"_s;
    QTest::newRow("JSON syntax") << QByteArray("{\"format\": ") << u"json"_s << u"not valid JSON"_s;
    QTest::newRow("JSON other format")
        << QByteArray(R"({"format":"other","version":1,"applications":[]})") << u"json"_s
        << u"\"gpudesk-applications\""_s;
    QTest::newRow("JSON version")
        << QByteArray(R"({"format":"gpudesk-applications","version":2,"applications":[]})")
        << u"json"_s << u"version 2"_s;
    QTest::newRow("JSON no array") << QByteArray(R"({"format":"gpudesk-applications","version":1})")
                                   << u"json"_s << u"no \"applications\" array"_s;
    QTest::newRow("JSON unknown key")
        << QByteArray(R"({"format":"gpudesk-applications","version":1,"applications":[)"
                      R"({"receipt_code":"A"},{"receipt_code":"B","budget":5}]})")
        << u"json"_s << u"Unknown key(s) in \"applications\": budget (first in entry 2)"_s;
    QTest::newRow("unknown format") << good << u"xml"_s << u"Unknown import format 'xml'"_s;
}

void TestImporter::fatal()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, format);
    QFETCH(QString, message);
    const ImportReport r = ApplicationImporter(*m_store).importData(data, format, u"f"_s);
    QVERIFY(!r.ok());
    QVERIFY2(r.fatal.contains(message), qPrintable(r.fatal));
    QCOMPARE(r.accepted, 0);
    verifyNothingWritten();
}

void TestImporter::sizeLimit()
{
    const QByteArray big(ApplicationImporter::kMaxFileBytes + 1, 'a');
    ImportReport r = ApplicationImporter(*m_store).importData(big, u"csv"_s, u"big.csv"_s);
    QVERIFY(!r.ok());
    QVERIFY2(r.fatal.contains(u"50 MB"_s), qPrintable(r.fatal));
    const QString path = m_dir->filePath(u"big.csv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(ApplicationImporter::kMaxFileBytes + 1));
    f.close();
    r = ApplicationImporter(*m_store).importFile(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.fatal.contains(u"over 50 MB"_s), qPrintable(r.fatal));
    verifyNothingWritten();
}

void TestImporter::missingFile()
{
    const ImportReport r = ApplicationImporter(*m_store).importFile(m_dir->filePath(u"none.csv"_s));
    QVERIFY(!r.ok());
    QVERIFY2(r.fatal.contains(u"does not exist"_s), qPrintable(r.fatal));
}

void TestImporter::databaseFailureWritesNothing()
{
    // The third application fails to insert, after two applications and their organisations
    // went in: the transaction must take all of it back.
    QSqlQuery q(m_store->db());
    QVERIFY2(q.exec(u"CREATE TRIGGER fail_third BEFORE INSERT ON applications WHEN "
                    "(SELECT count(*) FROM applications) >= 2 BEGIN SELECT RAISE(ABORT, "
                    "'simulated disk failure'); END"_s),
             qPrintable(q.lastError().text()));
    QSignalSpy changed(m_store.get(), &Store::tablesChanged);
    const ImportReport r =
        ApplicationImporter(*m_store).importFile(fixture(u"applications-good.csv"_s));
    QVERIFY(!r.ok());
    QVERIFY2(r.fatal.contains(u"could not be saved"_s), qPrintable(r.fatal));
    QVERIFY2(r.fatal.contains(u"simulated disk failure"_s), qPrintable(r.fatal));
    QCOMPARE(r.accepted, 0);
    QCOMPARE(r.organizationsCreated, 0);
    QCOMPARE(changed.size(), 0);
    verifyNothingWritten();
}

void TestImporter::outboxCapturesImport()
{
    const ImportReport r =
        ApplicationImporter(*m_store).importFile(fixture(u"applications-good.csv"_s));
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QSqlQuery q(m_store->db());
    QVERIFY(q.exec(u"SELECT table_name, count(*), count(DISTINCT row_id), min(op), max(op), "
                   "min(created_by), max(created_by), count(DISTINCT tx_id) FROM outbox "
                   "GROUP BY table_name ORDER BY table_name"_s));
    QStringList got;
    while (q.next()) {
        got << u"%1 %2 %3 %4-%5 %6-%7 %8"_s.arg(q.value(0).toString())
                   .arg(q.value(1).toInt())
                   .arg(q.value(2).toInt())
                   .arg(q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                        q.value(6).toString())
                   .arg(q.value(7).toInt());
    }
    QCOMPARE(got,
             (QStringList{u"application_status_history 6 6 insert-insert u-officer-u-officer 1"_s,
                          u"applications 6 6 insert-insert u-officer-u-officer 1"_s,
                          u"organizations 5 5 insert-insert u-officer-u-officer 1"_s}));
    // Every imported application has its outbox row, carrying the values written.
    QCOMPARE(scalar(u"SELECT count(*) FROM applications a JOIN outbox o ON o.table_name = "
                    "'applications' AND o.row_id = a.id AND json_extract(o.changes, '$.code[1]') = "
                    "a.code"_s)
                 .toInt(),
             6);
}

void TestImporter::changedByFallsBackToImport()
{
    m_store->setCurrentUser(u"u-cli"_s, QString());
    const ImportReport r =
        ApplicationImporter(*m_store).importFile(fixture(u"applications-good.json"_s));
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(
        scalar(u"SELECT count(*) FROM application_status_history WHERE changed_by = 'import'"_s)
            .toInt(),
        3);
}

// The GUI imports on a worker thread through that thread's own connection: the rows, the outbox
// and the tables-changed signal (queued back to the store's thread) must be the same as inline.
void TestImporter::importsOnAWorkerThread()
{
    QSignalSpy changed(m_store.get(), &Store::tablesChanged);
    const QString path = fixture(u"applications-good.csv"_s);
    ImportReport r;
    QThread *worker = QThread::create([&] {
        const QString name = u"worker-import"_s;
        {
            QSqlDatabase db = m_store->openWorkerConnection(name);
            ApplicationImporter importer(*m_store);
            importer.setWorkerConnection(db);
            r = importer.importFile(path);
        }
        QSqlDatabase::removeDatabase(name);
    });
    worker->start();
    QVERIFY(worker->wait(30000));
    delete worker;
    QVERIFY2(r.ok() && r.rejected.isEmpty(), qPrintable(describe(r)));
    QCOMPARE(r.accepted, 6);
    QCOMPARE(count(u"applications"_s), 6);
    QCOMPARE(scalar(u"SELECT count(DISTINCT created_by) || ':' || min(created_by) FROM outbox"_s)
                 .toString(),
             u"1:u-officer"_s);
    QCOMPARE(changed.count(), 0); // queued: not yet delivered on this thread
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(changed.constFirst().constFirst().value<QSet<QString>>().contains(u"applications"_s));
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
