// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminPrompts.h"
#include "store/UserAdminRepository.h"
#include "sync/ServerAccounts.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace gpudesk {

class LazyRefresh;
class ServerUsers;
class Store;

// Administration → Users: the local profile's users, or, when the profile is signed in to a
// server as an administrator, the server's accounts (changed there at once, over the network on
// a worker thread). Create, edit and assign the role, disable and enable, reset a password, and
// keep a reviewer's attributes (organisation, fields, declared conflicts; synced data, kept in
// the profile either way).
class UsersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    enum Column
    {
        Login,
        Name,
        Email,
        Role,
        Status,
        Password,
        Reviewer,
        ColumnCount
    };

    explicit UsersPage(Store &store, QWidget *parent = nullptr);

    void setPrompts(const AdminPrompts &prompts) { m_prompts = prompts; }
    // Shows the users again: the profile's, or the server's accounts. Those are fetched again
    // when asked (Refresh) or when none of this sign-in are held; else the list held (or the
    // one on its way) is merged again with the profile's reviewer data.
    enum class Accounts
    {
        Fetch,
        Held
    };
    void reload(Accounts accounts = Accounts::Fetch);
    QString currentUserId() const;
    void selectUser(const QString &userId);

    void newUser();
    void editUser();
    void toggleDisabled();
    void resetPassword();
    void editReviewerProfile();

    // The server's accounts are shown (signed in as an administrator).
    bool showsServer() const;
    ServerUsers *server() const { return m_server; }
    QLabel *problemLabel() const { return m_problem; }

    QTableView *table() const { return m_table; }
    QStandardItemModel *model() const { return m_model; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void fill(const QList<UserRow> &rows);
    void showServerAccounts(const AccountsReply &reply);
    void updateActions();
    const UserRow *row(const QString &userId) const;
    // The server side of each action.
    void newServerUser();
    void editServerUser(const UserDraft &account);
    void toggleServerDisabled(const UserDraft &account);
    void resetServerPassword(const UserDraft &account);
    // After a change on the server: the answer's problem in words, or the new list.
    bool serverDone(const AccountsReply &reply, const QString &title);
    void showGeneratedPassword(const QString &login, const QString &password);

    Store &m_store;
    UserAdminRepository m_repository;
    AdminPrompts m_prompts;
    QList<UserRow> m_rows;
    ServerUsers *m_server = nullptr;
    QString m_selectAfterLoad;
    QSet<QString> m_localIds; // of the accounts shown, those with a row in this profile
    LazyRefresh *m_lazy = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_refresh = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_reviewer = nullptr;
};

} // namespace gpudesk
