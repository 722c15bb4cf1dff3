// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ApplicationData.h"
#include "domain/Money.h"
#include "rules/Screening.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace gpudesk {

class Store;

// Everything the detail panel shows about one application.
struct ApplicationDetail
{
    QString id;
    QString code;
    QString title;
    QString titleEn;
    QString summary;
    QString piName;
    QString piEmail;
    QString piPhone;
    QString fieldName;
    QString fieldNameEn;
    QString acceleratorType;
    int gpusPerNode = 8;
    int requestedGpus = 0;
    int requestedNodes = 0;
    int months = 0;
    QString desiredStart;
    QString slurmAccount;
    qint64 submittedAt = 0;
    ApplicationStatus status = ApplicationStatus::Submitted;
    QString screeningNote;
    std::optional<int> grantedNodes;
    QString callId;
    QString callCode;
    QString callTitle;
    QString callTitleEn;
    QString orgName;
    QString orgNameEn;
    OrganizationType orgType = OrganizationType::University;
    bool youthFounded = false;
    QString businessNumber;
    qint64 version = 0;
    QStringList people; // "name <email> (role)"

    ApplicationFacts facts() const;
};

struct HistoryEntry
{
    QString fromStatus;
    QString toStatus;
    qint64 at = 0;
    QString by;
    QString reason;
};

struct DocumentInfo
{
    QString id;
    QString kind;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
};

// The cost share an application would pay if granted its request from its desired start.
struct CostShareEstimate
{
    bool known = false; // false when the call has no price or rate for it
    qint64 gpuHours = 0;
    int shareBasisPoints = 0;
    Money amount;
};

// Reads applications and changes their status through the state machine, recording who, when
// and why in the history and the audit log, in one transaction.
class ApplicationRepository final
{
public:
    explicit ApplicationRepository(Store &store) : m_store(store) {}

    std::optional<ApplicationDetail> detail(const QString &id) const;
    QList<HistoryEntry> history(const QString &id) const;
    QList<DocumentInfo> documents(const QString &id) const;
    QByteArray documentContent(const QString &documentId) const;

    ScreeningResult screen(const ApplicationDetail &app) const;
    CostShareEstimate estimateCostShare(const ApplicationDetail &app) const;

    // Moves one application; refused (with a translated reason) when the state machine says no.
    bool transition(const QString &id, ApplicationStatus to, const QString &reason, QString *error);

    // What a move does to the granted nodes.
    enum class Grant {
        Keep, // leave granted_nodes as it is
        Set,  // write grantedNodes
        Clear // no grant any more (e.g. selected -> waitlisted)
    };

    // Moves several at once in one transaction: all or none.
    struct Move
    {
        QString id;
        ApplicationStatus to;
        QString reason;
        Grant grant = Grant::Keep;
        int grantedNodes = 0;
        // Writes decided_by_override when set: true for an officer's decision against the
        // ranking, false for one that follows it again (a promotion); unset keeps it.
        std::optional<bool> decidedByOverride = std::nullopt;
        // A change of the nodes or the window the application holds (the rack map): a move to
        // the status it already has is then accepted and recorded as X -> X with its reason.
        bool allocationChange = false;
    };
    // Besides the state machine's moves, a move to the status the application already has is
    // accepted in one case: a selected application granted other nodes (Grant::Set) with a
    // non-blank reason; it is recorded in the history as selected -> selected.
    bool transitionAll(const QList<Move> &moves, QString *error);

    // Applies one move inside a write the caller has already opened with Store::write, so that
    // another repository's change and the status move it causes commit together. Names the
    // tables it touches in `changed`.
    bool applyWithin(QSqlDatabase &db, QSet<QString> &changed, const Move &move, QString *error);

private:
    Store &m_store;
};

} // namespace gpudesk
