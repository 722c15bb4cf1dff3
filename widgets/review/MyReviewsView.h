// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStandardItemModel;
class QTableView;

namespace gpudesk {

class ReviewApplicationPane;
class ReviewForm;
class ReviewerWorkspace;
class Store;

// The reviewer's whole area: the calls whose panel they sit on, their own assignments in the
// chosen call (accept, decline or declare a conflict, with a reason), and an opened assignment's
// application and documents beside the scoring form. The call's pledge is asked for before its
// first application opens.
class MyReviewsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyReviewsView)

public:
    // The seams for the modal dialogs, so tests can answer them.
    using PledgePrompt =
        std::function<bool(QWidget *parent, const QString &callName, const QString &pledgeText)>;
    using ReasonPrompt = std::function<std::optional<QString>(
        QWidget *parent, const QString &title, const QString &question, const QString &okText)>;

    enum Column
    {
        CodeColumn,
        TitleColumn,
        FieldColumn,
        RequestColumn,
        StatusColumn,
        DueColumn,
        TotalColumn,
        ColumnCount
    };

    MyReviewsView(Store &store, const QString &userId, QWidget *parent = nullptr);
    ~MyReviewsView() override;

    void setPledgePrompt(PledgePrompt prompt) { m_pledgePrompt = std::move(prompt); }
    void setReasonPrompt(ReasonPrompt prompt) { m_reasonPrompt = std::move(prompt); }

    QString currentCallId() const;
    void selectCall(const QString &callId);
    // Opens an assignment of the reviewer (asking for the pledge first when needed); false when
    // it was refused or the pledge was not accepted, with the reason in statusMessage.
    bool openAssignment(const QString &assignmentId);
    QString openedAssignmentId() const { return m_openedId; }

    QComboBox *callSelector() const { return m_calls; }
    // What was removed after the current call's panel closed; hidden while nothing was.
    QLabel *retentionNotice() const { return m_retention; }
    QTableView *table() const { return m_table; }
    ReviewApplicationPane *applicationPane() const { return m_pane; }
    ReviewForm *form() const { return m_form; }
    ReviewerWorkspace &workspace() const { return *m_workspace; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void reloadCalls();
    void reloadAssignments();
    void updateCallSummary();
    void updateActions();
    QString selectedAssignmentId() const;
    void selectAssignment(const QString &assignmentId);
    void acceptSelected();
    void answerSelected(bool conflict);
    void onTablesChanged(const QSet<QString> &tables);
    // On a reviewer's own profile, removes the copies of calls whose panel has closed.
    void applyRetention();
    void updateRetentionNotice();

    Store &m_store;
    std::unique_ptr<ReviewerWorkspace> m_workspace;
    PledgePrompt m_pledgePrompt;
    ReasonPrompt m_reasonPrompt;
    QString m_openedId;
    bool m_columnsFitted = false;

    QComboBox *m_calls = nullptr;
    QLabel *m_callSummary = nullptr;
    QLabel *m_retention = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_leftSplitter = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_decline = nullptr;
    QPushButton *m_conflict = nullptr;
    ReviewApplicationPane *m_pane = nullptr;
    ReviewForm *m_form = nullptr;
};

} // namespace gpudesk
