// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "data/Csv.h"
#include "domain/TimeFormat.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

// A readable name for the entity, looked up by primary key; empty once the row is gone.
const QString kLabelExpr =
    u"CASE a.entity "
    "WHEN 'application' THEN (SELECT code FROM applications WHERE id = a.entity_id) "
    "WHEN 'call' THEN (SELECT code FROM calls WHERE id = a.entity_id) "
    "WHEN 'node' THEN (SELECT hostname FROM nodes WHERE id = a.entity_id) "
    "WHEN 'user' THEN (SELECT login FROM users WHERE id = a.entity_id) "
    "WHEN 'provider' THEN (SELECT code FROM providers WHERE id = a.entity_id) "
    "WHEN 'site' THEN (SELECT name FROM sites WHERE id = a.entity_id) "
    "WHEN 'cluster' THEN (SELECT name FROM clusters WHERE id = a.entity_id) "
    "WHEN 'rack_row' THEN (SELECT name FROM rack_rows WHERE id = a.entity_id) "
    "WHEN 'rack' THEN (SELECT name FROM racks WHERE id = a.entity_id) "
    "WHEN 'pool' THEN (SELECT code FROM pools WHERE id = a.entity_id) "
    "WHEN 'reviewer' THEN (SELECT name FROM reviewers WHERE id = a.entity_id) "
    "ELSE '' END"_s;

struct Where
{
    QString sql;
    QVariantList values;
};

Where whereFor(const AuditFilter &f, qint64 beforeSeq)
{
    QStringList parts;
    Where w;
    auto add = [&](const QString &clause, const QVariant &value) {
        parts << clause;
        w.values << value;
    };
    if (!f.userId.isEmpty())
        add(u"a.user_id = ?"_s, f.userId);
    if (!f.action.isEmpty())
        add(u"a.action = ?"_s, f.action);
    if (!f.entity.isEmpty())
        add(u"a.entity = ?"_s, f.entity);
    if (!f.entityId.isEmpty())
        add(u"a.entity_id = ?"_s, f.entityId);
    if (f.fromMs > 0)
        add(u"a.at >= ?"_s, f.fromMs);
    if (f.toMs > 0)
        add(u"a.at < ?"_s, f.toMs);
    if (beforeSeq > 0)
        add(u"a.seq < ?"_s, beforeSeq);
    if (!f.text.trimmed().isEmpty()) {
        QString escaped = f.text.trimmed();
        escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        const QString pattern = u'%' + escaped + u'%';
        parts << u"(a.details LIKE ? ESCAPE '\\' OR a.entity_id LIKE ? ESCAPE '\\')"_s;
        w.values << pattern << pattern;
    }
    if (!parts.isEmpty())
        w.sql = u" WHERE "_s + parts.join(u" AND "_s);
    return w;
}

QString jsonValueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return u"—"_s;
    case QJsonValue::Bool:
        return v.toBool() ? Text::tr("yes") : Text::tr("no");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 6);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        // [old, new] pairs, as the editors record them.
        if (a.size() == 2 && !a[0].isArray() && !a[1].isArray() && !a[0].isObject() &&
            !a[1].isObject())
            return Text::tr("%1 → %2").arg(jsonValueText(a[0]), jsonValueText(a[1]));
        QStringList parts;
        for (const QJsonValue &x : a)
            parts << jsonValueText(x);
        return parts.join(u", "_s);
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

bool AuditLog::append(QSqlDatabase &db, const QString &userId, const QString &action,
                      const QString &entity, const QString &entityId, const QJsonObject &details,
                      QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO audit_log (at, user_id, action, entity, entity_id, details) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(Store::nowMs());
    q.addBindValue(userId.isNull() ? u""_s : userId); // a null QString binds as NULL
    q.addBindValue(action);
    q.addBindValue(entity);
    q.addBindValue(entityId.isNull() ? u""_s : entityId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        if (error)
            *error = Text::tr("The audit log could not be written: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool AuditLog::recordBackup(Store &store, const QString &file, bool scheduled, QString *error)
{
    return store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            changed << u"audit_log"_s;
            return append(db, store.currentUserId(), u"backup"_s, u"profile"_s,
                          QFileInfo(store.path()).fileName(),
                          {{u"file"_s, QDir::toNativeSeparators(file)},
                           {u"bytes"_s, double(QFileInfo(file).size())},
                           {u"scheduled"_s, scheduled}},
                          err);
        },
        error);
}

QList<AuditEntry> AuditLog::entries(const AuditFilter &filter, qint64 beforeSeq, int limit) const
{
    QList<AuditEntry> out;
    const Where w = whereFor(filter, beforeSeq);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.seq, a.at, a.user_id, coalesce(u.display_name, a.user_id), a.action, "
              "a.entity, a.entity_id, coalesce("_s +
              kLabelExpr +
              u", ''), a.details FROM audit_log a LEFT JOIN users u ON u.id = a.user_id"_s + w.sql +
              u" ORDER BY a.seq DESC LIMIT ?"_s);
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = q.value(1).toLongLong();
        e.userId = q.value(2).toString();
        e.userName = q.value(3).toString();
        e.action = q.value(4).toString();
        e.entity = q.value(5).toString();
        e.entityId = q.value(6).toString();
        e.entityLabel = q.value(7).toString();
        e.details = q.value(8).toString();
        out.append(e);
    }
    return out;
}

int AuditLog::count(const AuditFilter &filter) const
{
    const Where w = whereFor(filter, 0);
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM audit_log a"_s + w.sql);
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<QPair<QString, QString>> AuditLog::users() const
{
    QList<QPair<QString, QString>> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(u"SELECT DISTINCT a.user_id, coalesce(u.display_name, a.user_id) || "
               "coalesce(' (' || u.login || ')', '') AS label FROM audit_log a "
               "LEFT JOIN users u ON u.id = a.user_id ORDER BY label"_s)) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString()});
    }
    return out;
}

QStringList AuditLog::actions() const
{
    QStringList out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(u"SELECT DISTINCT action FROM audit_log ORDER BY action"_s)) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

QStringList AuditLog::entities() const
{
    QStringList out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(u"SELECT DISTINCT entity FROM audit_log ORDER BY entity"_s)) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

bool AuditLog::exportCsv(const AuditFilter &filter, QIODevice *out, QString *error) const
{
    CsvWriter csv(out);
    csv.writeRow({Text::tr("Time"), Text::tr("User"), Text::tr("Action"), Text::tr("Entity"),
                  Text::tr("Name"), Text::tr("Entity id"), Text::tr("Details")});
    qint64 before = 0;
    constexpr int kPage = 2000;
    for (;;) {
        const QList<AuditEntry> page = entries(filter, before, kPage);
        for (const AuditEntry &e : page) {
            csv.writeRow({formatDateTime(e.at), e.userName, actionLabel(e.action),
                          entityLabel(e.entity), e.entityLabel, e.entityId, e.details});
        }
        if (!csv.ok()) {
            if (error)
                *error = Text::tr("The file could not be written; check the disk and try again.");
            return false;
        }
        if (page.size() < kPage)
            return true;
        before = page.constLast().seq;
    }
}

QString AuditLog::actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels = {
        {u"status_change"_s, QT_TRANSLATE_NOOP("AuditLog", "Status change")},
        {u"allocation_change"_s, QT_TRANSLATE_NOOP("AuditLog", "Allocation change")},
        {u"performance_check"_s, QT_TRANSLATE_NOOP("AuditLog", "Performance check")},
        {u"statements_issued"_s, QT_TRANSLATE_NOOP("AuditLog", "Statements issued")},
        {u"auto_assign"_s, QT_TRANSLATE_NOOP("AuditLog", "Reviewers auto-assigned")},
        {u"assign"_s, QT_TRANSLATE_NOOP("AuditLog", "Reviewers assigned")},
        {u"reassign"_s, QT_TRANSLATE_NOOP("AuditLog", "Reviewers reassigned")},
        {u"assignment_withdraw"_s, QT_TRANSLATE_NOOP("AuditLog", "Assignment withdrawn")},
        {u"review_reopen"_s, QT_TRANSLATE_NOOP("AuditLog", "Review reopened")},
        {u"call_create"_s, QT_TRANSLATE_NOOP("AuditLog", "Call created")},
        {u"call_change"_s, QT_TRANSLATE_NOOP("AuditLog", "Call changed")},
        {u"panel_close"_s, QT_TRANSLATE_NOOP("AuditLog", "Panel closed")},
        {u"inventory_add"_s, QT_TRANSLATE_NOOP("AuditLog", "Added to the inventory")},
        {u"inventory_change"_s, QT_TRANSLATE_NOOP("AuditLog", "Inventory changed")},
        {u"inventory_retire"_s, QT_TRANSLATE_NOOP("AuditLog", "Retired")},
        {u"node_state"_s, QT_TRANSLATE_NOOP("AuditLog", "Node state")},
        {u"pool_move"_s, QT_TRANSLATE_NOOP("AuditLog", "Nodes moved to a pool")},
        {u"node_import"_s, QT_TRANSLATE_NOOP("AuditLog", "Node list imported")},
        {u"user_create"_s, QT_TRANSLATE_NOOP("AuditLog", "User created")},
        {u"user_change"_s, QT_TRANSLATE_NOOP("AuditLog", "User changed")},
        {u"user_disable"_s, QT_TRANSLATE_NOOP("AuditLog", "User disabled")},
        {u"user_enable"_s, QT_TRANSLATE_NOOP("AuditLog", "User enabled")},
        {u"password_reset"_s, QT_TRANSLATE_NOOP("AuditLog", "Password reset")},
        {u"password_change"_s, QT_TRANSLATE_NOOP("AuditLog", "Own password changed")},
        {u"reviewer_profile"_s, QT_TRANSLATE_NOOP("AuditLog", "Reviewer profile changed")},
        {u"backup"_s, QT_TRANSLATE_NOOP("AuditLog", "Backup made")},
        {u"retention_purge"_s, QT_TRANSLATE_NOOP("AuditLog", "Reviewer copies removed")},
    };
    const auto it = labels.constFind(action);
    return it == labels.cend() ? action : QCoreApplication::translate("AuditLog", *it);
}

QString AuditLog::entityLabel(const QString &entity)
{
    static const QHash<QString, const char *> labels = {
        {u"application"_s, QT_TRANSLATE_NOOP("AuditLog", "Application")},
        {u"call"_s, QT_TRANSLATE_NOOP("AuditLog", "Call")},
        {u"node"_s, QT_TRANSLATE_NOOP("AuditLog", "Node")},
        {u"user"_s, QT_TRANSLATE_NOOP("AuditLog", "User")},
        {u"provider"_s, QT_TRANSLATE_NOOP("AuditLog", "Provider")},
        {u"site"_s, QT_TRANSLATE_NOOP("AuditLog", "Site")},
        {u"cluster"_s, QT_TRANSLATE_NOOP("AuditLog", "Cluster")},
        {u"rack_row"_s, QT_TRANSLATE_NOOP("AuditLog", "Rack row")},
        {u"rack"_s, QT_TRANSLATE_NOOP("AuditLog", "Rack")},
        {u"pool"_s, QT_TRANSLATE_NOOP("AuditLog", "Pool")},
        {u"reviewer"_s, QT_TRANSLATE_NOOP("AuditLog", "Reviewer")},
        {u"review"_s, QT_TRANSLATE_NOOP("AuditLog", "Review")},
        {u"review_assignment"_s, QT_TRANSLATE_NOOP("AuditLog", "Review assignment")},
        {u"profile"_s, QT_TRANSLATE_NOOP("AuditLog", "Profile")},
    };
    const auto it = labels.constFind(entity);
    return it == labels.cend() ? entity : QCoreApplication::translate("AuditLog", *it);
}

QString AuditLog::detailsSummary(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return json;
    const QJsonObject o = doc.object();
    QStringList parts;
    for (auto it = o.begin(); it != o.end(); ++it)
        parts << u"%1: %2"_s.arg(it.key(), jsonValueText(it.value()));
    return parts.join(u"; "_s);
}

} // namespace gpudesk
