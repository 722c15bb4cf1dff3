// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {

ReasonDialog::ReasonDialog(const QString &title, const QString &question, const QString &okText,
                           QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"reasonDialog"_s);
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(question, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setTabChangesFocus(true);
    label->setBuddy(m_reason);
    layout->addWidget(m_reason, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    m_ok->setEnabled(false);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_ok->setEnabled(!reason().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_reason->setFocus();
    resize(440, 240);
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace gpudesk
