// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditHistoryDialog.h"

#include "AdminTable.h"
#include "itemmodels/AuditLogModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {

AuditHistoryDialog::AuditHistoryDialog(const QSqlDatabase &db, const QString &entity,
                                       const QString &entityId, const QString &label,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"auditHistoryDialog"_s);
    setWindowTitle(tr("History of %1 %2").arg(AuditLog::entityLabel(entity), label));
    auto *layout = new QVBoxLayout(this);
    m_model = new AuditLogModel(db, this);
    AuditFilter filter;
    filter.entity = entity;
    filter.entityId = entityId;
    m_model->setFilter(filter);
    m_table = new QTableView(this);
    m_table->setObjectName(u"auditHistoryTable"_s);
    m_table->setModel(m_model);
    setUpAdminTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->hideColumn(AuditLogModel::Entity);
    m_table->hideColumn(AuditLogModel::Name);
    m_table->setColumnWidth(AuditLogModel::Time, 130);
    m_table->setColumnWidth(AuditLogModel::User, 120);
    m_table->setColumnWidth(AuditLogModel::Action, 170);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(u"auditHistoryDetails"_s);
    m_details->setReadOnly(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_details->setPlainText(current.isValid()
                                            ? detailsText(m_model->entry(current.row()).details)
                                            : QString());
            });
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    resize(900, 520);
}

QString AuditHistoryDialog::detailsText(const QString &json)
{
    const QString summary = AuditLog::detailsSummary(json);
    return summary.isEmpty() ? tr("(no details)") : QString(summary).replace(u"; "_s, u"\n"_s);
}

} // namespace gpudesk
