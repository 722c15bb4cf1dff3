// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/AccountRules.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace gpudesk {

class IssueList;

// The form of one local user: login, name, e-mail and role, and for a new user an optional first
// password; judged by the account rules (unique login, the last administrator) as it is typed.
class UserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDialog)

public:
    UserDialog(const UserDraft &user, const AccountContext &context, QWidget *parent = nullptr);

    // A new account on the server: the first password is optional, the server makes one when
    // none is given.
    void offerGeneratedPassword();

    UserDraft user() const;
    QString initialPassword() const;
    IssueList *issueList() const { return m_issues; }
    void accept() override;

private:
    void revalidate();

    UserDraft m_original;
    AccountContext m_context;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_role = nullptr;
    QCheckBox *m_setPassword = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    IssueList *m_issues = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace gpudesk
