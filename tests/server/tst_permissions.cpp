// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiRoutes.h"
#include "ApiServices.h"
#include "Permissions.h"
#include "Router.h"
#include "store/SyncedTables.h"

#include <QSet>
#include <QTest>
#include <httplib.h>

using namespace Qt::StringLiterals;
using namespace gpudesk;

// The permission table against the router's real routes: every registered route has exactly one
// row, every row belongs to a registered route, and the rows say what DOMAIN.md says.
class TestPermissions : public QObject
{
    Q_OBJECT

    static QList<RouteInfo> registeredRoutes()
    {
        httplib::Server server;
        Router router(server, nullptr);
        ApiServices services(nullptr, ServerConfig{});
        ApiRoutes::registerAll(router, services);
        return router.routes();
    }

    static QString key(const QString &method, const QString &pattern)
    {
        return method + u' ' + pattern;
    }

private Q_SLOTS:
    void everyRouteHasARow()
    {
        const QList<RouteInfo> routes = registeredRoutes();
        QVERIFY(routes.size() >= 14);
        QSet<QString> seen;
        for (const RouteInfo &r : routes) {
            QVERIFY2(Permissions::find(r.method, r.pattern),
                     qPrintable(u"no permission row for "_s + key(r.method, r.pattern)));
            QVERIFY2(!seen.contains(key(r.method, r.pattern)),
                     qPrintable(u"registered twice: "_s + key(r.method, r.pattern)));
            seen.insert(key(r.method, r.pattern));
        }
    }

    void everyRowHasARoute()
    {
        QSet<QString> registered;
        for (const RouteInfo &r : registeredRoutes())
            registered.insert(key(r.method, r.pattern));
        QSet<QString> rows;
        for (const PermissionRow &row : Permissions::table()) {
            QVERIFY2(registered.contains(key(row.method, row.pattern)),
                     qPrintable(u"stale permission row: "_s + key(row.method, row.pattern)));
            QVERIFY2(!rows.contains(key(row.method, row.pattern)),
                     qPrintable(u"two rows for "_s + key(row.method, row.pattern)));
            rows.insert(key(row.method, row.pattern));
        }
    }

    void onlyTheseArePublic()
    {
        QSet<QString> publicRoutes;
        for (const PermissionRow &row : Permissions::table()) {
            if (row.isPublic)
                publicRoutes.insert(key(row.method, row.pattern));
        }
        QCOMPARE(publicRoutes, (QSet<QString>{u"GET /api/health"_s, u"GET /api/version"_s,
                                              u"POST /api/login"_s}));
    }

    void rolesFollowTheDomain()
    {
        for (const PermissionRow &row : Permissions::table()) {
            const QString what = key(row.method, row.pattern);
            // Only administrators manage users and read the audit verdict.
            if (row.pattern.startsWith(u"/api/users"_s) ||
                row.pattern.startsWith(u"/api/audit"_s)) {
                QVERIFY2(row.administrator == Scope::All, qPrintable(what));
                QVERIFY2(row.programOfficer == Scope::None && row.reviewer == Scope::None &&
                             row.manager == Scope::None,
                         qPrintable(what));
            }
            // Reviewers never get more than their own or their assigned rows.
            QVERIFY2(row.reviewer != Scope::All, qPrintable(what));
            // Managers read only (a pull is a read sent as a POST).
            const bool read = row.method == u"GET"_s || row.pattern == u"/api/sync/pull"_s;
            if (!read && row.manager != Scope::None)
                QVERIFY2(row.manager == Scope::Self, qPrintable(what));
        }
        const PermissionRow *list = Permissions::find(u"GET"_s, u"/api/applications"_s);
        QVERIFY(list);
        QCOMPARE(Permissions::scopeFor(*list, Role::Reviewer), Scope::Assigned);
        QCOMPARE(Permissions::scopeFor(*list, Role::ProgramOfficer), Scope::All);
        QCOMPARE(Permissions::scopeFor(*list, Role::Manager), Scope::All);
    }

    // The sync rows: one per synced table, and a push writes nothing the roles may not.
    void syncWritesCoverEverySyncedTable()
    {
        QSet<QString> rows;
        for (const SyncWriteRow &row : Permissions::syncWrites()) {
            QVERIFY2(SyncedTables::isSynced(row.table), qPrintable(row.table));
            QVERIFY2(!rows.contains(row.table), qPrintable(u"two rows for "_s + row.table));
            rows.insert(row.table);
            QVERIFY2(row.manager == Scope::None, qPrintable(row.table));
            QVERIFY2(row.reviewer != Scope::All, qPrintable(row.table));
        }
        QCOMPARE(rows, QSet<QString>(SyncedTables::names().cbegin(), SyncedTables::names().cend()));
        QSet<QString> reviewerWrites;
        for (const SyncWriteRow &row : Permissions::syncWrites()) {
            if (row.reviewer != Scope::None)
                reviewerWrites.insert(row.table);
        }
        QCOMPARE(reviewerWrites,
                 (QSet<QString>{u"reviews"_s, u"review_assignments"_s, u"pledges"_s}));
        QCOMPARE(Permissions::syncWriteScope(u"allocations"_s, Role::ProgramOfficer), Scope::All);
        QCOMPARE(Permissions::syncWriteScope(u"users"_s, Role::ProgramOfficer), Scope::None);
        QCOMPARE(Permissions::syncWriteScope(u"nodes"_s, Role::Administrator), Scope::All);
        QCOMPARE(Permissions::syncWriteScope(u"no_such_table"_s, Role::Administrator),
                 Scope::None);
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
