// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncMessages.h"

#include "domain/TimeFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gpudesk::SyncMessages {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncMessages)
};

QString day(const QJsonValue &ms)
{
    return formatDate(qint64(ms.toDouble()));
}

} // namespace

QString tableLabel(const QString &table)
{
    static const QHash<QString, const char *> labels = {
        {u"applications"_s, QT_TRANSLATE_NOOP("SyncMessages", "application")},
        {u"application_people"_s, QT_TRANSLATE_NOOP("SyncMessages", "person named in an application")},
        {u"application_status_history"_s, QT_TRANSLATE_NOOP("SyncMessages", "status change")},
        {u"documents"_s, QT_TRANSLATE_NOOP("SyncMessages", "document")},
        {u"reviews"_s, QT_TRANSLATE_NOOP("SyncMessages", "review")},
        {u"review_assignments"_s, QT_TRANSLATE_NOOP("SyncMessages", "review assignment")},
        {u"pledges"_s, QT_TRANSLATE_NOOP("SyncMessages", "confidentiality pledge")},
        {u"reviewers"_s, QT_TRANSLATE_NOOP("SyncMessages", "reviewer")},
        {u"panel_members"_s, QT_TRANSLATE_NOOP("SyncMessages", "panel member")},
        {u"grants"_s, QT_TRANSLATE_NOOP("SyncMessages", "grant")},
        {u"allocations"_s, QT_TRANSLATE_NOOP("SyncMessages", "allocation")},
        {u"organizations"_s, QT_TRANSLATE_NOOP("SyncMessages", "organisation")},
        {u"users"_s, QT_TRANSLATE_NOOP("SyncMessages", "user")},
        {u"nodes"_s, QT_TRANSLATE_NOOP("SyncMessages", "node")},
        {u"calls"_s, QT_TRANSLATE_NOOP("SyncMessages", "call")},
        {u"performance_checks"_s, QT_TRANSLATE_NOOP("SyncMessages", "performance check")},
        {u"statements"_s, QT_TRANSLATE_NOOP("SyncMessages", "statement")},
    };
    const auto it = labels.constFind(table);
    return it == labels.constEnd() ? table
                                   : QCoreApplication::translate("SyncMessages", it.value());
}

QString describe(const QString &code, const QJsonObject &p)
{
    const QString table = tableLabel(p.value(u"table"_s).toString());
    if (code == u"network.unreachable"_s)
        return Text::tr("The server cannot be reached now. Your work is kept in this profile and "
                        "goes out at the next sync.");
    if (code == u"network.failed"_s)
        return Text::tr("The connection to the server failed. Try again later; nothing was lost.");
    if (code == u"server.busy"_s || code == u"auth.throttled"_s)
        return Text::tr("The server asks to wait %n second(s) before trying again.", nullptr,
                        p.value(u"retry_after_s"_s).toInt(1));
    if (code == u"server.internal"_s)
        return Text::tr("The server failed to answer. Try again later; if it keeps happening, "
                        "tell the server's administrator.");
    if (code == u"tls.untrusted"_s)
        return Text::tr("The server's certificate is not signed by the certificate authority this "
                        "profile trusts, so nothing was sent. Check the server address, or set "
                        "the CA certificate again in the sync settings.");
    if (code == u"tls.certificate_changed"_s)
        return Text::tr("Warning: the server presents a different certificate than the one you "
                        "trusted (now %1). This can mean someone is intercepting the connection. "
                        "Nothing was sent. Ask the server's administrator whether the server was "
                        "rebuilt before trusting it again.")
            .arg(p.value(u"presented"_s).toString());
    if (code == u"protocol.mismatch"_s)
        return Text::tr("The server speaks protocol %1 and this gpudesk speaks %2. Install the "
                        "gpudesk version that matches the server.")
            .arg(p.value(u"server"_s).toVariant().toString(),
                 p.value(u"client"_s).toVariant().toString());
    if (code == u"auth.bad_credentials"_s)
        return Text::tr("The login or the password is wrong.");
    if (code == u"auth.required"_s || code == u"auth.invalid_token"_s ||
        code == u"auth.session_expired"_s || code == u"auth.session_revoked"_s)
        return Text::tr("Your session on the server has ended. Sign in to the server again to "
                        "sync.");
    if (code == u"auth.forbidden"_s)
        return Text::tr("Your role may not do this on the server.");
    if (code == u"sync.cancelled"_s)
        return Text::tr("Sync was stopped; it continues where it stopped next time.");
    if (code == u"sync.forbidden"_s)
        return Text::tr("Your role may not change this %1; the change was undone.").arg(table);
    if (code == u"sync.column_forbidden"_s)
        return Text::tr("You may not change the field %1 of this %2; the change was undone.")
            .arg(p.value(u"column"_s).toString(), table);
    if (code == u"sync.unknown_table"_s || code == u"sync.unknown_column"_s)
        return Text::tr("The server does not know this kind of data (%1). Update gpudesk.")
            .arg(p.value(u"column"_s).toString(p.value(u"table"_s).toString()));
    if (code == u"sync.transaction_rejected"_s)
        return Text::tr("Undone together with another change made at the same time, which the "
                        "server refused: %1")
            .arg(describe(p.value(u"code"_s).toString()));
    if (code == u"sync.mutation_foreign"_s)
        return Text::tr("The server refused a change it had recorded for another user.");
    if (code == u"row.not_found"_s)
        return Text::tr("This %1 no longer exists on the server, or you may no longer see it.")
            .arg(table);
    if (code == u"row.constraint"_s)
        return Text::tr("The server refused this %1 because it contradicts data there (%2).")
            .arg(table, p.value(u"detail"_s).toString());
    if (code == u"review.locked"_s)
        return Text::tr("This review was already submitted, so it is locked. An officer must "
                        "reopen it before it can change.");
    if (code == u"review.assignment_closed"_s)
        return Text::tr("This %1 was not saved on the server: you declined the assignment or "
                        "declared a conflict of interest, so it is no longer yours to review. "
                        "Ask the program officer if this is a mistake.")
            .arg(table);
    if (code == u"user.last_administrator"_s)
        return Text::tr("The server refused this change of accounts: it would leave no active "
                        "administrator (another administrator changed accounts meanwhile). "
                        "Synchronise and check the accounts again.");
    if (code == u"user.cannot_demote_self"_s)
        return Text::tr("You cannot change your own role, disable or delete your own account: "
                        "ask another administrator to do it.");
    if (code == u"allocation.double_booked"_s)
        return Text::tr("%1 cannot have node %2: it is already allocated to %3 from %4 to %5. "
                        "Another officer placed it meanwhile; choose other nodes on the rack map.")
            .arg(p.value(u"code"_s).toString(), p.value(u"hostname"_s).toString(),
                 p.value(u"with_code"_s).toString(), day(p.value(u"from"_s)),
                 formatDate(qint64(p.value(u"to"_s).toDouble()) - 1));
    if (code == u"allocation.refused"_s) {
        QStringList reasons;
        for (const QJsonValue &r : p.value(u"reasons"_s).toArray())
            reasons << r.toString();
        return Text::tr("The server refused the allocation of %1: %2")
            .arg(p.value(u"code"_s).toString(), reasons.join(u' '));
    }
    if (code == u"pool.over_capacity"_s)
        return Text::tr("Selecting this would commit %1 nodes of pool %2, which has %3. Another "
                        "officer selected projects from the same pool meanwhile; review the "
                        "ranking again.")
            .arg(p.value(u"committed"_s).toInt())
            .arg(p.value(u"pool_code"_s).toString())
            .arg(p.value(u"capacity"_s).toInt());
    return Text::tr("The server refused this (%1).").arg(code);
}

} // namespace gpudesk::SyncMessages
