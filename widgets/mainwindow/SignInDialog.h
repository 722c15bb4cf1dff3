// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/UserRepository.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace gpudesk {

// Signs in as another local user of the profile: the list of users with their roles, and the
// password when the user has one. The server's sign-in replaces this once a profile syncs.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    SignInDialog(Store &store, const QString &currentUserId, QWidget *parent = nullptr);

    // The user signed in as, after exec() returned Accepted.
    UserInfo chosen() const { return m_chosen; }

    void accept() override;

private:
    void updateForSelection();

    UserRepository m_users;
    QList<UserInfo> m_list;
    UserInfo m_chosen;
    QPointer<QListWidget> m_view;
    QPointer<QLineEdit> m_password;
    QPointer<QLabel> m_passwordLabel;
    QPointer<QLabel> m_error;
    QPointer<QDialogButtonBox> m_buttons;
};

} // namespace gpudesk
