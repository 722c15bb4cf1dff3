// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTabWidget;

namespace gpudesk {

class AuditPage;
class BackupPage;
class CallsPage;
class InventoryPage;
class PoolsPage;
class Store;
class UsersPage;

// The Administration area (시스템 관리). Administrators get every page: calls, inventory, pools,
// users, the audit trail and backups. Program officers get the calls only: they run the calls
// (DOMAIN.md) and set up each one on its timetable, while users, the fleet and backups stay with
// the administrators.
class AdministrationArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdministrationArea)

public:
    enum class Scope
    {
        Everything, // administrators
        CallsOnly,  // program officers
    };

    AdministrationArea(Store &store, Scope scope, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    CallsPage *callsPage() const { return m_calls; }
    InventoryPage *inventoryPage() const { return m_inventory; }
    PoolsPage *poolsPage() const { return m_pools; }
    UsersPage *usersPage() const { return m_users; }
    AuditPage *auditPage() const { return m_audit; }
    BackupPage *backupPage() const { return m_backup; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void openProfileRequested(const QString &path);

private:
    QTabWidget *m_tabs = nullptr;
    CallsPage *m_calls = nullptr; // the pages live as long as the area
    InventoryPage *m_inventory = nullptr;
    PoolsPage *m_pools = nullptr;
    UsersPage *m_users = nullptr;
    AuditPage *m_audit = nullptr;
    BackupPage *m_backup = nullptr;
};

} // namespace gpudesk
