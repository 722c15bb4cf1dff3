// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerCommands.h"

#include "ApiResponse.h"
#include "ApiServer.h"
#include "CertificateAuthority.h"
#include "ServerConfig.h"
#include "ServerInit.h"
#include "ServerLog.h"
#include "SqliteServerStore.h"
#include "Terminal.h"
#include "data/ApplicationImporter.h"
#include "rules/AccountRules.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>
#include <csignal>
#include <pthread.h>
#include <thread>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommands)
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usage()
{
    err() << Text::tr("Usage: gpudesk-server <verb> ...\n"
                      "  init DIR [--host NAME]... [--demo]   create a data directory\n"
                      "  serve DIR [--port N]                 run the server\n"
                      "  verify-audit DIR                     check the audit chain\n"
                      "  import applications DIR FILE         import the platform's export\n"
                      "  client-cert DIR NAME                 issue a client certificate\n"
                      "Each verb takes --help.")
          << Qt::endl;
    return 2;
}

// The one positional DIR most verbs take, after the verb itself.
bool parse(QCommandLineParser &parser, const QStringList &args, int positionals, QStringList *rest)
{
    parser.addHelpOption();
    parser.process(args);
    *rest = parser.positionalArguments();
    if (rest->size() != positionals) {
        err() << parser.helpText();
        return false;
    }
    return true;
}

std::unique_ptr<SqliteServerStore> openStore(const QString &dir)
{
    QString error;
    if (!QFileInfo::exists(ServerInit::databasePath(dir))) {
        err() << Text::tr("%1 is not a gpudesk-server data directory (run `gpudesk-server init "
                          "%1` first).")
                     .arg(dir)
              << Qt::endl;
        return nullptr;
    }
    auto store = SqliteServerStore::open(ServerInit::databasePath(dir),
                                         ServerInit::auditHeadPath(dir), false, &error);
    if (!store)
        err() << Text::tr("Cannot open the server database: %1").arg(error) << Qt::endl;
    return store;
}

QString askNewPassword()
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QString first = Terminal::readSecret(Text::tr("Administrator password: "));
        if (first.size() < kMinPasswordLength) {
            err() << Text::tr("The password needs at least %1 characters.")
                         .arg(kMinPasswordLength)
                  << Qt::endl;
            continue;
        }
        if (Terminal::readSecret(Text::tr("Again: ")) == first)
            return first;
        err() << Text::tr("The two entries differ.") << Qt::endl;
    }
    return {};
}

int init(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Creates a server data directory (mode 0700): a private CA, a server certificate for\n"
        "localhost, 127.0.0.1, ::1 and each --host, config.json, the database and the\n"
        "administrator. The administrator's password is asked on the terminal, or generated\n"
        "and shown once (--generate-password, or when there is no terminal)."));
    parser.addPositionalArgument(u"dir"_s, Text::tr("the new data directory"));
    const QCommandLineOption host(u"host"_s, Text::tr("A host name or address clients use."),
                                  Text::tr("name"));
    const QCommandLineOption demo(u"demo"_s, Text::tr("Fill the database with the demo data."));
    const QCommandLineOption port(u"port"_s, Text::tr("Port to listen on (default 8443)."),
                                  Text::tr("port"), u"8443"_s);
    const QCommandLineOption bind(u"bind"_s, Text::tr("Address to listen on (default 0.0.0.0)."),
                                  Text::tr("address"), u"0.0.0.0"_s);
    const QCommandLineOption admin(u"admin"_s, Text::tr("The administrator's login."),
                                   Text::tr("login"), u"admin"_s);
    const QCommandLineOption generate(u"generate-password"_s,
                                      Text::tr("Generate the administrator's password."));
    const QCommandLineOption weak(u"weak-hashing-for-tests"_s,
                                  Text::tr("Cheap password hashing (scrypt N=2^12). Tests only: "
                                           "never on a real server."));
    parser.addOptions({host, demo, port, bind, admin, generate, weak});
    QStringList rest;
    if (!parse(parser, args, 1, &rest))
        return 2;
    InitOptions o;
    o.dir = QDir(rest[0]).absolutePath();
    o.hosts = parser.values(host);
    o.demo = parser.isSet(demo);
    o.bindAddress = parser.value(bind);
    o.adminLogin = parser.value(admin);
    bool portOk = false;
    o.port = parser.value(port).toInt(&portOk);
    if (!portOk || o.port < 0 || o.port > 65535) {
        err() << Text::tr("--port needs a number from 0 to 65535.") << Qt::endl;
        return 2;
    }
    if (parser.isSet(weak))
        o.scrypt.log2N = 12;
    const bool generated = parser.isSet(generate) || !Terminal::stdinIsTerminal();
    o.adminPassword = generated ? ServerInit::generatePassword() : askNewPassword();
    if (o.adminPassword.isEmpty()) {
        err() << Text::tr("No password: nothing was created.") << Qt::endl;
        return 1;
    }
    InitReport report;
    QString error;
    if (!ServerInit::run(o, &report, &error)) {
        err() << Text::tr("Initialisation failed: %1\nRemove %2 before trying again.")
                     .arg(error, o.dir)
              << Qt::endl;
        return 1;
    }
    out() << Text::tr("Created %1").arg(o.dir) << Qt::endl;
    out() << Text::tr("Server certificate for: %1").arg(report.certificateHosts.join(u", "_s))
          << Qt::endl;
    out() << Text::tr("CA certificate for clients: %1").arg(ServerInit::caCertPath(o.dir))
          << Qt::endl;
    out() << Text::tr("CA SHA-256 fingerprint: %1").arg(report.caFingerprint) << Qt::endl;
    if (generated) {
        out() << Text::tr("Administrator %1, password (shown once): %2")
                     .arg(o.adminLogin, o.adminPassword)
              << Qt::endl;
    }
    if (o.demo) {
        out() << Text::tr("Demo data: %1 applications, %2 reviewers, %3 nodes.")
                     .arg(report.demo.applications)
                     .arg(report.demo.reviewers)
                     .arg(report.demo.nodes)
              << Qt::endl;
        out() << Text::tr("Demo accounts %1, password (shown once): %2")
                     .arg(report.demoLogins.join(u", "_s), report.demoPassword)
              << Qt::endl;
    }
    out() << Text::tr("Start it with: gpudesk-server serve %1").arg(o.dir) << Qt::endl;
    return 0;
}

int serve(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Runs the server on a data directory until SIGTERM or SIGINT."));
    parser.addPositionalArgument(u"dir"_s, Text::tr("the data directory"));
    const QCommandLineOption port(u"port"_s, Text::tr("Listen on this port (0: any free port)."),
                                  Text::tr("port"));
    const QCommandLineOption bind(u"bind"_s, Text::tr("Listen on this address."),
                                  Text::tr("address"));
    parser.addOptions({port, bind});
    QStringList rest;
    if (!parse(parser, args, 1, &rest))
        return 2;
    const QString dir = QDir(rest[0]).absolutePath();
    ServerConfig config;
    QString error;
    if (!ServerConfig::load(dir, &config, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    if (parser.isSet(port)) {
        bool ok = false;
        config.port = parser.value(port).toInt(&ok);
        if (!ok || config.port < 0 || config.port > 65535) {
            err() << Text::tr("--port needs a number from 0 to 65535.") << Qt::endl;
            return 2;
        }
    }
    if (parser.isSet(bind))
        config.bindAddress = parser.value(bind);

    // SIGINT/SIGTERM are taken by one thread with sigwait; blocked before any other thread starts
    // so the workers never see them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    auto store = openStore(dir);
    if (!store)
        return 1;
    const AuditVerdict verdict = store->verifyAudit();
    if (verdict.ok())
        ServerLog::info(verdict.describe());
    else
        ServerLog::error(
            u"AUDIT LOG PROBLEM: %1 Run `gpudesk-server verify-audit`."_s.arg(verdict.describe()));
    if (config.weakHashing())
        ServerLog::warning(u"password hashing is below production cost (scrypt N=2^%1): for "
                           "tests only"_s.arg(config.scrypt.log2N));

    ApiServer server(config, dir, *store);
    if (!server.bind(&error)) {
        ServerLog::error(error);
        return 1;
    }
    store->appendAudit(AuditEvent{
        u"system"_s, u"server.start"_s, u"server"_s, QString(),
        QJsonObject{{u"version"_s, QStringLiteral(GPUDESK_VERSION)}, {u"port"_s, server.port()}}});
    ServerLog::info(
        u"listening on https://%1:%2 (%3 workers, TLS %4)"_s.arg(config.bindAddress)
            .arg(server.port())
            .arg(config.workerThreads)
            .arg(config.mutualTls ? u"with client certificates"_s : u"server-authenticated"_s));
    std::atomic<bool> done{false};
    std::thread signalThread([&] {
        int sig = 0;
        sigwait(&stopSignals, &sig);
        if (!done)
            ServerLog::info(u"signal %1: stopping"_s.arg(sig));
        server.stop();
    });
    const bool ok = server.run();
    done = true;
    pthread_kill(signalThread.native_handle(), SIGTERM); // wakes sigwait if no signal came
    signalThread.join();
    store->appendAudit(
        AuditEvent{u"system"_s, u"server.stop"_s, u"server"_s, QString(), QJsonObject{}});
    ServerLog::info(u"stopped"_s);
    return ok ? 0 : 1;
}

int verifyAudit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Checks the audit chain: every row's hash, the links between rows, and the head file\n"
        "outside the database (which reveals a cut-off tail). Exit code 3 when a problem is\n"
        "found."));
    parser.addPositionalArgument(u"dir"_s, Text::tr("the data directory"));
    QStringList rest;
    if (!parse(parser, args, 1, &rest))
        return 2;
    auto store = openStore(QDir(rest[0]).absolutePath());
    if (!store)
        return 1;
    const AuditVerdict v = store->verifyAudit();
    (v.ok() ? out() : err()) << v.code() << u": "_s << v.describe() << Qt::endl;
    return v.ok() ? 0 : 3;
}

int importApplications(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Imports applications exported by the online platform (CSV or JSON; see\n"
        "docs/import-format.md) into the server database. Run it while the server is stopped."));
    parser.addPositionalArgument(u"applications"_s, Text::tr("what to import"));
    parser.addPositionalArgument(u"dir"_s, Text::tr("the data directory"));
    parser.addPositionalArgument(u"file"_s, Text::tr("the export file"));
    QStringList rest;
    if (!parse(parser, args, 3, &rest))
        return 2;
    if (rest[0] != u"applications"_s) {
        err() << Text::tr("Only applications can be imported: gpudesk-server import "
                          "applications DIR FILE")
              << Qt::endl;
        return 2;
    }
    auto store = openStore(QDir(rest[1]).absolutePath());
    if (!store)
        return 1;
    store->sharedStore().setCurrentUser(u"system"_s, u"gpudesk-server"_s);
    ApplicationImporter importer(store->sharedStore());
    const ImportReport report = importer.importFile(rest[2]);
    if (!report.ok()) {
        err() << Text::tr("Nothing was imported: %1").arg(report.fatal) << Qt::endl;
        return 1;
    }
    const QString name = QFileInfo(rest[2]).fileName();
    for (const ImportIssue &issue : report.rejected) {
        err() << Text::tr("%1:%2: %3%4")
                     .arg(name)
                     .arg(issue.line)
                     .arg(issue.field.isEmpty() ? QString() : issue.field + u": "_s, issue.reason)
              << Qt::endl;
    }
    store->appendAudit(
        AuditEvent{u"system"_s, u"applications.import"_s, u"file"_s, name,
                   QJsonObject{{u"accepted"_s, report.accepted},
                               {u"rejected_rows"_s, report.rejectedRows()},
                               {u"organizations_created"_s, report.organizationsCreated}}});
    out() << Text::tr("Imported %1 applications (%2 new organisations); %3 rows rejected.")
                 .arg(report.accepted)
                 .arg(report.organizationsCreated)
                 .arg(report.rejectedRows())
          << Qt::endl;
    return report.rejected.isEmpty() ? 0 : 3;
}

int clientCert(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Issues a client certificate from the server's CA for mutual TLS (tls.mutual in\n"
                 "config.json): DIR/clients/NAME.pem and NAME.key, to hand to that desktop."));
    parser.addPositionalArgument(u"dir"_s, Text::tr("the data directory"));
    parser.addPositionalArgument(u"name"_s, Text::tr("a name for the client (letters, digits)"));
    QStringList rest;
    if (!parse(parser, args, 2, &rest))
        return 2;
    const QString dir = QDir(rest[0]).absolutePath();
    const QString name = rest[1];
    static const QRegularExpression valid(u"^[A-Za-z0-9._-]{1,64}$"_s);
    if (!valid.match(name).hasMatch()) {
        err() << Text::tr("A client name uses letters, digits, '.', '_' and '-' only.") << Qt::endl;
        return 2;
    }
    const QString clients = QDir(dir).filePath(u"clients"_s);
    QDir().mkpath(clients);
    QFile::setPermissions(clients,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QString error;
    const QString cert = QDir(clients).filePath(name + u".pem"_s);
    const QString key = QDir(clients).filePath(name + u".key"_s);
    if (!CertificateAuthority::issueClient(ServerInit::caCertPath(dir), ServerInit::caKeyPath(dir),
                                           name, cert, key, &error)) {
        err() << Text::tr("No certificate was issued: %1").arg(error) << Qt::endl;
        return 1;
    }
    out() << Text::tr("Issued %1 and %2").arg(cert, key) << Qt::endl;
    return 0;
}

} // namespace

int ServerCommands::run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return usage();
    const QString verb = arguments[1];
    // QCommandLineParser expects the program name first: drop the verb.
    QStringList args = arguments;
    args.removeAt(1);
    if (verb == u"init"_s)
        return init(args);
    if (verb == u"serve"_s)
        return serve(args);
    if (verb == u"verify-audit"_s)
        return verifyAudit(args);
    if (verb == u"import"_s)
        return importApplications(args);
    if (verb == u"client-cert"_s)
        return clientCert(args);
    if (verb == u"--version"_s) {
        out() << u"gpudesk-server %1 (protocol %2)"_s.arg(QStringLiteral(GPUDESK_VERSION))
                     .arg(kProtocolVersion)
              << Qt::endl;
        return 0;
    }
    return usage();
}

} // namespace gpudesk
