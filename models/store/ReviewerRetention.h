// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace gpudesk {

class Store;

// What one purge removed from a reviewer's profile, and when.
struct RetentionRecord
{
    QString callId;
    QString callCode;
    qint64 panelClosedAt = 0;
    qint64 purgedAt = 0;
    int applicationsRemoved = 0; // gone with their assignments and drafts
    int applicationsKept = 0;    // reduced to the receipt number beside a submitted review
    int documentsRemoved = 0;
    int draftsRemoved = 0;
    int reviewsKept = 0; // the reviewer's own submitted reviews
};

// Reviewer data retention (DOMAIN.md: reviewers' copies are removed when the panel closes). On a
// reviewer's own profile, once a call's panel has closed (calls.panel_closed_at, set by the
// officer and brought by sync), the copies of that call's applications go: every document, the
// people named, the status history and the reviewer's unsubmitted drafts. Applications the
// reviewer submitted a review of stay only as their receipt number beside that review; the others
// go entirely. The removal is local (never pushed as deletions), overwrites the freed pages
// (secure_delete) and folds the write-ahead log, so the contents leave the disk too.
class ReviewerRetention final
{
public:
    explicit ReviewerRetention(Store &store) : m_store(store) {}

    // A reviewer's own profile: it has users and all of its active users are reviewers. An
    // officer's or a shared (demo) profile keeps everything.
    bool isReviewerProfile() const;
    // Calls whose panel closed and whose applications this profile still holds copies of.
    QStringList callsDue() const;
    // Purges one call (refused unless its panel closed and this is a reviewer's profile).
    std::optional<RetentionRecord> purge(const QString &callId, QString *error);
    // Purges every call due; what each purge removed.
    QList<RetentionRecord> purgeDue(QString *error);

    // What was removed so far, newest first; one record per call.
    QList<RetentionRecord> history() const;
    std::optional<RetentionRecord> record(const QString &callId) const;

    // The notice a reviewer reads: what was removed, when, and what stays.
    static QString notice(const RetentionRecord &r);

private:
    Store &m_store;
};

} // namespace gpudesk
