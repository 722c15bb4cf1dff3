// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeneratedPasswordDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {

GeneratedPasswordDialog::GeneratedPasswordDialog(const QString &login, const QString &password,
                                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"generatedPasswordDialog"_s);
    setWindowTitle(tr("New password of %1").arg(login));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The server made this password for %1. It is shown only now: "
                                "the server keeps only a hash of it.")
                                 .arg(login),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_password = new QLineEdit(password, this);
    m_password->setObjectName(u"generatedPassword"_s);
    m_password->setReadOnly(true);
    m_password->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_password);
    auto *note = new QLabel(tr("Give it to %1 in person or by telephone, never by e-mail, and ask "
                               "them to change it after signing in (File > Change my password "
                               "on the server).")
                                .arg(login),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyGeneratedPassword"_s);
    layout->addWidget(buttons);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_password->text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    m_password->selectAll();
    // The wrapped labels need their height at this width, or the window cuts them off.
    constexpr int width = 480;
    resize(width, qMax(layout->totalHeightForWidth(width), sizeHint().height()));
}

QString GeneratedPasswordDialog::password() const
{
    return m_password->text();
}

} // namespace gpudesk
