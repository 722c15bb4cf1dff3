// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace gpudesk {

// Runs a view's (possibly heavy) reload only when someone can see the view: at once while it is
// visible, otherwise the next time it is shown. Views in tabs and areas that are not on screen
// then cost nothing at start-up or when another view writes.
class LazyRefresh final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LazyRefresh)

public:
    LazyRefresh(QWidget *view, std::function<void()> reload);

    // Reloads now when the view is visible, else marks it stale.
    void request();
    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    std::function<void()> m_reload;
    bool m_stale = false;
};

} // namespace gpudesk
