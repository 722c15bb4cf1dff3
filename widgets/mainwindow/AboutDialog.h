// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <functional>

class QTableWidget;

namespace gpudesk {

class Store;

// Help → About: gpudesk's version beside those of Qt, SQLite, OpenSSL, the profile's schema and
// the system, the licence, and the diagnostics bundle for support.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    using SavePrompt = std::function<QString(QWidget *parent, const QString &suggested)>;

    AboutDialog(Store *store, QWidget *parent = nullptr);

    QTableWidget *versions() const { return m_versions; }

    // Asks where (through `ask`, a file dialog by default) and writes the diagnostics bundle;
    // returns the message for the status bar (empty when cancelled). The bundle is collected
    // off the GUI thread, with progress and Cancel.
    static QString saveDiagnostics(QWidget *parent, Store *store, const SavePrompt &ask = {});

private:
    Store *m_store;
    QTableWidget *m_versions = nullptr;
};

} // namespace gpudesk
