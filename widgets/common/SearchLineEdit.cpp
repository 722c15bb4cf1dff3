// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchLineEdit.h"

#include <QIcon>
#include <QInputMethodEvent>
#include <QKeyEvent>

namespace gpudesk {

SearchLineEdit::SearchLineEdit(QWidget *parent) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    addAction(QIcon(QStringLiteral(":/gpudesk/icons/search.svg")), QLineEdit::LeadingPosition);
    connect(this, &QLineEdit::textChanged, this, [this] { report(); });
}

QString SearchLineEdit::searchText() const
{
    if (m_preedit.isEmpty())
        return text();
    QString t = text();
    t.insert(qBound(0, cursorPosition(), static_cast<int>(t.size())), m_preedit);
    return t;
}

void SearchLineEdit::inputMethodEvent(QInputMethodEvent *event)
{
    m_preedit = event->preeditString();
    QLineEdit::inputMethodEvent(event);
    report();
}

void SearchLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void SearchLineEdit::report()
{
    const QString now = searchText();
    if (now == m_lastReported)
        return;
    m_lastReported = now;
    Q_EMIT searchTextChanged(now);
}

} // namespace gpudesk
