// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/DeliberationRepository.h"

#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace gpudesk {

class AgendaTableModel;
class LazyRefresh;
class Store;

// The deliberation of a national-project round: the agenda for the science and technology
// ministers' meeting — reviewed demands ranked by their pre-review score, with their requests
// against the pool's capacity — with the officer's proposed decision per demand, exported for
// the meeting's papers, and the meeting's decision recorded per demand. Proposals are offered
// from the pre-review on, decisions while the round is at its deliberation stage.
class AgendaView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaView)

public:
    struct Prompts
    {
        std::function<std::optional<MeetingDecision>(
            QWidget *, const AgendaItem &item, int maxMonths, const MeetingDecision &previous)>
            askDecision;
        std::function<std::optional<DemandProposal>(QWidget *, const AgendaItem &item,
                                                       int maxMonths)>
            askProposal;
        std::function<QString(QWidget *, const QString &suggestedName)> askExportPath;
        std::function<void(QWidget *, const QString &title, const QString &text)> warn;
    };

    explicit AgendaView(Store &store, QWidget *parent = nullptr);
    ~AgendaView() override;

    void setCall(const QString &callId);
    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }
    QTableView *table() const { return m_table; }
    AgendaTableModel *model() const { return m_model; }
    QLabel *poolSummary() const { return m_pools; }
    QAction *decideAction() const { return m_decide; }
    QAction *proposeAction() const { return m_propose; }
    QAction *exportAction() const { return m_export; }
    QAction *showOnMapAction() const { return m_showOnMap; }

    void reload();
    void recordDecision();
    void proposeDecision();
    void exportAgenda();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void showOnRackMap(const QString &applicationId);

private:
    const AgendaItem *current() const;
    void updateActions();

    Store &m_store;
    QString m_callId;
    bool m_deliberating = false;
    bool m_proposing = false; // between the pre-review and the meeting
    int m_maxMonths = 12;
    std::optional<Agenda> m_agenda;
    MeetingDecision m_previous;
    Prompts m_prompts;
    LazyRefresh *m_lazy = nullptr;
    AgendaTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_pools = nullptr;
    QCheckBox *m_normalise = nullptr;
    QAction *m_propose = nullptr;
    QAction *m_decide = nullptr;
    QAction *m_export = nullptr;
    QAction *m_showOnMap = nullptr;
};

} // namespace gpudesk
