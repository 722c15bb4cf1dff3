// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/ServerAccounts.h"
#include "sync/SyncState.h"

#include <QObject>
#include <functional>
#include <memory>

class QWidget;

namespace gpudesk {

class Store;

// The server's accounts as the users page sees them when the profile is signed in to a server
// as an administrator: the list (fetched on a worker thread, the window never waits), and each
// change sent on a worker thread behind a progress dialog with Cancel. Uses the profile's HTTPS
// transport and its token; nothing here is logged.
class ServerUsers final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerUsers)

public:
    using Call = std::function<AccountsReply(SyncTransport &)>;

    explicit ServerUsers(Store &store, QObject *parent = nullptr);

    // Reads the profile's server settings again; true when its accounts are the server's (signed
    // in as an administrator).
    bool reloadSettings();
    bool active() const { return m_active; }
    const SyncSettings &settings() const { return m_settings; }

    // Starts fetching the list; loaded() follows. Asked for while a fetch is under way, it
    // fetches again after that one, as the answer may predate a change.
    void refresh();
    // Fetches unless this sign-in's answer is held or on its way.
    void ensureLoaded();
    bool isLoading() const { return m_loading; }
    // The last fetch's answer for this sign-in. A new sign-in (server, account or role) forgets
    // it, and an answer for the old one is dropped.
    bool hasReply() const { return m_last.ok || !m_last.code.isEmpty(); }
    const AccountsReply &lastReply() const { return m_last; }
    const QList<UserDraft> &accounts() const { return m_last.accounts; }
    const UserDraft *account(const QString &id) const;

    // Runs `call` against the server `settings` sign in to, on a worker thread, while a progress
    // dialog titled `title` waits over `parent` (with Cancel).
    static AccountsReply run(QWidget *parent, const SyncSettings &settings, const QString &title,
                             const Call &call);

    // A refusal or failure in the user's words; an unreachable server is said as such, with
    // what it means for the accounts.
    static QString describe(const AccountsReply &reply);

Q_SIGNALS:
    // The list arrived (reply.ok) or could not be fetched (the reason in reply).
    void loaded(const gpudesk::AccountsReply &reply);

private:
    Store &m_store;
    SyncSettings m_settings;
    bool m_active = false;
    bool m_loading = false;
    bool m_refreshAgain = false;
    QString m_session; // the sign-in the list belongs to: server, account, role; empty: none
    AccountsReply m_last;
};

} // namespace gpudesk
