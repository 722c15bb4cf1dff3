// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/DemandRules.h"

#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace gpudesk {

class DemandTableModel;
class LazyRefresh;
class Store;
struct DemandRow;

// The demand survey of a national-project round (수요조사): the ministries' demands in a table,
// entered or edited by hand, imported from a ministry's sheet, or withdrawn with a reason. Entry
// and import are offered while the round is at an intake stage.
class DemandsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemandsView)

public:
    // Dialogs the view opens; tests replace them. Each returns what the officer confirmed.
    struct Prompts
    {
        std::function<std::optional<DemandFacts>(QWidget *, const QString &callId,
                                                 const std::optional<DemandRow> &existing)>
            askDemand;
        // Returns how many demands were imported (0 when cancelled).
        std::function<int(QWidget *, const QString &callId)> importSheet;
        std::function<std::optional<QString>(QWidget *, const QString &title,
                                             const QString &question)>
            askReason;
        std::function<void(QWidget *, const QString &title, const QString &text)> warn;
    };

    explicit DemandsView(Store &store, QWidget *parent = nullptr);
    ~DemandsView() override;

    void setCall(const QString &callId);
    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }
    QTableView *table() const { return m_table; }
    DemandTableModel *model() const { return m_model; }
    QLabel *summary() const { return m_summary; }
    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *importAction() const { return m_import; }
    QAction *withdrawAction() const { return m_withdraw; }

    void reload();
    void addDemand();
    void editDemand();
    void importSheet();
    void withdrawDemand();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    const DemandRow *current() const;
    void updateActions();

    Store &m_store;
    QString m_callId;
    bool m_intake = false;
    Prompts m_prompts;
    LazyRefresh *m_lazy = nullptr;
    DemandTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_import = nullptr;
    QAction *m_withdraw = nullptr;
};

} // namespace gpudesk
