// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QHash>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace gpudesk::Theme {
namespace {

bool g_dark = false;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1f, 0x21, 0x23), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Highlight, accent());
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent().lighter(140));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7a, 0x7a));
    return p;
}

} // namespace

Mode modeFromKey(const QString &key)
{
    if (key == u"light"_s)
        return Mode::Light;
    if (key == u"dark"_s)
        return Mode::Dark;
    return Mode::System;
}

QString modeKey(Mode m)
{
    switch (m) {
    case Mode::Light:
        return u"light"_s;
    case Mode::Dark:
        return u"dark"_s;
    case Mode::System:
        break;
    }
    return u"system"_s;
}

void apply(Mode mode)
{
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    const QPalette standard = QApplication::style()->standardPalette();
    bool dark = mode == Mode::Dark;
    if (mode == Mode::System) {
        // Qt 6.4 has no colour-scheme query; a dark system window colour is the signal.
        dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    }
    g_dark = dark;
    QPalette p = dark ? darkPalette() : standard;
    if (!dark)
        p.setColor(QPalette::Highlight, accent());
    QApplication::setPalette(p);
}

bool isDark()
{
    return g_dark;
}

QColor accent()
{
    return QColor(0x1f, 0x6f, 0xb5); // one accent: a calm government blue
}

QColor statusColor(const QString &statusKey)
{
    // Okabe-Ito hues: distinguishable with the common colour-vision deficiencies.
    static const QHash<QString, QColor> colors = {
        {u"submitted"_s, QColor(0x99, 0x99, 0x99)}, {u"screening"_s, QColor(0xe6, 0x9f, 0x00)},
        {u"under_review"_s, QColor(0x56, 0xb4, 0xe9)}, {u"selected"_s, QColor(0x00, 0x9e, 0x73)},
        {u"waitlisted"_s, QColor(0xf0, 0xe4, 0x42)}, {u"rejected"_s, QColor(0xd5, 0x5e, 0x00)},
        {u"allocated"_s, QColor(0x00, 0x72, 0xb2)}, {u"active"_s, QColor(0x00, 0x72, 0xb2)},
        {u"completed"_s, QColor(0x66, 0x66, 0x66)}, {u"withdrawn"_s, QColor(0x88, 0x88, 0x88)},
        {u"reclaimed"_s, QColor(0xcc, 0x79, 0xa7)}};
    return colors.value(statusKey, QColor(0x99, 0x99, 0x99));
}

} // namespace gpudesk::Theme
