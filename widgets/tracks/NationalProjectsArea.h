// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/RoundCreation.h"

#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace gpudesk {

class AgendaView;
class CallStageBar;
class DemandsView;
class Store;

// The officer's National projects area (국가 프로젝트): one round at a time — every call whose
// type has a deliberation stage — with its stages, the ministries' demand survey, and the agenda
// and decisions of the ministers' meeting. The pre-review happens in the Review area and the
// allocation on the rack map; the stage bar leads there.
class NationalProjectsArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NationalProjectsArea)

public:
    explicit NationalProjectsArea(Store &store, QWidget *parent = nullptr);

    QString currentRound() const;
    void setCurrentRound(const QString &callId);
    QComboBox *roundSelector() const { return m_rounds; }
    CallStageBar *stageBar() const { return m_stages; }
    QTabWidget *tabs() const { return m_tabs; }
    DemandsView *demands() const { return m_demands; }
    AgendaView *agenda() const { return m_agenda; }
    // The new-round dialog's seam.
    void setAskNewRound(std::function<std::optional<NewRound>(QWidget *, const NewRound &)> ask)
    {
        m_askNewRound = std::move(ask);
    }
    void newRound();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void openArea(const QString &area, const QString &callId);
    void showOnRackMap(const QString &applicationId);

private:
    void loadRounds();
    void showRound();

    Store &m_store;
    std::function<std::optional<NewRound>(QWidget *, const NewRound &)> m_askNewRound;
    QComboBox *m_rounds = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_new = nullptr;
    CallStageBar *m_stages = nullptr;
    QTabWidget *m_tabs = nullptr;
    DemandsView *m_demands = nullptr;
    AgendaView *m_agenda = nullptr;
};

} // namespace gpudesk
