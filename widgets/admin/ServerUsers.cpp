// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerUsers.h"

#include "common/BackgroundTask.h"
#include "domain/Enums.h"
#include "store/Store.h"
#include "sync/HttpsTransport.h"
#include "sync/SyncMessages.h"

#include <QCoreApplication>
#include <QThread>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {
std::unique_ptr<HttpsTransport> transportFor(const SyncSettings &settings)
{
    auto t = HttpsTransport::forSession(settings);
    t->setTimeoutMs(20000); // an administrator waits for the answer: fail sooner than sync
    return t;
}
} // namespace

ServerUsers::ServerUsers(Store &store, QObject *parent) : QObject(parent), m_store(store)
{
    reloadSettings();
}

bool ServerUsers::reloadSettings()
{
    m_settings = SyncState::settings(m_store.db());
    m_active = m_settings.signedIn() && m_settings.role == roleKey(Role::Administrator);
    const QString session = m_active ? m_settings.serverUrl + u'\n' + m_settings.userId + u'\n' +
                                           m_settings.role
                                     : QString();
    if (session != m_session) {
        m_session = session;
        m_last = {};
        // A fetch under way answers for the old sign-in: fetch again once it is done.
        m_refreshAgain = m_loading && m_active;
    }
    return m_active;
}

void ServerUsers::refresh()
{
    if (!m_active)
        return;
    if (m_loading) {
        m_refreshAgain = true;
        return;
    }
    m_loading = true;
    m_refreshAgain = false;
    auto result = std::make_shared<AccountsReply>();
    // The worker owns copies of what it needs: the page may close before the answer comes.
    QThread *thread = QThread::create([result, settings = m_settings] {
        *result = ServerAccounts::list(*transportFor(settings));
    });
    connect(thread, &QThread::finished, this, [this, result, session = m_session] {
        m_loading = false;
        const bool current = session == m_session; // m_session is empty once signed out
        if (current)
            m_last = *result;
        if (m_refreshAgain && m_active) {
            refresh(); // this answer may be older than what was asked for: wait for the next
            return;
        }
        if (current)
            Q_EMIT loaded(*result);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ServerUsers::ensureLoaded()
{
    if (!m_loading && !hasReply())
        refresh();
}

const UserDraft *ServerUsers::account(const QString &id) const
{
    for (const UserDraft &a : m_last.accounts) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

AccountsReply ServerUsers::run(QWidget *parent, const SyncSettings &settings, const QString &title,
                               const Call &call)
{
    AccountsReply reply;
    runInBackground(parent, title, [&reply, &call, &settings](TaskControl &control) {
        control.setStatus(
            QCoreApplication::translate("ServerUsers", "Waiting for %1…").arg(settings.serverUrl));
        const auto transport = transportFor(settings);
        SyncTransport *t = transport.get();
        control.setOnCancel([t] { t->cancel(); });
        reply = call(*transport);
        control.setOnCancel({});
    });
    return reply;
}

QString ServerUsers::describe(const AccountsReply &reply)
{
    if (reply.code == u"network.unreachable"_s)
        return tr("The server cannot be reached now, and the server's accounts can only be "
                  "listed and changed with a connection to it. Check the network or the "
                  "server, then try again.");
    if (reply.code == u"sync.cancelled"_s)
        return tr("Stopped before the server answered. The server may have made the change "
                  "anyway: check before trying again.");
    return SyncMessages::describe(reply.code, reply.params);
}

} // namespace gpudesk
