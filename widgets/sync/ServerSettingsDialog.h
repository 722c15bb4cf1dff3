// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/SyncState.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace gpudesk {

class Store;

// The server this profile syncs with: its address, how its certificate is trusted (the CA file
// the administrator handed out, or trust on first use: the CA's SHA-256 fingerprint is shown to
// compare before it is pinned), signing in and out, and how often to sync. What it changes is
// saved in the profile at once (signing in) or on OK (address, interval).
class ServerSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSettingsDialog)

public:
    explicit ServerSettingsDialog(Store &store, QWidget *parent = nullptr);

    // What the profile holds now.
    SyncSettings settings() const { return m_settings; }

    // For tests: fill in and act as a user would.
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QRadioButton *firstUseRadio() const { return m_firstUse; }
    QCheckBox *comparedCheck() const { return m_compared; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    void signIn();
    void signOut();
    // Trust on first use: connect, show the fingerprint of the CA the server presents.
    void fetchCertificate();
    void accept() override;

private:
    void chooseCaFile();
    void refresh();
    // The trust the form describes, checked: false (with a message shown) when it is not usable.
    bool resolveTrust(SyncSettings *s);
    void showProblem(const QString &text);
    bool save(const SyncSettings &s);

    Store &m_store;
    SyncSettings m_settings;
    QString m_probedPem;
    QString m_probedSha;
    QLineEdit *m_address = nullptr;
    QRadioButton *m_caFileRadio = nullptr;
    QRadioButton *m_firstUse = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_fetch = nullptr;
    QLabel *m_fingerprint = nullptr;
    QCheckBox *m_compared = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_signOut = nullptr;
    QComboBox *m_interval = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace gpudesk
