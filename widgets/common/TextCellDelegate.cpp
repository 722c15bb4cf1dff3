// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextCellDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace gpudesk {

namespace {
constexpr int kMargin = 4;
}

TextCellDelegate::TextCellDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

const QStaticText &TextCellDelegate::prepared(const QString &text, int width, const QFont &font) const
{
    if (font != m_cacheFont) {
        m_cache.clear();
        m_cacheFont = font;
    }
    const Key key{text, width};
    auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd())
        return *it;
    if (m_cache.size() >= kMaxCached)
        m_cache.clear(); // a new screenful refills it in one frame
    const QFontMetrics metrics(font);
    QStaticText s(metrics.elidedText(text, Qt::ElideRight, width));
    s.setTextFormat(Qt::PlainText);
    s.setPerformanceHint(QStaticText::AggressiveCaching);
    s.prepare(QTransform(), font);
    return *m_cache.insert(key, s);
}

void TextCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (option.state & QStyle::State_Active) ? QPalette::Active
                                                                                : QPalette::Inactive;
    if (selected)
        painter->fillRect(option.rect, option.palette.brush(group, QPalette::Highlight));
    else if (option.features & QStyleOptionViewItem::Alternate)
        painter->fillRect(option.rect, option.palette.brush(group, QPalette::AlternateBase));

    const QString text = index.data(Qt::DisplayRole).toString();
    if (!text.isEmpty()) {
        const QRect area = option.rect.adjusted(kMargin, 0, -kMargin, 0);
        const QStaticText &s = prepared(text, area.width(), option.font);
        const QSizeF size = s.size();
        const Qt::Alignment align =
            Qt::Alignment(index.data(Qt::TextAlignmentRole).toInt()) & Qt::AlignHorizontal_Mask;
        qreal x = area.left();
        if (align & Qt::AlignRight)
            x = area.right() + 1 - size.width();
        else if (align & Qt::AlignHCenter)
            x = area.left() + (area.width() - size.width()) / 2;
        const qreal y = area.top() + (area.height() - size.height()) / 2;
        painter->setFont(option.font);
        painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawStaticText(QPointF(x, y), s);
    }
    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.backgroundColor = option.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

} // namespace gpudesk
