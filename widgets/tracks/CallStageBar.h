// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/CallStages.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace gpudesk {

class Store;

// The stages of one call, as its type lists them, with the current one marked, what to do in it
// and the steps to the next stage (confirmed, saying what else happens) or back one stage (with a
// reason). What it says and offers follows the stage's activities, never the call's type, so a
// new type needs no code here.
class CallStageBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallStageBar)

public:
    // Questions the bar asks; tests replace them.
    struct Prompts
    {
        std::function<bool(QWidget *, const QString &title, const QString &text)> confirm;
        std::function<std::optional<QString>(QWidget *, const QString &title,
                                             const QString &question)>
            askReason;
        std::function<void(QWidget *, const QString &title, const QString &text)> warn;
    };

    explicit CallStageBar(Store &store, QWidget *parent = nullptr);

    void setCall(const QString &callId);
    QString callId() const { return m_callId; }
    // The current stage, empty without a call.
    QString stage() const { return m_stage; }
    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }

    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QLabel *chainLabel() const { return m_chain; }

    bool goNext();
    bool goBack();

Q_SIGNALS:
    void stageChanged(const QString &callId, const QString &stage);
    void statusMessage(const QString &message);
    // "review" or "rackmap": the area where the current stage's work is done.
    void openArea(const QString &area, const QString &callId);

private:
    void refresh();
    // `to` by value: refreshing after the move changes the members it is read from.
    bool move(QString to, bool back);

    Store &m_store;
    Prompts m_prompts;
    QString m_callId;
    QString m_stage;
    QString m_nextStage;
    QString m_previousStage;
    QString m_areaKey;
    QLabel *m_chain = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace gpudesk
