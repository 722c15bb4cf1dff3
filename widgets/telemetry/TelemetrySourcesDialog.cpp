// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/TelemetrySourcesDialog.h"

#include "common/BackgroundTask.h"
#include "domain/TimeFormat.h"
#include "store/Store.h"
#include "telemetry/PrometheusPoller.h"
#include "telemetry/PrometheusQuery.h"
#include "telemetry/PrometheusSourceForm.h"
#include "telemetry/PrometheusSourceSettings.h"
#include "telemetry/TelemetryImporter.h"

#include <QAction>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {

bool askToConfirm(QWidget *parent, const QString &text)
{
    return QMessageBox::question(parent, TelemetrySourcesDialog::tr("Telemetry sources"), text,
                                 QMessageBox::Yes | QMessageBox::No) == QMessageBox::Yes;
}

QString displayName(const PrometheusSource &s)
{
    return s.name.isEmpty() ? TelemetrySourcesDialog::tr("(unnamed source)") : s.name;
}

} // namespace

TelemetrySourcesDialog::TelemetrySourcesDialog(Store &store, PrometheusPoller *poller,
                                               QWidget *parent)
    : QDialog(parent), m_store(store), m_poller(poller), m_confirm(askToConfirm)
{
    setObjectName(u"telemetrySourcesDialog"_s);
    setWindowTitle(tr("Telemetry sources"));
    m_sources = PrometheusSourceSettings(m_store.path()).load();

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Prometheus servers that scrape dcgm-exporter at the providers. "
                                "Samples are matched to nodes by their Hostname label."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *top = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(u"sourceList"_s);
    m_list->setMinimumWidth(180);
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(u"addSource"_s);
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(u"removeSource"_s);
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);
    top->addLayout(left);
    m_form = new PrometheusSourceForm(this);
    top->addWidget(m_form, 2);
    layout->addLayout(top, 1);

    auto *fetchBox = new QGroupBox(tr("Fetch now"), this);
    auto *fetchLayout = new QVBoxLayout(fetchBox);
    auto *period = new QHBoxLayout;
    m_from = new QDateTimeEdit(fetchBox);
    m_from->setObjectName(u"fetchFrom"_s);
    m_to = new QDateTimeEdit(fetchBox);
    m_to->setObjectName(u"fetchTo"_s);
    const qint64 now = Store::nowMs();
    for (QDateTimeEdit *edit : {m_from.data(), m_to.data()}) {
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        edit->setCalendarPopup(true);
    }
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(now - 24 * 3600 * 1000LL));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(now - PrometheusPoller::lagMs));
    auto *fromLabel = new QLabel(tr("Fro&m"), fetchBox);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("t&o"), fetchBox);
    toLabel->setBuddy(m_to);
    m_fetch = new QPushButton(tr("&Fetch now"), fetchBox);
    m_fetch->setObjectName(u"fetchNow"_s);
    period->addWidget(fromLabel);
    period->addWidget(m_from);
    period->addWidget(toLabel);
    period->addWidget(m_to);
    period->addStretch(1);
    period->addWidget(m_fetch);
    fetchLayout->addLayout(period);
    auto *note = new QLabel(tr("Only what was not imported from this source before is fetched, "
                               "so nothing is counted twice."),
                            fetchBox);
    note->setWordWrap(true);
    fetchLayout->addWidget(note);
    m_result = new QLabel(fetchBox);
    m_result->setObjectName(u"fetchResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fetchLayout->addWidget(m_result);
    m_details = new QPlainTextEdit(fetchBox);
    m_details->setObjectName(u"fetchDetails"_s);
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(110);
    m_details->hide();
    fetchLayout->addWidget(m_details);
    layout->addWidget(fetchBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveSources"_s);
    layout->addWidget(buttons);

    for (const PrometheusSource &s : std::as_const(m_sources))
        m_list->addItem(displayName(s));
    connect(m_list, &QListWidget::currentRowChanged, this, &TelemetrySourcesDialog::selectSource);
    connect(add, &QPushButton::clicked, this, &TelemetrySourcesDialog::addSource);
    connect(m_remove, &QPushButton::clicked, this, &TelemetrySourcesDialog::removeSource);
    connect(m_fetch, &QPushButton::clicked, this, &TelemetrySourcesDialog::fetchNow);
    connect(m_form, &PrometheusSourceForm::edited, this, [this] {
        m_dirty = true;
        storeForm();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_dirty && m_confirm(this, tr("Save the changes to the sources?")) && !save())
            return;
        reject();
    });
    if (m_poller) {
        connect(m_poller, &PrometheusPoller::fetched, this,
                [this](const QString &id, const QString &name, const PrometheusFetchReport &r) {
                    storeForm();
                    for (const PrometheusSource &s :
                         PrometheusSourceSettings(m_store.path()).load()) {
                        for (int i = 0; i < m_sources.size(); ++i) {
                            if (m_sources.at(i).id == s.id && s.id == id)
                                m_sources[i].fetched = s.fetched;
                        }
                    }
                    if (m_current >= 0)
                        m_form->setSource(m_sources.at(m_current));
                    if (!r.nothingToFetch())
                        showResult(tr("Periodic fetch from %1").arg(name), r);
                });
    }
    m_list->setCurrentRow(m_sources.isEmpty() ? -1 : 0);
    updateButtons();
    resize(760, 600);
}

TelemetrySourcesDialog::~TelemetrySourcesDialog() = default;

QAction *TelemetrySourcesDialog::addMenuAction(QMenu *menu, Store &store, QMainWindow *window)
{
    auto *poller = window->findChild<PrometheusPoller *>(u"prometheusPoller"_s,
                                                         Qt::FindDirectChildrenOnly);
    if (!poller) {
        poller = new PrometheusPoller(store, window);
        poller->setObjectName(u"prometheusPoller"_s);
        connect(poller, &PrometheusPoller::fetched, window,
                [window](const QString &, const QString &name, const PrometheusFetchReport &r) {
                    if (r.nothingToFetch() && r.error.isEmpty())
                        return;
                    window->statusBar()->showMessage(
                        r.error.isEmpty()
                            ? tr("Telemetry from %1: %2").arg(name, r.summary())
                            : tr("Fetching telemetry from %1 failed: %2").arg(name, r.error),
                        30000);
                });
    }
    QPointer<PrometheusPoller> guard(poller);
    QAction *action = menu->addAction(tr("&Telemetry sources…"), window, [&store, window, guard] {
        TelemetrySourcesDialog dialog(store, guard, window);
        dialog.exec();
    });
    action->setObjectName(u"telemetrySourcesAction"_s);
    return action;
}

void TelemetrySourcesDialog::addSource()
{
    storeForm();
    PrometheusSource s;
    s.id = Store::newId();
    s.name = tr("New source");
    m_sources.append(s);
    m_list->addItem(displayName(s));
    m_dirty = true;
    m_list->setCurrentRow(int(m_sources.size()) - 1);
}

void TelemetrySourcesDialog::removeSource()
{
    if (m_current < 0)
        return;
    const QString name = displayName(m_sources.at(m_current));
    if (!m_confirm(this, tr("Remove the source %1? Its settings and its stored token or password "
                            "are deleted when you save; samples already imported stay.")
                             .arg(name)))
        return;
    const int row = m_current;
    m_current = -1; // the form's contents belong to the removed source
    m_sources.removeAt(row);
    delete m_list->takeItem(row);
    m_dirty = true;
    selectSource(m_list->currentRow());
}

void TelemetrySourcesDialog::selectSource(int row)
{
    storeForm();
    m_current = row >= 0 && row < m_sources.size() ? row : -1;
    if (m_current >= 0)
        m_form->setSource(m_sources.at(m_current));
    updateButtons();
}

void TelemetrySourcesDialog::storeForm()
{
    if (m_current < 0)
        return;
    m_sources[m_current] = m_form->source();
    if (QListWidgetItem *item = m_list->item(m_current))
        item->setText(displayName(m_sources.at(m_current)));
}

void TelemetrySourcesDialog::updateButtons()
{
    const bool has = m_current >= 0;
    m_form->setEnabled(has);
    m_remove->setEnabled(has);
    m_fetch->setEnabled(has);
}

bool TelemetrySourcesDialog::save()
{
    storeForm();
    for (int i = 0; i < m_sources.size(); ++i) {
        const PrometheusSource &s = m_sources.at(i);
        if (s.name.isEmpty()) {
            m_list->setCurrentRow(i);
            showError(tr("Give the source a name."));
            return false;
        }
    }
    QString error;
    if (!PrometheusSourceSettings(m_store.path()).save(m_sources, &error)) {
        showError(error);
        return false;
    }
    m_dirty = false;
    if (m_poller)
        m_poller->reload();
    return true;
}

void TelemetrySourcesDialog::showError(const QString &text)
{
    m_result->setText(text);
    m_details->hide();
}

void TelemetrySourcesDialog::showResult(const QString &title, const PrometheusFetchReport &report)
{
    m_lastReport = report;
    QString text;
    if (report.nothingToFetch() && report.error.isEmpty())
        text = tr("%1: everything in this period was imported before; nothing to fetch.")
                   .arg(title);
    else if (!report.error.isEmpty())
        text = tr("%1 failed: %2").arg(title, report.error);
    else if (report.cancelled)
        text = tr("%1 cancelled.").arg(title);
    else
        text = tr("%1: %2").arg(title, report.summary());
    if (!report.ok() && report.fetchedUpToMs > 0)
        text += u' ' + tr("The samples up to %1 were imported; fetching again continues from "
                          "there.")
                           .arg(formatDateTime(report.fetchedUpToMs));
    m_result->setText(text);
    const QStringList details = report.details();
    m_details->setPlainText(details.join(u'\n'));
    m_details->setVisible(!details.isEmpty());
}

void TelemetrySourcesDialog::fetchNow()
{
    if (m_current < 0)
        return;
    if (!save())
        return;
    if (m_poller && m_poller->isBusy()) {
        showError(tr("A periodic fetch is under way. Try again when it has finished."));
        return;
    }
    // The periodic fetch may have imported more since the dialog opened.
    PrometheusSource source = m_sources.at(m_current);
    for (const PrometheusSource &s : PrometheusSourceSettings(m_store.path()).load()) {
        if (s.id == source.id)
            source.fetched = s.fetched;
    }
    const qint64 from = m_from->dateTime().toMSecsSinceEpoch();
    const qint64 to = m_to->dateTime().toMSecsSinceEpoch();
    TelemetryImporter importer(m_store);
    QString error;
    if (!importer.load(&error)) {
        showError(error);
        return;
    }
    PrometheusFetchReport report;
    runWithConnection(this, m_store, tr("Fetch telemetry"), [&](QSqlDatabase &db, TaskControl &control) {
        control.setStatus(tr("Connecting to %1…").arg(displayName(source)));
        importer.setWorkerConnection(db);
        PrometheusFetch::Hooks hooks;
        hooks.isCancelled = [&control] { return control.isCancelled(); };
        hooks.progress = [&control](qint64 done, qint64 total, const QString &status) {
            control.setProgress(done, total);
            control.setStatus(status);
        };
        report = PrometheusFetch::run(source, from, to, importer, hooks);
        importer.setWorkerConnection(QSqlDatabase());
    });
    if (!report.fetched.isEmpty()) {
        const qint64 stepMs = qint64(source.stepSeconds) * 1000;
        for (const FetchedRange &r : std::as_const(report.fetched))
            PrometheusQuery::cover(&source.fetched, r, stepMs);
        PrometheusSourceSettings(m_store.path()).setFetched(source.id, source.fetched);
        m_sources[m_current].fetched = source.fetched;
        m_form->setSource(m_sources.at(m_current));
        if (m_poller)
            m_poller->reload();
    }
    showResult(tr("Fetch from %1").arg(displayName(source)), report);
}

} // namespace gpudesk
