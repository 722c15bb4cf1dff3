// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEvent>
#include <QObject>

namespace bench {

// Counts the frames a widget paints, so a measurement includes exactly one: install it on the
// widgets that must repaint, and force a repaint when the event loop painted nothing.
class PaintCounter final : public QObject
{
public:
    using QObject::QObject;
    int frames = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++frames;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace bench
