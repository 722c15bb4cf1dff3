// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallStageRepository.h"

#include "ApplicationRepository.h"
#include "AuditLog.h"
#include "CallRepository.h"
#include "SqlExec.h"
#include "Store.h"
#include "domain/DisplayLanguage.h"
#include "rules/Screening.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CallStageRepository)
};

const QString kSelect =
    u"SELECT c.id, c.code, c.title, c.title_en, c.stage, t.code, t.name, t.name_en, t.stages "
    "FROM calls c JOIN call_types t ON t.id = c.call_type_id WHERE c.deleted = 0 "_s;

CallStageState readState(const QSqlQuery &q)
{
    CallStageState s;
    s.callId = q.value(0).toString();
    s.code = q.value(1).toString();
    s.title = q.value(2).toString();
    s.titleEn = q.value(3).toString();
    s.stage = q.value(4).toString();
    s.typeCode = q.value(5).toString();
    s.typeName = q.value(6).toString();
    s.typeNameEn = q.value(7).toString();
    const StageList list = parseStages(q.value(8).toString());
    s.stages = list.stages;
    s.stagesError = list.error;
    return s;
}

std::optional<CallStageState> loadState(const QSqlDatabase &db, const QString &callId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(kSelect + u"AND c.id = ?"_s);
    q.addBindValue(callId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readState(q);
}

// Entering a Review stage screens the submitted applications when the type has no Screening
// stage of its own.
bool screensOnEntry(const CallStageState &s, const QString &to)
{
    return stageAllows(to, StageActivity::Review) && !s.typeAllows(StageActivity::Screening);
}

struct Entry
{
    QString id;
    ApplicationFacts facts;
};

bool submitted(const QSqlDatabase &db, const QString &callId, QList<Entry> *out, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id, t.code, a.requested_gpus, a.months, o.org_type, o.youth_founded "
              "FROM applications a JOIN accelerator_types t ON t.id = a.accelerator_type_id "
              "JOIN organizations o ON o.id = a.organization_id "
              "WHERE a.call_id = ? AND a.deleted = 0 AND a.status = 'submitted' ORDER BY a.code"_s);
    q.addBindValue(callId);
    if (!q.exec()) {
        *error =
            Text::tr("The call's applications could not be read: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toString();
        e.facts.acceleratorType = q.value(1).toString();
        e.facts.requestedGpus = q.value(2).toInt();
        e.facts.months = q.value(3).toInt();
        e.facts.orgType =
            orgTypeFromKey(q.value(4).toString()).value_or(OrganizationType::PublicAgency);
        e.facts.youthFounded = q.value(5).toBool();
        out->append(e);
    }
    return true;
}

// The call's rules without its dates (see the class comment).
ScreeningResult screenWithoutDates(const ApplicationFacts &facts, const CallRules &rules)
{
    ScreeningResult r = screen(facts, rules);
    r.failures.removeIf([](const ScreeningFailure &f) {
        return f.code == ScreeningCode::BeforeWindow || f.code == ScreeningCode::AfterWindow;
    });
    return r;
}

} // namespace

QString CallStageState::displayName() const
{
    const bool english = DisplayLanguage::isEnglish();
    return u"%1 · %2"_s.arg(code, english && !titleEn.isEmpty() ? titleEn : title);
}

std::optional<CallStageState> CallStageRepository::state(const QString &callId) const
{
    return loadState(m_store.db(), callId);
}

QList<CallStageState> CallStageRepository::callsWhoseTypeAllows(StageActivity activity) const
{
    QList<CallStageState> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!q.exec(kSelect + u"ORDER BY c.opens_on DESC, c.code DESC"_s))
        return out;
    while (q.next()) {
        CallStageState s = readState(q);
        if (s.typeAllows(activity))
            out.append(s);
    }
    return out;
}

QList<StageHistoryEntry> CallStageRepository::history(const QString &callId) const
{
    QList<StageHistoryEntry> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT from_stage, to_stage, changed_at, changed_by, reason FROM "
              "call_stage_history WHERE call_id = ? AND deleted = 0 ORDER BY changed_at, rowid"_s);
    q.addBindValue(callId);
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                        q.value(3).toString(), q.value(4).toString()});
    }
    return out;
}

QString CallStageRepository::consequences(const QString &callId, const QString &to) const
{
    const auto s = state(callId);
    if (!s || !screensOnEntry(*s, to))
        return {};
    QList<Entry> entries;
    QString error;
    if (!submitted(m_store.db(), callId, &entries, &error) || entries.isEmpty())
        return {};
    const auto rules = CallRepository(m_store.db()).rules(callId);
    int failing = 0;
    for (const Entry &e : std::as_const(entries))
        failing += rules && !screenWithoutDates(e.facts, *rules).passed() ? 1 : 0;
    QString text = Text::tr("%n entry(ies) are checked against the call's rules and go to review.",
                            nullptr, int(entries.size()));
    if (failing > 0)
        text += u' ' + Text::tr("%n of them break a rule and will be rejected with the reason.",
                                nullptr, failing);
    return text;
}

bool CallStageRepository::moveTo(const QString &callId, const QString &to, const QString &reason,
                                 QString *error, QString *done)
{
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            return moveWithin(db, changed, callId, to, reason, err, done);
        },
        error);
}

bool CallStageRepository::moveWithin(QSqlDatabase &db, QSet<QString> &changed,
                                     const QString &callId, const QString &to,
                                     const QString &reason, QString *error, QString *done)
{
    const auto s = loadState(db, callId);
    if (!s) {
        *error = Text::tr("The call no longer exists.");
        return false;
    }
    if (!s->stagesError.isEmpty()) {
        *error = s->stagesError;
        return false;
    }
    const StageStep step = checkStageStep(s->stages, s->stage, to, reason);
    if (!step.allowed) {
        *error = Text::tr("%1: %2").arg(s->code, step.refusal);
        return false;
    }
    const qint64 now = Store::nowMs();
    const QString user = m_store.currentUserId().isNull() ? u""_s : m_store.currentUserId();
    const QString who = m_store.currentUserName().isEmpty() ? user : m_store.currentUserName();
    const QString why = reason.isNull() ? u""_s : reason.trimmed();
    QSqlQuery q(db);
    auto run = [&](const QString &statement, const QVariantList &values) {
        if (sql::exec(q, statement, values, error, sql::NullText::AsEmpty))
            return true;
        *error = Text::tr("The stage could not be saved: %1. Nothing was changed.").arg(*error);
        return false;
    };
    if (!run(u"UPDATE calls SET stage = ?, updated_at = ?, updated_by = ? WHERE id = ?"_s,
             {to, now, user, callId}))
        return false;
    if (!run(u"INSERT INTO call_stage_history (id, updated_at, updated_by, call_id, from_stage, "
             "to_stage, changed_at, changed_by, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
             {Store::newId(), now, user, callId, s->stage, to, now, who, why}))
        return false;
    const QJsonObject details{{u"from"_s, s->stage}, {u"to"_s, to}, {u"reason"_s, why}};
    if (!AuditLog::append(db, user, u"stage_change"_s, u"call"_s, callId, details, error))
        return false;
    changed << u"calls"_s << u"call_stage_history"_s << u"audit_log"_s;

    if (!screensOnEntry(*s, to))
        return true;
    QList<Entry> entries;
    if (!submitted(db, callId, &entries, error))
        return false;
    const auto rules = CallRepository(db).rules(callId);
    if (!rules) {
        *error = Text::tr("The call's rules could not be read.");
        return false;
    }
    ApplicationRepository apps(m_store);
    using S = ApplicationStatus;
    const QString checking =
        Text::tr("Checked against the call's rules when the call entered %1.").arg(stageLabel(to));
    int passed = 0, rejected = 0;
    for (const Entry &e : std::as_const(entries)) {
        const ScreeningResult r = screenWithoutDates(e.facts, *rules);
        const ApplicationRepository::Move outcome =
            r.passed() ? ApplicationRepository::Move{e.id, S::UnderReview,
                                                     Text::tr("Meets the call's rules.")}
                       : ApplicationRepository::Move{e.id, S::Rejected, r.reasonText()};
        if (!apps.applyWithin(db, changed, {e.id, S::Screening, checking}, error) ||
            !apps.applyWithin(db, changed, outcome, error))
            return false;
        (r.passed() ? passed : rejected) += 1;
    }
    if (done && !entries.isEmpty())
        *done = Text::tr("%n went to review", nullptr, passed) + u", "_s +
                Text::tr("%n rejected by the call's rules", nullptr, rejected) + u'.';
    return true;
}

} // namespace gpudesk
