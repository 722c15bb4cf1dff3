// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace gpudesk {

// Paints single-line text cells for large tables. The styled delegate lays out each cell with a
// QTextLayout several times per frame (line breaking, elision, drawing); this one elides once
// and keeps the prepared text, which matters when a search redraws a full screen of Korean text
// on every key.
class TextCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextCellDelegate)

public:
    explicit TextCellDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    static constexpr int kMaxCached = 4096;
    struct Key
    {
        QString text;
        int width;
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.width == b.width && a.text == b.text;
        }
        friend size_t qHash(const Key &k, size_t seed = 0) { return qHashMulti(seed, k.text, k.width); }
    };
    const QStaticText &prepared(const QString &text, int width, const QFont &font) const;

    mutable QHash<Key, QStaticText> m_cache;
    mutable QFont m_cacheFont;
};

} // namespace gpudesk
