// SPDX-License-Identifier: GPL-3.0-or-later
#include "Profiles.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace gpudesk::Profiles {

QString folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/profiles"_s;
}

QString demoProfilePath()
{
    return folder() + u"/demo.sqlite"_s;
}

bool resolveUser(Store &store, const QString &login, User *user, QString *error)
{
    QSqlQuery q(store.db());
    if (!login.isEmpty()) {
        q.prepare(u"SELECT id, login, display_name, role FROM users WHERE login = ? AND deleted = 0 "
                  "AND disabled = 0"_s);
        q.addBindValue(login);
    } else {
        q.prepare(u"SELECT id, login, display_name, role FROM users WHERE deleted = 0 AND disabled = 0 "
                  "ORDER BY CASE role WHEN 'program_officer' THEN 0 WHEN 'administrator' THEN 1 "
                  "WHEN 'manager' THEN 2 ELSE 3 END, login LIMIT 1"_s);
    }
    if (q.exec() && q.next()) {
        *user = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                 q.value(3).toString()};
        return true;
    }
    if (!login.isEmpty()) {
        *error = QCoreApplication::translate("Profiles", "There is no active user '%1' in this profile.")
                     .arg(login);
        return false;
    }
    QString account = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
    if (account.isEmpty())
        account = u"admin"_s;
    User u{Store::newId(), account, account, u"administrator"_s};
    const bool ok = store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            QSqlQuery insert(db);
            insert.prepare(u"INSERT INTO users (id, updated_at, updated_by, login, display_name, role) "
                           "VALUES (?, ?, ?, ?, ?, ?)"_s);
            for (const QVariant &v : {QVariant(u.id), QVariant(Store::nowMs()), QVariant(u.id),
                                      QVariant(u.login), QVariant(u.displayName), QVariant(u.roleKey)})
                insert.addBindValue(v);
            if (!insert.exec()) {
                *err = insert.lastError().text();
                return false;
            }
            changed << u"users"_s;
            return true;
        },
        error);
    if (ok)
        *user = u;
    return ok;
}

} // namespace gpudesk::Profiles
