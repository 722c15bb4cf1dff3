// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserDialog.h"

#include "IssueList.h"
#include "domain/Enums.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {

UserDialog::UserDialog(const UserDraft &user, const AccountContext &context, QWidget *parent)
    : QDialog(parent), m_original(user), m_context(context)
{
    setObjectName(u"userDialog"_s);
    setWindowTitle(user.id.isEmpty() ? tr("New user") : tr("User %1").arg(user.login));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_login = new QLineEdit(user.login, this);
    m_login->setObjectName(u"userLogin"_s);
    m_login->setReadOnly(!user.id.isEmpty()); // others' records name it
    m_name = new QLineEdit(user.displayName, this);
    m_name->setObjectName(u"userName"_s);
    m_email = new QLineEdit(user.email, this);
    m_email->setObjectName(u"userEmail"_s);
    m_role = new QComboBox(this);
    m_role->setObjectName(u"userRole"_s);
    for (Role r : {Role::ProgramOfficer, Role::Reviewer, Role::Manager, Role::Administrator})
        m_role->addItem(roleLabel(r), roleKey(r));
    m_role->setCurrentIndex(qMax(0, m_role->findData(user.roleKey)));
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Role:"), m_role);
    if (user.id.isEmpty()) {
        m_setPassword = new QCheckBox(tr("Sign-in needs a &password"), this);
        m_setPassword->setObjectName(u"userSetPassword"_s);
        m_setPassword->setChecked(true);
        m_password = new QLineEdit(this);
        m_password->setObjectName(u"userPassword"_s);
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(u"userPasswordRepeat"_s);
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(m_setPassword);
        form->addRow(tr("&Password:"), m_password);
        form->addRow(tr("Repea&t it:"), m_repeat);
        connect(m_setPassword, &QCheckBox::toggled, m_password, &QWidget::setEnabled);
        connect(m_setPassword, &QCheckBox::toggled, m_repeat, &QWidget::setEnabled);
        connect(m_setPassword, &QCheckBox::toggled, this, &UserDialog::revalidate);
        connect(m_password, &QLineEdit::textChanged, this, &UserDialog::revalidate);
        connect(m_repeat, &QLineEdit::textChanged, this, &UserDialog::revalidate);
    }
    layout->addLayout(form);
    m_issues = new IssueList(this);
    layout->addWidget(m_issues, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"userSave"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_login, m_name, m_email})
        connect(e, &QLineEdit::textChanged, this, &UserDialog::revalidate);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UserDialog::revalidate);
    revalidate();
    resize(480, 420);
}

UserDraft UserDialog::user() const
{
    UserDraft u = m_original;
    u.login = m_login->text().trimmed();
    u.displayName = m_name->text().trimmed();
    u.email = m_email->text().trimmed();
    u.roleKey = m_role->currentData().toString();
    return u;
}

void UserDialog::offerGeneratedPassword()
{
    if (!m_setPassword)
        return;
    m_setPassword->setText(
        tr("Choose the first password &myself (else the server makes one)"));
    m_setPassword->setChecked(false);
    m_password->setEnabled(false);
    m_repeat->setEnabled(false);
    revalidate();
}

QString UserDialog::initialPassword() const
{
    return m_setPassword && m_setPassword->isChecked() ? m_password->text() : QString();
}

void UserDialog::revalidate()
{
    ValidationIssues issues = validateUser(user(), m_context);
    if (m_setPassword && m_setPassword->isChecked()) {
        for (const QString &p : passwordProblems(m_password->text(), m_login->text()))
            issues.append({u"password"_s, p});
        if (m_repeat->text() != m_password->text())
            issues.append({u"password"_s, tr("The two password entries differ.")});
    }
    m_issues->setIssues(issues);
    m_save->setEnabled(issues.isEmpty());
}

void UserDialog::accept()
{
    revalidate();
    if (m_issues->isClean())
        QDialog::accept();
}

} // namespace gpudesk
