// SPDX-License-Identifier: GPL-3.0-or-later
#include "RejectedChangesDialog.h"

#include "domain/TimeFormat.h"
#include "store/Store.h"
#include "sync/SyncRecords.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

QString change(const QString &op)
{
    if (op == u"insert"_s)
        //: What a refused change did: made a new row
        return RejectedChangesDialog::tr("added");
    if (op == u"delete"_s)
        //: What a refused change did: removed a row
        return RejectedChangesDialog::tr("removed");
    //: What a refused change did: changed a row
    return RejectedChangesDialog::tr("changed");
}

} // namespace

RejectedChangesDialog::RejectedChangesDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setObjectName(u"rejectedChangesDialog"_s);
    setWindowTitle(tr("Changes the server refused"));
    resize(900, 420);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These changes were undone here because the server refused "
                                "them; this profile shows what the server holds."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(u"rejectedTable"_s);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("Change"), tr("Why")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *dismiss = buttons->addButton(tr("&Dismiss selected"), QDialogButtonBox::ActionRole);
    dismiss->setObjectName(u"dismissRejected"_s);
    connect(dismiss, &QPushButton::clicked, this, &RejectedChangesDialog::dismissSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    reload();
}

void RejectedChangesDialog::reload()
{
    const QList<SyncRejection> all = SyncRecords(m_store).rejections();
    m_ids.clear();
    m_table->setRowCount(int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        const SyncRejection &r = all.at(i);
        m_ids << r.id;
        m_table->setItem(i, 0, new QTableWidgetItem(formatDateTime(r.rejectedAt)));
        m_table->setItem(i, 1, new QTableWidgetItem(r.what));
        m_table->setItem(i, 2, new QTableWidgetItem(change(r.op)));
        auto *why = new QTableWidgetItem(r.reason);
        why->setToolTip(r.reason);
        m_table->setItem(i, 3, why);
    }
    m_table->resizeRowsToContents();
}

void RejectedChangesDialog::dismissSelected()
{
    QSet<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.insert(index.row());
    QStringList ids;
    for (int row : std::as_const(rows))
        ids << m_ids.value(row);
    if (ids.isEmpty())
        return;
    QString error;
    if (!SyncRecords(m_store).dismissRejections(ids, &error))
        QMessageBox::warning(this, windowTitle(),
                             tr("The list could not be updated: %1").arg(error));
    reload();
}

} // namespace gpudesk
