// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyClaim.h"

#include <QKeyEvent>
#include <QWidget>

namespace gpudesk {

KeyClaim::KeyClaim(QWidget *area, QKeyCombination key, std::function<void()> action)
    : QObject(area), m_key(key), m_action(std::move(action))
{
    // Key events the focused child leaves unaccepted travel up to the area, through this filter.
    area->installEventFilter(this);
}

bool KeyClaim::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->keyCombination() != m_key)
        return QObject::eventFilter(watched, event);
    // Accepting the override stops shortcut matching; the key then arrives as a key press.
    event->accept();
    if (event->type() == QEvent::KeyPress)
        m_action();
    return true;
}

} // namespace gpudesk
