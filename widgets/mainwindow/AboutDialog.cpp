// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "common/BackgroundTask.h"
#include "common/FileDialogs.h"
#include "diagnostics/DiagnosticsBundle.h"
#include "diagnostics/SystemInfo.h"
#include "domain/TimeFormat.h"
#include "store/Store.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlDatabase>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {

AboutDialog::AboutDialog(Store *store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About gpudesk"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h3>gpudesk %1</h3><p>The desktop console of the national "
                                "advanced-GPU allocation program.</p>")
                                 .arg(QStringLiteral(GPUDESK_VERSION)),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);
    const auto rows = SystemInfo::versions(store);
    m_versions = new QTableWidget(int(rows.size()), 2, this);
    m_versions->setObjectName(u"aboutVersions"_s);
    m_versions->horizontalHeader()->hide();
    m_versions->verticalHeader()->hide();
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->setSelectionMode(QAbstractItemView::NoSelection);
    m_versions->setShowGrid(false);
    m_versions->setFocusPolicy(Qt::NoFocus);
    for (int r = 0; r < rows.size(); ++r) {
        m_versions->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        m_versions->setItem(r, 1, new QTableWidgetItem(rows[r].second));
    }
    m_versions->resizeColumnToContents(0);
    layout->addWidget(m_versions, 1);
    auto *licence = new QLabel(tr("Licensed under the GNU General Public License, version 3 or "
                                  "later."),
                               this);
    licence->setWordWrap(true);
    layout->addWidget(licence);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy versions"), QDialogButtonBox::ActionRole);
    auto *bundle = buttons->addButton(tr("Save &diagnostics bundle…"), QDialogButtonBox::ActionRole);
    bundle->setObjectName(u"aboutDiagnostics"_s);
    bundle->setToolTip(tr("Versions, settings and logs for support; never passwords, tokens or "
                          "application contents"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [rows] {
        QStringList lines;
        for (const auto &r : rows)
            lines << u"%1: %2"_s.arg(r.first, r.second);
        QApplication::clipboard()->setText(lines.join(u'\n'));
    });
    connect(bundle, &QPushButton::clicked, this, [this] { saveDiagnostics(this, m_store); });
    resize(560, 400);
}

QString AboutDialog::saveDiagnostics(QWidget *parent, Store *store, const SavePrompt &ask)
{
    const QString suggested = u"gpudesk-diagnostics-%1.zip"_s.arg(
        QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s));
    const QString path = ask ? ask(parent, suggested)
                             : askSaveFileName(parent, tr("Save diagnostics bundle"), suggested,
                                               tr("ZIP archives (*.zip)"));
    if (path.isEmpty())
        return {};
    // Counting every table's rows and checking the profile take a while on a large one: off the
    // GUI thread, through a connection of the worker's own.
    QString error;
    bool ok = false;
    const auto collect = [&](TaskControl &control) {
        control.setStatus(tr("Collecting versions, settings and logs…"));
        if (!store) {
            ok = DiagnosticsBundle::write(path, nullptr, &error);
            return;
        }
        store->withWorkerConnection(u"diagnostics"_s, [&](QSqlDatabase &db) {
            ok = DiagnosticsBundle::write(path, store, &error, db);
        });
    };
    if (!runInBackground(parent, tr("Save diagnostics bundle"), collect)) {
        if (ok)
            QFile::remove(path);
        return {};
    }
    if (!ok) {
        if (!ask)
            QMessageBox::warning(parent, tr("Save diagnostics bundle"), error);
        return error;
    }
    const QString message =
        tr("Diagnostics saved to %1. It holds versions, settings and logs, and no password, "
           "token or application contents.")
            .arg(QDir::toNativeSeparators(path));
    if (!ask)
        QMessageBox::information(parent, tr("Save diagnostics bundle"), message);
    return message;
}

} // namespace gpudesk
