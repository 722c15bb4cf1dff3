// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OverrideDialog.h"
#include "rules/Selection.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace gpudesk {

class LazyRefresh;

class RankingModel;
class Store;

// The officer's ranking and selection of one call (the "Selection" tab of the Review area):
// per accelerator type the ranked list with raw and normalised scores side by side, the pool's
// capacity, and the actions that take the call from "under review" to decisions: apply the
// capacity cut, override one decision with a reason, promote from the waitlist, export the
// panel sheet.
class SelectionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionPanel)

public:
    struct OverrideAnswer
    {
        SelectionDecision decision = SelectionDecision::Select;
        int nodes = 0;
        QString reason;
    };
    // Questions the panel asks. Tests replace them; the defaults show dialogs.
    struct Prompts
    {
        std::function<bool(QWidget *parent, const QString &title, const QString &text,
                           const QString &details)>
            confirm;
        std::function<std::optional<OverrideAnswer>(QWidget *parent,
                                                    const OverrideDialog::Subject &subject)>
            askOverride;
        std::function<QString(QWidget *parent, const QString &suggestedName)> askExportPath;
        std::function<void(QWidget *parent, const QString &title, const QString &text)> warn;
    };

    explicit SelectionPanel(Store &store, QWidget *parent = nullptr);
    ~SelectionPanel() override;

    void setCall(const QString &callId);
    QString callId() const { return m_callId; }
    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }

    QTableView *table() const { return m_table; }
    RankingModel *model() const { return m_model.get(); }
    QComboBox *typeSelector() const { return m_type; }
    QCheckBox *normaliseBox() const { return m_normalise; }
    QLabel *capacityLabel() const { return m_capacity; }
    QAction *applyAction() const { return m_apply; }
    QAction *overrideAction() const { return m_override; }
    QAction *promoteAction() const { return m_promote; }
    QAction *exportAction() const { return m_export; }

    void reload();
    void applyDecisions();
    void overrideSelected();
    void promoteFromWaitlist();
    void exportPanelSheet();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void recompute();
    void updateActions();
    const SelectionType *currentType() const;
    int currentApplication() const; // index into the call's applications, -1 for none
    QString capacityText() const;
    void fail(const QString &title, const QString &error);

    Store &m_store;
    QString m_callId;
    LazyRefresh *m_lazy = nullptr; // reloads once the panel is on screen
    std::optional<CallSelectionInput> m_call;
    QList<ApplicationScore> m_scores;
    TypeSelection m_selection;
    std::unique_ptr<RankingModel> m_model;
    Prompts m_prompts;

    QComboBox *m_type = nullptr;
    QCheckBox *m_normalise = nullptr;
    QLabel *m_capacity = nullptr;
    QLabel *m_promotionHint = nullptr;
    QTableView *m_table = nullptr;
    QAction *m_apply = nullptr;
    QAction *m_override = nullptr;
    QAction *m_promote = nullptr;
    QAction *m_export = nullptr;
};

} // namespace gpudesk
