// SPDX-License-Identifier: GPL-3.0-or-later
#include "NodeImportDialog.h"

#include "AdminTable.h"
#include "common/BackgroundTask.h"
#include "common/Theme.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {

NodeImportDialog::NodeImportDialog(Store &store, const FleetSnapshot &fleet,
                                   const QString &providerId, QWidget *parent)
    : QDialog(parent), m_store(store), m_prompts(AdminPrompts::defaults())
{
    setObjectName(u"nodeImportDialog"_s);
    setWindowTitle(tr("Import a node list"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(u"importFile"_s);
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("CSV: hostname, rack, position, type, accelerators, gpu_uuids"));
    auto *browse = new QPushButton(tr("&Choose…"), this);
    browse->setObjectName(u"importBrowse"_s);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(u"importProvider"_s);
    const bool english = QLocale().language() != QLocale::Korean;
    for (const FleetProvider &p : fleet.providers)
        m_provider->addItem(english && !p.nameEn.isEmpty() ? p.nameEn : p.name, p.id);
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(providerId)));
    m_pool = new QComboBox(this);
    m_pool->setObjectName(u"importPool"_s);
    m_pool->addItem(tr("(no pool)"), QString());
    for (const FleetPool &p : fleet.pools)
        m_pool->addItem(u"%1 · %2"_s.arg(p.code, p.name), p.id);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(browse);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("New nodes &join pool:"), m_pool);
    layout->addLayout(form);

    auto *summaryRow = new QHBoxLayout;
    m_summary = new QLabel(tr("Choose the provider's node list."), this);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_onlyProblems = new QCheckBox(tr("Only rows with &problems"), this);
    m_onlyProblems->setObjectName(u"importOnlyProblems"_s);
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_onlyProblems);
    layout->addLayout(summaryRow);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Line"), tr("Host name"), tr("Rack"), tr("Unit"),
                                        tr("Type"), tr("Accelerators"), tr("GPU UUIDs"),
                                        tr("Problems")});
    m_table = new QTableView(this);
    m_table->setObjectName(u"importTable"_s);
    m_table->setModel(m_model);
    setUpAdminTable(m_table);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(u"importButton"_s);
    m_import->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &NodeImportDialog::browse);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importNodes())
            accept();
    });
    // Another provider or pool changes the verdict: judge the file again.
    for (QComboBox *c : {m_provider, m_pool})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_path.isEmpty())
                previewFile(m_path);
        });
    connect(m_onlyProblems, &QCheckBox::toggled, this, &NodeImportDialog::showPreview);
    resize(1000, 600);
}

void NodeImportDialog::browse()
{
    const QString path = m_prompts.openFile(this, tr("Import a node list"), QString(),
                                            tr("Node lists (*.csv);;All files (*)"));
    if (!path.isEmpty())
        previewFile(path);
}

void NodeImportDialog::previewFile(const QString &path)
{
    m_path = path;
    m_file->setText(QFileInfo(path).fileName());
    m_file->setToolTip(path);
    const QString provider = m_provider->currentData().toString();
    const QString pool = m_pool->currentData().toString();
    NodeListPreview result;
    runWithConnection(
        this, m_store, tr("Reading the node list"), [&](QSqlDatabase &db, TaskControl &control) {
            control.setStatus(tr("Reading and checking %1…").arg(QFileInfo(path).fileName()));
            NodeListImporter importer(m_store);
            importer.setWorkerConnection(db);
            result = importer.previewFile(path, provider, pool);
        });
    m_preview = result;
    showPreview();
}

void NodeImportDialog::showPreview()
{
    m_model->removeRows(0, m_model->rowCount());
    const NodeListPreview &p = m_preview;
    m_import->setEnabled(p.canImport());
    if (!p.fatal.isEmpty()) {
        m_summary->setText(tr("The file cannot be imported: %1").arg(p.fatal));
        return;
    }
    const int bad = p.invalidRows();
    m_summary->setText(
        bad == 0 ? tr("%n node(s) ready to add.", nullptr, int(p.rows.size()))
                 : tr("%1 rows, %n with problems: nothing is added until every row is clean. Fix "
                      "the file and choose it again.",
                      nullptr, bad)
                       .arg(p.rows.size()));
    const QColor warn = Theme::statusColor(u"rejected"_s);
    for (const NodeListRow &r : p.rows) {
        if (m_onlyProblems->isChecked() && r.issues.isEmpty())
            continue;
        QList<QStandardItem *> row;
        row << new QStandardItem(QString::number(r.line));
        row << new QStandardItem(r.cells.value(0));
        row << new QStandardItem(r.rackLabel.isEmpty() ? r.cells.value(1) : r.rackLabel);
        row << new QStandardItem(r.cells.value(2));
        row << new QStandardItem(r.cells.value(3));
        row << new QStandardItem(r.cells.value(4));
        row << new QStandardItem(QString::number(r.node.gpuUuids.size()));
        auto *problems = new QStandardItem(r.issues.isEmpty() ? tr("ready")
                                                              : issueMessages(r.issues).join(u"\n"_s));
        if (!r.issues.isEmpty()) {
            problems->setForeground(warn);
            problems->setToolTip(issueMessages(r.issues).join(u"\n"_s));
        }
        row << problems;
        for (int c : {Line, Position, Accelerators, Uuids})
            row[c]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
}

bool NodeImportDialog::importNodes()
{
    if (!m_preview.canImport())
        return false;
    QString error;
    bool ok = false;
    const bool finished = runWithConnection(
        this, m_store, tr("Importing the node list"), [&](QSqlDatabase &db, TaskControl &control) {
            control.setStatus(tr("Adding %n node(s)…", nullptr, int(m_preview.rows.size())));
            NodeListImporter importer(m_store);
            importer.setWorkerConnection(db);
            ok = importer.commit(m_preview, QFileInfo(m_path).fileName(), &error,
                                 control.progressFn());
        });
    if (!ok) {
        m_prompts.warn(this, tr("Import a node list"),
                       finished ? tr("Nothing was added: %1").arg(error)
                                : tr("Cancelled: nothing was added."));
        return false;
    }
    m_added = int(m_preview.rows.size());
    Q_EMIT statusMessage(tr("%n node(s) added from %1.", nullptr, m_added)
                             .arg(QFileInfo(m_path).fileName()));
    return true;
}

} // namespace gpudesk
