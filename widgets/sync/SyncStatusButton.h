// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QToolButton>

namespace gpudesk {

class SyncController;

// The status bar's sync state (UX.md): "Offline", "Syncing 40%", "In sync at 14:02",
// "3 conflicts"; its tooltip says why, its menu holds the sync actions.
class SyncStatusButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusButton)

public:
    SyncStatusButton(SyncController &controller, QWidget *parent = nullptr);

    // The state as text, exactly as the button shows it (tests read it).
    static QString stateText(const SyncController &controller);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    SyncController &m_controller;
};

} // namespace gpudesk
