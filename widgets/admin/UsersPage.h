// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminPrompts.h"
#include "store/UserAdminRepository.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace gpudesk {

class LazyRefresh;
class Store;

// Administration → Users: the local profile's users (the server's accounts are managed on the
// server once the profile syncs). Create, edit and assign the role, disable and enable, reset a
// password, and keep a reviewer's attributes (organisation, fields, declared conflicts).
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
    void reload();
    QString currentUserId() const;
    void selectUser(const QString &userId);

    void newUser();
    void editUser();
    void toggleDisabled();
    void resetPassword();
    void editReviewerProfile();

    QTableView *table() const { return m_table; }
    QStandardItemModel *model() const { return m_model; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void updateActions();
    const UserRow *row(const QString &userId) const;

    Store &m_store;
    UserAdminRepository m_repository;
    AdminPrompts m_prompts;
    QList<UserRow> m_rows;
    LazyRefresh *m_lazy = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_reviewer = nullptr;
};

} // namespace gpudesk
