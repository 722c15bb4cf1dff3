// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutDialog.h"
#include "NavigationBar.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "admin/AdministrationArea.h"
#include "admin/BackupScheduler.h"
#include "admin/PasswordDialog.h"
#include "applications/ApplicationBrowser.h"
#include "applications/FilterBar.h"
#include "common/BackgroundTask.h"
#include "common/TableViewState.h"
#include "data/ApplicationImporter.h"
#include "domain/Enums.h"
#include "itemmodels/ApplicationTableModel.h"
#include "rackmap/RackMapArea.h"
#include "reports/ReportsArea.h"
#include "review/MyReviewsView.h"
#include "review/ReviewArea.h"
#include "tracks/NationalProjectsArea.h"
#include "tracks/ProgramsArea.h"
#include "store/AllocationRepository.h"
#include "store/Store.h"
#include "store/UserAdminRepository.h"
#include "store/UserRepository.h"
#include "sync/SyncActions.h"
#include "sync/SyncStatusButton.h"
#include "telemetry/TelemetrySourcesDialog.h"
#include "usage/StatementsView.h"
#include "usage/TelemetryImport.h"
#include "usage/UsageArea.h"
#include "usage/UsageDashboard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QSqlDatabase>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace gpudesk {

MainWindow::MainWindow(Store &store, const Session &session, UsageSource *usage, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_session(session), m_usage(usage)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/gpudesk/icons/gpudesk.svg"_s));
    m_sync = new SyncActions(m_store, this);
    connect(m_sync, &SyncActions::statusMessage, this,
            [this](const QString &m) { showActionResult(m); });
    // Signed in to the server on a profile it filled: work as that account from now on.
    connect(m_sync, &SyncActions::serverUserAvailable, this, [this](const QString &userId) {
        if (const auto u = UserRepository(m_store).user(userId))
            switchSession(Session{u->id, u->displayName, u->roleKey});
    });
    buildUi();
    const QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        // First start: a comfortable size, or the whole screen on a small laptop (1366x768).
        const QRect available = screen()->availableGeometry();
        if (available.width() < 1500 || available.height() < 900) {
            // The geometry too: a desktop without a window manager ignores "maximised".
            setGeometry(available);
            setWindowState(Qt::WindowMaximized);
        } else {
            resize(1440, 900);
        }
    }
    restoreState(settings.value(u"window/state"_s).toByteArray());
    // Allocations whose start or end has come, now and every hour after.
    QTimer::singleShot(1500, this, [this] { advanceAllocations(); });
    auto *hourly = new QTimer(this);
    hourly->setInterval(60 * 60 * 1000);
    connect(hourly, &QTimer::timeout, this, [this] { advanceAllocations(); });
    hourly->start();
    // The profile's scheduled backups, whoever is signed in.
    m_scheduler = new BackupScheduler(m_store, this);
    connect(m_scheduler, &BackupScheduler::finished, this,
            [this](bool, const QString &message) { showActionResult(message); });
    if (m_browser) {
        if (auto *splitter = m_browser->findChild<QSplitter *>(u"applicationSplitter"_s))
            splitter->restoreState(settings.value(u"window/applicationSplitter"_s).toByteArray());
    }
}

MainWindow::~MainWindow() = default;

ApplicationBrowser *MainWindow::applicationBrowser() const
{
    return m_browser;
}

ReviewArea *MainWindow::reviewArea() const
{
    return m_review;
}

MyReviewsView *MainWindow::myReviews() const
{
    return m_myReviews;
}

RackMapArea *MainWindow::rackMap() const
{
    return m_rackMap;
}

ReportsArea *MainWindow::reportsArea() const
{
    return m_reports;
}

UsageDashboard *MainWindow::dashboard() const
{
    return m_dashboard;
}

UsageArea *MainWindow::usageArea() const
{
    return m_usageArea;
}

StatementsView *MainWindow::billing() const
{
    return m_billing;
}

AdministrationArea *MainWindow::administration() const
{
    return m_admin;
}

void MainWindow::advanceAllocations()
{
    // Grants start and end by themselves; officers' sessions apply that on the desktop.
    const auto role = roleFromKey(m_session.roleKey);
    if (role != Role::ProgramOfficer && role != Role::Administrator)
        return;
    QString error;
    const int changed = AllocationRepository(m_store).advanceLifecycle(Store::nowMs(), &error);
    if (changed > 0)
        showActionResult(tr("%n allocation(s) started or ended today.", nullptr, changed));
    else if (changed < 0)
        showActionResult(tr("Allocations could not be started or ended: %1").arg(error));
}

NavigationBar *MainWindow::navigation() const
{
    return m_navigation;
}

void MainWindow::buildUi()
{
    setWindowTitle(tr("gpudesk — %1").arg(QFileInfo(m_store.path()).completeBaseName()));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navigation = new NavigationBar(central);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    buildAreas();

    buildMenus();

    QStatusBar *bar = statusBar();
    const QList<QLabel *> old = bar->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly);
    for (QLabel *label : old)
        delete label;
    m_profileLabel = new QLabel(bar);
    m_profileLabel->setObjectName(u"profileLabel"_s);
    m_profileLabel->setText(tr("Profile: %1").arg(QFileInfo(m_store.path()).completeBaseName()));
    m_profileLabel->setToolTip(m_store.path());
    m_userLabel = new QLabel(bar);
    m_userLabel->setObjectName(u"userLabel"_s);
    const auto role = roleFromKey(m_session.roleKey);
    m_userLabel->setText(role ? tr("%1 · %2").arg(m_session.displayName, roleLabel(*role))
                              : m_session.displayName);
    bar->addPermanentWidget(m_profileLabel);
    bar->addPermanentWidget(m_userLabel);
    bar->addPermanentWidget(m_sync->statusButton(bar));
    m_built = true;
}

void MainWindow::buildAreas()
{
    m_browser = nullptr;
    m_review = nullptr;
    m_rackMap = nullptr;
    m_myReviews = nullptr;
    m_reports = nullptr;
    m_dashboard = nullptr;
    m_usageArea = nullptr;
    m_billing = nullptr;
    m_admin = nullptr;
    QHash<QString, QWidget *> pages;
    // One area: its page in the stack and its entry in the bar...
    const auto place = [&](const QString &key, const QString &icon, const QString &label,
                           QWidget *page) {
        m_stack->addWidget(page);
        pages.insert(key, page);
        m_navigation->addArea(key, QIcon(u":/gpudesk/icons/"_s + icon), label);
    };
    // ...and its messages in the status bar.
    const auto add = [&](const QString &key, const QString &icon, const QString &label,
                         auto *page) {
        place(key, icon, label, page);
        using Page = std::remove_pointer_t<decltype(page)>;
        connect(page, &Page::statusMessage, this,
                [this](const QString &m) { showActionResult(m); });
        return page;
    };
    const auto role = roleFromKey(m_session.roleKey);
    const bool officer = role == Role::ProgramOfficer || role == Role::Administrator;
    const bool reader = officer || role == Role::Manager;
    // The usage views need telemetry to read; without a source they do not appear.
    if (reader && m_usage) {
        //: Area of the main window: fleet usage at a glance
        m_dashboard = add(u"dashboard"_s, u"dashboard.svg"_s, tr("Dashboard"),
                          new UsageDashboard(m_store, m_usage, m_stack));
    }
    if (role == Role::Reviewer) {
        // A reviewer sees only their own assignments, never the list of all applications.
        m_myReviews = add(u"myReviews"_s, u"review.svg"_s, tr("My reviews"),
                          new MyReviewsView(m_store, m_session.userId, m_stack));
    } else {
        m_browser = add(u"applications"_s, u"applications.svg"_s, tr("Applications"),
                        new ApplicationBrowser(m_store, m_stack));
    }
    if (officer) {
        m_review = add(u"review"_s, u"review.svg"_s, tr("Review"), new ReviewArea(m_store, m_stack));
        // The other tracks sit between the review and the map, where their work leads.
        auto *national = new NationalProjectsArea(m_store, m_stack);
        auto *programs = new ProgramsArea(m_store, m_stack);
        place(u"national"_s, u"national.svg"_s, tr("National projects"), national);
        place(u"programs"_s, u"programs.svg"_s, tr("Programs"), programs);
        connectTrackArea(national);
        connectTrackArea(programs);
        m_rackMap =
            add(u"rackmap"_s, u"rackmap.svg"_s, tr("Rack map"), new RackMapArea(m_store, m_stack));
        m_rackMap->setUsageSource(m_usage);
    }
    if (m_browser && role == Role::Manager)
        m_browser->setReadOnly(true); // managers read; their tool is the reports
    if (reader && m_usage) {
        // Managers chart usage but the idle check's actions are the officers'.
        //: Area of the main window: GPU utilisation charts
        m_usageArea = add(u"usage"_s, u"usage.svg"_s, tr("Usage"),
                          new UsageArea(m_store, m_usage, officer, m_stack));
    }
    if (reader) {
        //: Area of the main window: cost-share statements
        m_billing = add(u"billing"_s, u"billing.svg"_s, tr("Billing"),
                        new StatementsView(m_store, m_stack));
        m_billing->setReadOnly(!officer); // managers read and export, officers issue
        m_reports = add(u"reports"_s, u"reports.svg"_s, tr("Reports"),
                        new ReportsArea(m_store, m_usage, m_session.displayName, m_stack));
    }
    if (m_dashboard && m_usageArea) {
        connect(m_dashboard, &UsageDashboard::projectActivated, this,
                [this](const QString &applicationId) {
                    m_navigation->setCurrentArea(u"usage"_s);
                    m_usageArea->showSubject(UsageScope::Project, applicationId);
                });
    }
    if (officer) {
        // After the areas of the work (UX.md): administration.
        m_admin = add(u"administration"_s, u"administration.svg"_s, tr("Administration"),
                      new AdministrationArea(m_store,
                                             role == Role::Administrator
                                                 ? AdministrationArea::Scope::Everything
                                                 : AdministrationArea::Scope::CallsOnly,
                                             m_stack));
        connect(m_admin, &AdministrationArea::openProfileRequested, this,
                &MainWindow::openProfileRequested);
    }
    connect(m_navigation, &NavigationBar::areaChanged, this, [this, pages](const QString &key) {
        if (QWidget *page = pages.value(key)) {
            m_stack->setCurrentWidget(page);
            QSettings().setValue(u"window/area"_s, key);
        }
    });
    // Back where the user left off, when this role has that area.
    const QString last = QSettings().value(u"window/area"_s).toString();
    if (pages.contains(last))
        m_navigation->setCurrentArea(last);
}

template <typename Area> void MainWindow::connectTrackArea(Area *area)
{
    connect(area, &Area::statusMessage, this, [this](const QString &m) { showActionResult(m); });
    connect(area, &Area::openArea, this, [this](const QString &key, const QString &callId) {
        m_navigation->setCurrentArea(key);
        if (key == u"review"_s && m_review)
            m_review->setCurrentCall(callId);
    });
    connect(area, &Area::showOnRackMap, this, [this](const QString &applicationId) {
        m_navigation->setCurrentArea(u"rackmap"_s);
        if (m_rackMap) {
            m_rackMap->selectProject(applicationId);
            QTableView *list = m_rackMap->projectTable();
            list->scrollTo(list->currentIndex(), QAbstractItemView::PositionAtCenter);
        }
    });
}

void MainWindow::buildMenus()
{
    // The menus of the previous build go too; one of them may be running the action that asked
    // for this rebuild, so they leave the window now and are deleted once it returns.
    menuBar()->clear();
    const auto oldMenus = menuBar()->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly);
    for (QMenu *menu : oldMenus) {
        menu->setParent(nullptr);
        menu->deleteLater();
    }
    const auto role = roleFromKey(m_session.roleKey);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    if (role == Role::ProgramOfficer || role == Role::Administrator) {
        QAction *import =
            file->addAction(tr("&Import applications…"), this, [this] { importApplications(); });
        import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
        import->setObjectName(u"importAction"_s);
        QAction *telemetry = file->addAction(tr("Import te&lemetry…"), this, [this] {
            const QString message =
                TelemetryImport::run(this, m_store, TelemetryImport::defaultPrompts());
            if (!message.isEmpty())
                showActionResult(message);
        });
        telemetry->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        telemetry->setObjectName(u"importTelemetryAction"_s);
        TelemetrySourcesDialog::addMenuAction(file, m_store, this);
    }
    if (m_browser)
        file->addAction(m_browser->areaActions().constLast());
    file->addSeparator();
    m_sync->addTo(file);
    file->addSeparator();
    QAction *signIn =
        file->addAction(tr("Sign in as &another user…"), this, [this] { this->signIn(); });
    signIn->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    signIn->setObjectName(u"signInAction"_s);
    QAction *password =
        file->addAction(tr("Change my pass&word…"), this, [this] { changeOwnPassword(); });
    password->setObjectName(u"changePasswordAction"_s);
    file->addAction(tr("Open &profile…"), this, [this] { openProfile(); });
    QAction *settings = file->addAction(tr("&Settings…"), this, [this] { showSettings(); });
    settings->setShortcut(QKeySequence::Preferences);
    settings->setObjectName(u"settingsAction"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    if (m_browser)
        buildBrowserMenus();

    // Ctrl+1, Ctrl+2, ... Ctrl+9, then Ctrl+0 for the tenth: the areas in the order of the bar,
    // as the number row runs. The bar's tooltips say the key too.
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_navigation->count() && i < 10; ++i) {
        QListWidgetItem *item = m_navigation->item(i);
        const QString key = item->data(Qt::UserRole).toString();
        QAction *area = go->addAction(item->icon(), item->text(), this,
                                      [this, key] { m_navigation->setCurrentArea(key); });
        const QKeySequence keys(Qt::CTRL | (i < 9 ? static_cast<Qt::Key>(Qt::Key_1 + i) : Qt::Key_0));
        area->setShortcut(keys);
        //: The left bar's tooltip: an area's name and its shortcut, "Billing (Ctrl+6)"
        item->setToolTip(tr("%1 (%2)").arg(item->text(), keys.toString(QKeySequence::NativeText)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Save &diagnostics bundle…"), this,
                    [this] { AboutDialog::saveDiagnostics(this, &m_store); });
    help->addAction(tr("&About gpudesk"), this, [this] { showAbout(); });
}

void MainWindow::buildBrowserMenus()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find"), this, [this] {
        m_navigation->setCurrentArea(u"applications"_s);
        m_browser->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(u"findAction"_s);
    QAction *copy = edit->addAction(tr("&Copy rows"), this, [this] { m_browser->copySelection(); });
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction *clear =
        edit->addAction(tr("C&lear filters"), this, [this] { m_browser->filterBar()->clear(); });
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *detail = view->addAction(tr("&Detail panel"));
    detail->setCheckable(true);
    detail->setChecked(true);
    detail->setShortcut(QKeySequence(Qt::Key_F9));
    connect(detail, &QAction::toggled, this, [this](bool on) { m_browser->setDetailVisible(on); });
    view->addAction(tr("C&olumns…"), this,
                    [this] { TableViewState::showColumnChooser(m_browser->table()); });
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] {
        m_browser->refresh();
        showActionResult(tr("Refreshed."));
    });
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *apps = menuBar()->addMenu(tr("&Applications"));
    const QList<QAction *> actions = m_browser->areaActions();
    for (int i = 0; i + 1 < actions.size(); ++i)
        apps->addAction(actions.at(i));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_built)
        rebuildForLanguage();
    QMainWindow::changeEvent(event);
}

void MainWindow::rebuildForLanguage()
{
    // Every label is set where it is built, so the simplest correct retranslation is to build the
    // window's contents again, carrying over what the user was looking at.
    const QString area = m_navigation->currentArea();
    ApplicationFilter filter;
    QString current;
    bool detail = true;
    if (m_browser) {
        filter = m_browser->filterBar()->filter();
        current = m_browser->selectedIds().value(0);
        detail = m_browser->isDetailVisible();
    }
    const QString call = m_review ? m_review->currentCall() : QString();
    const int tab = m_review ? m_review->tabs()->currentIndex() : 0;
    m_built = false;
    QWidget *old = takeCentralWidget();
    old->deleteLater();
    buildUi();
    m_navigation->setCurrentArea(area);
    if (m_review) {
        m_review->setCurrentCall(call);
        m_review->tabs()->setCurrentIndex(tab);
    }
    if (!m_browser)
        return;
    m_browser->filterBar()->setFilter(filter);
    m_browser->setDetailVisible(detail);
    if (!current.isEmpty()) {
        const int row = m_browser->model()->rowOfId(current);
        if (row >= 0)
            m_browser->table()->selectRow(row);
    }
}

void MainWindow::switchSession(const Session &session)
{
    m_store.setCurrentUser(session.userId, session.displayName);
    m_session = session;
    m_built = false;
    QWidget *old = takeCentralWidget();
    old->deleteLater();
    buildUi();
}

void MainWindow::signIn()
{
    SignInDialog dialog(m_store, m_session.userId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const UserInfo u = dialog.chosen();
    if (u.id == m_session.userId)
        return;
    switchSession(Session{u.id, u.displayName, u.roleKey});
    showActionResult(tr("Signed in as %1.").arg(u.displayName));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    if (auto *splitter = findChild<QSplitter *>(u"applicationSplitter"_s))
        settings.setValue(u"window/applicationSplitter"_s, splitter->saveState());
    event->accept();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings settings;
    const QString language = dialog.language();
    const QString theme = dialog.theme();
    if (language != settings.value(u"ui/language"_s).toString()) {
        settings.setValue(u"ui/language"_s, language);
        Q_EMIT languageRequested(language);
    }
    if (theme != settings.value(u"ui/theme"_s, u"system"_s).toString()) {
        settings.setValue(u"ui/theme"_s, theme);
        Q_EMIT themeRequested(theme);
    }
}

void MainWindow::importApplications()
{
    const QString dir =
        QSettings()
            .value(u"import/lastDir"_s,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import applications"), dir,
        tr("Platform exports (*.csv *.json);;CSV files (*.csv);;JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(u"import/lastDir"_s, QFileInfo(path).absolutePath());
    ImportReport report;
    runWithConnection(this, m_store, tr("Import applications"), [&](QSqlDatabase &db, TaskControl &control) {
        control.setStatus(tr("Importing %1…").arg(QFileInfo(path).fileName()));
        ApplicationImporter importer(m_store);
        importer.setWorkerConnection(db);
        report = importer.importFile(path);
    });
    if (!report.ok()) {
        QMessageBox::warning(this, tr("Import applications"),
                             tr("Nothing was imported from %1.").arg(QFileInfo(path).fileName()) +
                                 u"\n\n"_s + report.fatal);
        return;
    }
    QStringList lines;
    for (const ImportIssue &issue : report.rejected) {
        lines << (issue.field.isEmpty()
                      ? tr("Line %1: %2").arg(issue.line).arg(issue.reason)
                      : tr("Line %1, %2: %3").arg(issue.line).arg(issue.field, issue.reason));
    }
    const QString summary = tr("%n application(s) imported", nullptr, report.accepted) + u", "_s +
                            tr("%n row(s) rejected", nullptr, report.rejectedRows()) + u'.';
    showActionResult(summary);
    QMessageBox box(report.rejected.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                    tr("Import applications"), summary, QMessageBox::Ok, this);
    if (!lines.isEmpty()) {
        box.setInformativeText(tr("Rejected rows were not imported; fix them and import the file "
                                  "again (rows already imported are refused as duplicates)."));
        box.setDetailedText(lines.join(u'\n'));
    }
    box.exec();
}

void MainWindow::openProfile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open profile"), QFileInfo(m_store.path()).absolutePath(),
        tr("gpudesk profiles (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT openProfileRequested(path);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(&m_store, this);
    dialog.exec();
}

void MainWindow::changeOwnPassword()
{
    const auto me = UserRepository(m_store).user(m_session.userId);
    if (!me)
        return;
    PasswordDialog dialog(PasswordDialog::Mode::ChangeOwn, me->login, me->hasPassword, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!UserAdminRepository(m_store).changeOwnPassword(dialog.currentPassword(),
                                                         dialog.password(), &error)) {
        QMessageBox::warning(this, tr("Change my password"), error);
        return;
    }
    showActionResult(tr("Your password was changed."));
}

void MainWindow::showActionResult(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}

} // namespace gpudesk
