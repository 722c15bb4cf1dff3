// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectCommand.h"

#include "Console.h"
#include "store/Store.h"
#include "sync/HttpsTransport.h"
#include "sync/ServerTrust.h"
#include "sync/SyncAccount.h"
#include "sync/SyncEngine.h"
#include "sync/SyncMessages.h"
#include "sync/SyncState.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace gpudesk::ConnectCommand {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectCommand)
};

using Console::err;
using Console::out;

QString readLine()
{
    QTextStream in(stdin);
    return in.readLine();
}

} // namespace

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Signs a profile in to a gpudesk-server and runs its first sync, without a window.\n"
        "The server's certificate is trusted through its CA file (ca.pem of gpudesk-server "
        "init); the password is read from standard input."));
    parser.addHelpOption();
    parser.addOption(Console::profileOption());
    const QCommandLineOption server(u"server"_s,
                                    Text::tr("The server's address, https://host:port."),
                                    Text::tr("url"));
    const QCommandLineOption ca(u"ca"_s, Text::tr("The server's CA certificate file (PEM)."),
                                Text::tr("file"));
    const QCommandLineOption login(u"login"_s, Text::tr("Your login on the server."),
                                   Text::tr("login"));
    const QCommandLineOption passwordStdin(u"password-stdin"_s,
                                           Text::tr("Read the password from standard input."));
    const QCommandLineOption interval(u"interval"_s,
                                      Text::tr("Sync every this many minutes while the window "
                                               "is open (0: only on demand; default 15)."),
                                      Text::tr("minutes"), u"15"_s);
    parser.addOptions({server, ca, login, passwordStdin, interval});
    parser.process(args);

    const QString url = parser.value(server).trimmed();
    if (!ServerTrust::validServerUrl(url)) {
        err() << Text::tr("Give the server's address with --server https://host:port.")
              << Qt::endl;
        return 2;
    }
    if (parser.value(ca).isEmpty() || parser.value(login).isEmpty() ||
        !parser.isSet(passwordStdin)) {
        err() << Text::tr("--ca FILE, --login LOGIN and --password-stdin are needed. See "
                          "gpudesk connect --help.")
              << Qt::endl;
        return 2;
    }
    bool intervalOk = false;
    const int minutes = parser.value(interval).toInt(&intervalOk);
    if (!intervalOk || minutes < 0 || minutes > 24 * 60) {
        err() << Text::tr("--interval takes minutes from 0 to 1440.") << Qt::endl;
        return 2;
    }
    SyncSettings settings;
    QString error;
    if (!ServerTrust::readCaFile(parser.value(ca), &settings.caPem, &settings.caSha256,
                                 &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    const QString password = readLine();
    if (password.isEmpty()) {
        err() << Text::tr("No password on standard input: nothing was done.") << Qt::endl;
        return 2;
    }

    auto store = Console::openProfile(parser.value(Console::profileOption()), true);
    if (!store)
        return 1;
    HttpsTransport transport(url, settings.caPem, QString());
    const SignInResult signedIn = SyncAccount::signIn(transport, parser.value(login), password);
    if (!signedIn.ok) {
        err() << Text::tr("Not signed in: %1").arg(SyncMessages::describe(signedIn.code,
                                                                          signedIn.params))
              << Qt::endl;
        return 1;
    }
    settings.serverUrl = url;
    settings.token = signedIn.token;
    settings.userId = signedIn.userId;
    settings.login = signedIn.login;
    settings.role = signedIn.role;
    settings.intervalMinutes = minutes;
    if (!SyncState::saveSettings(*store, settings, &error)) {
        err() << Text::tr("The settings could not be saved in the profile: %1").arg(error)
              << Qt::endl;
        return 1;
    }
    out() << Text::tr("Signed in to %1 as %2.").arg(url, signedIn.login) << Qt::endl;
    store->setCurrentUser(signedIn.userId, signedIn.login);

    transport.setToken(signedIn.token);
    SyncEngine engine(*store, store->db(), transport);
    const SyncRunReport report = engine.run();
    engine.foldLog(report);
    if (report.result != SyncRunReport::Result::Done) {
        err() << Text::tr("The first sync did not finish: %1")
                     .arg(SyncMessages::describe(report.code, report.params))
              << Qt::endl;
        return 1;
    }
    out() << Text::tr("Synced: %n row(s) received.", nullptr, report.pulledRows) << Qt::endl;
    return 0;
}

} // namespace gpudesk::ConnectCommand
