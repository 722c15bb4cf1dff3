// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountRules.h"

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AccountRules)
};

constexpr int kMaxPassword = 256;

} // namespace

ValidationIssues validateUser(const UserDraft &u, const AccountContext &ctx)
{
    ValidationIssues out;
    static const QRegularExpression loginPattern(u"^[a-z0-9][a-z0-9._-]{1,31}$"_s);
    static const QRegularExpression emailPattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    const QString login = u.login.trimmed();
    if (!loginPattern.match(login).hasMatch())
        out.append({u"login"_s, Text::tr("The login must be 2-32 lower-case letters, digits, dots, "
                                         "hyphens or underscores, such as \"kim.seoyeon\".")});
    else if (ctx.otherLogins.contains(login))
        out.append({u"login"_s, Text::tr("Another user already signs in as %1.").arg(login)});
    if (u.displayName.trimmed().isEmpty())
        out.append({u"displayName"_s, Text::tr("Give the user's name as others should read it.")});
    else if (u.displayName.trimmed().size() > 80)
        out.append({u"displayName"_s, Text::tr("The name is longer than 80 characters.")});
    if (!u.email.trimmed().isEmpty() && !emailPattern.match(u.email.trimmed()).hasMatch())
        out.append({u"email"_s, Text::tr("\"%1\" is not an e-mail address.").arg(u.email.trimmed())});
    const auto role = roleFromKey(u.roleKey);
    if (!role)
        out.append({u"role"_s, Text::tr("Choose the user's role.")});
    const bool self = !u.id.isEmpty() && u.id == ctx.currentUserId;
    if (self && u.disabled)
        out.append({u"disabled"_s, Text::tr("You cannot disable yourself; another administrator "
                                            "can.")});
    const bool wasAdmin =
        ctx.savedRoleKey == roleKey(Role::Administrator) && !ctx.savedDisabled && !u.id.isEmpty();
    const bool staysAdmin = role == Role::Administrator && !u.disabled;
    if (wasAdmin && !staysAdmin) {
        if (ctx.otherActiveAdministrators == 0)
            out.append({u.disabled ? u"disabled"_s : u"role"_s,
                        Text::tr("This is the profile's last active administrator; make another "
                                 "user an administrator first, or nobody could manage users.")});
        else if (self && !u.disabled)
            out.append({u"role"_s, Text::tr("You cannot take away your own administration; "
                                            "another administrator can.")});
    }
    return out;
}

QStringList passwordProblems(const QString &password, const QString &login)
{
    QStringList out;
    if (password.size() < kMinPasswordLength)
        out << Text::tr("A password needs at least %1 characters.").arg(kMinPasswordLength);
    if (password.size() > kMaxPassword)
        out << Text::tr("A password may have at most %1 characters.").arg(kMaxPassword);
    if (!login.isEmpty() && password.compare(login.trimmed(), Qt::CaseInsensitive) == 0)
        out << Text::tr("The password must not be the login.");
    return out;
}

} // namespace gpudesk
