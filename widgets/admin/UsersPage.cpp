// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsersPage.h"

#include "AdminTable.h"
#include "GeneratedPasswordDialog.h"
#include "PasswordDialog.h"
#include "ReviewerProfileDialog.h"
#include "ServerUsers.h"
#include "UserDialog.h"
#include "common/LazyRefresh.h"
#include "common/TableViewState.h"
#include "domain/Enums.h"
#include "store/Store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

UsersPage::UsersPage(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_repository(store), m_prompts(AdminPrompts::defaults())
{
    setObjectName(u"usersPage"_s);
    m_server = new ServerUsers(store, this);
    auto *layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setObjectName(u"usersNote"_s);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"usersProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setFrameShape(QFrame::StyledPanel);
    m_problem->setMargin(6);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *bar = new QHBoxLayout;
    m_add = new QPushButton(tr("&New user…"), this);
    m_add->setObjectName(u"newUserButton"_s);
    QPushButton *add = m_add;
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(u"editUserButton"_s);
    m_disable = new QPushButton(tr("&Disable…"), this);
    m_disable->setObjectName(u"disableUserButton"_s);
    m_reset = new QPushButton(tr("Reset &password…"), this);
    m_reset->setObjectName(u"resetPasswordButton"_s);
    m_reviewer = new QPushButton(tr("Re&viewer profile…"), this);
    m_reviewer->setObjectName(u"reviewerProfileButton"_s);
    m_reviewer->setToolTip(tr("Organisation, fields and declared conflicts of interest"));
    m_refresh = new QPushButton(tr("Re&fresh"), this);
    m_refresh->setObjectName(u"refreshUsersButton"_s);
    m_refresh->setToolTip(tr("Read the server's accounts again"));
    for (QPushButton *b : {add, m_edit, m_disable, m_reset, m_reviewer, m_refresh})
        bar->addWidget(b);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("E-mail"), tr("Role"),
                                        tr("Status"), tr("Password"), tr("Reviewer profile")});
    m_table = new QTableView(this);
    m_table->setObjectName(u"usersTable"_s);
    m_table->setModel(m_model);
    setUpAdminTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setColumnWidth(Login, 120);
    m_table->setColumnWidth(Email, 240);
    m_table->setColumnWidth(Role, 140);
    TableViewState::attach(m_table);
    layout->addWidget(m_table, 1);
    connect(add, &QPushButton::clicked, this, &UsersPage::newUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersPage::editUser);
    connect(m_disable, &QPushButton::clicked, this, &UsersPage::toggleDisabled);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_reviewer, &QPushButton::clicked, this, &UsersPage::editReviewerProfile);
    connect(m_refresh, &QPushButton::clicked, this, [this] { reload(Accounts::Fetch); });
    connect(m_server, &ServerUsers::loaded, this, &UsersPage::showServerAccounts);
    connect(m_table, &QTableView::activated, this, [this] { editUser(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateActions);
    // The server's list is not fetched again for local changes: reload() merges them into the
    // list held, and fetches only when the sign-in (in sync_state) changed.
    m_lazy = new LazyRefresh(this, [this] { reload(Accounts::Held); });
    connect(&m_store, &Store::tablesChanged, this, [this](const QSet<QString> &tables) {
        if (tables.contains(u"users"_s) || tables.contains(u"reviewers"_s) ||
            tables.contains(u"local_credentials"_s) || tables.contains(u"sync_state"_s))
            m_lazy->request();
    });
    m_lazy->request(); // the first show loads
}

bool UsersPage::showsServer() const
{
    return m_server->active();
}

void UsersPage::reload(Accounts accounts)
{
    const bool server = m_server->reloadSettings();
    m_refresh->setVisible(server);
    m_table->setColumnHidden(Password, server); // the server does not say, and need not
    if (!server) {
        m_note->setText(tr("These are the users of this profile. When the profile is signed in "
                           "to a server as an administrator, this page manages the server's "
                           "accounts."));
        m_problem->hide();
        fill(m_repository.users());
        return;
    }
    m_note->setText(tr("These are the accounts on the server %1, where you are signed in as "
                       "an administrator. Changes are made on the server at once; reviewer "
                       "profiles are kept in this profile and go out with the next sync.")
                        .arg(m_server->settings().serverUrl));
    // The list held is this sign-in's: ServerUsers forgets it when the sign-in changes.
    if (accounts == Accounts::Held && !m_server->isLoading() && m_server->hasReply()) {
        showServerAccounts(m_server->lastReply());
        return;
    }
    if (m_server->accounts().isEmpty()) {
        m_problem->setText(tr("Reading the accounts from the server…"));
        fill({});
    }
    m_problem->setVisible(m_server->accounts().isEmpty());
    // The rows follow in showServerAccounts(); a fetch under way is merged when it answers.
    if (accounts == Accounts::Fetch)
        m_server->refresh();
    else
        m_server->ensureLoaded();
    updateActions();
}

void UsersPage::showServerAccounts(const AccountsReply &reply)
{
    if (!m_server->active())
        return;
    if (!reply.ok) {
        m_problem->setText(ServerUsers::describe(reply));
        m_problem->show();
        fill({});
        return;
    }
    m_problem->hide();
    // Reviewer profiles are synced rows: the profile's copy, by account id.
    QHash<QString, UserRow> local;
    for (const UserRow &u : m_repository.users())
        local.insert(u.id, u);
    m_localIds.clear();
    QList<UserRow> rows;
    for (const UserDraft &a : reply.accounts) {
        if (local.contains(a.id))
            m_localIds.insert(a.id);
        UserRow r = local.value(a.id);
        r.id = a.id;
        r.login = a.login;
        r.displayName = a.displayName;
        r.email = a.email;
        r.roleKey = a.roleKey;
        r.disabled = a.disabled;
        rows.append(r);
    }
    fill(rows);
    if (!m_selectAfterLoad.isEmpty() && row(m_selectAfterLoad)) {
        selectUser(m_selectAfterLoad);
        m_selectAfterLoad.clear();
    }
}

void UsersPage::fill(const QList<UserRow> &rows)
{
    const QString current = currentUserId();
    m_rows = rows;
    m_model->removeRows(0, m_model->rowCount());
    for (const UserRow &u : std::as_const(m_rows)) {
        const auto role = roleFromKey(u.roleKey);
        auto *login = new QStandardItem(u.login);
        login->setData(u.id, IdRole);
        QList<QStandardItem *> row = {
            login,
            new QStandardItem(u.displayName),
            new QStandardItem(u.email),
            new QStandardItem(role ? roleLabel(*role) : u.roleKey),
            new QStandardItem(u.disabled ? tr("disabled") : tr("active")),
            new QStandardItem(u.hasPassword ? tr("set") : tr("none")),
            new QStandardItem(u.reviewerId.isEmpty() ? QString()
                                                     : (u.affiliation.isEmpty() ? tr("yes")
                                                                                : u.affiliation))};
        if (u.disabled) {
            for (QStandardItem *i : row)
                i->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        m_model->appendRow(row);
    }
    selectUser(current);
    updateActions();
}

QString UsersPage::currentUserId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(Login);
    return rows.isEmpty() ? QString() : rows.first().data(IdRole).toString();
}

void UsersPage::selectUser(const QString &userId)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, Login).data(IdRole).toString() == userId)
            m_table->selectRow(r);
    }
}

const UserRow *UsersPage::row(const QString &userId) const
{
    for (const UserRow &u : m_rows) {
        if (u.id == userId)
            return &u;
    }
    return nullptr;
}

void UsersPage::updateActions()
{
    const UserRow *u = row(currentUserId());
    // Offline, the server's accounts cannot change: only Refresh works.
    const bool usable = !m_server->active() || m_problem->isHidden();
    m_add->setEnabled(usable);
    for (QPushButton *b : {m_edit, m_disable, m_reset, m_reviewer})
        b->setEnabled(usable && u != nullptr);
    m_disable->setText(u && u->disabled ? tr("En&able…") : tr("&Disable…"));
    // A reviewer profile needs the account's row in this profile, which sync brings.
    const bool local = !m_server->active() || (u && m_localIds.contains(u->id));
    if (u && !local) {
        m_reviewer->setEnabled(false);
        m_reviewer->setToolTip(tr("This account is not in this profile yet: sync, then keep "
                                  "its reviewer profile here."));
    } else {
        m_reviewer->setToolTip(tr("Organisation, fields and declared conflicts of interest"));
    }
}

void UsersPage::newUser()
{
    if (m_server->active()) {
        newServerUser();
        return;
    }
    const UserDraft fresh;
    UserDialog dialog(fresh, m_repository.context(fresh), this);
    if (!m_prompts.exec(&dialog))
        return;
    QString error;
    const UserDraft u = dialog.user();
    const auto id = m_repository.saveUser(u, dialog.initialPassword(), &error);
    if (!id) {
        m_prompts.warn(this, tr("User not created"), error);
        return;
    }
    selectUser(*id);
    Q_EMIT statusMessage(tr("User %1 created.").arg(u.login));
}

void UsersPage::editUser()
{
    if (m_server->active()) {
        if (const UserDraft *a = m_server->account(currentUserId()))
            editServerUser(*a);
        return;
    }
    const auto u = m_repository.user(currentUserId());
    if (!u)
        return;
    UserDialog dialog(*u, m_repository.context(*u), this);
    if (!m_prompts.exec(&dialog))
        return;
    QString error;
    if (!m_repository.saveUser(dialog.user(), {}, &error)) {
        m_prompts.warn(this, tr("User not saved"), error);
        return;
    }
    Q_EMIT statusMessage(tr("User %1 saved.").arg(u->login));
}

void UsersPage::toggleDisabled()
{
    if (m_server->active()) {
        if (const UserDraft *a = m_server->account(currentUserId()))
            toggleServerDisabled(*a);
        return;
    }
    const UserRow *u = row(currentUserId());
    if (!u)
        return;
    const bool disable = !u->disabled;
    const QString login = u->login;
    const QString id = u->id;
    if (!m_prompts.confirm(this, disable ? tr("Disable user") : tr("Enable user"),
                           disable ? tr("Disable %1? They can no longer sign in to this profile; "
                                        "their records stay, and you can enable them again.")
                                         .arg(login)
                                   : tr("Enable %1? They can sign in again.").arg(login)))
        return;
    QString error;
    if (!m_repository.setDisabled(id, disable, &error)) {
        m_prompts.warn(this, disable ? tr("Disable user") : tr("Enable user"), error);
        return;
    }
    Q_EMIT statusMessage(disable ? tr("%1 is disabled.").arg(login) : tr("%1 is enabled.").arg(login));
}

void UsersPage::resetPassword()
{
    if (m_server->active()) {
        if (const UserDraft *a = m_server->account(currentUserId()))
            resetServerPassword(*a);
        return;
    }
    const UserRow *u = row(currentUserId());
    if (!u)
        return;
    const QString login = u->login;
    const QString id = u->id;
    PasswordDialog dialog(PasswordDialog::Mode::Reset, login, false, this);
    if (!m_prompts.exec(&dialog))
        return;
    QString error;
    if (!m_repository.resetPassword(id, dialog.password(), &error)) {
        m_prompts.warn(this, tr("Reset password"), error);
        return;
    }
    Q_EMIT statusMessage(tr("The password of %1 was reset.").arg(login));
}

void UsersPage::editReviewerProfile()
{
    const UserRow *u = row(currentUserId());
    if (!u)
        return;
    const QString id = u->id;
    const QString name = u->displayName;
    const auto profile = m_repository.reviewerProfile(id);
    if (!profile)
        return;
    ReviewerProfileDialog dialog(name, *profile, m_repository.organizations(),
                                 m_repository.fields(), this);
    if (!m_prompts.exec(&dialog))
        return;
    QString error;
    if (!m_repository.saveReviewerProfile(id, dialog.profile(), &error)) {
        m_prompts.warn(this, tr("Reviewer profile"), error);
        return;
    }
    Q_EMIT statusMessage(tr("The reviewer profile of %1 was saved.").arg(name));
}

} // namespace gpudesk
