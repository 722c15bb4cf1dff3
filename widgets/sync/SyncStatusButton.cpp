// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncStatusButton.h"

#include "SyncController.h"
#include "domain/TimeFormat.h"

#include <QDateTime>
#include <QEvent>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

// 14:02 today, otherwise 2026-02-01 14:02 (Asia/Seoul).
QString when(qint64 ms)
{
    const QString full = formatDateTime(ms);
    return formatDate(ms) == formatDate(QDateTime::currentMSecsSinceEpoch()) ? full.section(u' ', 1)
                                                                           : full;
}

} // namespace

SyncStatusButton::SyncStatusButton(SyncController &controller, QWidget *parent)
    : QToolButton(parent), m_controller(controller)
{
    setObjectName(u"syncStatus"_s);
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(&controller, &SyncController::stateChanged, this, [this] { refresh(); });
    refresh();
}

QString SyncStatusButton::stateText(const SyncController &c)
{
    using State = SyncController::State;
    QString text;
    switch (c.state()) {
    case State::NotConfigured:
        //: Sync state in the status bar: no server has been set up, work stays local
        text = tr("Offline · local profile");
        break;
    case State::SignedOut:
        //: Sync state: a server is set up but nobody is signed in to it
        text = tr("Offline · not signed in");
        break;
    case State::Idle:
        //: Sync state: signed in, waiting for the first sync
        text = tr("Online");
        break;
    case State::Syncing:
        //: Sync state with the progress in percent
        text = tr("Syncing %1%").arg(c.percent());
        break;
    case State::InSync:
        //: Sync state with the time of the last completed sync (14:02)
        text = tr("In sync at %1").arg(when(c.lastSuccess()));
        break;
    case State::Offline:
        //: Sync state: the server cannot be reached now
        text = c.lastSuccess() > 0 ? tr("Offline · last sync %1").arg(when(c.lastSuccess()))
                                   : tr("Offline");
        break;
    case State::Attention:
        //: Sync state: the last sync was refused or failed; the tooltip says why
        text = tr("Sync needs attention");
        break;
    }
    if (c.conflicts() > 0)
        text += u" · "_s + tr("%n conflict(s)", nullptr, c.conflicts());
    if (c.rejections() > 0)
        text += u" · "_s + tr("%n change(s) refused", nullptr, c.rejections());
    return text;
}

void SyncStatusButton::refresh()
{
    setText(stateText(m_controller));
    QString tip;
    switch (m_controller.state()) {
    case SyncController::State::NotConfigured:
        tip = tr("No sync server is configured; everything is kept in this profile.");
        break;
    case SyncController::State::SignedOut:
        tip = tr("Sign in to the server (File → Server and sign-in…) to sync.");
        break;
    default:
        tip = m_controller.detail().isEmpty()
                  ? tr("Changes made here go to the server at the next sync; offline work is "
                       "kept until then.")
                  : m_controller.detail();
    }
    setToolTip(tip);
}

void SyncStatusButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QToolButton::changeEvent(event);
}

} // namespace gpudesk
