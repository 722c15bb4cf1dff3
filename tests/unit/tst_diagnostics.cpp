// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnostics bundle carries no secret: known secrets are planted in the settings, the log
// and the profile (a password, tokens, a private key, an application's title and a document), the
// bundle is written, every file of the ZIP is read back (CRC checked) and searched. It still
// carries what support needs. The redaction rules as a table.
#include "../common/TestStore.h"
#include "diagnostics/AppLog.h"
#include "diagnostics/DiagnosticsBundle.h"
#include "diagnostics/Redaction.h"
#include "diagnostics/ZipWriter.h"
#include "store/UserRepository.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QtEndian>
#include <zlib.h>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

// Raw deflate, as ZIP stores it.
QByteArray inflateRaw(const QByteArray &in, qsizetype size, bool *ok)
{
    QByteArray out(size, Qt::Uninitialized);
    z_stream z{};
    *ok = inflateInit2(&z, -MAX_WBITS) == Z_OK;
    if (!*ok)
        return {};
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    *ok = inflate(&z, Z_FINISH) == Z_STREAM_END && z.total_out == uLong(size);
    inflateEnd(&z);
    return out;
}

// Reads every entry of a ZIP written by ZipWriter (stored or raw deflate), checking each CRC and
// that the central directory follows.
QMap<QString, QByteArray> readZip(const QByteArray &zip, bool *ok)
{
    QMap<QString, QByteArray> out;
    *ok = true;
    qsizetype pos = 0;
    while (pos + 30 <= zip.size() && qFromLittleEndian<quint32>(zip.constData() + pos) == 0x04034b50) {
        const char *h = zip.constData() + pos;
        const quint16 method = qFromLittleEndian<quint16>(h + 8);
        const quint32 crc = qFromLittleEndian<quint32>(h + 14);
        const quint32 packed = qFromLittleEndian<quint32>(h + 18);
        const quint32 size = qFromLittleEndian<quint32>(h + 22);
        const quint16 nameLength = qFromLittleEndian<quint16>(h + 26);
        const quint16 extra = qFromLittleEndian<quint16>(h + 28);
        const QString name = QString::fromUtf8(h + 30, nameLength);
        const QByteArray body = zip.mid(pos + 30 + nameLength + extra, packed);
        bool inflated = true;
        const QByteArray data = method == 8 ? inflateRaw(body, size, &inflated) : body;
        if (!inflated || (method != 0 && method != 8) || data.size() != qsizetype(size) ||
            ZipWriter::crc32(data) != crc)
            *ok = false;
        out.insert(name, data);
        pos += 30 + nameLength + extra + packed;
    }
    if (pos + 4 > zip.size() || qFromLittleEndian<quint32>(zip.constData() + pos) != 0x02014b50)
        *ok = false;
    return out;
}

const QStringList kSecrets = {u"tok-SECRET-1"_s,  u"pw-SECRET-2"_s,  u"pw-SECRET-3"_s,
                              u"pw-SECRET-4"_s,  u"tok-SECRET-5"_s, u"tok-SECRET-6"_s,
                              u"pw-SECRET-7"_s,  u"KEY-SECRET-8"_s, u"pw-SECRET-9"_s,
                              u"TITLE-SECRET-10"_s, u"DOC-SECRET-11"_s, u"pbkdf2-sha256$"_s,
                              u"pi-secret@example.kr"_s};

} // namespace

class TestDiagnostics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"gpudesk-test"_s);
        QCoreApplication::setApplicationName(u"tst_diagnostics"_s);
    }

    void redaction_data();
    void redaction();
    void bundleCarriesNoSecret();
};

void TestDiagnostics::redaction_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("key=value") << u"login token=abc123 ok"_s << u"login token=<redacted> ok"_s;
    QTest::newRow("prefixed key") << u"db_password: hunter22"_s << u"db_password: <redacted>"_s;
    QTest::newRow("JSON") << u"{\"password\": \"abc def\", \"user\": \"kim\"}"_s
                          << u"{\"password\": <redacted>, \"user\": \"kim\"}"_s;
    QTest::newRow("bearer") << u"Authorization: Bearer eyJhbGciOi.x-y"_s
                            << u"Authorization: <redacted> <redacted>"_s;
    QTest::newRow("bare bearer") << u"sent Bearer eyJhbGciOi"_s << u"sent Bearer <redacted>"_s;
    QTest::newRow("stored hash") << u"hash pbkdf2-sha256$310000$c2FsdA==$aGFzaA== kept"_s
                                 << u"hash <redacted hash> kept"_s;
    QTest::newRow("URL with a password") << u"proxy https://kim:s3cret@proxy.example:3128/"_s
                                         << u"proxy https://kim:<redacted>@proxy.example:3128/"_s;
    QTest::newRow("private key") << u"-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----"_s
                                 << u"<redacted private key>"_s;
    QTest::newRow("nothing secret") << u"Imported 3 nodes from good.csv"_s
                                    << u"Imported 3 nodes from good.csv"_s;
    QTest::newRow("secret word without a value") << u"Password changed for kim"_s
                                                 << u"Password changed for kim"_s;
}

void TestDiagnostics::redaction()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Redaction::redact(text), expected);
}

void TestDiagnostics::bundleCarriesNoSecret()
{
    QTemporaryDir dir;
    // Settings: secrets by name, and inside harmless-looking values.
    {
        QSettings s;
        s.clear();
        s.setValue(u"sync/token"_s, kSecrets[0]);
        s.setValue(u"sync/serverPassword"_s, kSecrets[1]);
        s.setValue(u"ui/lastSearch"_s, u"password=%1"_s.arg(kSecrets[2]));
        s.setValue(u"net/proxy"_s, u"http://kim:%1@proxy.example"_s.arg(kSecrets[3]));
        s.setValue(u"ui/language"_s, u"ko"_s);
    }
    // The log, as careless code might have written it.
    AppLog::write(u"info"_s, u"login token=%1"_s.arg(kSecrets[4]));
    AppLog::write(u"info"_s, u"Authorization: Bearer %1"_s.arg(kSecrets[5]));
    AppLog::write(u"warning"_s, u"{\"password\": \"%1\"}"_s.arg(kSecrets[6]));
    AppLog::write(u"warning"_s, u"-----BEGIN RSA PRIVATE KEY-----\n%1\n-----END RSA PRIVATE KEY-----"_s
                                    .arg(kSecrets[7]));
    AppLog::write(u"info"_s, u"Imported 3 nodes from good.csv"_s);
    // The profile: a password, an application and its document.
    auto store = test::openWithReference(dir);
    QVERIFY(store);
    QVERIFY(test::exec(*store, {u"INSERT INTO users (id, login, display_name, role) VALUES "
                                "('u-a', 'admin', '박준혁', 'administrator')"_s}));
    QString error;
    QVERIFY(UserRepository(*store).setPassword(u"u-a"_s, kSecrets[8], &error));
    QVERIFY(test::addApplication(*store, u"a-1"_s, u"R1-0001"_s, kSecrets[9], u"o-univ"_s,
                                 u"t-b200"_s, 16, 6));
    QVERIFY(test::exec(*store, {u"UPDATE applications SET pi_email = '%1'"_s.arg(kSecrets[12]),
                                u"INSERT INTO documents (id, application_id, file_name, content) "
                                "VALUES ('d-1', 'a-1', 'x.txt', '%1')"_s.arg(kSecrets[10])}));

    const QString zipPath = dir.filePath(u"diagnostics.zip"_s);
    QVERIFY2(DiagnosticsBundle::write(zipPath, store.get(), &error), qPrintable(error));
    QFile f(zipPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray zip = f.readAll();
    bool ok = false;
    const QMap<QString, QByteArray> files = readZip(zip, &ok);
    QVERIFY(ok);
    QCOMPARE(files.keys(), DiagnosticsBundle::contents(store.get()).keys());
    QVERIFY(files.contains(u"logs/gpudesk.log"_s));
    QByteArray everything = zip;
    for (const QByteArray &b : files)
        everything += b;
    for (const QString &secret : kSecrets)
        QVERIFY2(!everything.contains(secret.toUtf8()), qPrintable(secret));

    // What support needs is there.
    const QString about = QString::fromUtf8(files.value(u"about.txt"_s));
    QVERIFY2(about.contains(u"SQLite: 3."_s) && about.contains(u"Qt: 6."_s) && about.contains(u"OpenSSL"_s),
             qPrintable(about));
    const QString profile = QString::fromUtf8(files.value(u"profile.txt"_s));
    QVERIFY2(profile.contains(u"Schema version: "_s) && profile.contains(u"applications: 1"_s) &&
                 profile.contains(u"Quick check: ok"_s),
             qPrintable(profile));
    const QString settings = QString::fromUtf8(files.value(u"settings.txt"_s));
    QVERIFY(settings.contains(u"ui/language = ko"_s));
    QVERIFY(settings.contains(u"sync/token = <redacted>"_s));
    const QString log = QString::fromUtf8(files.value(u"logs/gpudesk.log"_s));
    QVERIFY(log.contains(u"Imported 3 nodes from good.csv"_s));
    QVERIFY(log.contains(u"login token=<redacted>"_s));

    // Off the GUI thread, through a connection of the worker's own: the same profile facts.
    QMap<QString, QByteArray> fromWorker;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        const QString name = u"diagnostics-worker"_s;
        {
            const QSqlDatabase db = store->openWorkerConnection(name);
            fromWorker = DiagnosticsBundle::contents(store.get(), db);
        }
        QSqlDatabase::removeDatabase(name);
    }));
    worker->start();
    QVERIFY(worker->wait(30000));
    const QString workerProfile = QString::fromUtf8(fromWorker.value(u"profile.txt"_s));
    QVERIFY2(workerProfile.contains(u"applications: 1"_s) && workerProfile.contains(u"Quick check: ok"_s),
             qPrintable(workerProfile));
    const QString schemaLine = about.split(u'\n').filter(u"Profile schema: "_s).value(0);
    QVERIFY2(!schemaLine.isEmpty(), qPrintable(about));
    QVERIFY(QString::fromUtf8(fromWorker.value(u"about.txt"_s)).contains(schemaLine));
}

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
