// SPDX-License-Identifier: GPL-3.0-or-later
#include "NavigationBar.h"

using namespace Qt::StringLiterals;

namespace gpudesk {

NavigationBar::NavigationBar(QWidget *parent) : QListWidget(parent)
{
    setObjectName(u"navigationBar"_s);
    setViewMode(QListView::ListMode);
    setIconSize(QSize(22, 22));
    setSpacing(2);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            Q_EMIT areaChanged(item->data(Qt::UserRole).toString());
    });
}

void NavigationBar::addArea(const QString &key, const QIcon &icon, const QString &label)
{
    auto *item = new QListWidgetItem(icon, label, this);
    item->setData(Qt::UserRole, key);
    item->setSizeHint(QSize(0, fontMetrics().height() + 16));
    if (count() == 1)
        setCurrentItem(item);
}

QString NavigationBar::currentArea() const
{
    return currentItem() ? currentItem()->data(Qt::UserRole).toString() : QString();
}

void NavigationBar::setCurrentArea(const QString &key)
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(Qt::UserRole).toString() == key) {
            setCurrentRow(i);
            return;
        }
    }
}

QSize NavigationBar::sizeHint() const
{
    int width = 0;
    for (int i = 0; i < count(); ++i)
        width = qMax(width, fontMetrics().horizontalAdvance(item(i)->text()));
    return QSize(width + iconSize().width() + 40, QListWidget::sizeHint().height());
}

} // namespace gpudesk
