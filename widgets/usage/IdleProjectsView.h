// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/PerformanceCheckRepository.h"

#include <QDate>
#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTableWidget;

namespace gpudesk {

class IdleEvidenceChart;
class LazyRefresh;
class SearchLineEdit;
class Store;
class UsageSource;

// The idle check (사용률 점검) of a call: its running projects with their finding (flagged
// first), the selected project's daily evidence chart and its check history, and the actions
// that end a check (warning, reduction, reclaim, clearing), each with a reason.
class IdleProjectsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleProjectsView)

public:
    // Table columns.
    enum Column
    {
        Code,
        Title,
        Organisation,
        Status,
        Nodes,
        Finding,
        MeanBusy,
        CurrentRun,
        LongestRun,
        DaysWithData,
        Source,
        LastCheck,
        ColumnCount
    };

    // The officer's answer to an action's dialog.
    struct Answer
    {
        QString reason;
        int releaseNodes = 0; // reduction only
    };
    // Seams for the modal questions, so tests can answer them.
    struct Prompts
    {
        // The reason (and for a reduction the node count); nullopt when cancelled.
        std::function<std::optional<Answer>(QWidget *parent, CheckOutcome outcome,
                                            const IdleProject &project)>
            ask;
        std::function<bool(QWidget *parent, const QString &title, const QString &text)> confirm;
        std::function<void(QWidget *parent, const QString &title, const QString &text)> warn;
    };

    // The real dialogs: the reason dialog (with a node count for a reduction) and message boxes.
    static Prompts defaultPrompts();

    // `usage` must outlive the view; usually the store's UsageRepository.
    IdleProjectsView(Store &store, UsageSource *usage, QWidget *parent = nullptr);
    ~IdleProjectsView() override;

    // The call whose projects are listed; empty lists every call's.
    void setCall(const QString &callId);
    QString callId() const { return m_callId; }
    // The day looked at; yesterday in Asia/Seoul by default.
    void setAsOf(QDate day);
    QDate asOf() const;
    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }

    void refresh();
    // The project of the current row, if any.
    const IdleProject *currentProject() const;
    bool selectProject(const QString &applicationId);
    // Runs one action on the current project: asks, confirms where it commits, records.
    void act(CheckOutcome outcome);

    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    SearchLineEdit *searchEdit() const { return m_search; }
    QDateEdit *asOfEdit() const { return m_asOf; }
    QLabel *summary() const { return m_summary; }
    IdleEvidenceChart *chart() const { return m_chart; }
    QTableWidget *historyTable() const { return m_history; }
    QPushButton *button(CheckOutcome outcome) const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void fill();
    void showCurrent();
    void updateActions();

    Store &m_store;
    UsageSource *m_usage;
    PerformanceCheckRepository m_repository;
    Prompts m_prompts;
    QString m_callId;
    QList<IdleProject> m_projects;
    LazyRefresh *m_lazy = nullptr;
    QDateEdit *m_asOf = nullptr;
    SearchLineEdit *m_search = nullptr;
    QLabel *m_summary = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    IdleEvidenceChart *m_chart = nullptr;
    QLabel *m_detail = nullptr;
    QTableWidget *m_history = nullptr;
    QPushButton *m_warning = nullptr;
    QPushButton *m_reduce = nullptr;
    QPushButton *m_reclaim = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace gpudesk
