// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemandImporter.h"

#include "CsvTable.h"
#include "store/CallStageRepository.h"
#include "store/DemandRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

using F = DemandField;

// Korean headers, in DemandField order: what the ministries' own sheets say.
const QList<QStringList> &koreanNames()
{
    static const QList<QStringList> names = {
        {u"부처"_s, u"부처명"_s},
        {u"사업명"_s, u"과제명"_s},
        {u"목적"_s, u"사업 목적"_s},
        {u"가속기"_s, u"가속기 종류"_s},
        {u"노드 수"_s, u"노드수"_s, u"노드"_s},
        {u"시작일"_s, u"사용 시작일"_s},
        {u"기간(개월)"_s, u"기간"_s, u"개월"_s},
        {u"우선순위"_s},
        {u"담당자"_s},
        {u"담당자 이메일"_s, u"이메일"_s},
        {u"담당자 전화"_s, u"전화번호"_s, u"전화"_s},
    };
    return names;
}

bool requiredColumn(F f)
{
    return f != F::Purpose && f != F::Priority && f != F::ContactPhone;
}

QList<CsvColumn> columns()
{
    QList<CsvColumn> out;
    for (int f = 0; f < kDemandFieldCount; ++f)
        out << CsvColumn{QStringList{demandFieldKey(F(f))} + koreanNames()[f],
                         requiredColumn(F(f))};
    return out;
}

std::optional<int> positive(const QString &text)
{
    static const QRegularExpression re(u"\\A0*[1-9][0-9]{0,5}\\z"_s);
    return re.match(text).hasMatch() ? std::optional<int>(text.toInt()) : std::nullopt;
}

// 2026-04-01, 2026.4.1, 2026/04/01 and 2026. 4. 1. (as Korean spreadsheets write it).
QDate dateOf(const QString &text)
{
    static const QRegularExpression re(
        u"\\A([0-9]{4})\\s*[-./]\\s*([0-9]{1,2})\\s*[-./]\\s*([0-9]{1,2})\\.?\\z"_s);
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt())
                        : QDate();
}

} // namespace

int DemandPreview::rowsWithIssues() const
{
    int n = 0;
    for (const DemandPreviewRow &r : rows)
        n += r.issues.isEmpty() ? 0 : 1;
    return n;
}

QStringList DemandImporter::columnNames()
{
    QStringList names;
    for (int f = 0; f < kDemandFieldCount; ++f)
        names << demandFieldKey(F(f));
    return names;
}

QStringList DemandImporter::koreanColumnNames()
{
    QStringList names;
    for (const QStringList &n : koreanNames())
        names << n.first();
    return names;
}

DemandPreview DemandImporter::previewFile(const QString &path, const QString &callId) const
{
    DemandPreview out;
    const QFileInfo fi(path);
    out.sourceName = fi.fileName();
    QFile file(path);
    if (!fi.isFile())
        out.fatal = tr("The file %1 does not exist or is not a file.").arg(path);
    else if (fi.size() > kMaxFileBytes)
        out.fatal = tr("The file is %1 KB; a survey sheet over %2 MB is refused. Check that it is "
                       "the right file.")
                        .arg(fi.size() / 1024)
                        .arg(kMaxFileBytes / (1024 * 1024));
    else if (!file.open(QIODevice::ReadOnly))
        out.fatal = tr("The file %1 cannot be read: %2").arg(path, file.errorString());
    if (!out.fatal.isEmpty())
        return out;
    return preview(file.read(kMaxFileBytes + 1), callId, fi.fileName());
}

DemandPreview DemandImporter::preview(const QByteArray &data, const QString &callId,
                                      const QString &sourceName) const
{
    DemandPreview out;
    out.sourceName = sourceName;
    const auto round = CallStageRepository(m_store).state(callId);
    if (!round) {
        out.fatal = tr("The round no longer exists.");
        return out;
    }
    if (!round->allows(StageActivity::Intake)) {
        out.fatal = tr("The round %1 is at the stage %2: demands are imported during its demand "
                       "survey.")
                        .arg(round->code, stageLabel(round->stage));
        return out;
    }
    if (data.size() > kMaxFileBytes) {
        out.fatal =
            tr("The file is larger than %1 MB and was refused.").arg(kMaxFileBytes / (1024 * 1024));
        return out;
    }
    const CsvTable table = readCsvTable(data, columns());
    if (!table.headerProblems.isEmpty()) {
        out.fatal = tr("The column names do not match the survey sheet, so nothing can be "
                       "imported. %1 The columns are: %2 (or in Korean: %3).")
                        .arg(table.headerProblems.join(u' '), columnNames().join(u", "_s),
                             koreanColumnNames().join(u", "_s));
        return out;
    }
    if (!table.fatal.isEmpty()) {
        out.fatal = table.fatal;
        return out;
    }
    if (table.rows.isEmpty()) {
        out.fatal = tr("The file has its header but no demand below it.");
        return out;
    }

    DemandRepository repo(m_store);
    const DemandRound demandRound = repo.round(callId);
    QHash<QString, QList<int>> rowsOfProject; // ministry + project, lower case
    for (const CsvTableRow &t : table.rows) {
        DemandPreviewRow row;
        row.line = t.line;
        auto issue = [&](F f, const QString &reason) {
            row.issues.append({row.line, demandFieldKey(f), reason});
        };
        if (!t.issue.isEmpty()) {
            row.issues.append({row.line, {}, t.issue});
            out.rows << row;
            continue;
        }
        const QStringList &v = t.values;
        DemandFacts &d = row.demand;
        d.ministry = v[int(F::Ministry)];
        d.project = v[int(F::Project)];
        d.purpose = v[int(F::Purpose)];
        d.typeCode = v[int(F::Type)].toUpper();
        d.contactName = v[int(F::ContactName)];
        d.contactEmail = v[int(F::ContactEmail)];
        d.contactPhone = v[int(F::ContactPhone)];
        QSet<F> unreadable;
        auto number = [&](F f, int *target, bool optional) {
            const QString &text = v[int(f)];
            if (text.isEmpty() && optional)
                return;
            if (const auto n = positive(text)) {
                *target = *n;
            } else {
                unreadable.insert(f);
                issue(f, text.isEmpty() ? tr("A value is required.")
                                        : tr("'%1' is not a whole number of 1 or more.").arg(text));
            }
        };
        number(F::Nodes, &d.nodes, false);
        number(F::Months, &d.months, false);
        number(F::Priority, &d.priority, true);
        d.start = dateOf(v[int(F::Start)]);
        if (!d.start.isValid() && !v[int(F::Start)].isEmpty()) {
            unreadable.insert(F::Start);
            issue(F::Start,
                  tr("'%1' is not a date. Use YYYY-MM-DD, e.g. 2026-04-01.").arg(v[int(F::Start)]));
        }
        for (const DemandProblem &p : repo.check(demandRound, callId, d)) {
            if (!unreadable.contains(p.field))
                issue(p.field, p.message);
        }
        row.newMinistry = repo.isNewMinistry(d.ministry);
        rowsOfProject[d.ministry.toLower() + u'\n' + d.project.toLower()].append(
            int(out.rows.size()));
        out.rows << row;
    }
    for (const QList<int> &same : std::as_const(rowsOfProject)) {
        if (same.size() < 2 || out.rows[same.first()].demand.project.isEmpty())
            continue;
        QStringList lines;
        for (int r : same)
            lines << QString::number(out.rows[r].line);
        for (int r : same)
            out.rows[r].issues.append(
                {out.rows[r].line, demandFieldKey(F::Project),
                 tr("The ministry lists this project more than once (lines %1); keep one.")
                     .arg(lines.join(u", "_s))});
    }
    return out;
}

bool DemandImporter::commit(const DemandPreview &preview, const QString &callId, QString *error)
{
    if (!preview.importable()) {
        *error = preview.fatal.isEmpty()
                     ? tr("%n row(s) of %1 have problems; nothing was imported. Correct the file "
                          "and preview it again.",
                          nullptr, preview.rowsWithIssues())
                           .arg(preview.sourceName)
                     : preview.fatal;
        return false;
    }
    QList<DemandFacts> demands;
    for (const DemandPreviewRow &r : preview.rows)
        demands << r.demand;
    return DemandRepository(m_store).addAll(callId, demands, preview.sourceName, error);
}

} // namespace gpudesk
