// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemandImportDialog.h"

#include "common/FileDialogs.h"
#include "common/Theme.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {

DemandImportDialog::DemandImportDialog(Store &store, const QString &callId, QWidget *parent)
    : QDialog(parent), m_store(store), m_callId(callId)
{
    setObjectName(u"demandImportDialog"_s);
    setWindowTitle(tr("Import a survey sheet"));
    resize(1100, 560);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_file = new QLabel(tr("No file chosen yet."), this);
    auto *choose = new QPushButton(tr("&Choose file…"), this);
    choose->setObjectName(u"chooseSheet"_s);
    choose->setAutoDefault(false);
    top->addWidget(m_file, 1);
    top->addWidget(choose);
    layout->addLayout(top);
    auto *help = new QLabel(
        tr("A CSV file saved from the ministry's spreadsheet (UTF-8), with a header line. The "
           "columns, in English or Korean: %1 (%2).")
            .arg(DemandImporter::columnNames().join(u", "_s),
                 DemandImporter::koreanColumnNames().join(u", "_s)),
        this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_table = new QTableWidget(this);
    m_table->setObjectName(u"importPreview"_s);
    m_table->setColumnCount(10);
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Ministry"), tr("Project"), tr("Type"),
                                        tr("Nodes"), tr("Start"), tr("Months"), tr("Priority"),
                                        tr("Contact"), tr("Problems")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(choose, &QPushButton::clicked, this, [this] { chooseFile(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DemandImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void DemandImportDialog::chooseFile()
{
    const QString path =
        askOpenFileName(this, tr("Choose a survey sheet"), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void DemandImportDialog::loadFile(const QString &path)
{
    m_file->setText(QFileInfo(path).fileName());
    m_file->setToolTip(path);
    m_preview = DemandImporter(m_store).previewFile(path, m_callId);
    m_table->setRowCount(0);
    const QLocale l;
    const QColor problem = Theme::statusColor(u"rejected"_s);
    QSet<QString> ministries, newMinistries;
    int nodes = 0;
    for (const DemandPreviewRow &row : std::as_const(m_preview.rows)) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const DemandFacts &d = row.demand;
        QStringList problems;
        for (const ImportIssue &i : row.issues)
            problems << (i.field.isEmpty() ? i.reason : u"%1: %2"_s.arg(i.field, i.reason));
        const QStringList cells = {QString::number(row.line),
                                   d.ministry,
                                   d.project,
                                   d.typeCode,
                                   l.toString(d.nodes),
                                   d.start.isValid() ? d.start.toString(Qt::ISODate) : QString(),
                                   l.toString(d.months),
                                   l.toString(d.priority),
                                   d.contactName,
                                   problems.join(u'\n')};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (!problems.isEmpty())
                item->setForeground(problem);
            if (c == 1 && row.newMinistry)
                item->setToolTip(tr("A new ministry: it is added as a public agency."));
            m_table->setItem(r, c, item);
        }
        ministries.insert(d.ministry);
        if (row.newMinistry)
            newMinistries.insert(d.ministry);
        nodes += d.nodes;
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    QString text;
    if (!m_preview.fatal.isEmpty()) {
        text = m_preview.fatal;
    } else if (!m_preview.importable()) {
        text = tr("%n of the sheet's rows have problems, listed on each row. Nothing is imported "
                  "until the sheet is corrected and chosen again.",
                  nullptr, m_preview.rowsWithIssues());
    } else {
        text = tr("%n demand(s)", nullptr, int(m_preview.rows.size())) + u" · "_s +
               tr("%n ministry(ies)", nullptr, int(ministries.size())) + u" · "_s +
               tr("%1 nodes in all.").arg(l.toString(nodes));
        if (!newMinistries.isEmpty())
            text +=
                u' ' +
                tr("New ministries, added as public agencies: %1.")
                    .arg(QStringList(newMinistries.cbegin(), newMinistries.cend()).join(u", "_s));
        text += u' ' + tr("Nothing has been imported yet: press Import.");
    }
    m_summary->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_preview.importable());
}

void DemandImportDialog::accept()
{
    QString error;
    if (!DemandImporter(m_store).commit(m_preview, m_callId, &error)) {
        QMessageBox::warning(this, windowTitle(), tr("Nothing was imported. %1").arg(error));
        return;
    }
    m_imported = int(m_preview.rows.size());
    QDialog::accept();
}

} // namespace gpudesk
