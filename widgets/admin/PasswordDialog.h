// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gpudesk {

// Asks for a new password twice (and, to change one's own, the current one), saying as it is
// typed what a password must be. The text never leaves the dialog but through password().
class PasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordDialog)

public:
    enum class Mode
    {
        Reset,     // an administrator sets another user's password
        ChangeOwn, // the signed-in user, who gives the current one first
    };

    PasswordDialog(Mode mode, const QString &login, bool hasCurrent, QWidget *parent = nullptr);

    // Reset only: adds the choice to let the server make the password (password() is then
    // empty), checked at first.
    void offerGeneratedPassword();

    QString currentPassword() const;
    QString password() const;
    QCheckBox *generateCheck() const { return m_generate; }
    QLineEdit *currentEdit() const { return m_current; }
    QLineEdit *newEdit() const { return m_new; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QPushButton *okButton() const { return m_ok; }

private:
    void update();

    QString m_login;
    QCheckBox *m_generate = nullptr;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace gpudesk
