// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationImporter.h"

#include "data/CsvTable.h"
#include "domain/Enums.h"
#include "store/Store.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

// clang-format off
enum Col : int {
    ReceiptCode, CallCode, OrgName, OrgNameEn, OrgType, YouthFounded, BusinessNumber, Title,
    TitleEn, Summary, PiName, PiEmail, PiPhone, FieldCode, AcceleratorType, RequestedGpus, Months,
    DesiredStart, SlurmAccount, SubmittedAt, ColCount
};
// clang-format on

struct ColumnSpec
{
    const char16_t *name;
    bool required;
    int maxLength;           // longest value accepted; 0 when the pattern bounds it
    const char16_t *pattern; // the whole value must match; nullptr for free text and look-ups
    const char *invalid;     // why a present value is refused; %1 is the value
};

// The columns of the CSV header and the keys of the JSON objects. Keep in step with
// docs/import-format.md.
// clang-format off
constexpr ColumnSpec kColumns[ColCount] = {
    {u"receipt_code", true, 0, u"[A-Za-z0-9][A-Za-z0-9._-]{0,63}", QT_TRANSLATE_NOOP(
        "ApplicationImporter",
        "'%1' is not a valid receipt code: use up to 64 letters, digits, '.', '_' or '-'.")},
    {u"call_code", true, 64, nullptr, QT_TRANSLATE_NOOP(
        "ApplicationImporter",
        "There is no call with code '%1'. Check the code, or create the call before importing.")},
    {u"organization_name", true, 200, nullptr, nullptr},
    {u"organization_name_en", false, 200, nullptr, nullptr},
    {u"organization_type", true, 40, nullptr, QT_TRANSLATE_NOOP(
        "ApplicationImporter",
        "'%1' is not an organisation type. Use one of university, research_institute, sme, "
        "startup, large_enterprise, public_agency, or 대학, 연구기관, 중소기업, 스타트업, 대기업, "
        "공공기관.")},
    {u"youth_founded", false, 10, nullptr, QT_TRANSLATE_NOOP(
        "ApplicationImporter", "'%1' is not yes or no. Use Y/N, true/false or 예/아니오.")},
    {u"business_number", true, 0, u"[0-9]{3}-[0-9]{2}-[0-9]{5}", QT_TRANSLATE_NOOP(
        "ApplicationImporter",
        "'%1' is not a business registration number. Use the form NNN-NN-NNNNN, e.g. "
        "123-45-67890.")},
    {u"title", true, 500, nullptr, nullptr},
    {u"title_en", false, 500, nullptr, nullptr},
    {u"summary", false, 20000, nullptr, nullptr},
    {u"pi_name", true, 100, nullptr, nullptr},
    {u"pi_email", true, 254,
     u"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
     u"(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+",
     QT_TRANSLATE_NOOP("ApplicationImporter", "'%1' is not a valid e-mail address.")},
    {u"pi_phone", false, 0, u"\\+?[0-9() -]{7,30}", QT_TRANSLATE_NOOP(
        "ApplicationImporter",
        "'%1' is not a telephone number. Use digits, spaces, '-', parentheses and an optional "
        "leading '+'.")},
    {u"field_code", true, 64, nullptr, QT_TRANSLATE_NOOP(
        "ApplicationImporter", "There is no research field with code '%1'.")},
    {u"accelerator_type", true, 32, nullptr, QT_TRANSLATE_NOOP(
        "ApplicationImporter", "There is no accelerator type '%1'.")},
    {u"requested_gpus", true, 0, u"0*[1-9][0-9]{0,8}", QT_TRANSLATE_NOOP(
        "ApplicationImporter", "'%1' is not a positive whole number of GPUs.")},
    {u"months", true, 0, u"0*[1-9][0-9]{0,3}", QT_TRANSLATE_NOOP(
        "ApplicationImporter", "'%1' is not a positive whole number of months.")},
    {u"desired_start", false, 0, u"[0-9]{4}-[0-9]{2}-[0-9]{2}", QT_TRANSLATE_NOOP(
        "ApplicationImporter", "'%1' is not a date. Use YYYY-MM-DD, e.g. 2026-02-01.")},
    {u"slurm_account", false, 0, u"[a-z0-9_-]{1,64}", QT_TRANSLATE_NOOP(
        "ApplicationImporter",
        "'%1' is not a valid Slurm account: use up to 64 lower-case letters, digits, '_' or '-'.")},
    {u"submitted_at", true, 0,
     u"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?"
     u"(?:Z|[+-][0-9]{2}:[0-9]{2})",
     QT_TRANSLATE_NOOP(
        "ApplicationImporter",
        "'%1' is not a date and time with a UTC offset. Use ISO 8601, e.g. "
        "2026-01-05T14:03:00+09:00.")},
};
// clang-format on

QString colName(int c)
{
    return QString::fromUtf16(kColumns[c].name);
}

// One row as read from the file, before validation.
struct RawRow
{
    int line = 0;
    QStringList values; // ColCount entries, trimmed; empty when absent
    QList<ImportIssue> issues;
};

struct Parsed
{
    QList<RawRow> rows;
    QString fatal;
    bool json = false;
};

struct ValidRow
{
    QString callId, orgType, fieldId, typeId;
    bool youth = false;
    int gpus = 0, nodes = 0, months = 0;
    qint64 submittedMs = 0;
};

struct TypeInfo
{
    QString id;
    QString code;
    int gpusPerNode = 8;
};

// Everything a row is checked against, read inside the import's transaction.
struct Reference
{
    QHash<QString, QString> calls;  // code -> id
    QHash<QString, QString> fields; // code -> id
    QHash<QString, TypeInfo> types; // lower-case code -> type
    QStringList typeCodes;
};

// The value as quoted in a message: long values are cut.
QString shown(const QString &value)
{
    return value.size() > 60 ? value.left(57) + u"..."_s : value;
}

std::optional<QString> orgTypeFromText(const QString &text)
{
    if (const auto t = orgTypeFromKey(text.toLower()))
        return orgTypeKey(*t);
    static const QHash<QString, QString> korean = {{u"대학"_s, u"university"_s},
                                                   {u"연구기관"_s, u"research_institute"_s},
                                                   {u"중소기업"_s, u"sme"_s},
                                                   {u"스타트업"_s, u"startup"_s},
                                                   {u"대기업"_s, u"large_enterprise"_s},
                                                   {u"공공기관"_s, u"public_agency"_s}};
    const auto it = korean.constFind(text);
    return it == korean.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

std::optional<bool> yesNo(const QString &text)
{
    static const QStringList yes = {u"y"_s, u"yes"_s, u"true"_s, u"1"_s, u"예"_s};
    static const QStringList no = {u"n"_s, u"no"_s, u"false"_s, u"0"_s, u"아니오"_s, u"아니요"_s};
    const QString t = text.toLower();
    if (t.isEmpty() || no.contains(t))
        return false;
    return yes.contains(t) ? std::optional<bool>(true) : std::nullopt;
}

QString fatalHeader(const QStringList &problems)
{
    return ApplicationImporter::tr("The column names do not match the applications format, so "
                                   "nothing was imported. %1 The columns are: %2.")
        .arg(problems.join(u' '), ApplicationImporter::columnNames().join(u", "_s));
}

bool parseCsv(const QByteArray &data, Parsed *out)
{
    QList<CsvColumn> columns;
    for (int c = 0; c < ColCount; ++c)
        columns << CsvColumn{{colName(c)}, kColumns[c].required};
    const CsvTable table = readCsvTable(data, columns);
    if (!table.headerProblems.isEmpty()) {
        out->fatal = fatalHeader(table.headerProblems);
        return false;
    }
    if (!table.fatal.isEmpty()) {
        out->fatal = table.fatal;
        return false;
    }
    for (const CsvTableRow &t : table.rows) {
        RawRow row{t.line, t.values, {}};
        if (!t.issue.isEmpty())
            row.issues << ImportIssue{row.line, {}, t.issue};
        out->rows << row;
    }
    return true;
}

// A JSON value as the text a CSV cell would hold; nullopt for arrays and objects.
std::optional<QString> jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble()) {
        const double d = v.toDouble();
        return std::abs(d) < 1e15 && d == std::trunc(d) ? QString::number(qint64(d))
                                                        : QString::number(d);
    }
    if (v.isNull())
        return QString();
    return std::nullopt;
}

bool parseJson(QByteArray data, Parsed *out)
{
    out->json = true;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(u"version"_s);
    if (pe.error != QJsonParseError::NoError) {
        out->fatal = ApplicationImporter::tr("The file is not valid JSON (%1 at character %2), "
                                             "so nothing was imported.")
                         .arg(pe.errorString())
                         .arg(pe.offset);
    } else if (!doc.isObject() || root.value(u"format"_s).toString() != u"gpudesk-applications"_s) {
        out->fatal = ApplicationImporter::tr("This JSON file is not a gpudesk applications "
                                             "export: its \"format\" must be "
                                             "\"gpudesk-applications\".");
    } else if (!version.isDouble() || version.toDouble() != 1.0) {
        out->fatal = ApplicationImporter::tr("This file has version %1 of the applications "
                                             "format; this gpudesk reads version 1.")
                         .arg(version.isDouble() ? QString::number(version.toDouble())
                                                 : ApplicationImporter::tr("(none)"));
    } else if (!root.value(u"applications"_s).isArray()) {
        out->fatal = ApplicationImporter::tr("The JSON file has no \"applications\" array.");
    }
    if (!out->fatal.isEmpty())
        return false;

    const QStringList expected = ApplicationImporter::columnNames();
    QStringList unknown;
    int firstUnknown = 0;
    const QJsonArray array = root.value(u"applications"_s).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        RawRow row{int(i + 1), QStringList(ColCount), {}};
        if (!array.at(i).isObject()) {
            row.issues << ImportIssue{
                row.line, {}, ApplicationImporter::tr("The entry is not a JSON object.")};
        }
        const QJsonObject o = array.at(i).toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const int col = int(expected.indexOf(it.key()));
            if (col < 0) {
                if (!unknown.contains(it.key()))
                    unknown << it.key();
                firstUnknown = firstUnknown ? firstUnknown : row.line;
            } else if (const auto text = jsonText(it.value())) {
                row.values[col] = *text;
            } else {
                row.issues << ImportIssue{row.line, it.key(),
                                          ApplicationImporter::tr("The value must be text, a "
                                                                  "number or true/false.")};
            }
        }
        out->rows << row;
    }
    if (!unknown.isEmpty()) {
        out->fatal = fatalHeader({ApplicationImporter::tr("Unknown key(s) in \"applications\": "
                                                          "%1 (first in entry %2).")
                                      .arg(unknown.join(u", "_s))
                                      .arg(firstUnknown)});
        return false;
    }
    return true;
}

bool sqlFailed(const QSqlQuery &q, QString *error)
{
    *error = q.lastError().text();
    return false;
}

bool loadReference(QSqlDatabase &db, Reference *ref, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT code, id FROM calls WHERE deleted = 0"_s))
        return sqlFailed(q, error);
    while (q.next())
        ref->calls.insert(q.value(0).toString(), q.value(1).toString());
    if (!q.exec(u"SELECT code, id FROM fields WHERE deleted = 0"_s))
        return sqlFailed(q, error);
    while (q.next())
        ref->fields.insert(q.value(0).toString(), q.value(1).toString());
    if (!q.exec(u"SELECT code, id, gpus_per_node FROM accelerator_types WHERE deleted = 0 "
                "ORDER BY code"_s))
        return sqlFailed(q, error);
    while (q.next()) {
        const TypeInfo t{q.value(1).toString(), q.value(0).toString(), q.value(2).toInt()};
        ref->types.insert(t.code.toLower(), t);
        ref->typeCodes << t.code;
    }
    return true;
}

// Checks one row's values: shape first (required, length, pattern), then the look-ups and
// calendar checks on the values in shape. Appends the row's issues; true when it has none.
bool validate(const RawRow &row, const Reference &ref, ValidRow *out, QList<ImportIssue> *issues)
{
    static const QList<QRegularExpression> patterns = [] {
        QList<QRegularExpression> list;
        for (const ColumnSpec &spec : kColumns) {
            list << (spec.pattern ? QRegularExpression(u"\\A(?:"_s +
                                                       QString::fromUtf16(spec.pattern) + u")\\z"_s)
                                  : QRegularExpression());
        }
        return list;
    }();
    const QStringList &v = row.values;
    const qsizetype before = issues->size();
    auto refuse = [&](int c, const QString &reason) {
        issues->append(ImportIssue{row.line, colName(c), reason});
    };
    auto invalid = [&](int c) {
        return ApplicationImporter::tr(kColumns[c].invalid).arg(shown(v.at(c)));
    };
    bool inShape[ColCount] = {};
    for (int c = 0; c < ColCount; ++c) {
        const ColumnSpec &spec = kColumns[c];
        if (v.at(c).isEmpty()) {
            if (spec.required)
                refuse(c, ApplicationImporter::tr("A value is required."));
        } else if (spec.maxLength > 0 && v.at(c).size() > spec.maxLength) {
            refuse(c, ApplicationImporter::tr("The value is too long: %1 characters, at most %2.")
                          .arg(v.at(c).size())
                          .arg(spec.maxLength));
        } else if (spec.pattern && !patterns.at(c).match(v.at(c)).hasMatch()) {
            refuse(c, invalid(c));
        } else {
            inShape[c] = true;
        }
    }
    auto lookUp = [&](int c, bool found, const QString &hint = {}) {
        if (inShape[c] && !found)
            refuse(c, hint.isEmpty() ? invalid(c) : invalid(c) + u' ' + hint);
    };
    out->callId = ref.calls.value(v.at(CallCode));
    lookUp(CallCode, !out->callId.isEmpty());
    const auto orgType = orgTypeFromText(v.at(OrgType));
    out->orgType = orgType.value_or(QString());
    lookUp(OrgType, orgType.has_value());
    const auto youth = yesNo(v.at(YouthFounded));
    out->youth = youth.value_or(false);
    lookUp(YouthFounded, youth.has_value());
    out->fieldId = ref.fields.value(v.at(FieldCode));
    lookUp(FieldCode, !out->fieldId.isEmpty());
    const TypeInfo type = ref.types.value(v.at(AcceleratorType).toLower());
    out->typeId = type.id;
    lookUp(AcceleratorType, !type.id.isEmpty(),
           ApplicationImporter::tr("Known types: %1.").arg(ref.typeCodes.join(u", "_s)));
    lookUp(DesiredStart, QDate::fromString(v.at(DesiredStart), Qt::ISODate).isValid());
    const QDateTime submitted = QDateTime::fromString(v.at(SubmittedAt), Qt::ISODateWithMs);
    lookUp(SubmittedAt, submitted.isValid());
    if (issues->size() > before)
        return false;
    out->gpus = v.at(RequestedGpus).toInt();
    out->months = v.at(Months).toInt();
    out->nodes = (out->gpus + type.gpusPerNode - 1) / type.gpusPerNode;
    out->submittedMs = submitted.toMSecsSinceEpoch();
    return true;
}

// Binds values by position and runs q. A null QString would bind as SQL NULL, which the NOT
// NULL text columns refuse: absent text is stored as ''.
bool exec(QSqlQuery &q, const QVariantList &values, QString *error)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const bool nullText = v.metaType().id() == QMetaType::QString && v.toString().isNull();
        q.bindValue(int(i), nullText ? QVariant(u""_s) : v);
    }
    return q.exec() || sqlFailed(q, error);
}

} // namespace

int ImportReport::rejectedRows() const
{
    QSet<int> lines;
    for (const ImportIssue &issue : rejected)
        lines.insert(issue.line);
    return int(lines.size());
}

ApplicationImporter::ApplicationImporter(Store &store) : m_store(store) {}

QStringList ApplicationImporter::columnNames()
{
    QStringList names;
    for (int c = 0; c < ColCount; ++c)
        names << colName(c);
    return names;
}

ImportReport ApplicationImporter::importFile(const QString &path)
{
    ImportReport report;
    const QFileInfo fi(path);
    QFile file(path);
    if (!fi.isFile()) {
        report.fatal = tr("The file %1 does not exist or is not a file.").arg(path);
    } else if (fi.size() > kMaxFileBytes) {
        report.fatal = tr("The file is %1 MB; files over %2 MB are refused. Split the export "
                          "into smaller files.")
                           .arg(fi.size() / (1024 * 1024))
                           .arg(kMaxFileBytes / (1024 * 1024));
    } else if (!file.open(QIODevice::ReadOnly)) {
        report.fatal = tr("The file %1 cannot be read: %2").arg(path, file.errorString());
    }
    if (!report.ok())
        return report;
    const QString suffix = fi.suffix().toLower();
    const bool known = suffix == u"json"_s || suffix == u"csv"_s;
    return importData(file.read(kMaxFileBytes + 1), known ? suffix : QString(), fi.fileName());
}

ImportReport ApplicationImporter::importData(const QByteArray &data, const QString &formatHint,
                                             const QString &sourceName)
{
    ImportReport report;
    QString format = formatHint.toLower();
    if (format.isEmpty()) {
        QByteArray start = data.left(64);
        if (start.startsWith("\xEF\xBB\xBF"))
            start.remove(0, 3);
        start = start.trimmed();
        format = start.startsWith('{') || start.startsWith('[') ? u"json"_s : u"csv"_s;
    }
    Parsed parsed;
    if (data.size() > kMaxFileBytes) {
        report.fatal = tr("The file is larger than %1 MB and was refused. Split the export into "
                          "smaller files.")
                           .arg(kMaxFileBytes / (1024 * 1024));
    } else if (format != u"csv"_s && format != u"json"_s) {
        report.fatal = tr("Unknown import format '%1': use csv or json.").arg(formatHint);
    } else if (!(format == u"csv"_s ? parseCsv(data, &parsed) : parseJson(data, &parsed))) {
        report.fatal = parsed.fatal;
    }
    if (!report.ok())
        return report;

    // Receipt codes repeated in the file: no occurrence is imported, as none is known to be right.
    QHash<QString, QStringList> linesByCode;
    for (const RawRow &row : std::as_const(parsed.rows)) {
        if (!row.values.at(ReceiptCode).isEmpty())
            linesByCode[row.values.at(ReceiptCode)] << QString::number(row.line);
    }
    const QString changedBy =
        m_store.currentUserName().isEmpty() ? u"import"_s : m_store.currentUserName();
    const QString reason = tr("Imported from %1").arg(sourceName);
    const QString userId = m_store.currentUserId();

    auto writeRows = [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
        report = ImportReport{};
        Reference ref;
        if (!loadReference(db, &ref, err))
            return false;
        QSqlQuery exists(db), findOrg(db), insOrg(db), insApp(db), insHist(db);
        exists.prepare(u"SELECT 1 FROM applications WHERE code = ?"_s);
        findOrg.prepare(u"SELECT id FROM organizations WHERE business_number = ? AND deleted = 0 "
                        "ORDER BY rowid LIMIT 1"_s);
        insOrg.prepare(
            u"INSERT INTO organizations (id, updated_at, updated_by, name, name_en, "
            "org_type, youth_founded, business_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        insApp.prepare(u"INSERT INTO applications (id, updated_at, updated_by, call_id, "
                       "organization_id, code, title, title_en, summary, pi_name, pi_email, "
                       "pi_phone, field_id, accelerator_type_id, requested_gpus, requested_nodes, "
                       "months, desired_start, slurm_account, submitted_at, status, "
                       "status_changed_at, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, 'submitted', ?, ?)"_s);
        insHist.prepare(u"INSERT INTO application_status_history (id, updated_at, updated_by, "
                        "application_id, from_status, to_status, changed_at, changed_by, reason) "
                        "VALUES (?, ?, ?, ?, '', 'submitted', ?, ?, ?)"_s);
        QHash<QString, QString> orgByNumber;
        for (const RawRow &row : std::as_const(parsed.rows)) {
            report.rejected << row.issues;
            if (!row.issues.isEmpty())
                continue;
            ValidRow good;
            bool valid = validate(row, ref, &good, &report.rejected);
            const QStringList &v = row.values;
            const QString code = v.at(ReceiptCode);
            const QStringList lines = linesByCode.value(code);
            if (lines.size() > 1) {
                report.rejected << ImportIssue{
                    row.line, colName(ReceiptCode),
                    tr("Receipt code %1 appears more than once in the file (%2); none of them "
                       "was imported.")
                        .arg(shown(code), (parsed.json ? tr("entries %1") : tr("lines %1"))
                                              .arg(lines.join(u", "_s)))};
                continue;
            }
            if (!code.isEmpty()) {
                if (!exec(exists, {code}, err))
                    return false;
                if (exists.next()) {
                    report.rejected << ImportIssue{row.line, colName(ReceiptCode),
                                                   tr("Receipt code %1 is already in the "
                                                      "database: the application was imported "
                                                      "before.")
                                                       .arg(shown(code))};
                    valid = false;
                }
            }
            if (!valid)
                continue;

            const qint64 now = Store::nowMs();
            QString orgId = orgByNumber.value(v.at(BusinessNumber));
            if (orgId.isEmpty()) {
                if (!exec(findOrg, {v.at(BusinessNumber)}, err))
                    return false;
                orgId = findOrg.next() ? findOrg.value(0).toString() : QString();
            }
            if (orgId.isEmpty()) {
                orgId = Store::newId();
                // clang-format off
                const QVariantList org = {orgId, now, userId, v.at(OrgName), v.at(OrgNameEn),
                                          good.orgType, good.youth ? 1 : 0, v.at(BusinessNumber)};
                // clang-format on
                if (!exec(insOrg, org, err))
                    return false;
                ++report.organizationsCreated;
                changed.insert(u"organizations"_s);
            }
            orgByNumber.insert(v.at(BusinessNumber), orgId);
            const QString appId = Store::newId();
            // clang-format off
            const QVariantList app = {
                appId, now, userId, good.callId, orgId, code, v.at(Title), v.at(TitleEn),
                v.at(Summary), v.at(PiName), v.at(PiEmail), v.at(PiPhone), good.fieldId,
                good.typeId, good.gpus, good.nodes, good.months, v.at(DesiredStart),
                v.at(SlurmAccount), good.submittedMs, good.submittedMs, sourceName};
            const QVariantList history = {Store::newId(), now, userId, appId, good.submittedMs,
                                          changedBy, reason};
            // clang-format on
            if (!exec(insApp, app, err) || !exec(insHist, history, err))
                return false;
            ++report.accepted;
            changed << u"applications"_s << u"application_status_history"_s;
        }
        return true;
    };
    QString error;
    const bool written = m_store.writeOn(m_worker, writeRows, &error);
    if (!written) {
        report.accepted = 0;
        report.organizationsCreated = 0;
        report.fatal = tr("The applications could not be saved, so nothing was imported. "
                          "Details: %1")
                           .arg(error);
    }
    return report;
}

} // namespace gpudesk
