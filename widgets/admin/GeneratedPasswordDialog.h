// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

namespace gpudesk {

// Shows a password the server made, the one time it is known outside the server: selectable and
// with a Copy button, and a word on how to hand it over. Closing it forgets the password.
class GeneratedPasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneratedPasswordDialog)

public:
    GeneratedPasswordDialog(const QString &login, const QString &password,
                            QWidget *parent = nullptr);

    QString password() const;

private:
    QLineEdit *m_password = nullptr;
};

} // namespace gpudesk
