// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QStackedWidget;

namespace gpudesk {

class AdministrationArea;
class ApplicationBrowser;
class BackupScheduler;
class MyReviewsView;
class NavigationBar;
class RackMapArea;
class ReportsArea;
class ReviewArea;
class StatementsView;
class Store;
class SyncActions;
class UsageArea;
class UsageDashboard;
class UsageSource;

// Who is working, as the status bar shows it.
struct Session
{
    QString userId;
    QString displayName;
    QString roleKey;
};

// The one window of gpudesk (UX.md): navigation on the left, the area's view in the centre with
// its detail panel, a status bar with profile, user, sync state and the last action's result.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `usage` (the telemetry the Dashboard, Usage, rack-map colouring and reports read) must
    // outlive the window; without it those views do not appear.
    MainWindow(Store &store, const Session &session, UsageSource *usage = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Null for a reviewer, who sees only their own assignments.
    ApplicationBrowser *applicationBrowser() const;
    // The officer's review area; null for other roles.
    ReviewArea *reviewArea() const;
    // The reviewer's area; null for other roles.
    MyReviewsView *myReviews() const;
    // The officer's rack map; null for other roles.
    RackMapArea *rackMap() const;
    // Reports, for managers, officers and administrators; null for reviewers.
    ReportsArea *reportsArea() const;
    // Dashboard and Usage: for managers, officers and administrators when there is a usage
    // source; null otherwise.
    UsageDashboard *dashboard() const;
    UsageArea *usageArea() const;
    // Billing (statements; read-only for managers); null for reviewers.
    StatementsView *billing() const;
    // The Administration area: every page for administrators, the calls for officers; else null.
    AdministrationArea *administration() const;
    NavigationBar *navigation() const;
    const Session &session() const { return m_session; }
    // Signs in as `session`'s user and rebuilds the window for that role.
    void switchSession(const Session &session);

Q_SIGNALS:
    // The application applies these (translator, palette) and the window follows.
    void languageRequested(const QString &language);
    void themeRequested(const QString &theme);
    void openProfileRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void buildAreas();
    void buildMenus();
    void buildBrowserMenus();
    void signIn();
    void advanceAllocations();
    void rebuildForLanguage();
    void showSettings();
    void importApplications();
    void openProfile();
    void showAbout();
    void changeOwnPassword();
    void showActionResult(const QString &message);
    // The National projects and Programs areas: their messages and the areas they lead to.
    template <typename Area> void connectTrackArea(Area *area);

    Store &m_store;
    Session m_session;
    UsageSource *m_usage = nullptr;
    QPointer<NavigationBar> m_navigation;
    QPointer<QStackedWidget> m_stack;
    QPointer<ApplicationBrowser> m_browser;
    QPointer<ReviewArea> m_review;
    QPointer<RackMapArea> m_rackMap;
    QPointer<MyReviewsView> m_myReviews;
    QPointer<ReportsArea> m_reports;
    QPointer<UsageDashboard> m_dashboard;
    QPointer<UsageArea> m_usageArea;
    QPointer<StatementsView> m_billing;
    QPointer<AdministrationArea> m_admin;
    BackupScheduler *m_scheduler = nullptr;
    QPointer<QLabel> m_profileLabel;
    QPointer<QLabel> m_userLabel;
    QPointer<SyncActions> m_sync;
    bool m_built = false;
};

} // namespace gpudesk
