// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ReviewPanelRepository.h"

#include <QWidget>
#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace gpudesk {

class LazyRefresh;

class Store;

// The officer's assignment work for a call: composing the panel (check reviewers in or out),
// assigning selected applications to selected reviewers by hand with each reviewer's
// eligibility and the reason shown, automatic assignment with a report of shortfalls,
// withdrawing assignments and refilling after declines.
class AssignmentPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignmentPanel)

public:
    // Seams for the modal questions and the report, so tests can answer them.
    struct Prompts
    {
        std::function<bool(QWidget *parent, const QString &title, const QString &text)> confirm;
        std::function<void(QWidget *parent, const QString &title, const AutoAssignReport &report)>
            showReport;
        std::function<void(QWidget *parent, const QString &title, const QString &text,
                           const QStringList &details)>
            inform;
        std::function<void(QWidget *parent, const QString &title, const QString &text)> warn;
    };

    explicit AssignmentPanel(Store &store, QWidget *parent = nullptr);
    ~AssignmentPanel() override;

    void setCall(const QString &callId);
    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }
    void refresh();

    QTableView *membersTable() const { return m_members; }
    QTableView *applicationsTable() const { return m_applications; }
    QTableView *reviewersTable() const { return m_reviewers; }

    QStringList selectedApplicationIds() const;
    QStringList selectedReviewerIds() const;

    void assignSelected();
    void autoAssign();
    void withdrawSelected();
    void reassignDeclined();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void fillMembers();
    void fillApplications();
    void fillReviewers();
    void onMemberToggled(int row);
    void updateActions();
    void showReport(const QString &title, const AutoAssignReport &report);

    Store &m_store;
    ReviewPanelRepository m_repository;
    Prompts m_prompts;
    QString m_callId;
    LazyRefresh *m_lazy = nullptr; // reloads once the panel is on screen
    int m_perApplication = 3;
    bool m_filling = false;
    QTabWidget *m_tabs = nullptr;
    QStandardItemModel *m_memberModel = nullptr;
    QSortFilterProxyModel *m_memberProxy = nullptr;
    QStandardItemModel *m_appModel = nullptr;
    QSortFilterProxyModel *m_appProxy = nullptr;
    QStandardItemModel *m_reviewerModel = nullptr;
    QSortFilterProxyModel *m_reviewerProxy = nullptr;
    QTableView *m_members = nullptr;
    QTableView *m_applications = nullptr;
    QTableView *m_reviewers = nullptr;
    QLineEdit *m_memberFilter = nullptr;
    QLineEdit *m_appFilter = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_assign = nullptr;
    QAction *m_auto = nullptr;
    QAction *m_withdraw = nullptr;
    QAction *m_reassign = nullptr;
};

} // namespace gpudesk
