// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncActions.h"

#include "ConflictDialog.h"
#include "RejectedChangesDialog.h"
#include "ServerSettingsDialog.h"
#include "SyncController.h"
#include "SyncStatusButton.h"
#include "admin/PasswordDialog.h"
#include "admin/ServerUsers.h"
#include "store/Store.h"
#include "sync/ServerAccounts.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace gpudesk {

SyncActions::SyncActions(Store &store, QWidget *window)
    : QObject(window), m_store(store), m_window(window),
      m_controller(new SyncController(store, this))
{
    m_syncNow = new QAction(this);
    m_syncNow->setObjectName(u"syncNowAction"_s);
    // F5 already refreshes the views; Ctrl+F5 asks the server.
    m_syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F5));
    m_stop = new QAction(this);
    m_stop->setObjectName(u"syncStopAction"_s);
    m_settings = new QAction(this);
    m_settings->setObjectName(u"syncSettingsAction"_s);
    m_conflicts = new QAction(this);
    m_conflicts->setObjectName(u"syncConflictsAction"_s);
    m_rejected = new QAction(this);
    m_rejected->setObjectName(u"syncRejectedAction"_s);
    m_serverPassword = new QAction(this);
    m_serverPassword->setObjectName(u"serverPasswordAction"_s);
    connect(m_syncNow, &QAction::triggered, this, [this] {
        if (!m_controller->settings().signedIn()) {
            showSettings(); // nothing to sync with yet: say where to set it up
            return;
        }
        m_controller->syncNow();
    });
    connect(m_stop, &QAction::triggered, m_controller, &SyncController::cancel);
    connect(m_settings, &QAction::triggered, this, &SyncActions::showSettings);
    connect(m_conflicts, &QAction::triggered, this, &SyncActions::showConflicts);
    connect(m_rejected, &QAction::triggered, this, &SyncActions::showRejected);
    connect(m_serverPassword, &QAction::triggered, this, &SyncActions::changeServerPassword);
    m_menu = new QMenu(window);
    m_menu->addAction(m_syncNow);
    m_menu->addAction(m_stop);
    m_menu->addSeparator();
    m_menu->addAction(m_conflicts);
    m_menu->addAction(m_rejected);
    m_menu->addSeparator();
    m_menu->addAction(m_settings);
    m_menu->addAction(m_serverPassword);
    connect(m_controller, &SyncController::stateChanged, this, &SyncActions::updateActions);
    connect(m_controller, &SyncController::serverUserAvailable, this,
            &SyncActions::serverUserAvailable);
    connect(m_controller, &SyncController::runFinished, this, [this](const SyncRunReport &r) {
        // A changed certificate is the one refusal worth interrupting for, and only once.
        if (r.code == u"tls.certificate_changed"_s && m_window->isVisible())
            QMessageBox::warning(m_window, tr("Sync refused"), m_controller->detail());
        else if (r.push.rejected > 0)
            Q_EMIT statusMessage(tr("The server refused %n change(s); they were undone (see "
                                    "Refused changes).",
                                    nullptr, r.push.rejected));
        else if (r.push.conflicts > 0)
            Q_EMIT statusMessage(tr("%n change(s) met another one; resolve them in Sync "
                                    "conflicts.",
                                    nullptr, r.push.conflicts));
    });
    retranslate();
    updateActions();
}

SyncActions::~SyncActions() = default;

void SyncActions::retranslate()
{
    m_syncNow->setText(tr("S&ync now"));
    m_stop->setText(tr("S&top syncing"));
    m_settings->setText(tr("Ser&ver and sign-in…"));
    m_conflicts->setText(tr("Sync &conflicts…"));
    m_rejected->setText(tr("&Refused changes…"));
    m_serverPassword->setText(tr("C&hange my password on the server…"));
}

void SyncActions::updateActions()
{
    m_stop->setEnabled(m_controller->canCancel());
    // While the last run folds its log, a new one can be asked for: it starts after the fold.
    m_syncNow->setEnabled(!m_controller->canCancel());
    m_conflicts->setEnabled(m_controller->conflicts() > 0);
    m_rejected->setEnabled(m_controller->rejections() > 0);
    m_serverPassword->setEnabled(m_controller->settings().signedIn());
}

void SyncActions::addTo(QMenu *menu)
{
    retranslate();
    menu->addAction(m_syncNow);
    menu->addAction(m_settings);
    menu->addAction(m_serverPassword);
}

SyncStatusButton *SyncActions::statusButton(QWidget *statusBar)
{
    if (!m_button) {
        m_button = new SyncStatusButton(*m_controller, statusBar);
        m_button->setMenu(m_menu);
    } else if (auto *old = qobject_cast<QStatusBar *>(m_button->parentWidget())) {
        old->removeWidget(m_button);
        m_button->setParent(statusBar);
    }
    return m_button;
}

void SyncActions::showSettings()
{
    const bool wasSignedIn = m_controller->settings().signedIn();
    ServerSettingsDialog dialog(m_store, m_window);
    dialog.exec();
    m_controller->reloadSettings();
    if (!wasSignedIn && m_controller->settings().signedIn())
        m_controller->syncNow();
}

void SyncActions::changeServerPassword()
{
    const SyncSettings s = m_controller->settings();
    if (!s.signedIn())
        return;
    PasswordDialog dialog(PasswordDialog::Mode::ChangeOwn, s.login, true, m_window);
    dialog.setWindowTitle(tr("Change my password on %1").arg(s.serverUrl));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString current = dialog.currentPassword();
    const QString next = dialog.password();
    const AccountsReply reply =
        ServerUsers::run(m_window, s, tr("Changing the password"), [&](SyncTransport &transport) {
            return ServerAccounts::changeOwnPassword(transport, current, next);
        });
    if (!reply.ok) {
        QMessageBox::warning(m_window, tr("Change my password on the server"),
                             ServerUsers::describe(reply));
        return;
    }
    Q_EMIT statusMessage(tr("Your password on the server was changed; your other sessions "
                            "there have ended."));
}

void SyncActions::showConflicts()
{
    ConflictDialog dialog(m_store, m_window);
    dialog.exec();
}

void SyncActions::showRejected()
{
    RejectedChangesDialog dialog(m_store, m_window);
    dialog.exec();
}

} // namespace gpudesk
