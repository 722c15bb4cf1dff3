// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "Startup.h"
#include "Translator.h"
#include "diagnostics/AppLog.h"

#include <QApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
void nameApplication()
{
    QCoreApplication::setOrganizationName(u"gpudesk"_s);
    QCoreApplication::setApplicationName(u"gpudesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GPUDESK_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    const QString verb = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (gpudesk::CommandLine::needsPainting(verb)) {
        // Headless, but drawing (charts are widgets): the offscreen platform needs no display.
        // Windows has no offscreen plugin in the installer; its own platform needs no display
        // either.
#ifndef Q_OS_WIN
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        QApplication app(argc, argv);
        nameApplication();
        gpudesk::Translator::apply(QSettings().value(u"ui/language"_s).toString());
        return gpudesk::CommandLine::runVerb(QCoreApplication::arguments());
    }
    if (gpudesk::CommandLine::isVerb(verb)) {
        // Headless: no display, no window system.
        QCoreApplication app(argc, argv);
        nameApplication();
        gpudesk::AppLog::install();
        gpudesk::Translator::apply(QSettings().value(u"ui/language"_s).toString());
        return gpudesk::CommandLine::runVerb(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    nameApplication();
    gpudesk::AppLog::install();
    return gpudesk::runDesktop(app);
}
