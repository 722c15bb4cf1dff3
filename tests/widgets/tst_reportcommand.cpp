// SPDX-License-Identifier: GPL-3.0-or-later
// `gpudesk report` as a scheduled job runs it: the real executable, no display, a profile on
// disk; the PDF it writes, and the exit codes and messages of what it refuses.
#include "../common/Poppler.h"
#include "../common/StatementSeed.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runReport(const QStringList &args, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // As under cron: no display and no platform chosen; the verb must pick offscreen itself.
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GPUDESK_EXE), QStringList{u"report"_s} + args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestReportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_profile;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto store = test::openWithFleet(m_dir);
        QVERIFY(store && test::seedFebruaryStatements(*store));
        m_profile = store->path();
        // A second call, so that the call must be named.
        QVERIFY(test::exec(*store, {u"INSERT INTO calls (id, call_type_id, code, title, opens_on, "
                                    "closes_on) VALUES ('c-r2', 'ct-open', '2026-R2', '2026년 2차', "
                                    "'2026-06-01', '2026-06-30')"_s}));
        // The profile is closed before the command opens it (one instance per profile).
    }

    void writesTheReport_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("call summary, Korean")
            << QStringList{u"call-summary"_s, u"--call"_s, u"2025-R1"_s, u"--classification"_s,
                           u"대외비"_s};
        QTest::newRow("statements, English, months")
            << QStringList{u"statements"_s, u"--call"_s, u"c-r1"_s, u"--lang"_s, u"en"_s,
                           u"--from"_s, u"2026-02"_s, u"--to"_s, u"2026-02"_s};
        QTest::newRow("allocation") << QStringList{u"allocation"_s, u"--prepared-by"_s,
                                                   u"정민호"_s};
    }
    void writesTheReport()
    {
        QFETCH(QStringList, args);
        const QString out = m_dir.filePath(u"out-%1.pdf"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
        const Run r = runReport(args + QStringList{u"--profile"_s, m_profile, u"--out"_s, out},
                              m_dir.path());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const int pages = test::pdfPages(out);
        QVERIFY(pages >= 2);
        QVERIFY2(r.out.contains(out) && r.out.contains(QString::number(pages)), qPrintable(r.out));
        const QString text = test::poppler(u"pdftotext"_s, {out, u"-"_s});
        QVERIFY(test::hasHangul(text));
        if (args.contains(u"대외비"_s))
            QVERIFY(text.contains(u"대외비"_s));
    }

    void refusesWithAReason_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("no type") << QStringList{} << 2 << u"call-summary, allocation"_s;
        QTest::newRow("unknown type") << QStringList{u"budget"_s} << 2 << u"statements"_s;
        QTest::newRow("no output") << QStringList{u"allocation"_s, u"--profile"_s, u"@"_s} << 2
                                   << u"--out"_s;
        QTest::newRow("bad language")
            << QStringList{u"allocation"_s, u"--lang"_s, u"fr"_s, u"--out"_s, u"x.pdf"_s} << 2
            << u"ko or en"_s;
        QTest::newRow("bad day")
            << QStringList{u"usage"_s, u"--from"_s, u"yesterday"_s, u"--out"_s, u"x.pdf"_s} << 2
            << u"YYYY-MM-DD"_s;
        QTest::newRow("call not named")
            << QStringList{u"call-summary"_s, u"--profile"_s, u"@"_s, u"--out"_s, u"x.pdf"_s}
            << 2 << u"2026-R2, 2025-R1"_s;
        QTest::newRow("unknown call")
            << QStringList{u"call-summary"_s, u"--call"_s, u"1999-R1"_s, u"--profile"_s, u"@"_s,
                           u"--out"_s, u"x.pdf"_s}
            << 1 << u"There is no call 1999-R1"_s;
        QTest::newRow("agenda without a national round")
            << QStringList{u"agenda"_s, u"--profile"_s, u"@"_s, u"--out"_s, u"x.pdf"_s} << 2
            << u"no round for the agenda report"_s;
        QTest::newRow("evaluation of a call that is no program's round")
            << QStringList{u"evaluation"_s, u"--round"_s, u"2025-R1"_s, u"--lang"_s, u"en"_s,
                           u"--profile"_s, u"@"_s, u"--out"_s, u"x.pdf"_s}
            << 1 << u"not a round of a program"_s;
        QTest::newRow("missing profile")
            << QStringList{u"allocation"_s, u"--profile"_s, u"/nonexistent/p.sqlite"_s,
                           u"--out"_s, u"x.pdf"_s}
            << 1 << u"/nonexistent/p.sqlite"_s;
        QTest::newRow("unwritable output")
            << QStringList{u"allocation"_s, u"--profile"_s, u"@"_s, u"--out"_s,
                           u"/nonexistent/dir/x.pdf"_s}
            << 1 << u"/nonexistent/dir/x.pdf"_s;
    }
    void refusesWithAReason()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, says);
        args.replaceInStrings(u"@"_s, m_profile);
        const Run r = runReport(args, m_dir.path());
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
    }

    void help()
    {
        const Run r = runReport({u"--help"_s}, m_dir.path());
        QCOMPARE(r.code, 0);
        for (const QString &word : {u"--out"_s, u"--lang"_s, u"--call"_s, u"--classification"_s,
                                    u"--profile"_s, u"usage"_s, u"agenda"_s, u"evaluation"_s,
                                    u"--round"_s})
            QVERIFY2(r.out.contains(word), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
