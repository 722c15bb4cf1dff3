// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/ProgramValidation.h"
#include "rules/ShareAllocation.h"
#include "store/RoundCreation.h"

#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace gpudesk {

class CallStageBar;
class NextYearView;
class SharesView;
class Store;

// The officer's Programs area (연차평가): a multi-year program with its teams and share rule,
// one yearly round at a time with its stages, the teams' evaluation and next year's shares, and
// next year on the map. The evaluation itself happens in the Review area; the stage bar leads
// there.
class ProgramsArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramsArea)

public:
    struct RuleAnswer
    {
        ShareRule rule;
        QString reason;
    };
    struct ProgramAnswer
    {
        ProgramDraft program;
        QString reason; // for a change to a saved program
    };
    struct Prompts
    {
        // Shows the program editor (new when the draft has no id) until saved or cancelled.
        std::function<std::optional<ProgramAnswer>(QWidget *, Store &, const ProgramDraft &)>
            askProgram;
        std::function<void(QWidget *, Store &, const QString &programId)> editTeams;
        std::function<std::optional<RuleAnswer>(QWidget *, const QString &program,
                                                const ShareRule &rule)>
            askRule;
        std::function<std::optional<NewRound>(QWidget *, const NewRound &defaults)> askRound;
        std::function<void(QWidget *, const QString &title, const QString &text)> warn;
    };

    explicit ProgramsArea(Store &store, QWidget *parent = nullptr);

    QString currentProgram() const;
    QString currentRound() const;
    void setCurrentRound(const QString &callId);
    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }
    QComboBox *programSelector() const { return m_programs; }
    QComboBox *roundSelector() const { return m_rounds; }
    QLabel *ruleLabel() const { return m_rule; }
    CallStageBar *stageBar() const { return m_stages; }
    QTabWidget *tabs() const { return m_tabs; }
    SharesView *shares() const { return m_shares; }
    NextYearView *nextYear() const { return m_nextYear; }

    QPushButton *newProgramButton() const { return m_newProgram; }
    QPushButton *editProgramButton() const { return m_editProgram; }
    QPushButton *teamsButton() const { return m_teams; }

    void newProgram();
    void editProgram();
    void editTeams();
    void editRule();
    void newRound();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void openArea(const QString &area, const QString &callId);
    void showOnRackMap(const QString &applicationId);

private:
    void loadPrograms();
    void showProgram();
    void showRound();
    // Shows the editor until the program is saved or the officer cancels; the saved id.
    QString runProgramEditor(ProgramDraft draft);

    Store &m_store;
    Prompts m_prompts;
    QComboBox *m_programs = nullptr;
    QComboBox *m_rounds = nullptr;
    QLabel *m_rule = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_newProgram = nullptr;
    QPushButton *m_editProgram = nullptr;
    QPushButton *m_teams = nullptr;
    QPushButton *m_editRule = nullptr;
    QPushButton *m_newRound = nullptr;
    CallStageBar *m_stages = nullptr;
    QTabWidget *m_tabs = nullptr;
    SharesView *m_shares = nullptr;
    NextYearView *m_nextYear = nullptr;
};

} // namespace gpudesk
