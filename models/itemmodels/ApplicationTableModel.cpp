// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationTableModel.h"

#include "domain/Enums.h"
#include "domain/TimeFormat.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

bool korean()
{
    return QLocale().language() == QLocale::Korean;
}

// The ORDER BY expression of each column: it sorts by what the column shows (names in the UI's
// language, statuses in workflow order); the row key breaks ties so the order is total.
QString sortExpression(int column)
{
    switch (column) {
    case ApplicationTableModel::Code:
        return u"a.code"_s;
    case ApplicationTableModel::Title:
        return korean() ? u"a.title"_s : u"coalesce(nullif(a.title_en, ''), a.title)"_s;
    case ApplicationTableModel::TitleEn:
        return u"a.title_en"_s;
    case ApplicationTableModel::Organization:
        return korean() ? u"o.name"_s : u"coalesce(nullif(o.name_en, ''), o.name)"_s;
    case ApplicationTableModel::OrgType:
        return u"o.org_type"_s;
    case ApplicationTableModel::Investigator:
        return u"a.pi_name"_s;
    case ApplicationTableModel::Field:
        return korean() ? u"(SELECT f.name_ko FROM fields f WHERE f.id = a.field_id)"_s
                        : u"(SELECT f.name_en FROM fields f WHERE f.id = a.field_id)"_s;
    case ApplicationTableModel::Accelerator:
        return u"(SELECT t.code FROM accelerator_types t WHERE t.id = a.accelerator_type_id)"_s;
    case ApplicationTableModel::Gpus:
        return u"a.requested_gpus"_s;
    case ApplicationTableModel::Months:
        return u"a.months"_s;
    case ApplicationTableModel::DesiredStart:
        return u"a.desired_start"_s;
    case ApplicationTableModel::Status: {
        QStringList cases;
        for (int i = 0; i < kApplicationStatusCount; ++i)
            cases << u"WHEN '%1' THEN %2"_s.arg(statusKey(static_cast<ApplicationStatus>(i))).arg(i);
        return u"CASE a.status "_s + cases.join(u' ') + u" END"_s;
    }
    case ApplicationTableModel::Call:
        return u"(SELECT c.code FROM calls c WHERE c.id = a.call_id)"_s;
    case ApplicationTableModel::Submitted:
    default:
        return u"a.submitted_at"_s;
    }
}


} // namespace

ApplicationTableModel::ApplicationTableModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
    runQuery();
}

int ApplicationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rowids.size());
}

int ApplicationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Receipt no.");
    case Title:
        return tr("Title");
    case TitleEn:
        return tr("English title");
    case Organization:
        return tr("Organisation");
    case OrgType:
        return tr("Organisation type");
    case Investigator:
        return tr("Investigator");
    case Field:
        return tr("Field");
    case Accelerator:
        return tr("Accelerator");
    case Gpus:
        return tr("GPUs (nodes)");
    case Months:
        return tr("Months");
    case DesiredStart:
        return tr("Desired start");
    case Submitted:
        return tr("Submitted");
    case Status:
        return tr("Status");
    case Call:
        return tr("Call");
    default:
        return {};
    }
}

QVariant ApplicationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowids.size())
        return {};
    const RowData *r = rowData(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return r->cells[index.column()];
    case Qt::TextAlignmentRole:
        if (index.column() == Gpus || index.column() == Months)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole:
        return r->id;
    case StatusKeyRole:
        return r->statusKey;
    default:
        return {};
    }
}

void ApplicationTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

void ApplicationTableModel::setFilter(const ApplicationFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void ApplicationTableModel::refresh()
{
    beginResetModel();
    runQuery();
    endResetModel();
}

void ApplicationTableModel::runQuery()
{
    m_pages.clear();
    m_pageUse.clear();
    m_rowids.clear();
    const ApplicationFilter::Sql where = m_filter.toSql();
    const QString order = m_sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.rowid FROM applications a JOIN organizations o ON o.id = a.organization_id "_s
              + where.where + u" ORDER BY "_s + sortExpression(m_sortColumn) + u' ' + order
              + u", a.rowid "_s + order);
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return;
    }
    m_lastError.clear();
    while (q.next())
        m_rowids.append(q.value(0).toLongLong());
}

QString ApplicationTableModel::idAt(int row) const
{
    const RowData *r = (row >= 0 && row < m_rowids.size()) ? rowData(row) : nullptr;
    return r ? r->id : QString();
}

int ApplicationTableModel::rowOfId(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT rowid FROM applications WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return -1;
    return static_cast<int>(m_rowids.indexOf(q.value(0).toLongLong()));
}

int ApplicationTableModel::totalCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT count(*) FROM applications WHERE deleted = 0"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

int ApplicationTableModel::cachedRowCount() const
{
    int n = 0;
    for (const Page &p : std::as_const(m_pages))
        n += static_cast<int>(p.size());
    return n;
}

const ApplicationTableModel::RowData *ApplicationTableModel::rowData(int row) const
{
    const int page = row / kPageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        loadPage(page);
        it = m_pages.constFind(page);
        if (it == m_pages.constEnd())
            return nullptr;
    } else if (m_pageUse.last() != page) {
        m_pageUse.removeOne(page);
        m_pageUse.append(page);
    }
    const int offset = row % kPageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

void ApplicationTableModel::loadPage(int page) const
{
    const int first = page * kPageSize;
    const int last = qMin<int>(first + kPageSize, static_cast<int>(m_rowids.size()));
    if (first >= last)
        return;
    QStringList marks;
    QHash<qint64, int> slot;
    for (int i = first; i < last; ++i) {
        marks << u"?"_s;
        slot.insert(m_rowids.at(i), i - first);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.rowid, a.id, a.code, a.title, a.title_en, o.name, o.name_en, o.org_type, "
              "o.youth_founded, a.pi_name, coalesce(f.name_ko, ''), coalesce(f.name_en, ''), "
              "t.code, a.requested_gpus, a.requested_nodes, a.months, a.desired_start, "
              "a.submitted_at, a.status, c.code "
              "FROM applications a JOIN organizations o ON o.id = a.organization_id "
              "JOIN accelerator_types t ON t.id = a.accelerator_type_id "
              "JOIN calls c ON c.id = a.call_id LEFT JOIN fields f ON f.id = a.field_id "
              "WHERE a.rowid IN ("_s
              + marks.join(u',') + u')');
    for (int i = first; i < last; ++i)
        q.addBindValue(m_rowids.at(i));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return;
    }
    const bool ko = korean();
    const QLocale locale;
    Page rows(last - first);
    while (q.next()) {
        const int at = slot.value(q.value(0).toLongLong(), -1);
        if (at < 0)
            continue;
        RowData &r = rows[at];
        r.id = q.value(1).toString();
        r.cells[Code] = q.value(2).toString();
        const QString title = q.value(3).toString();
        const QString titleEn = q.value(4).toString();
        r.cells[Title] = ko || titleEn.isEmpty() ? title : titleEn;
        r.cells[TitleEn] = titleEn;
        const QString org = q.value(5).toString();
        const QString orgEn = q.value(6).toString();
        r.cells[Organization] = ko || orgEn.isEmpty() ? org : orgEn;
        const auto orgType = orgTypeFromKey(q.value(7).toString());
        r.cells[OrgType] = orgType ? orgTypeLabel(*orgType) : q.value(7).toString();
        if (q.value(8).toBool())
            r.cells[OrgType] += tr(" · youth");
        r.cells[Investigator] = q.value(9).toString();
        const QString fieldKo = q.value(10).toString();
        const QString fieldEn = q.value(11).toString();
        r.cells[Field] = ko || fieldEn.isEmpty() ? fieldKo : fieldEn;
        r.cells[Accelerator] = q.value(12).toString();
        r.gpus = q.value(13).toInt();
        r.nodes = q.value(14).toInt();
        r.cells[Gpus] = tr("%1 (%2)").arg(locale.toString(r.gpus), locale.toString(r.nodes));
        r.months = q.value(15).toInt();
        r.cells[Months] = locale.toString(r.months);
        r.cells[DesiredStart] = q.value(16).toString();
        r.submittedAt = q.value(17).toLongLong();
        r.cells[Submitted] = formatDateTime(r.submittedAt);
        r.statusKey = q.value(18).toString();
        const auto status = statusFromKey(r.statusKey);
        r.cells[Status] = status ? statusLabel(*status) : r.statusKey;
        r.cells[Call] = q.value(19).toString();
    }
    m_pages.insert(page, rows);
    m_pageUse.append(page);
    while (m_pageUse.size() > kMaxCachedPages)
        m_pages.remove(m_pageUse.takeFirst());
}

} // namespace gpudesk
