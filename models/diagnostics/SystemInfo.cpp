// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemInfo.h"

#include "store/Migrations.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslSocket>
#include <QSysInfo>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace gpudesk::SystemInfo {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SystemInfo)
};

} // namespace

QList<QPair<QString, QString>> versions(const Store *store)
{
    return versions(store ? store->db() : QSqlDatabase());
}

QList<QPair<QString, QString>> versions(const QSqlDatabase &profile)
{
    QList<QPair<QString, QString>> out;
    out.append({Text::tr("gpudesk"), QStringLiteral(GPUDESK_VERSION)});
    const QString qtRun = QString::fromLatin1(qVersion());
    const QString qtBuilt = QStringLiteral(QT_VERSION_STR);
    out.append({Text::tr("Qt"), qtRun == qtBuilt ? qtRun
                                                 : Text::tr("%1 (built with %2)").arg(qtRun, qtBuilt)});
    QString sqlite = QString::fromLatin1(sqlite3_libversion());
    if (profile.isValid()) {
        QSqlQuery q(profile);
        const QString driver =
            q.exec(u"SELECT sqlite_version()"_s) && q.next() ? q.value(0).toString() : QString();
        if (!driver.isEmpty() && driver != sqlite)
            sqlite = Text::tr("%1 (profile connection: %2)").arg(sqlite, driver);
    }
    out.append({Text::tr("SQLite"), sqlite});
    const QString ssl = QSslSocket::supportsSsl() ? QSslSocket::sslLibraryVersionString() : QString();
    out.append({Text::tr("OpenSSL"), ssl.isEmpty() ? Text::tr("not available") : ssl});
    if (profile.isValid()) {
        QSqlDatabase db = profile;
        const int current = Migrations::currentVersion(db);
        out.append({Text::tr("Profile schema"),
                     current == Migrations::latestVersion()
                         ? QString::number(current)
                         : Text::tr("%1 (this version writes %2)").arg(current).arg(Migrations::latestVersion())});
    } else {
        out.append({Text::tr("Profile schema"), QString::number(Migrations::latestVersion())});
    }
    out.append({Text::tr("System"), u"%1 (%2, %3)"_s.arg(QSysInfo::prettyProductName(),
                                                          QSysInfo::kernelVersion(),
                                                          QSysInfo::currentCpuArchitecture())});
    return out;
}

} // namespace gpudesk::SystemInfo
