// SPDX-License-Identifier: GPL-3.0-or-later
// The users page's actions on the server's accounts (UsersPage.cpp has the local ones): each
// asks as the local one does, then sends the change on a worker thread and shows the new list.
#include "UsersPage.h"

#include "GeneratedPasswordDialog.h"
#include "PasswordDialog.h"
#include "ServerUsers.h"
#include "UserDialog.h"

using namespace Qt::StringLiterals;

namespace gpudesk {

bool UsersPage::serverDone(const AccountsReply &reply, const QString &title)
{
    // Whatever happened, the list shows what the server holds now.
    m_server->refresh();
    if (reply.ok)
        return true;
    m_prompts.warn(this, title, ServerUsers::describe(reply));
    return false;
}

void UsersPage::showGeneratedPassword(const QString &login, const QString &password)
{
    GeneratedPasswordDialog dialog(login, password, this);
    m_prompts.exec(&dialog);
}

void UsersPage::newServerUser()
{
    const UserDraft fresh;
    UserDialog dialog(fresh,
                      ServerAccounts::context(m_server->accounts(), fresh,
                                              m_server->settings().userId),
                      this);
    dialog.offerGeneratedPassword();
    if (!m_prompts.exec(&dialog))
        return;
    const UserDraft user = dialog.user();
    const QString password = dialog.initialPassword();
    const AccountsReply reply = ServerUsers::run(
        this, m_server->settings(), tr("Creating the account"),
        [&user, &password](SyncTransport &t) { return ServerAccounts::create(t, user, password); });
    m_selectAfterLoad = reply.account.id;
    if (!serverDone(reply, tr("User not created")))
        return;
    if (!reply.generatedPassword.isEmpty())
        showGeneratedPassword(user.login, reply.generatedPassword);
    Q_EMIT statusMessage(tr("Account %1 created on the server.").arg(user.login));
}

void UsersPage::editServerUser(const UserDraft &account)
{
    UserDialog dialog(account,
                      ServerAccounts::context(m_server->accounts(), account,
                                              m_server->settings().userId),
                      this);
    if (!m_prompts.exec(&dialog))
        return;
    const UserDraft user = dialog.user();
    const AccountsReply reply =
        ServerUsers::run(this, m_server->settings(), tr("Saving the account"),
                         [&user](SyncTransport &t) { return ServerAccounts::update(t, user); });
    if (serverDone(reply, tr("User not saved")))
        Q_EMIT statusMessage(tr("Account %1 saved on the server.").arg(user.login));
}

void UsersPage::toggleServerDisabled(const UserDraft &account)
{
    UserDraft user = account;
    user.disabled = !account.disabled;
    const QString title = user.disabled ? tr("Disable user") : tr("Enable user");
    if (!m_prompts.confirm(
            this, title,
            user.disabled
                ? tr("Disable %1 on the server? They can no longer sign in to the server and "
                     "their sessions there end; their records stay, and you can enable them "
                     "again.")
                      .arg(user.login)
                : tr("Enable %1 on the server? They can sign in again.").arg(user.login)))
        return;
    const AccountsReply reply =
        ServerUsers::run(this, m_server->settings(), title,
                         [&user](SyncTransport &t) { return ServerAccounts::update(t, user); });
    if (serverDone(reply, title)) {
        Q_EMIT statusMessage(user.disabled ? tr("%1 is disabled.").arg(user.login)
                                           : tr("%1 is enabled.").arg(user.login));
    }
}

void UsersPage::resetServerPassword(const UserDraft &account)
{
    PasswordDialog dialog(PasswordDialog::Mode::Reset, account.login, false, this);
    dialog.offerGeneratedPassword();
    if (!m_prompts.exec(&dialog))
        return;
    const QString id = account.id;
    const QString password = dialog.password(); // empty: the server makes one
    const AccountsReply reply = ServerUsers::run(
        this, m_server->settings(), tr("Reset password"), [&id, &password](SyncTransport &t) {
            return ServerAccounts::resetPassword(t, id, password);
        });
    if (!serverDone(reply, tr("Reset password")))
        return;
    if (!reply.generatedPassword.isEmpty())
        showGeneratedPassword(account.login, reply.generatedPassword);
    Q_EMIT statusMessage(
        tr("The password of %1 was reset on the server; their sessions there have ended.")
            .arg(account.login));
}

} // namespace gpudesk
