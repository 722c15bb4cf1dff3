// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordDialog.h"

#include "rules/AccountRules.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {

PasswordDialog::PasswordDialog(Mode mode, const QString &login, bool hasCurrent, QWidget *parent)
    : QDialog(parent), m_login(login)
{
    setObjectName(u"passwordDialog"_s);
    setWindowTitle(mode == Mode::Reset ? tr("Reset the password of %1").arg(login)
                                       : tr("Change my password"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto password = [this](const QString &name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(name);
        e->setEchoMode(QLineEdit::Password);
        connect(e, &QLineEdit::textChanged, this, &PasswordDialog::update);
        return e;
    };
    if (mode == Mode::ChangeOwn && hasCurrent) {
        m_current = password(u"currentPassword"_s);
        form->addRow(tr("&Current password:"), m_current);
    }
    m_new = password(u"newPassword"_s);
    m_repeat = password(u"repeatPassword"_s);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat it:"), m_repeat);
    layout->addLayout(form);
    m_problems = new QLabel(this);
    m_problems->setObjectName(u"passwordProblems"_s);
    m_problems->setWordWrap(true);
    layout->addWidget(m_problems);
    if (mode == Mode::Reset) {
        auto *note = new QLabel(tr("Give the new password to %1 in person or by telephone, never "
                                   "by e-mail.")
                                    .arg(login),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(mode == Mode::Reset ? tr("Set password") : tr("Change password"),
                              QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"passwordOk"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(440, 0);
}

void PasswordDialog::offerGeneratedPassword()
{
    if (m_generate)
        return;
    m_generate = new QCheckBox(tr("Let the server &make a new password (shown to you once)"), this);
    m_generate->setObjectName(u"generatePassword"_s);
    m_generate->setChecked(true);
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_generate);
    connect(m_generate, &QCheckBox::toggled, this, &PasswordDialog::update);
    update();
}

QString PasswordDialog::currentPassword() const
{
    return m_current ? m_current->text() : QString();
}

QString PasswordDialog::password() const
{
    return m_generate && m_generate->isChecked() ? QString() : m_new->text();
}

void PasswordDialog::update()
{
    const bool generated = m_generate && m_generate->isChecked();
    m_new->setEnabled(!generated);
    m_repeat->setEnabled(!generated);
    if (generated) {
        m_problems->clear();
        m_ok->setEnabled(true);
        return;
    }
    QStringList problems = passwordProblems(m_new->text(), m_login);
    if (m_new->text().isEmpty())
        problems = passwordProblems(QString(), QString());
    else if (m_repeat->text() != m_new->text())
        problems << tr("The two entries differ.");
    if (m_current && m_current->text().isEmpty())
        problems.prepend(tr("Give your current password first."));
    m_problems->setText(problems.join(u'\n'));
    m_ok->setEnabled(problems.isEmpty());
}

} // namespace gpudesk
