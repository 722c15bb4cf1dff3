// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ValidationIssue.h"
#include "rules/AccountRules.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace gpudesk {

class Store;

// One line of the users page.
struct UserRow
{
    QString id;
    QString login;
    QString displayName;
    QString email;
    QString roleKey;
    bool disabled = false;
    bool hasPassword = false;
    QString reviewerId;  // empty: no reviewer profile
    QString affiliation; // the reviewer's organisation or affiliation
};

struct ReviewerConflictEntry
{
    QString id; // empty until saved
    QString organizationId;
    QString organizationName;
    QString note;
};

// What the review needs to know of a reviewer (DOMAIN.md: conflicts of interest, fields).
struct ReviewerProfile
{
    QString reviewerId; // empty until saved
    QString organizationId; // the reviewer's own organisation, when it is in the profile
    QString affiliation;    // as the reviewer writes it
    QString title;
    QStringList fieldIds;
    QList<ReviewerConflictEntry> conflicts;
};

// The users of the local profile (the server's accounts are managed there once a profile syncs):
// create, edit, assign the role, disable and enable, reset a password, change one's own password,
// and the reviewer attributes the assignment rules read. Every change is recorded in the audit
// trail; passwords never are.
class UserAdminRepository final
{
public:
    explicit UserAdminRepository(Store &store) : m_store(store) {}

    QList<UserRow> users() const;
    std::optional<UserDraft> user(const QString &id) const;
    AccountContext context(const UserDraft &user) const;

    // Creates (with `initialPassword` when it is not empty) or updates the user; returns the id.
    std::optional<QString> saveUser(const UserDraft &user, const QString &initialPassword,
                                     QString *error, ValidationIssues *issues = nullptr);
    bool setDisabled(const QString &userId, bool disabled, QString *error);
    // An administrator sets a new password for another user.
    bool resetPassword(const QString &userId, const QString &password, QString *error);
    // The signed-in user replaces their own password after giving the current one (none needed
    // when they have none yet).
    bool changeOwnPassword(const QString &currentPassword, const QString &newPassword,
                           QString *error);

    std::optional<ReviewerProfile> reviewerProfile(const QString &userId) const;
    // Creates the reviewer linked to the user when there is none; the reviewer's name and e-mail
    // follow the user's.
    bool saveReviewerProfile(const QString &userId, const ReviewerProfile &profile,
                             QString *error);

    // (id, name) choices for the reviewer attributes, by name.
    QList<QPair<QString, QString>> organizations() const;
    QList<QPair<QString, QString>> fields() const;

private:
    Store &m_store;
};

} // namespace gpudesk
