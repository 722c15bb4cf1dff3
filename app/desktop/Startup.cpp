// SPDX-License-Identifier: GPL-3.0-or-later
#include "Startup.h"

#include "Profiles.h"
#include "Translator.h"
#include "applications/ApplicationBrowser.h"
#include "common/Theme.h"
#include "data/DataGenerator.h"
#include "data/DemoTelemetry.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/ProfileErrorDialog.h"
#include "mainwindow/SignInDialog.h"
#include "store/Store.h"
#include "store/UsageRepository.h"
#include "store/UserRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QSettings>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

// Resident memory of this process, where the system tells it (Linux); -1 elsewhere.
long long residentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Prints the time to the first painted frame of the application table and quits: the
// start-up benchmark's probe.
class FirstPaintProbe final : public QObject
{
public:
    FirstPaintProbe(QElapsedTimer timer, QObject *parent) : QObject(parent), m_timer(timer) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, this, [this] {
                std::fprintf(stdout, "first-paint-ms %lld\nrss-kb %lld\n",
                             static_cast<long long>(m_timer.elapsed()), residentKb());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_timer;
    bool m_done = false;
};

bool fillDemo(Store &store)
{
    QProgressDialog progress(QApplication::translate("Startup", "Creating the demo profile…"),
                             QString(), 0, 100);
    progress.setWindowTitle(QApplication::translate("Startup", "gpudesk"));
    progress.setMinimumDuration(0);
    progress.setValue(0);
    GenerateReport report;
    QString error;
    bool ok = generateDataset(store, DatasetKind::Demo, 20251222, &report, &error,
                              [&progress](int percent, const QString &step) {
                                  progress.setLabelText(step);
                                  progress.setValue(percent * 8 / 10);
                              });
    if (ok) {
        progress.setLabelText(QApplication::translate("Startup", "Importing demo telemetry…"));
        ok = generateDemoTelemetry(store, nullptr, &error, [&progress](int percent) {
            progress.setValue(80 + percent * 2 / 10);
        });
    }
    progress.setValue(100);
    if (!ok) {
        QMessageBox::warning(nullptr, QApplication::translate("Startup", "gpudesk"),
                             QApplication::translate("Startup", "The demo data could not be "
                                                                "created: %1").arg(error));
    }
    return ok;
}

// Opens `path`, asking what to do when it cannot be opened, until a profile is open or the user
// quits.
std::unique_ptr<Store> openInteractively(QString path)
{
    for (;;) {
        OpenOutcome outcome;
        auto store = Store::open(path, OpenOptions{}, &outcome);
        if (store) {
            if (!outcome.backupPath.isEmpty()) {
                QMessageBox::information(
                    nullptr, QApplication::translate("Startup", "Profile upgraded"),
                    QApplication::translate("Startup", "The profile was upgraded to the current "
                                                       "schema. A copy of it as it was is at %1.")
                        .arg(outcome.backupPath));
            }
            if (outcome.created && path == Profiles::demoProfilePath() && !fillDemo(*store))
                return nullptr;
            return store;
        }
        switch (ProfileErrorDialog::ask(path, outcome)) {
        case ProfileErrorDialog::Choice::OpenAnother:
            path = QFileDialog::getOpenFileName(
                nullptr, QApplication::translate("Startup", "Open profile"), Profiles::folder(),
                QApplication::translate("Startup", "gpudesk profiles (*.sqlite);;All files (*)"));
            break;
        case ProfileErrorDialog::Choice::CreateNew:
            path = QFileDialog::getSaveFileName(
                nullptr, QApplication::translate("Startup", "New profile"),
                Profiles::folder() + u"/profile.sqlite"_s,
                QApplication::translate("Startup", "gpudesk profiles (*.sqlite)"));
            break;
        case ProfileErrorDialog::Choice::Quit:
            return nullptr;
        }
        if (path.isEmpty())
            return nullptr;
    }
}

} // namespace

int runDesktop(QApplication &app)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "Startup", "gpudesk: the desktop console of the national GPU allocation program.\n"
                   "Verbs: gpudesk generate --help, gpudesk import --help, gpudesk backup --help, "
                   "gpudesk restore --help."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile({u"p"_s, u"profile"_s},
                                     QApplication::translate("Startup", "The profile to open."),
                                     QApplication::translate("Startup", "path"),
                                     Profiles::demoProfilePath());
    const QCommandLineOption user(u"user"_s, QApplication::translate("Startup", "Sign in as this user."),
                                  QApplication::translate("Startup", "login"));
    const QCommandLineOption lang(u"lang"_s,
                                  QApplication::translate("Startup", "Language of this session: ko or en."),
                                  QApplication::translate("Startup", "code"));
    const QCommandLineOption probe(u"exit-after-paint"_s,
                                   QApplication::translate("Startup", "Print the time to the first "
                                                                      "painted frame and quit (benchmarks)."));
    parser.addOptions({profile, user, lang, probe});
    parser.process(app);

    const QSettings settings;
    Translator::apply(parser.isSet(lang) ? parser.value(lang)
                                         : settings.value(u"ui/language"_s).toString());
    Theme::apply(Theme::modeFromKey(settings.value(u"ui/theme"_s).toString()));

    auto store = openInteractively(parser.value(profile));
    if (!store)
        return 1;
    Profiles::User who;
    QString error;
    if (!Profiles::resolveUser(*store, parser.value(user), &who, &error)) {
        QMessageBox::warning(nullptr, QApplication::translate("Startup", "gpudesk"), error);
        return 1;
    }
    // A user with a local password signs in before the window opens.
    const auto info = UserRepository(*store).user(who.id);
    if (info && info->hasPassword) {
        SignInDialog signIn(*store, who.id);
        if (signIn.exec() != QDialog::Accepted)
            return 1;
        const UserInfo chosen = signIn.chosen();
        who = {chosen.id, chosen.login, chosen.displayName, chosen.roleKey};
    }
    store->setCurrentUser(who.id, who.displayName);

    // The telemetry in the profile, for the dashboard, the usage charts, the rack map's colours
    // and the usage report; declared before the window so it outlives it. Another profile opens
    // in its own process (below), so this one never changes under the window.
    UsageRepository usage(*store);
    MainWindow window(*store, Session{who.id, who.displayName, who.roleKey}, &usage);
    QObject::connect(&window, &MainWindow::languageRequested, &window,
                     [](const QString &language) { Translator::apply(language); });
    QObject::connect(&window, &MainWindow::themeRequested, &window,
                     [](const QString &theme) { Theme::apply(Theme::modeFromKey(theme)); });
    QObject::connect(&window, &MainWindow::openProfileRequested, &window,
                     [&window](const QString &path) {
                         // One profile per window and process: the other opens beside this one.
                         QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                                 {u"--profile"_s, path});
                         Q_UNUSED(window);
                     });
    if (parser.isSet(probe)) {
        auto *filter = new FirstPaintProbe(sinceStart, &window);
        QWidget *first = window.applicationBrowser()
                             ? window.applicationBrowser()->table()->viewport()
                             : window.centralWidget();
        first->installEventFilter(filter);
    }
    window.show();
    return app.exec();
}

} // namespace gpudesk
