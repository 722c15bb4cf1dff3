// SPDX-License-Identifier: GPL-3.0-or-later
// File > Import telemetry… on the fleet of FleetSeed.h: a dcgm-exporter scrape and an
// nvidia-smi CSV (with the host asked) imported on a worker thread, the result dialog with its
// counts, skipped lines and unknown hosts (copyable), a cancelled import writing nothing, and a
// file of no known format refused; a Slurm sacct list imported as jobs, on a worker thread too.
#include "../common/FleetSeed.h"
#include "common/BackgroundTask.h"
#include "usage/TelemetryImport.h"
#include "usage/TelemetryImportDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestTelemetryImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    TelemetryImport::Prompts m_prompts;
    QStringList m_warnings;
    QStringList m_hostsOffered;
    QString m_host;
    QList<TelemetryImportReport> m_results;
    QStringList m_formats;
    QList<SlurmImportReport> m_jobs;

    // A copy of a fixture in the test's folder (fixtures are never opened in place).
    QString fixture(const QString &name)
    {
        const QString to = m_dir->filePath(name);
        QFile::remove(to);
        if (!QFile::copy(QStringLiteral(GPUDESK_TEST_DATA "/telemetry/") + name, to))
            qWarning("cannot copy %s", qPrintable(name));
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
        return to;
    }

    int samples()
    {
        return test::scalar(m_store->db(), u"SELECT count(*) FROM usage_samples"_s).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = test::openWithFleet(*m_dir);
        QVERIFY(m_store);
        m_warnings.clear();
        m_hostsOffered.clear();
        m_results.clear();
        m_formats.clear();
        m_jobs.clear();
        m_host = u"a1-03"_s;
        m_prompts = {};
        m_prompts.askFile = [](QWidget *) { return QString(); };
        m_prompts.askHost = [this](QWidget *, const QString &, const QStringList &hosts) {
            m_hostsOffered = hosts;
            return m_host;
        };
        m_prompts.showResult = [this](QWidget *, const QString &, const QString &format,
                                      const TelemetryImportReport &report) {
            m_formats << format;
            m_results << report;
        };
        m_prompts.showJobs = [this](QWidget *, const QString &, const SlurmImportReport &report) {
            m_jobs << report;
        };
        m_prompts.warn = [this](QWidget *, const QString &, const QString &text) {
            m_warnings << text;
        };
    }

    void cleanup() { m_store.reset(); }

    void importsAScrapeAndSaysWhatWasLeftOut()
    {
        const QString path = fixture(u"dcgm-fleet-seed.prom"_s);
        m_prompts.askFile = [path](QWidget *) { return path; };
        QWidget window;
        const QString status = TelemetryImport::run(&window, *m_store, m_prompts);
        QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(u'\n')));
        QCOMPARE(m_results.size(), 1);
        const TelemetryImportReport &r = m_results.constFirst();
        QCOMPARE(m_formats.constFirst(), u"dcgm-exporter (Prometheus text)"_s);
        QCOMPARE(r.imported, 3); // a1-01 GPU 0 and 1, a1-02 GPU 0
        QCOMPARE(samples(), 3);
        QCOMPARE(r.unknownHosts.size(), 1);
        QCOMPARE(r.unknownHosts.constFirst().first, u"zz-99"_s);
        QCOMPARE(r.skippedLines.size(), 1);
        QCOMPARE(r.skippedLines.constFirst().line, 9);
        // (Plural forms come from the translations, which this test does not load.)
        QVERIFY2(status.startsWith(u"dcgm-fleet-seed.prom: 3 sample"_s), qPrintable(status));
        QVERIFY(status.contains(u", 1 line"_s));
        QVERIFY(status.contains(u", 1 sample"_s));
        // Written through the worker's connection, and the views heard of it.
        QCOMPARE(test::scalar(m_store->db(),
                              u"SELECT s.power_w FROM usage_samples s JOIN usage_devices d "
                              "ON d.id = s.device WHERE d.node_id = 'n-a1-01' AND "
                              "d.gpu_index = 0 AND d.mig_instance = ''"_s)
                     .toDouble(),
                 612.5);
    }

    void resultDialogListsAndCopies()
    {
        TelemetryImportReport r;
        r.linesRead = 120;
        r.imported = 100;
        r.rollupRows = 42;
        r.skippedLines = {{9, u"the value \"fifty\" is not a number"_s},
                          {31, u"the label set is not closed"_s}};
        r.unknownHosts = {{u"zz-99"_s, 7}};
        r.migSamples = 2;
        TelemetryImportDialog dialog(u"scrape.prom"_s, u"dcgm-exporter"_s, r);
        QCOMPARE(dialog.findChild<QLabel *>(u"importImported"_s)->text(), u"100"_s);
        QCOMPARE(dialog.findChild<QLabel *>(u"importSkippedLines"_s)->text(), u"2"_s);
        QCOMPARE(dialog.findChild<QLabel *>(u"importUnknownHosts"_s)->text(), u"7"_s);
        QCOMPARE(dialog.findChild<QLabel *>(u"importMig"_s)->text(), u"2"_s);
        const QString details = dialog.details()->toPlainText();
        QVERIFY(details.contains(u"Line 9: the value \"fifty\" is not a number"_s));
        QVERIFY(details.contains(u"Line 31: the label set is not closed"_s));
        QVERIFY(details.contains(u"7 sample(s) of zz-99 skipped"_s));
        QVERIFY(dialog.details()->isReadOnly());
        dialog.findChild<QPushButton *>(u"telemetryImportCopy"_s)->click();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY(copied.contains(u"Samples imported: 100"_s));
        QVERIFY(copied.contains(u"Line 31:"_s));

        // Nothing left out says so.
        TelemetryImportDialog clean(u"scrape.prom"_s, u"dcgm-exporter"_s, TelemetryImportReport());
        QVERIFY(clean.details()->toPlainText().startsWith(u"Nothing"_s));
    }

    void asksTheHostOfAnNvidiaSmiFile()
    {
        const QString path = fixture(u"nvidia-smi-units.csv"_s);
        QWidget window;
        TelemetryImport::importFile(&window, *m_store, path, m_prompts);
        QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(u'\n')));
        QVERIFY(m_hostsOffered.contains(u"a1-03"_s));
        QCOMPARE(m_hostsOffered.size(), 30); // every node of the fleet
        QCOMPARE(m_formats.constFirst(), u"nvidia-smi CSV"_s);
        QVERIFY(m_results.constFirst().imported > 0);
        QCOMPARE(test::scalar(m_store->db(), u"SELECT count(DISTINCT d.node_id) FROM usage_samples s "
                                                    "JOIN usage_devices d ON d.id = s.device"_s)
                     .toInt(),
                 1);
        QCOMPARE(samples(), m_results.constFirst().imported);

        // No host named: nothing happens.
        m_host.clear();
        m_results.clear();
        QVERIFY(TelemetryImport::importFile(&window, *m_store, path, m_prompts).isEmpty());
        QVERIFY(m_results.isEmpty());

        // A host not in the fleet: refused with the reason.
        m_host = u"nosuchhost"_s;
        TelemetryImport::importFile(&window, *m_store, path, m_prompts);
        QCOMPARE(m_warnings.size(), 1);
        QVERIFY(m_warnings.constFirst().contains(u"nosuchhost"_s));
    }

    void aCancelledImportWritesNothing()
    {
        const QString path = fixture(u"dcgm-fleet-seed.prom"_s);
        m_prompts.started = [](TaskControl &control) { control.cancel(); };
        QWidget window;
        const QString status = TelemetryImport::importFile(&window, *m_store, path, m_prompts);
        QVERIFY(status.contains(u"cancelled"_s));
        QVERIFY(m_results.isEmpty());
        QVERIFY(m_warnings.isEmpty());
        QCOMPARE(samples(), 0);
        QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM usage_rollups"_s).toInt(), 0);
    }

    void refusesWhatIsNotTelemetry()
    {
        const QString path = m_dir->filePath(u"notes.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("이름,기관\n김하늘,한빛과학기술대학교\n");
        f.close();
        QWidget window;
        QVERIFY(TelemetryImport::importFile(&window, *m_store, path, m_prompts).isEmpty());
        QCOMPARE(m_warnings.size(), 1);
        QVERIFY(m_warnings.constFirst().contains(u"notes.txt"_s));
        QVERIFY(m_warnings.constFirst().contains(u"nothing was imported"_s));
        // And a file that is not there.
        QVERIFY(TelemetryImport::importFile(&window, *m_store, m_dir->filePath(u"gone.prom"_s),
                                            m_prompts)
                    .isEmpty());
        QCOMPARE(m_warnings.size(), 2);
        QCOMPARE(samples(), 0);
        QVERIFY(m_results.isEmpty());
    }

    // A Slurm list goes in as jobs, as `gpudesk import --format sacct` takes it; again, it
    // changes nothing.
    void importsSlurmJobs()
    {
        QWidget window;
        const QString path = fixture(u"sacct.txt"_s);
        QThread *worker = nullptr;
        m_prompts.started = [&worker](TaskControl &) { worker = QThread::currentThread(); };
        const QString status = TelemetryImport::importFile(&window, *m_store, path, m_prompts);
        QVERIFY(worker && worker != QThread::currentThread()); // off the GUI thread
        QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(u'\n')));
        QCOMPARE(m_jobs.size(), 1);
        QCOMPARE(m_jobs.constFirst().added, 7);
        QCOMPARE(m_jobs.constFirst().skippedLines.size(), 5);
        QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM slurm_jobs"_s).toInt(), 7);
        QVERIFY2(status.startsWith(u"sacct.txt: 7 new"_s), qPrintable(status));
        const QStringList notes = m_jobs.constFirst().notes();
        QCOMPARE(notes.size(), 5 + int(m_jobs.constFirst().unmatchedAccounts.size()));
        QVERIFY(notes.constLast().startsWith(u"Line "_s));
        QVERIFY(m_results.isEmpty());
        QCOMPARE(samples(), 0);

        QVERIFY(!TelemetryImport::importFile(&window, *m_store, path, m_prompts).isEmpty());
        QCOMPARE(m_jobs.size(), 2);
        QCOMPARE(m_jobs.constLast().added, 0);
        QCOMPARE(m_jobs.constLast().unchanged, 7);
        QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM slurm_jobs"_s).toInt(), 7);
    }

    // The jobs can be cancelled as the readings can: nothing is written.
    void aCancelledJobImportWritesNothing()
    {
        const QString path = fixture(u"sacct.txt"_s);
        m_prompts.started = [](TaskControl &control) { control.cancel(); };
        QWidget window;
        const QString status = TelemetryImport::importFile(&window, *m_store, path, m_prompts);
        QVERIFY2(status.contains(u"cancelled"_s), qPrintable(status));
        QVERIFY(m_jobs.isEmpty());
        QVERIFY(m_warnings.isEmpty());
        QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM slurm_jobs"_s).toInt(), 0);
    }
};

QTEST_MAIN(TestTelemetryImport)
#include "tst_telemetryimport.moc"
