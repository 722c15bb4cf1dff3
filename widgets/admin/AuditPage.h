// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminPrompts.h"
#include "store/AuditLog.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace gpudesk {

class AuditLogModel;
class LazyRefresh;
class SearchLineEdit;
class Store;

// Administration → Audit trail: every recorded action, newest first, filtered by user, action,
// kind of record, days (in Asia/Seoul) and text; the selected line's details; the full history of
// its record; and the CSV export of what the filters show.
class AuditPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    explicit AuditPage(Store &store, QWidget *parent = nullptr);

    void setPrompts(const AdminPrompts &prompts) { m_prompts = prompts; }
    AuditFilter filter() const;
    void setFilter(const AuditFilter &filter);
    void reload();
    void clearFilters();
    // Opens the history of the selected line's record.
    void showHistory();
    void exportCsv();

    AuditLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *userBox() const { return m_user; }
    QComboBox *actionBox() const { return m_action; }
    QComboBox *entityBox() const { return m_entity; }
    QLabel *countLabel() const { return m_count; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void fillChoices();
    void applyFilters();
    void showDetails();

    Store &m_store;
    AdminPrompts m_prompts;
    LazyRefresh *m_lazy = nullptr;
    AuditLogModel *m_model = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_entity = nullptr;
    QCheckBox *m_hasFrom = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_hasTo = nullptr;
    QDateEdit *m_to = nullptr;
    SearchLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QPushButton *m_history = nullptr;
    QString m_entityId; // set by setFilter; cleared with the filters
};

} // namespace gpudesk
