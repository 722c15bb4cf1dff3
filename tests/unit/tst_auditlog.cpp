// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail as the viewer reads it: filters by user, action, entity, entity id, time and
// text; readable names for the entities; pages fetched as the view scrolls (checked by
// QAbstractItemModelTester); the CSV export with every matching line and formulas neutralised.
#include "../common/TestStore.h"
#include "itemmodels/AuditLogModel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include "data/Csv.h"

Q_DECLARE_METATYPE(gpudesk::AuditFilter)

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;

    bool append(const QString &user, const QString &action, const QString &entity,
                const QString &id, const QJsonObject &details = {})
    {
        return m_store->write(
            [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
                changed << u"audit_log"_s;
                return AuditLog::append(db, user, action, entity, id, details, err);
            },
            nullptr);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = test::openWithReference(*m_dir);
        QVERIFY(m_store);
        QVERIFY(test::exec(*m_store,
                           {u"INSERT INTO users (id, login, display_name, role) VALUES "
                            "('u-a', 'admin', '박준혁', 'administrator'), "
                            "('u-o', 'officer', '김서연', 'program_officer')"_s}));
        QVERIFY(append(u"u-a"_s, u"call_change"_s, u"call"_s, u"c-r1"_s,
                       {{u"reason"_s, u"마감 연장"_s}}));
        QVERIFY(append(u"u-o"_s, u"status_change"_s, u"application"_s, u"a-1"_s));
        QVERIFY(append(u"u-a"_s, u"user_create"_s, u"user"_s, u"u-o"_s,
                       {{u"note"_s, u"=HYPERLINK(\"http://x\")"_s}}));
        QVERIFY(append(u"cli"_s, u"node_import"_s, u"provider"_s, u"pv-gone"_s));
        // Many more, so that the viewer pages.
        QVERIFY(m_store->write(
            [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
                for (int i = 0; i < 450; ++i) {
                    if (!AuditLog::append(db, u"u-o"_s, u"node_state"_s, u"node"_s,
                                          u"n-%1"_s.arg(i), {{u"to"_s, u"maintenance"_s}}, err))
                        return false;
                }
                changed << u"audit_log"_s;
                return true;
            },
            nullptr));
    }
    void cleanupTestCase()
    {
        m_store.reset();
        m_dir.reset();
    }

    void filters_data();
    void filters();
    void labelsAndSummaries();
    void timeWindow();
    void modelPages();
    void exportsEveryMatchingLine();
    void recordsABackup();
};

void TestAuditLog::filters_data()
{
    QTest::addColumn<AuditFilter>("filter");
    QTest::addColumn<int>("count");
    QTest::newRow("everything") << AuditFilter{} << 454;
    QTest::newRow("by user") << AuditFilter{u"u-a"_s, {}, {}, {}, 0, 0, {}} << 2;
    QTest::newRow("by action") << AuditFilter{{}, u"node_state"_s, {}, {}, 0, 0, {}} << 450;
    QTest::newRow("by entity") << AuditFilter{{}, {}, u"call"_s, {}, 0, 0, {}} << 1;
    QTest::newRow("one entity's history") << AuditFilter{{}, {}, u"node"_s, u"n-7"_s, 0, 0, {}} << 1;
    QTest::newRow("user and action") << AuditFilter{u"u-o"_s, u"status_change"_s, {}, {}, 0, 0, {}} << 1;
    QTest::newRow("text in details") << AuditFilter{{}, {}, {}, {}, 0, 0, u"마감"_s} << 1;
    QTest::newRow("text in the id") << AuditFilter{{}, {}, {}, {}, 0, 0, u"pv-gone"_s} << 1;
    QTest::newRow("LIKE wildcards are text") << AuditFilter{{}, {}, {}, {}, 0, 0, u"%"_s} << 0;
    QTest::newRow("no such user") << AuditFilter{u"nobody"_s, {}, {}, {}, 0, 0, {}} << 0;
}

void TestAuditLog::filters()
{
    QFETCH(AuditFilter, filter);
    QFETCH(int, count);
    const AuditLog log(m_store->db());
    QCOMPARE(log.count(filter), count);
    QCOMPARE(log.entries(filter, 0, 1000).size(), count);
}

void TestAuditLog::labelsAndSummaries()
{
    const AuditLog log(m_store->db());
    const QList<AuditEntry> calls = log.entries({{}, {}, u"call"_s, {}, 0, 0, {}}, 0, 10);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls[0].entityLabel, u"2025-R1"_s);
    QCOMPARE(calls[0].userName, u"박준혁"_s);
    QCOMPARE(AuditLog::detailsSummary(calls[0].details), u"reason: 마감 연장"_s);
    QCOMPARE(AuditLog::detailsSummary(u"{\"units\":[42,48]}"_s), u"units: 42 → 48"_s);
    const QList<AuditEntry> gone = log.entries({u"cli"_s, {}, {}, {}, 0, 0, {}}, 0, 10);
    QCOMPARE(gone[0].entityLabel, QString()); // the provider is not in the profile
    QCOMPARE(gone[0].userName, u"cli"_s);
    QCOMPARE(AuditLog::actionLabel(u"pool_move"_s), u"Nodes moved to a pool"_s);
    QCOMPARE(AuditLog::actionLabel(u"something_new"_s), u"something_new"_s);
    const auto users = log.users();
    QCOMPARE(users.size(), 3);
    QVERIFY(log.actions().contains(u"node_state"_s));
    QCOMPARE(log.entities().size(), 5);
}

void TestAuditLog::timeWindow()
{
    const AuditLog log(m_store->db());
    const QList<AuditEntry> all = log.entries({}, 0, 1000);
    const qint64 newest = all.first().at;
    const qint64 oldest = all.last().at;
    QCOMPARE(log.count({{}, {}, {}, {}, oldest, newest + 1, {}}), 454);
    QCOMPARE(log.count({{}, {}, {}, {}, newest + 1, 0, {}}), 0);
    QCOMPARE(log.count({{}, {}, {}, {}, 0, oldest, {}}), 0);
}

void TestAuditLog::modelPages()
{
    AuditLogModel model(m_store->db());
    // Nothing is read until the model is first used.
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    model.reload();
    QCOMPARE(model.rowCount(), AuditLogModel::kPage);
    QCOMPARE(model.matchingCount(), 454);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * AuditLogModel::kPage);
    // The tester fetches whatever is left, and checks every signal of it.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 454);
    QVERIFY(!model.canFetchMore({}));
    // Newest first, and no line twice across pages.
    QSet<qint64> seen;
    for (int r = 0; r < model.rowCount(); ++r) {
        const qint64 seq = model.index(r, 0).data(AuditLogModel::SeqRole).toLongLong();
        QVERIFY(!seen.contains(seq));
        seen.insert(seq);
        if (r > 0)
            QVERIFY(seq < model.index(r - 1, 0).data(AuditLogModel::SeqRole).toLongLong());
    }
    model.setFilter({{}, {}, u"user"_s, {}, 0, 0, {}});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, AuditLogModel::Name).data().toString(), u"officer"_s);
    QCOMPARE(model.index(0, AuditLogModel::Action).data().toString(), u"User created"_s);
    QCOMPARE(model.index(0, 0).data(AuditLogModel::EntityIdRole).toString(), u"u-o"_s);
}

void TestAuditLog::exportsEveryMatchingLine()
{
    const AuditLog log(m_store->db());
    QBuffer all;
    all.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(log.exportCsv({}, &all, &error));
    const QStringList lines = QString::fromUtf8(all.data()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 455); // header + every line, over several pages
    QVERIFY(all.data().startsWith("\xEF\xBB\xBFTime,User,Action"));

    QBuffer users;
    users.open(QIODevice::WriteOnly);
    QVERIFY(log.exportCsv({{}, {}, u"user"_s, {}, 0, 0, {}}, &users, &error));
    const QString text = QString::fromUtf8(users.data());
    // The details cell starts with "{", not "=": nothing runs. A cell that did is neutralised.
    QVERIFY2(text.contains(u"HYPERLINK"_s), qPrintable(text));
    QCOMPARE(CsvWriter::neutralise(u"=HYPERLINK(1)"_s), u"'=HYPERLINK(1)"_s);
}

// A backup, by hand or scheduled, is one line of the profile's trail with its file and size.
void TestAuditLog::recordsABackup()
{
    const QString file = m_dir->filePath(u"b.sqlite"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("12345");
    }
    QString error;
    QVERIFY2(AuditLog::recordBackup(*m_store, file, true, &error), qPrintable(error));
    const QList<AuditEntry> lines =
        AuditLog(m_store->db()).entries({{}, u"backup"_s, {}, {}, 0, 0, {}}, 0, 10);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].entity, u"profile"_s);
    QCOMPARE(lines[0].entityId, QFileInfo(m_store->path()).fileName());
    const QJsonObject details = QJsonDocument::fromJson(lines[0].details.toUtf8()).object();
    QCOMPARE(details.value(u"bytes"_s).toInt(), 5);
    QVERIFY(details.value(u"scheduled"_s).toBool());
    QCOMPARE(details.value(u"file"_s).toString(), QDir::toNativeSeparators(file));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
