// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerCommands.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"gpudesk"_s);
    QCoreApplication::setApplicationName(u"gpudesk-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GPUDESK_VERSION));
    return gpudesk::ServerCommands::run(QCoreApplication::arguments());
}
