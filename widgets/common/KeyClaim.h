// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace gpudesk {

// Gives a key to a part of the window while the focus is inside it, ahead of the window's
// shortcuts. Two window shortcuts on one key are both dead (Qt calls them ambiguous); this lets
// an area keep a key the Go menu also uses, e.g. the rack map's Ctrl+0 (Fit all) against the
// tenth area's Ctrl+0. The key and what it does are the action's own (its first shortcut,
// triggered). A focused child that handles the key itself still gets it first.
class KeyClaim final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyClaim)

public:
    KeyClaim(QWidget *area, QAction *action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *m_action;
};

} // namespace gpudesk
