// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QPlainTextEdit;
class QTableView;

namespace gpudesk {

class AuditLogModel;

// The full history of one record (a call, a node, a user, an application...): every line of the
// audit trail about it, newest first, with the selected line's details in full.
class AuditHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditHistoryDialog)

public:
    AuditHistoryDialog(const QSqlDatabase &db, const QString &entity, const QString &entityId,
                       const QString &label, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // The details of an entry as a person reads them: one "key: value" per line.
    static QString detailsText(const QString &json);

private:
    AuditLogModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace gpudesk
