// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/CallStages.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace gpudesk {

class Store;

// A call with its type's stages and the stage it is at.
struct CallStageState
{
    QString callId;
    QString code;
    QString title;
    QString titleEn;
    QString typeCode;
    QString typeName;
    QString typeNameEn;
    QString stage;
    QStringList stages;  // the type's, in order; empty when stagesError is set
    QString stagesError; // translated: the type's stage list cannot be read

    bool allows(StageActivity a) const { return stageAllows(stage, a); }
    bool typeAllows(StageActivity a) const { return stagesAllow(stages, a); }
    QString next() const { return nextStage(stages, stage); }
    QString previous() const { return previousStage(stages, stage); }
    // "2026-NP1 · title" in the window's language.
    QString displayName() const;
};

struct StageHistoryEntry
{
    QString fromStage;
    QString toStage;
    qint64 at = 0;
    QString by;
    QString reason;
};

// Reads calls with their type's stages and moves a call from stage to stage through the stage
// rule (rules/CallStages), recording the step in the stage history and the audit log in the
// same transaction as what entering the stage does.
//
// What entering a stage does follows from the stages, never from the type's name: a call whose
// type has no Screening stage screens its submitted applications when it enters a Review stage
// (the call's rules except its dates: for such calls the intake stage, not the calendar, decides
// when entries come in); those that pass go to review, the others are rejected with the failed
// rules as the reason.
class CallStageRepository final
{
public:
    explicit CallStageRepository(Store &store) : m_store(store) {}

    std::optional<CallStageState> state(const QString &callId) const;
    // Calls whose type has a stage that allows `activity`, newest first.
    QList<CallStageState> callsWhoseTypeAllows(StageActivity activity) const;
    QList<StageHistoryEntry> history(const QString &callId) const;

    // What moving to `to` does besides changing the stage, translated, for the confirmation;
    // empty when nothing else happens.
    QString consequences(const QString &callId, const QString &to) const;

    // One step of the call; refused (nothing written) with the rule's reason. *done (optional)
    // says what happened besides the stage.
    bool moveTo(const QString &callId, const QString &to, const QString &reason, QString *error,
                QString *done = nullptr);
    // The same inside a write the caller has opened.
    bool moveWithin(QSqlDatabase &db, QSet<QString> &changed, const QString &callId,
                    const QString &to, const QString &reason, QString *error,
                    QString *done = nullptr);

private:
    Store &m_store;
};

} // namespace gpudesk
