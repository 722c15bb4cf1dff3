// SPDX-License-Identifier: GPL-3.0-or-later
#include "PledgeDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {

PledgeDialog::PledgeDialog(const QString &callName, const QString &pledgeText, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"pledgeDialog"_s);
    setWindowTitle(tr("Confidentiality pledge"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Before you open the applications of %1, read and accept the "
                                "call's confidentiality pledge. Your acceptance is recorded.")
                                 .arg(callName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *text = new QPlainTextEdit(this);
    text->setObjectName(u"pledgeText"_s);
    text->setReadOnly(true);
    text->setTabChangesFocus(true);
    text->setPlainText(pledgeText.isEmpty()
                           ? tr("(The call sets no pledge text. You still agree to keep the "
                                "applications and your review confidential.)")
                           : pledgeText);
    layout->addWidget(text, 1);

    m_read = new QCheckBox(tr("I have &read the pledge and accept it"), this);
    m_read->setObjectName(u"pledgeReadCheck"_s);
    layout->addWidget(m_read);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(tr("&Accept"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(u"pledgeAcceptButton"_s);
    m_accept->setEnabled(false);
    connect(m_read, &QCheckBox::toggled, m_accept, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_read->setFocus();
    resize(560, 440);
}

} // namespace gpudesk
