// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace gpudesk {

// The left bar of the window: the areas the signed-in role may use, in the order of the work.
// Only areas that work are listed (UX.md: no empty pages).
class NavigationBar final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationBar)

public:
    explicit NavigationBar(QWidget *parent = nullptr);

    void addArea(const QString &key, const QIcon &icon, const QString &label);
    QString currentArea() const;
    void setCurrentArea(const QString &key);

Q_SIGNALS:
    void areaChanged(const QString &key);

public:
    QSize sizeHint() const override;
};

} // namespace gpudesk
