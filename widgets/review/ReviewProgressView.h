// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ReviewPanelRepository.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QTableView;
class QTableWidget;

namespace gpudesk {

class LazyRefresh;

class ReviewMatrixModel;
class SearchLineEdit;
class Store;

// The officer's view of a call's review progress: the application x reviewer matrix with a
// colour and a word per cell, filters by state and text, counts per state, the list of late
// reviewers, and reopening a submitted review with a reason.
class ReviewProgressView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewProgressView)

public:
    // Seams for the modal questions, so tests can answer them.
    struct Prompts
    {
        // The reason for reopening; empty optional when cancelled.
        std::function<std::optional<QString>(QWidget *parent, const QString &what)> askReason;
        std::function<void(QWidget *parent, const QString &title, const QString &text)> warn;
    };

    explicit ReviewProgressView(Store &store, QWidget *parent = nullptr);
    ~ReviewProgressView() override;

    void setCall(const QString &callId);
    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }
    // The time that decides what is overdue; the clock unless a test fixes it.
    void setNowForTesting(qint64 nowMs) { m_now = nowMs; }

    QTableView *matrix() const { return m_matrix; }
    ReviewMatrixModel *model() const { return m_model.get(); }
    QComboBox *stateFilter() const { return m_state; }
    SearchLineEdit *searchEdit() const { return m_search; }
    QLabel *summary() const { return m_summary; }
    QTableWidget *lateList() const { return m_late; }

    void refresh();
    // Reopens the review in the current cell after asking for a reason.
    void reopenCurrent();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void applyColors();
    void updateSummary();
    void updateActions();
    void fillLateList(const ReviewProgress &progress);

    Store &m_store;
    ReviewPanelRepository m_repository;
    std::unique_ptr<ReviewMatrixModel> m_model;
    Prompts m_prompts;
    QString m_callId;
    LazyRefresh *m_lazy = nullptr; // reloads once the panel is on screen
    qint64 m_now = 0;
    QComboBox *m_state = nullptr;
    SearchLineEdit *m_search = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_matrix = nullptr;
    QTableWidget *m_late = nullptr;
    QAction *m_reopen = nullptr;
};

} // namespace gpudesk
