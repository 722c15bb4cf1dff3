// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdministrationArea.h"

#include "AuditPage.h"
#include "BackupPage.h"
#include "CallsPage.h"
#include "InventoryPage.h"
#include "PoolsPage.h"
#include "UsersPage.h"

#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {
const QString kLastTabKey = u"administration/lastTab"_s;
} // namespace

AdministrationArea::AdministrationArea(Store &store, Scope scope, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"administrationArea"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"administrationTabs"_s);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);
    m_calls = new CallsPage(store, m_tabs);
    m_tabs->addTab(m_calls, tr("&Calls"));
    connect(m_calls, &CallsPage::statusMessage, this, &AdministrationArea::statusMessage);
    if (scope == Scope::Everything) {
        m_inventory = new InventoryPage(store, m_tabs);
        m_pools = new PoolsPage(store, m_tabs);
        m_users = new UsersPage(store, m_tabs);
        m_audit = new AuditPage(store, m_tabs);
        m_backup = new BackupPage(store, m_tabs);
        m_tabs->addTab(m_inventory, tr("&Inventory"));
        m_tabs->addTab(m_pools, tr("&Pools"));
        m_tabs->addTab(m_users, tr("&Users"));
        m_tabs->addTab(m_audit, tr("Audit &trail"));
        m_tabs->addTab(m_backup, tr("&Backups"));
        connect(m_inventory, &InventoryPage::statusMessage, this, &AdministrationArea::statusMessage);
        connect(m_pools, &PoolsPage::statusMessage, this, &AdministrationArea::statusMessage);
        connect(m_users, &UsersPage::statusMessage, this, &AdministrationArea::statusMessage);
        connect(m_audit, &AuditPage::statusMessage, this, &AdministrationArea::statusMessage);
        connect(m_backup, &BackupPage::statusMessage, this, &AdministrationArea::statusMessage);
        connect(m_backup, &BackupPage::openProfileRequested, this,
                &AdministrationArea::openProfileRequested);
    }
    m_tabs->setCurrentIndex(QSettings().value(kLastTabKey, 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [](int index) { QSettings().setValue(kLastTabKey, index); });
}

} // namespace gpudesk
