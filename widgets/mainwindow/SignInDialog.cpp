// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInDialog.h"

#include "domain/Enums.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {

SignInDialog::SignInDialog(Store &store, const QString &currentUserId, QWidget *parent)
    : QDialog(parent), m_users(store), m_list(m_users.activeUsers())
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign in"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose who works in this profile. Each role sees its own areas: "
                                "reviewers see only the applications assigned to them."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_view = new QListWidget(this);
    m_view->setObjectName(u"signInUsers"_s);
    for (const UserInfo &u : std::as_const(m_list)) {
        const auto role = roleFromKey(u.roleKey);
        auto *item = new QListWidgetItem(
            tr("%1 (%2) · %3").arg(u.displayName, u.login, role ? roleLabel(*role) : u.roleKey),
            m_view);
        item->setData(Qt::UserRole, u.id);
        if (u.id == currentUserId)
            m_view->setCurrentItem(item);
    }
    if (!m_view->currentItem() && m_view->count() > 0)
        m_view->setCurrentRow(0);
    layout->addWidget(m_view, 1);

    auto *form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"signInPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel = new QLabel(tr("&Password:"), this);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(u"signInError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        u"color: palette(highlighted-text); background: #b00020; padding: 4px"_s);
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QListWidget::currentRowChanged, this, &SignInDialog::updateForSelection);
    connect(m_view, &QListWidget::itemActivated, this, &SignInDialog::accept);
    updateForSelection();
    resize(460, 420);
}

void SignInDialog::updateForSelection()
{
    const int row = m_view->currentRow();
    const bool needsPassword = row >= 0 && m_list.at(row).hasPassword;
    m_password->clear();
    m_password->setEnabled(needsPassword);
    m_passwordLabel->setEnabled(needsPassword);
    m_password->setPlaceholderText(
        needsPassword ? QString() : tr("Not needed: this user has no local password"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0);
    if (needsPassword)
        m_password->setFocus();
}

void SignInDialog::accept()
{
    const int row = m_view->currentRow();
    if (row < 0)
        return;
    const UserInfo &u = m_list.at(row);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_users.verifyPassword(u.id, m_password->text());
    QApplication::restoreOverrideCursor();
    if (!ok) {
        m_error->setText(tr("The password is not right for %1. Check the keyboard layout "
                            "(한/영) and Caps Lock, then try again.")
                             .arg(u.displayName));
        m_error->show();
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_chosen = u;
    QDialog::accept();
}

} // namespace gpudesk
