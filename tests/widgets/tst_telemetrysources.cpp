// SPDX-License-Identifier: GPL-3.0-or-later
// File > Telemetry sources…: adding and saving a source (the token kept out of QSettings, in an
// owner-only file), removing it after a confirmation, and a fetch whose failure is shown in the
// dialog in words.
#include "../common/ClosedPort.h"
#include "../common/FleetSeed.h"
#include "telemetry/PrometheusSourceForm.h"
#include "telemetry/PrometheusSourceSettings.h"
#include "telemetry/TelemetrySourcesDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestTelemetrySources : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;

    template<typename T>
    static T *child(QWidget *w, const QString &name)
    {
        T *c = w->findChild<T *>(name);
        if (!c)
            qWarning("no child %s", qPrintable(name));
        return c;
    }

    static void type(QWidget *dialog, const QString &name, const QString &text)
    {
        auto *edit = child<QLineEdit>(dialog, name);
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Without an organisation QSettings neither reads nor writes (AccessError), as in the app
        // before main() names it.
        QCoreApplication::setOrganizationName(u"gpudesk-tests"_s);
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(PrometheusSourceSettings::secretsFilePath());
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = test::openWithFleet(*m_dir);
        QVERIFY(m_store);
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void addSaveAndReload()
    {
        TelemetrySourcesDialog dialog(*m_store, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!child<QPushButton>(&dialog, u"fetchNow"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(&dialog, u"addSource"_s), Qt::LeftButton);
        QCOMPARE(child<QListWidget>(&dialog, u"sourceList"_s)->count(), 1);
        type(&dialog, u"sourceName"_s, u"KTC B200"_s);
        type(&dialog, u"sourceUrl"_s, u"https://prom.example:9090/"_s);
        auto *auth = child<QComboBox>(&dialog, u"sourceAuth"_s);
        auth->setCurrentIndex(auth->findData(int(PrometheusSource::Auth::Bearer)));
        QVERIFY(child<QLineEdit>(&dialog, u"sourceSecret"_s)->isVisible());
        QCOMPARE(child<QLineEdit>(&dialog, u"sourceSecret"_s)->echoMode(), QLineEdit::Password);
        type(&dialog, u"sourceSecret"_s, u"tok-123-secret"_s);
        type(&dialog, u"sourceFilter"_s, u"job=\"dcgm\""_s);
        QCOMPARE(child<QListWidget>(&dialog, u"sourceList"_s)->item(0)->text(), u"KTC B200"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"saveSources"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const QList<PrometheusSource> stored = PrometheusSourceSettings(m_store->path()).load();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].name, u"KTC B200"_s);
        QCOMPARE(stored[0].url, QUrl(u"https://prom.example:9090/"_s));
        QCOMPARE(stored[0].auth, PrometheusSource::Auth::Bearer);
        QCOMPARE(stored[0].secret, u"tok-123-secret"_s);
        QCOMPARE(stored[0].labelFilter, u"job=\"dcgm\""_s);

        // The token is in the owner-only secrets file, not in the settings.
        QSettings settings;
        settings.sync();
        QFile settingsFile(settings.fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        const QByteArray settingsText = settingsFile.readAll();
        QVERIFY(settingsText.contains("prom.example"));
        QVERIFY(!settingsText.contains("tok-123"));
        QFile secrets(PrometheusSourceSettings::secretsFilePath());
        QVERIFY(secrets.open(QIODevice::ReadOnly));
        QVERIFY(secrets.readAll().contains("tok-123-secret"));
#ifdef Q_OS_UNIX
        QCOMPARE(secrets.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                          QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
#endif

        // A new dialog shows the saved source.
        TelemetrySourcesDialog again(*m_store, nullptr);
        QCOMPARE(child<QListWidget>(&again, u"sourceList"_s)->count(), 1);
        QCOMPARE(child<QLineEdit>(&again, u"sourceName"_s)->text(), u"KTC B200"_s);
        QCOMPARE(child<QLineEdit>(&again, u"sourceSecret"_s)->text(), u"tok-123-secret"_s);
    }

    void removeAfterConfirmation()
    {
        PrometheusSource s;
        s.id = u"s-1"_s;
        s.name = u"old"_s;
        s.url = QUrl(u"https://prom.example/"_s);
        s.auth = PrometheusSource::Auth::Bearer;
        s.secret = u"old-token"_s;
        QString error;
        QVERIFY(PrometheusSourceSettings(m_store->path()).save({s}, &error));

        TelemetrySourcesDialog dialog(*m_store, nullptr);
        QStringList asked;
        bool answer = false;
        dialog.setConfirm([&](QWidget *, const QString &text) {
            asked << text;
            return answer;
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *remove = child<QPushButton>(&dialog, u"removeSource"_s);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked[0].contains(u"old"_s));
        QCOMPARE(child<QListWidget>(&dialog, u"sourceList"_s)->count(), 1);
        answer = true;
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(child<QListWidget>(&dialog, u"sourceList"_s)->count(), 0);
        QVERIFY(!remove->isEnabled());
        QVERIFY(dialog.save());
        QVERIFY(PrometheusSourceSettings(m_store->path()).load().isEmpty());
        QFile secrets(PrometheusSourceSettings::secretsFilePath());
        QVERIFY(secrets.open(QIODevice::ReadOnly));
        QVERIFY(!secrets.readAll().contains("old-token"));
    }

    void fetchFailureIsShown()
    {
        const quint16 port = test::closedLoopbackPort();
        QVERIFY(port != 0);
        TelemetrySourcesDialog dialog(*m_store, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(&dialog, u"addSource"_s), Qt::LeftButton);
        type(&dialog, u"sourceUrl"_s, u"http://127.0.0.1:%1/"_s.arg(port));
        QTest::mouseClick(child<QPushButton>(&dialog, u"fetchNow"_s), Qt::LeftButton);
        const QString result = child<QLabel>(&dialog, u"fetchResult"_s)->text();
        QVERIFY2(result.contains(u"refused the connection"_s), qPrintable(result));
        QVERIFY(!dialog.lastReport().ok());
        // Fetch saved the source first.
        QCOMPARE(PrometheusSourceSettings(m_store->path()).load().size(), 1);
    }
};

QTEST_MAIN(TestTelemetrySources)
#include "tst_telemetrysources.moc"
