// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/PrometheusFetch.h"
#include "telemetry/PrometheusSource.h"

#include <QDialog>
#include <QPointer>
#include <functional>

class QAction;
class QDateTimeEdit;
class QLabel;
class QListWidget;
class QMainWindow;
class QMenu;
class QPlainTextEdit;
class QPushButton;

namespace gpudesk {

class PrometheusPoller;
class PrometheusSourceForm;
class Store;

// File > Telemetry sources…: the officer's Prometheus servers for this profile, a fetch of a
// chosen period now (on a worker thread, with progress and Cancel), and the periodic fetch while
// the program runs. Results show in the dialog; periodic ones in the window's status bar.
class TelemetrySourcesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TelemetrySourcesDialog)

public:
    // poller may be null (no periodic fetch, as in tests).
    TelemetrySourcesDialog(Store &store, PrometheusPoller *poller, QWidget *parent = nullptr);
    ~TelemetrySourcesDialog() override;

    // Adds the menu action to `menu`, and gives `window` its periodic poller (once per window).
    static QAction *addMenuAction(QMenu *menu, Store &store, QMainWindow *window);

    // Asks before removing a source; tests replace it (the seam for the modal box).
    using Confirm = std::function<bool(QWidget *parent, const QString &text)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    // Writes the list (and the secrets); false with the reason shown in the dialog.
    bool save();
    // Fetches the chosen period from the current source and imports it.
    void fetchNow();
    const PrometheusFetchReport &lastReport() const { return m_lastReport; }
    QList<PrometheusSource> sources() const { return m_sources; }

private:
    void addSource();
    void removeSource();
    void selectSource(int row);
    void storeForm();
    void showResult(const QString &title, const PrometheusFetchReport &report);
    void showError(const QString &text);
    void updateButtons();

    Store &m_store;
    QPointer<PrometheusPoller> m_poller;
    QList<PrometheusSource> m_sources;
    int m_current = -1;
    bool m_dirty = false;
    Confirm m_confirm;
    PrometheusFetchReport m_lastReport;
    QPointer<QListWidget> m_list;
    QPointer<PrometheusSourceForm> m_form;
    QPointer<QPushButton> m_remove;
    QPointer<QDateTimeEdit> m_from;
    QPointer<QDateTimeEdit> m_to;
    QPointer<QPushButton> m_fetch;
    QPointer<QLabel> m_result;
    QPointer<QPlainTextEdit> m_details;
};

} // namespace gpudesk
