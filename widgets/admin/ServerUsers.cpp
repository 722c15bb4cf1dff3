// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerUsers.h"

#include "common/BackgroundTask.h"
#include "domain/Enums.h"
#include "store/Store.h"
#include "sync/HttpsTransport.h"
#include "sync/SyncMessages.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace gpudesk {

ServerUsers::ServerUsers(Store &store, QObject *parent) : QObject(parent), m_store(store)
{
    m_factory = [](const SyncSettings &s) -> std::unique_ptr<SyncTransport> {
        auto t = HttpsTransport::forSession(s);
        t->setTimeoutMs(20000); // an administrator waits for the answer: fail sooner than sync
        return t;
    };
    reloadSettings();
}

bool ServerUsers::reloadSettings()
{
    m_settings = SyncState::settings(m_store.db());
    m_active = m_settings.signedIn() && m_settings.role == roleKey(Role::Administrator);
    if (!m_active)
        m_accounts.clear();
    return m_active;
}

void ServerUsers::refresh()
{
    if (m_loading || !m_active)
        return;
    m_loading = true;
    auto result = std::make_shared<AccountsReply>();
    // The worker owns copies of what it needs: the page may close before the answer comes.
    QThread *thread = QThread::create([result, factory = m_factory, settings = m_settings] {
        const auto transport = factory(settings);
        *result = ServerAccounts::list(*transport);
    });
    connect(thread, &QThread::finished, this, [this, result] {
        m_loading = false;
        if (result->ok)
            m_accounts = result->accounts;
        Q_EMIT loaded(*result);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

const UserDraft *ServerUsers::account(const QString &id) const
{
    for (const UserDraft &a : m_accounts) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

AccountsReply ServerUsers::run(QWidget *parent, const QString &title, const Call &call)
{
    AccountsReply reply;
    runInBackground(parent, title,
                    [&reply, &call, factory = m_factory, settings = m_settings,
                     url = m_settings.serverUrl](TaskControl &control) {
                        control.setStatus(
                            QCoreApplication::translate("ServerUsers", "Waiting for %1…")
                                .arg(url));
                        const auto transport = factory(settings);
                        // The exchange runs an event loop on this thread: the timer reaches it.
                        QTimer poll;
                        poll.setInterval(100);
                        SyncTransport *t = transport.get();
                        QObject::connect(&poll, &QTimer::timeout, &poll, [&control, t] {
                            if (control.isCancelled())
                                t->cancel();
                        });
                        poll.start();
                        reply = call(*transport);
                    });
    return reply;
}

QString ServerUsers::describe(const AccountsReply &reply)
{
    if (reply.code == u"network.unreachable"_s)
        return tr("The server cannot be reached now, and the server's accounts can only be "
                  "listed and changed with a connection to it. Check the network or the "
                  "server, then choose Refresh.");
    if (reply.code == u"sync.cancelled"_s)
        return tr("Stopped before the server answered. The server may have made the change "
                  "anyway: the list shows what it holds now.");
    return SyncMessages::describe(reply.code, reply.params);
}

} // namespace gpudesk
