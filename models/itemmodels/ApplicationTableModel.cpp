// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationTableModel.h"

#include "domain/DisplayLanguage.h"
#include "domain/Enums.h"
#include "domain/TimeFormat.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

// The ORDER BY column of each table column: it sorts by what the column shows (names in the UI's
// language, statuses in workflow order). Each has an index, so the order is read, not computed.
QString sortColumn(int column)
{
    switch (column) {
    case ApplicationTableModel::Code:
        return u"code"_s;
    case ApplicationTableModel::Title:
        return DisplayLanguage::isEnglish() ? u"title_en"_s : u"title"_s;
    case ApplicationTableModel::TitleEn:
        return u"title_en"_s;
    case ApplicationTableModel::Organization:
        return DisplayLanguage::isEnglish() ? u"org_en"_s : u"org"_s;
    case ApplicationTableModel::OrgType:
        return u"org_type"_s;
    case ApplicationTableModel::Investigator:
        return u"pi"_s;
    case ApplicationTableModel::Field:
        return DisplayLanguage::isEnglish() ? u"field_en"_s : u"field_ko"_s;
    case ApplicationTableModel::Accelerator:
        return u"type_code"_s;
    case ApplicationTableModel::Gpus:
        return u"gpus"_s;
    case ApplicationTableModel::Months:
        return u"months"_s;
    case ApplicationTableModel::DesiredStart:
        return u"desired_start"_s;
    case ApplicationTableModel::Status:
        return u"status_rank"_s;
    case ApplicationTableModel::Call:
        return u"call_code"_s;
    case ApplicationTableModel::Submitted:
    default:
        return u"submitted_at"_s;
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
    resetRows(false);
}

void ApplicationTableModel::refresh()
{
    resetRows(true);
}

void ApplicationTableModel::resetRows(bool orderChanged)
{
    if (orderChanged)
        m_sortedValid = false;
    beginResetModel();
    runQuery();
    endResetModel();
}

bool ApplicationTableModel::loadSortedKeys()
{
    if (m_sortedValid)
        return true;
    m_sorted.clear();
    const QString order = m_sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The key breaks ties in the same direction, so the index alone gives the order. The column
    // and direction come from the fixed lists above, never from the user's text.
    const QString sql = u"SELECT app_rowid FROM application_browse ORDER BY "_s
                        + sortColumn(m_sortColumn) + u' ' + order + u", app_rowid "_s + order;
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        return false;
    }
    while (q.next())
        m_sorted.append(q.value(0).toLongLong());
    m_sortedValid = true;
    return true;
}

void ApplicationTableModel::runQuery()
{
    m_pages.clear();
    m_pageUse.clear();
    m_rowids.clear();
    m_lastError.clear();
    if (!loadSortedKeys())
        return;
    const ApplicationFilter::Sql where = m_filter.toSql();
    if (where.where.isEmpty()) {
        m_rowids = m_sorted;
        return;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT app_rowid FROM application_browse "_s + where.where);
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return;
    }
    // Keys are small dense integers: a byte per key marks the matches, then the kept order is
    // read off the sorted keys.
    std::vector<char> match;
    while (q.next()) {
        const qint64 key = q.value(0).toLongLong();
        if (key < 0)
            continue;
        if (static_cast<std::size_t>(key) >= match.size())
            match.resize(static_cast<std::size_t>(key) * 2 + 1024, 0);
        match[static_cast<std::size_t>(key)] = 1;
    }
    for (const qint64 key : std::as_const(m_sorted)) {
        if (key >= 0 && static_cast<std::size_t>(key) < match.size() && match[static_cast<std::size_t>(key)])
            m_rowids.append(key);
    }
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
    if (q.exec(u"SELECT count(*) FROM application_browse"_s) && q.next())
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
    q.prepare(u"SELECT app_rowid, id, code, title, title_en, org, org_en, org_type, youth, pi, "
              "field_ko, field_en, type_code, gpus, nodes, months, desired_start, submitted_at, "
              "status, call_code FROM application_browse WHERE app_rowid IN ("_s
              + marks.join(u',') + u')');
    for (int i = first; i < last; ++i)
        q.addBindValue(m_rowids.at(i));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return;
    }
    const bool ko = !DisplayLanguage::isEnglish();
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
