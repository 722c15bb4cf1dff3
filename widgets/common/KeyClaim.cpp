// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyClaim.h"

#include <QAction>
#include <QKeyEvent>
#include <QWidget>

namespace gpudesk {

KeyClaim::KeyClaim(QWidget *area, QAction *action) : QObject(area), m_action(action)
{
    // Key events the focused child leaves unaccepted travel up to the area, through this filter.
    area->installEventFilter(this);
}

bool KeyClaim::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const QKeySequence claimed = m_action->shortcut();
    if (claimed.isEmpty() || key->keyCombination() != claimed[0])
        return QObject::eventFilter(watched, event);
    // Accepting the override stops shortcut matching; the key then arrives as a key press.
    event->accept();
    if (event->type() == QEvent::KeyPress)
        m_action->trigger();
    return true;
}

} // namespace gpudesk
