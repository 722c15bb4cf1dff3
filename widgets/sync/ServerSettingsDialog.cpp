// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerSettingsDialog.h"

#include "common/BackgroundTask.h"
#include "domain/Enums.h"
#include "store/Store.h"
#include "sync/HttpsTransport.h"
#include "sync/ServerTrust.h"
#include "sync/SyncAccount.h"
#include "sync/SyncMessages.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {

ServerSettingsDialog::ServerSettingsDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_settings(SyncState::settings(store.db()))
{
    setObjectName(u"serverSettingsDialog"_s);
    setWindowTitle(tr("Server and sign-in"));
    auto *layout = new QVBoxLayout(this);

    auto *serverBox = new QGroupBox(tr("Server"), this);
    auto *serverForm = new QFormLayout(serverBox);
    m_address = new QLineEdit(m_settings.serverUrl, serverBox);
    m_address->setObjectName(u"serverAddress"_s);
    m_address->setPlaceholderText(u"https://gpudesk.example.org:8443"_s);
    serverForm->addRow(tr("&Address"), m_address);
    layout->addWidget(serverBox);

    auto *trustBox = new QGroupBox(tr("Trust in the server's certificate"), this);
    auto *trust = new QVBoxLayout(trustBox);
    m_caFileRadio = new QRadioButton(tr("The &CA certificate file from the server's administrator"),
                                     trustBox);
    m_caFileRadio->setObjectName(u"trustCaFile"_s);
    auto *fileRow = new QHBoxLayout;
    m_caFile = new QLineEdit(trustBox);
    m_caFile->setObjectName(u"caFile"_s);
    m_caFile->setPlaceholderText(tr("ca.pem"));
    m_browse = new QPushButton(tr("&Browse…"), trustBox);
    fileRow->addSpacing(20);
    fileRow->addWidget(m_caFile, 1);
    fileRow->addWidget(m_browse);
    m_firstUse = new QRadioButton(tr("Trust on &first use: compare the fingerprint, then pin it"),
                                  trustBox);
    m_firstUse->setObjectName(u"trustFirstUse"_s);
    auto *fetchRow = new QHBoxLayout;
    m_fetch = new QPushButton(tr("Show the server's &fingerprint"), trustBox);
    m_fetch->setObjectName(u"fetchCertificate"_s);
    fetchRow->addSpacing(20);
    fetchRow->addWidget(m_fetch);
    fetchRow->addStretch(1);
    m_fingerprint = new QLabel(trustBox);
    m_fingerprint->setObjectName(u"fingerprint"_s);
    m_fingerprint->setWordWrap(true);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_compared = new QCheckBox(
        tr("I compared it with the fingerprint the administrator gave me, and it is the same"),
        trustBox);
    m_compared->setObjectName(u"fingerprintCompared"_s);
    auto *group = new QButtonGroup(this);
    group->addButton(m_caFileRadio);
    group->addButton(m_firstUse);
    (m_settings.pinned ? m_firstUse : m_caFileRadio)->setChecked(true);
    trust->addWidget(m_caFileRadio);
    trust->addLayout(fileRow);
    trust->addWidget(m_firstUse);
    trust->addLayout(fetchRow);
    trust->addWidget(m_fingerprint);
    trust->addWidget(m_compared);
    layout->addWidget(trustBox);

    auto *accountBox = new QGroupBox(tr("Account on the server"), this);
    auto *accountForm = new QFormLayout(accountBox);
    m_login = new QLineEdit(m_settings.login, accountBox);
    m_login->setObjectName(u"serverLogin"_s);
    m_password = new QLineEdit(accountBox);
    m_password->setObjectName(u"serverPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    accountForm->addRow(tr("&Login"), m_login);
    accountForm->addRow(tr("&Password"), m_password);
    auto *accountButtons = new QHBoxLayout;
    m_signIn = new QPushButton(tr("&Sign in"), accountBox);
    m_signIn->setObjectName(u"signInButton"_s);
    m_signOut = new QPushButton(tr("Sign &out"), accountBox);
    m_signOut->setObjectName(u"signOutButton"_s);
    accountButtons->addWidget(m_signIn);
    accountButtons->addWidget(m_signOut);
    accountButtons->addStretch(1);
    accountForm->addRow(accountButtons);
    m_interval = new QComboBox(accountBox);
    m_interval->setObjectName(u"syncInterval"_s);
    m_interval->addItem(tr("Only when I ask (Sync now)"), 0);
    for (int minutes : {5, 15, 60})
        m_interval->addItem(tr("Every %n minute(s)", nullptr, minutes), minutes);
    m_interval->setCurrentIndex(qMax(0, m_interval->findData(m_settings.intervalMinutes)));
    accountForm->addRow(tr("Sync &automatically"), m_interval);
    layout->addWidget(accountBox);

    m_status = new QLabel(this);
    m_status->setObjectName(u"serverStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, [this] { chooseCaFile(); });
    connect(m_fetch, &QPushButton::clicked, this, &ServerSettingsDialog::fetchCertificate);
    connect(m_signIn, &QPushButton::clicked, this, &ServerSettingsDialog::signIn);
    connect(m_signOut, &QPushButton::clicked, this, &ServerSettingsDialog::signOut);
    connect(m_caFileRadio, &QRadioButton::toggled, this, [this] { refresh(); });
    connect(m_password, &QLineEdit::returnPressed, this, &ServerSettingsDialog::signIn);
    refresh();
}

void ServerSettingsDialog::refresh()
{
    const bool firstUse = m_firstUse->isChecked();
    m_caFile->setEnabled(!firstUse);
    m_browse->setEnabled(!firstUse);
    m_fetch->setEnabled(firstUse);
    m_compared->setVisible(firstUse && !m_probedSha.isEmpty());
    if (!m_probedSha.isEmpty())
        m_fingerprint->setText(tr("The server presents the CA certificate:\nSHA-256 %1")
                                   .arg(m_probedSha));
    else if (!m_settings.caSha256.isEmpty())
        m_fingerprint->setText(tr("Trusted now (%1):\nSHA-256 %2")
                                   .arg(m_settings.pinned ? tr("pinned on first use")
                                                          : tr("from a CA file"),
                                        m_settings.caSha256));
    else
        m_fingerprint->clear();
    m_signOut->setEnabled(m_settings.signedIn());
    if (m_settings.signedIn()) {
        const auto role = roleFromKey(m_settings.role);
        m_status->setText(tr("Signed in to %1 as %2 (%3).")
                              .arg(m_settings.serverUrl, m_settings.login,
                                   role ? roleLabel(*role) : m_settings.role));
    }
}

void ServerSettingsDialog::showProblem(const QString &text)
{
    m_status->setText(text);
}

void ServerSettingsDialog::chooseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("CA certificate"), QString(),
        tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(path);
}

void ServerSettingsDialog::fetchCertificate()
{
    const QString url = m_address->text().trimmed();
    if (!ServerTrust::validServerUrl(url)) {
        showProblem(tr("Enter the server's address as https://name:port first."));
        return;
    }
    ServerTrust::Probe probe;
    runInBackground(this, tr("Connecting to the server"), [&](TaskControl &control) {
        control.setStatus(tr("Connecting to %1…").arg(url));
        probe = ServerTrust::probe(url);
    });
    if (!probe.reached) {
        showProblem(tr("The server could not be reached: %1").arg(probe.error));
        return;
    }
    m_probedPem = QString::fromLatin1(probe.anchor.toPem());
    m_probedSha = probe.fingerprint;
    m_compared->setChecked(false);
    if (m_settings.pinned && !m_settings.caSha256.isEmpty() && m_settings.caSha256 != m_probedSha)
        showProblem(tr("Warning: this is not the certificate you trusted before (%1). Trust it "
                       "only if the administrator confirms the server was rebuilt.")
                        .arg(m_settings.caSha256));
    else
        m_status->clear();
    refresh();
}

bool ServerSettingsDialog::resolveTrust(SyncSettings *s)
{
    if (m_firstUse->isChecked()) {
        if (m_probedPem.isEmpty()) {
            if (s->pinned && !s->caPem.isEmpty())
                return true; // pinned before, nothing new fetched
            showProblem(tr("Show the server's fingerprint and compare it first."));
            return false;
        }
        if (!m_compared->isChecked()) {
            showProblem(tr("Compare the fingerprint with the one the administrator gave you, "
                           "then tick the box."));
            return false;
        }
        s->caPem = m_probedPem;
        s->caSha256 = m_probedSha;
        s->pinned = true;
        return true;
    }
    const QString path = m_caFile->text().trimmed();
    if (path.isEmpty()) {
        if (!s->pinned && !s->caPem.isEmpty())
            return true; // the CA set before
        showProblem(tr("Choose the CA certificate file (ca.pem) of the server."));
        return false;
    }
    QString pem;
    QString sha;
    QString error;
    if (!ServerTrust::readCaFile(path, &pem, &sha, &error)) {
        showProblem(error);
        return false;
    }
    s->caPem = pem;
    s->caSha256 = sha;
    s->pinned = false;
    return true;
}

bool ServerSettingsDialog::save(const SyncSettings &s)
{
    QString error;
    if (!SyncState::saveSettings(m_store, s, &error)) {
        showProblem(tr("The settings could not be saved in the profile: %1").arg(error));
        return false;
    }
    m_settings = s;
    refresh();
    return true;
}

void ServerSettingsDialog::signIn()
{
    SyncSettings s = m_settings;
    s.serverUrl = m_address->text().trimmed();
    while (s.serverUrl.endsWith(u'/'))
        s.serverUrl.chop(1);
    if (!ServerTrust::validServerUrl(s.serverUrl)) {
        showProblem(tr("The address must look like https://name:port."));
        return;
    }
    if (!resolveTrust(&s))
        return;
    const QString login = m_login->text().trimmed();
    const QString password = m_password->text();
    if (login.isEmpty() || password.isEmpty()) {
        showProblem(tr("Enter your login and password on the server."));
        return;
    }
    SignInResult result;
    runInBackground(this, tr("Signing in"), [&](TaskControl &control) {
        control.setStatus(tr("Signing in to %1…").arg(s.serverUrl));
        result = SyncAccount::signIn(*HttpsTransport::forSettings(s), login, password);
    });
    m_password->clear();
    if (!result.ok) {
        showProblem(SyncMessages::describe(result.code, result.params));
        return;
    }
    s.token = result.token;
    s.userId = result.userId;
    s.login = result.login;
    s.role = result.role;
    save(s);
}

void ServerSettingsDialog::signOut()
{
    SyncSettings s = m_settings;
    if (s.signedIn()) {
        runInBackground(this, tr("Signing out"), [&s](TaskControl &) {
            const auto transport = HttpsTransport::forSession(s);
            SyncAccount::signOut(*transport); // a server out of reach lets the token expire
        });
    }
    s.token.clear();
    if (save(s))
        m_status->setText(tr("Signed out. Your work stays in this profile."));
}

void ServerSettingsDialog::accept()
{
    SyncSettings s = m_settings;
    const QString url = m_address->text().trimmed();
    if (!url.isEmpty() && !ServerTrust::validServerUrl(url)) {
        showProblem(tr("The address must look like https://name:port."));
        return;
    }
    if (url != s.serverUrl) {
        // Another server: its session does not carry over.
        s.serverUrl = url;
        s.token.clear();
    }
    s.intervalMinutes = m_interval->currentData().toInt();
    if (save(s))
        QDialog::accept();
}

} // namespace gpudesk
