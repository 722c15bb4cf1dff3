// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace gpudesk {

class Store;
class SyncController;
class SyncStatusButton;

// Sync in the main window: the controller, the actions (Sync now, Stop, Server and sign-in…,
// Conflicts…, Refused changes…, Change my password on the server…) for the File menu and the status bar's button, and the dialogs
// they open. The window makes one and keeps it across its rebuilds.
class SyncActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncActions)

public:
    SyncActions(Store &store, QWidget *window);
    ~SyncActions() override;

    SyncController &controller() { return *m_controller; }
    void addTo(QMenu *menu);
    // The status bar's sync button (one, moved into whichever status bar asks).
    SyncStatusButton *statusButton(QWidget *statusBar);

    QAction *syncNowAction() const { return m_syncNow; }
    QAction *settingsAction() const { return m_settings; }
    QAction *serverPasswordAction() const { return m_serverPassword; }

    // Seams for tests: the dialogs are opened through these (default: exec them).
    void showSettings();
    void showConflicts();
    void showRejected();
    // The signed-in server account's own password (the server ends its other sessions).
    void changeServerPassword();

Q_SIGNALS:
    void statusMessage(const QString &message);
    // The signed-in server account's user is in the profile: the window may switch to it.
    void serverUserAvailable(const QString &userId);

private:
    void retranslate();
    void updateActions();

    Store &m_store;
    QWidget *m_window;
    SyncController *m_controller;
    QPointer<SyncStatusButton> m_button;
    QMenu *m_menu = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_conflicts = nullptr;
    QAction *m_rejected = nullptr;
    QAction *m_serverPassword = nullptr;
};

} // namespace gpudesk
