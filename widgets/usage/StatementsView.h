// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StatementRepository.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace gpudesk {

class LazyRefresh;
class Store;

// Billing (정산): a call's monthly cost-share statements with the per-call summary; issuing them
// (after saying what will be added, replaced or withdrawn) and exporting them as CSV.
class StatementsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatementsView)

public:
    enum Column
    {
        Code,
        Title,
        Organisation,
        OrgType,
        Type,
        GpuHours,
        Price,
        Share,
        YouthDiscount,
        Amount,
        Vat,
        Total,
        Issued,
        Note,
        ColumnCount
    };

    // Seams for the modal questions, so tests can answer them.
    struct Prompts
    {
        std::function<bool(QWidget *parent, const QString &title, const QString &text)> confirm;
        std::function<void(QWidget *parent, const QString &title, const QString &text)> inform;
        std::function<void(QWidget *parent, const QString &title, const QString &text)> warn;
        // The file to export to; empty when cancelled.
        std::function<QString(QWidget *parent, const QString &suggestedName)> saveFileName;
    };

    explicit StatementsView(Store &store, QWidget *parent = nullptr);
    ~StatementsView() override;

    // The call shown (also chosen in the view's own picker).
    void setCall(const QString &callId);
    QString callId() const;
    // "YYYY-MM"; a month outside the call's allocations is added to the picker.
    void setMonth(const QString &month);
    QString month() const;
    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }
    // Managers read statements and export them, but do not issue them.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    void refresh();
    // Asks, then issues the shown month's statements.
    void issue();
    // Asks for a file and writes the shown statements and summary as CSV.
    void exportCsv();

    QComboBox *callPicker() const { return m_call; }
    QComboBox *monthPicker() const { return m_month; }
    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLabel *summary() const { return m_summary; }
    QPushButton *issueButton() const { return m_issue; }
    QPushButton *exportButton() const { return m_export; }
    const StatementSheet &sheet() const { return m_sheet; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void fillCalls();
    void fillMonths();
    void fill();

    Store &m_store;
    StatementRepository m_repository;
    Prompts m_prompts;
    StatementSheet m_sheet;
    bool m_readOnly = false;
    LazyRefresh *m_lazy = nullptr;
    QComboBox *m_call = nullptr;
    QComboBox *m_month = nullptr;
    QLabel *m_summary = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_issue = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace gpudesk
