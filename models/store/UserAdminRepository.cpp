// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserAdminRepository.h"

#include "AuditLog.h"
#include "AuditedRecord.h"
#include "SqlExec.h"
#include "Store.h"
#include "UserRepository.h"
#include "domain/DisplayLanguage.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UserAdminRepository)
};

QString loginOf(const QSqlDatabase &db, const QString &userId)
{
    return sql::scalar(db, u"SELECT login FROM users WHERE id = ?"_s, {userId}).toString();
}

} // namespace

QList<UserRow> UserAdminRepository::users() const
{
    QList<UserRow> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT u.id, u.login, u.display_name, u.email, u.role, u.disabled, "
                "c.user_id IS NOT NULL, coalesce(r.id, ''), "
                "coalesce(nullif(r.affiliation, ''), o.name, '') FROM users u "
                "LEFT JOIN local_credentials c ON c.user_id = u.id "
                "LEFT JOIN reviewers r ON r.id = (SELECT id FROM reviewers WHERE user_id = u.id "
                " AND deleted = 0 ORDER BY id LIMIT 1) "
                "LEFT JOIN organizations o ON o.id = r.organization_id "
                "WHERE u.deleted = 0 ORDER BY u.disabled, CASE u.role WHEN 'administrator' THEN 0 "
                "WHEN 'program_officer' THEN 1 WHEN 'manager' THEN 2 ELSE 3 END, u.login"_s))
        return out;
    while (q.next()) {
        UserRow r;
        r.id = q.value(0).toString();
        r.login = q.value(1).toString();
        r.displayName = q.value(2).toString();
        r.email = q.value(3).toString();
        r.roleKey = q.value(4).toString();
        r.disabled = q.value(5).toBool();
        r.hasPassword = q.value(6).toBool();
        r.reviewerId = q.value(7).toString();
        r.affiliation = q.value(8).toString();
        out.append(r);
    }
    return out;
}

std::optional<UserDraft> UserAdminRepository::user(const QString &id) const
{
    QSqlQuery q(m_store.db());
    if (!sql::exec(q,
                   u"SELECT login, display_name, email, role, disabled FROM users "
                   "WHERE id = ? AND deleted = 0"_s,
                   {id}, nullptr) ||
        !q.next())
        return std::nullopt;
    return UserDraft{id,
                     q.value(0).toString(),
                     q.value(1).toString(),
                     q.value(2).toString(),
                     q.value(3).toString(),
                     q.value(4).toBool()};
}

AccountContext UserAdminRepository::context(const UserDraft &u) const
{
    AccountContext ctx;
    ctx.currentUserId = m_store.currentUserId();
    QSqlQuery q(m_store.db());
    if (sql::exec(q, u"SELECT lower(login) FROM users WHERE id <> ?"_s, {sql::text(u.id)}, nullptr)) {
        while (q.next())
            ctx.otherLogins.insert(q.value(0).toString());
    }
    ctx.otherActiveAdministrators =
        sql::scalar(m_store.db(),
                    u"SELECT count(*) FROM users WHERE role = 'administrator' AND disabled = 0 "
                    "AND deleted = 0 AND id <> ?"_s,
                    {sql::text(u.id)})
            .toInt();
    if (const auto saved = user(u.id)) {
        ctx.savedRoleKey = saved->roleKey;
        ctx.savedDisabled = saved->disabled;
    }
    return ctx;
}

std::optional<QString> UserAdminRepository::saveUser(const UserDraft &u,
                                                     const QString &initialPassword,
                                                     QString *error, ValidationIssues *issues)
{
    const ValidationIssues found = validateUser(u, context(u));
    if (issues)
        *issues = found;
    if (!found.isEmpty()) {
        if (error)
            *error = issueMessages(found).join(u' ');
        return std::nullopt;
    }
    const bool insert = u.id.isEmpty();
    if (insert && !initialPassword.isEmpty()) {
        const QStringList problems = passwordProblems(initialPassword, u.login);
        if (!problems.isEmpty()) {
            if (error)
                *error = problems.join(u' ');
            if (issues)
                issues->append({u"password"_s, problems.join(u' ')});
            return std::nullopt;
        }
    }
    const QString id = insert ? Store::newId() : u.id;
    const bool ok = m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            const QString by = m_store.currentUserId();
            bool any = false;
            if (!AuditedRecord::save(db, u"users"_s, u"user"_s, id, insert,
                                       {{u"login"_s, u.login.trimmed()},
                                        {u"display_name"_s, u.displayName.trimmed()},
                                        {u"email"_s, sql::text(u.email.trimmed())},
                                        {u"role"_s, u.roleKey},
                                        {u"disabled"_s, u.disabled ? 1 : 0}},
                                       by, {}, err, &any,
                                       insert ? u"user_create"_s : u"user_change"_s))
                return false;
            if (insert && !initialPassword.isEmpty() &&
                !UserRepository::storePassword(db, id, u.login, initialPassword, err))
                return false;
            // Reviewers carry the user's name and address: keep them in step.
            QSqlQuery q(db);
            if (!insert && !sql::exec(q,
                                      u"UPDATE reviewers SET name = ?, email = ?, updated_at = ?, "
                                      "updated_by = ? WHERE user_id = ? AND deleted = 0 AND "
                                      "(name IS NOT ? OR email IS NOT ?)"_s,
                                      {u.displayName.trimmed(), sql::text(u.email.trimmed()),
                                       Store::nowMs(), by, id, u.displayName.trimmed(),
                                       sql::text(u.email.trimmed())},
                                      err))
                return false;
            changed << u"users"_s << u"local_credentials"_s << u"reviewers"_s << u"audit_log"_s;
            return true;
        },
        error);
    if (!ok)
        return std::nullopt;
    return id;
}

bool UserAdminRepository::setDisabled(const QString &userId, bool disabled, QString *error)
{
    auto u = user(userId);
    if (!u) {
        if (error)
            *error = Text::tr("The user no longer exists; reload the list.");
        return false;
    }
    const ValidationIssues found = [&] {
        UserDraft next = *u;
        next.disabled = disabled;
        return validateUser(next, context(*u));
    }();
    if (!found.isEmpty()) {
        if (error)
            *error = issueMessages(found).join(u' ');
        return false;
    }
    if (u->disabled == disabled)
        return true;
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            QSqlQuery q(db);
            if (!sql::exec(q,
                           u"UPDATE users SET disabled = ?, updated_at = ?, updated_by = ? WHERE id = ?"_s,
                           {disabled ? 1 : 0, Store::nowMs(), m_store.currentUserId(), userId}, err))
                return false;
            if (!AuditLog::append(db, m_store.currentUserId(),
                                  disabled ? u"user_disable"_s : u"user_enable"_s, u"user"_s, userId,
                                  {{u"login"_s, u->login}}, err))
                return false;
            changed << u"users"_s << u"audit_log"_s;
            return true;
        },
        error);
}

bool UserAdminRepository::resetPassword(const QString &userId, const QString &password,
                                        QString *error)
{
    const auto u = user(userId);
    if (!u) {
        if (error)
            *error = Text::tr("The user no longer exists; reload the list.");
        return false;
    }
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            if (!UserRepository::storePassword(db, userId, u->login, password, err) ||
                !AuditLog::append(db, m_store.currentUserId(), u"password_reset"_s, u"user"_s,
                                  userId, {{u"login"_s, u->login}}, err))
                return false;
            changed << u"local_credentials"_s << u"audit_log"_s;
            return true;
        },
        error);
}

bool UserAdminRepository::changeOwnPassword(const QString &currentPassword,
                                            const QString &newPassword, QString *error)
{
    const QString me = m_store.currentUserId();
    UserRepository users(m_store);
    if (me.isEmpty() || !user(me)) {
        if (error)
            *error = Text::tr("Nobody is signed in as a user of this profile.");
        return false;
    }
    if (!users.verifyPassword(me, currentPassword)) {
        if (error)
            *error = Text::tr("The current password is not right; nothing was changed.");
        return false;
    }
    if (currentPassword == newPassword) {
        if (error)
            *error = Text::tr("The new password is the current one; choose another.");
        return false;
    }
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            if (!UserRepository::storePassword(db, me, loginOf(db, me), newPassword, err) ||
                !AuditLog::append(db, me, u"password_change"_s, u"user"_s, me, {}, err))
                return false;
            changed << u"local_credentials"_s << u"audit_log"_s;
            return true;
        },
        error);
}

std::optional<ReviewerProfile> UserAdminRepository::reviewerProfile(const QString &userId) const
{
    QSqlQuery q(m_store.db());
    if (!sql::exec(q,
                   u"SELECT id, coalesce(organization_id, ''), affiliation, title FROM reviewers "
                   "WHERE user_id = ? AND deleted = 0 ORDER BY id LIMIT 1"_s,
                   {userId}, nullptr))
        return std::nullopt;
    ReviewerProfile p;
    if (!q.next())
        return p; // no reviewer yet: an empty profile to fill
    p.reviewerId = q.value(0).toString();
    p.organizationId = q.value(1).toString();
    p.affiliation = q.value(2).toString();
    p.title = q.value(3).toString();
    if (sql::exec(q,
                  u"SELECT field_id FROM reviewer_fields WHERE reviewer_id = ? AND deleted = 0 "
                  "ORDER BY field_id"_s,
                  {p.reviewerId}, nullptr)) {
        while (q.next())
            p.fieldIds << q.value(0).toString();
    }
    if (sql::exec(q,
                  u"SELECT c.id, c.organization_id, o.name, o.name_en, c.note FROM reviewer_conflicts c "
                  "JOIN organizations o ON o.id = c.organization_id "
                  "WHERE c.reviewer_id = ? AND c.deleted = 0 ORDER BY o.name"_s,
                  {p.reviewerId}, nullptr)) {
        while (q.next()) {
            const QString en = q.value(3).toString();
            p.conflicts.append({q.value(0).toString(), q.value(1).toString(),
                                DisplayLanguage::isEnglish() && !en.isEmpty() ? en : q.value(2).toString(),
                                q.value(4).toString()});
        }
    }
    return p;
}

bool UserAdminRepository::saveReviewerProfile(const QString &userId,
                                              const ReviewerProfile &profile, QString *error)
{
    const auto u = user(userId);
    const auto saved = reviewerProfile(userId);
    if (!u || !saved) {
        if (error)
            *error = Text::tr("The user no longer exists; reload the list.");
        return false;
    }
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            const QString by = m_store.currentUserId();
            const qint64 now = Store::nowMs();
            const bool insert = saved->reviewerId.isEmpty();
            const QString reviewerId = insert ? Store::newId() : saved->reviewerId;
            QSqlQuery q(db);
            const bool ok =
                insert ? sql::exec(q,
                                   u"INSERT INTO reviewers (id, updated_at, updated_by, user_id, "
                                   "name, email, organization_id, affiliation, title) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                   {reviewerId, now, by, userId, u->displayName, sql::text(u->email),
                                    sql::nullable(profile.organizationId), sql::text(profile.affiliation.trimmed()),
                                    sql::text(profile.title.trimmed())},
                                   err)
                       : sql::exec(q,
                                   u"UPDATE reviewers SET organization_id = ?, affiliation = ?, "
                                   "title = ?, updated_at = ?, updated_by = ? WHERE id = ?"_s,
                                   {sql::nullable(profile.organizationId), sql::text(profile.affiliation.trimmed()),
                                    sql::text(profile.title.trimmed()), now, by, reviewerId},
                                   err);
            if (!ok)
                return false;
            // Fields: UNIQUE (reviewer, field), so a field dropped and taken again revives its row.
            QHash<QString, QPair<QString, bool>> fieldRows; // field id -> (row id, deleted)
            if (!sql::exec(q, u"SELECT field_id, id, deleted FROM reviewer_fields WHERE reviewer_id = ?"_s,
                           {reviewerId}, err))
                return false;
            while (q.next())
                fieldRows.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toBool()});
            const QSet<QString> wanted(profile.fieldIds.cbegin(), profile.fieldIds.cend());
            for (const QString &f : wanted) {
                const auto it = fieldRows.constFind(f);
                if (it == fieldRows.cend()) {
                    if (!sql::exec(q,
                                   u"INSERT INTO reviewer_fields (id, updated_at, updated_by, "
                                   "reviewer_id, field_id) VALUES (?, ?, ?, ?, ?)"_s,
                                   {Store::newId(), now, by, reviewerId, f}, err))
                        return false;
                } else if (it->second &&
                           !sql::exec(q,
                                      u"UPDATE reviewer_fields SET deleted = 0, updated_at = ?, "
                                      "updated_by = ? WHERE id = ?"_s,
                                      {now, by, it->first}, err)) {
                    return false;
                }
            }
            for (auto it = fieldRows.cbegin(); it != fieldRows.cend(); ++it) {
                if (!wanted.contains(it.key()) && !it->second &&
                    !sql::exec(q,
                               u"UPDATE reviewer_fields SET deleted = 1, updated_at = ?, "
                               "updated_by = ? WHERE id = ?"_s,
                               {now, by, it->first}, err))
                    return false;
            }
            // Conflicts: kept by id; new ones added, dropped ones tombstoned.
            QSet<QString> keptConflicts;
            for (const ReviewerConflictEntry &c : profile.conflicts) {
                if (c.id.isEmpty()) {
                    if (!sql::exec(q,
                                   u"INSERT INTO reviewer_conflicts (id, updated_at, updated_by, "
                                   "reviewer_id, organization_id, note) VALUES (?, ?, ?, ?, ?, ?)"_s,
                                   {Store::newId(), now, by, reviewerId, c.organizationId,
                                    sql::text(c.note.trimmed())},
                                   err))
                        return false;
                    continue;
                }
                keptConflicts.insert(c.id);
                if (!sql::exec(q,
                               u"UPDATE reviewer_conflicts SET note = ?, updated_at = ?, "
                               "updated_by = ? WHERE id = ? AND note IS NOT ?"_s,
                               {sql::text(c.note.trimmed()), now, by, c.id, sql::text(c.note.trimmed())},
                               err))
                    return false;
            }
            for (const ReviewerConflictEntry &c : saved->conflicts) {
                if (!keptConflicts.contains(c.id) &&
                    !sql::exec(q,
                               u"UPDATE reviewer_conflicts SET deleted = 1, updated_at = ?, "
                               "updated_by = ? WHERE id = ?"_s,
                               {now, by, c.id}, err))
                    return false;
            }
            QJsonArray conflicts;
            for (const ReviewerConflictEntry &c : profile.conflicts)
                conflicts.append(c.organizationId);
            QStringList fieldList(wanted.cbegin(), wanted.cend());
            fieldList.sort();
            if (!AuditLog::append(db, by, u"reviewer_profile"_s, u"user"_s, userId,
                                  {{u"reviewer"_s, reviewerId},
                                   {u"organization"_s, profile.organizationId},
                                   {u"affiliation"_s, profile.affiliation.trimmed()},
                                   {u"fields"_s, QJsonArray::fromStringList(fieldList)},
                                   {u"conflicts"_s, conflicts}},
                                  err))
                return false;
            changed << u"reviewers"_s << u"reviewer_fields"_s << u"reviewer_conflicts"_s
                    << u"audit_log"_s;
            return true;
        },
        error);
}

QList<QPair<QString, QString>> UserAdminRepository::organizations() const
{
    QList<QPair<QString, QString>> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    const bool en = DisplayLanguage::isEnglish();
    if (q.exec(u"SELECT id, name, name_en FROM organizations WHERE deleted = 0 ORDER BY name"_s)) {
        while (q.next()) {
            const QString name = q.value(1).toString(), nameEn = q.value(2).toString();
            out.append({q.value(0).toString(),
                        nameEn.isEmpty() || nameEn == name
                            ? name
                            : (en ? u"%2 (%1)"_s : u"%1 (%2)"_s).arg(name, nameEn)});
        }
    }
    return out;
}

QList<QPair<QString, QString>> UserAdminRepository::fields() const
{
    QList<QPair<QString, QString>> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    const bool en = DisplayLanguage::isEnglish();
    if (q.exec(u"SELECT id, name_ko, name_en FROM fields WHERE deleted = 0 ORDER BY code"_s)) {
        while (q.next()) {
            const QString en2 = q.value(2).toString();
            out.append({q.value(0).toString(), en && !en2.isEmpty() ? en2 : q.value(1).toString()});
        }
    }
    return out;
}

} // namespace gpudesk
