// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <functional>

class QAction;
class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace gpudesk {

class LazyRefresh;
class ShareTableModel;
class Store;

// A program's yearly round as the officer decides it (연차평가 → 지원 규모): each team's score
// and rank from the evaluation, what it holds now, the share the program's rule proposes for
// next year, and the officer's share with a reason for any adjustment, decided for every team in
// one confirmed step while the round is at its share stage.
class SharesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharesView)

public:
    struct Prompts
    {
        std::function<bool(QWidget *, const QString &title, const QString &text)> confirm;
        std::function<void(QWidget *, const QString &title, const QString &text)> warn;
    };

    explicit SharesView(Store &store, QWidget *parent = nullptr);
    ~SharesView() override;

    void setCall(const QString &callId);
    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }
    QTableView *table() const { return m_table; }
    ShareTableModel *model() const { return m_model; }
    QLabel *summary() const { return m_summary; }
    QAction *decideAction() const { return m_decide; }
    QAction *resetAction() const { return m_reset; }

    void reload();
    void decideShares();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void updateSummary();

    Store &m_store;
    QString m_callId;
    bool m_deciding = false;
    Prompts m_prompts;
    LazyRefresh *m_lazy = nullptr;
    ShareTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_normalise = nullptr;
    QAction *m_decide = nullptr;
    QAction *m_reset = nullptr;
};

} // namespace gpudesk
