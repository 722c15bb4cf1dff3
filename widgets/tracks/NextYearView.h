// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ProgramShareRepository.h"

#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QLabel;
class QTableView;

namespace gpudesk {

class LazyRefresh;
class NextYearModel;
class Store;

// Next year on the map (차년도 배정): the decided shares as nodes from the new year's first day —
// each team's own nodes first, those that shrinking teams give up offered to the growing ones
// before the pool — shown team by team and applied in one confirmed step through the rack map's
// write path while the round is at its allocation stage.
class NextYearView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NextYearView)

public:
    struct Prompts
    {
        std::function<bool(QWidget *, const QString &title, const QString &text)> confirm;
        std::function<void(QWidget *, const QString &title, const QString &text)> warn;
    };

    explicit NextYearView(Store &store, QWidget *parent = nullptr);
    ~NextYearView() override;

    void setCall(const QString &callId);
    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }
    QTableView *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QAction *applyAction() const { return m_apply; }
    QAction *openMapAction() const { return m_openMap; }

    void reload();
    void applyPlan();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void showOnRackMap(const QString &applicationId);

private:
    Store &m_store;
    QString m_callId;
    bool m_allocating = false;
    std::optional<NextYearPlan> m_plan;
    Prompts m_prompts;
    LazyRefresh *m_lazy = nullptr;
    NextYearModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_apply = nullptr;
    QAction *m_openMap = nullptr;
};

} // namespace gpudesk
