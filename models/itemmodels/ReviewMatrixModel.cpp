// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewMatrixModel.h"

#include <QCollator>
#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpudesk {

ReviewMatrixModel::ReviewMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReviewMatrixModel::setProgress(ReviewProgress progress)
{
    m_progress = std::move(progress);
    const int apps = int(m_progress.applications.size());
    m_rowCells = QList<QList<int>>(apps);
    m_submitted = QList<int>(apps, 0);
    m_active = QList<int>(apps, 0);
    // Columns in name order; cells within a row sorted by that order for a binary search.
    m_reviewerOrder.resize(m_progress.reviewers.size());
    for (int i = 0; i < m_reviewerOrder.size(); ++i)
        m_reviewerOrder[i] = i;
    QCollator collator;
    std::stable_sort(m_reviewerOrder.begin(), m_reviewerOrder.end(), [&](int a, int b) {
        return collator.compare(m_progress.reviewers[a].name, m_progress.reviewers[b].name) < 0;
    });
    QList<int> rank(m_progress.reviewers.size());
    for (int i = 0; i < m_reviewerOrder.size(); ++i)
        rank[m_reviewerOrder[i]] = i;
    for (int c = 0; c < m_progress.cells.size(); ++c) {
        ReviewProgressCell &cell = m_progress.cells[c];
        cell.reviewer = rank[cell.reviewer]; // from here on, reviewer = position in name order
        m_rowCells[cell.application].append(c);
        if (cell.state == ReviewCellState::Submitted)
            ++m_submitted[cell.application];
        if (cell.state != ReviewCellState::Declined && cell.state != ReviewCellState::Conflict)
            ++m_active[cell.application];
    }
    QList<ReviewProgress::Reviewer> ordered;
    for (int r : std::as_const(m_reviewerOrder))
        ordered.append(m_progress.reviewers[r]);
    m_progress.reviewers = ordered;
    for (QList<int> &cells : m_rowCells)
        std::sort(cells.begin(), cells.end(), [&](int a, int b) {
            return m_progress.cells[a].reviewer < m_progress.cells[b].reviewer;
        });
    rebuild();
}

void ReviewMatrixModel::setStateFilter(std::optional<ReviewCellState> state)
{
    if (m_state == state)
        return;
    m_state = state;
    rebuild();
}

void ReviewMatrixModel::setTextFilter(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    rebuild();
}

void ReviewMatrixModel::setStateColors(
    const std::array<QColor, int(ReviewCellState::Count)> &colors)
{
    m_colors = colors;
    if (rowCount() > 0 && columnCount() > FixedColumns)
        Q_EMIT dataChanged(index(0, FixedColumns), index(rowCount() - 1, columnCount() - 1),
                           {Qt::BackgroundRole});
}

// One pass over the cells: a cell counts when it has the state asked for and either its
// application or its reviewer matches the text; the applications and reviewers with counting
// cells are shown. Without any filter every reviewer keeps a column.
void ReviewMatrixModel::rebuild()
{
    beginResetModel();
    const int reviewers = int(m_progress.reviewers.size());
    QList<bool> named(reviewers, false);
    if (!m_text.isEmpty()) {
        for (int r = 0; r < reviewers; ++r)
            named[r] = m_progress.reviewers[r].name.contains(m_text, Qt::CaseInsensitive);
    }
    QList<bool> columnUsed(reviewers, false);
    m_rows.clear();
    for (int a = 0; a < m_rowCells.size(); ++a) {
        const ReviewProgress::Application &app = m_progress.applications[a];
        const bool appText = m_text.isEmpty() || app.code.contains(m_text, Qt::CaseInsensitive) ||
                             app.title.contains(m_text, Qt::CaseInsensitive);
        bool keep = false;
        for (int c : std::as_const(m_rowCells[a])) {
            const ReviewProgressCell &cell = m_progress.cells[c];
            if ((m_state && cell.state != *m_state) || (!appText && !named[cell.reviewer]))
                continue;
            keep = true;
            columnUsed[cell.reviewer] = true;
        }
        if (keep)
            m_rows.append(a);
    }
    const bool filtered = m_state || !m_text.isEmpty();
    m_columns.clear();
    for (int r = 0; r < reviewers; ++r) {
        if (!filtered || columnUsed[r])
            m_columns.append(r);
    }
    applySort();
    endResetModel();
}

QVariant ReviewMatrixModel::sortKey(int app, int column) const
{
    switch (column) {
    case Code:
        return m_progress.applications[app].code;
    case Title:
        return m_progress.applications[app].title;
    case Progress:
        return m_submitted[app] * 1000 + m_active[app];
    default:
        break;
    }
    const int reviewer = m_columns.value(column - FixedColumns, -1);
    for (int c : m_rowCells[app]) {
        if (m_progress.cells[c].reviewer == reviewer)
            return int(m_progress.cells[c].state);
    }
    return int(ReviewCellState::Count);
}

void ReviewMatrixModel::applySort()
{
    if (m_sortColumn >= FixedColumns + m_columns.size())
        m_sortColumn = Code;
    QCollator collator;
    collator.setNumericMode(true);
    const bool text = m_sortColumn == Code || m_sortColumn == Title;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](int a, int b) {
        const QVariant x = sortKey(a, m_sortColumn), y = sortKey(b, m_sortColumn);
        const int cmp = text ? collator.compare(x.toString(), y.toString())
                             : (x.toInt() < y.toInt()   ? -1
                                : x.toInt() > y.toInt() ? 1
                                                        : 0);
        if (cmp == 0)
            return m_progress.applications[a].code < m_progress.applications[b].code;
        return m_sortOrder == Qt::AscendingOrder ? cmp < 0 : cmp > 0;
    });
}

void ReviewMatrixModel::sort(int column, Qt::SortOrder order)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> beforeApps;
    for (const QModelIndex &i : before)
        beforeApps.append(m_rows.value(i.row(), -1));
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    QModelIndexList after;
    for (int k = 0; k < before.size(); ++k) {
        const int row = int(m_rows.indexOf(beforeApps[k]));
        after.append(row < 0 ? QModelIndex() : index(row, before[k].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

const ReviewProgressCell *ReviewMatrixModel::cellAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() < FixedColumns || index.row() >= m_rows.size())
        return nullptr;
    const int reviewer = m_columns.value(index.column() - FixedColumns, -1);
    const QList<int> &cells = m_rowCells[m_rows[index.row()]];
    const auto it = std::lower_bound(cells.cbegin(), cells.cend(), reviewer, [&](int c, int r) {
        return m_progress.cells[c].reviewer < r;
    });
    if (it == cells.cend() || m_progress.cells[*it].reviewer != reviewer)
        return nullptr;
    return &m_progress.cells[*it];
}

std::array<int, int(ReviewCellState::Count)> ReviewMatrixModel::visibleCounts() const
{
    std::array<int, int(ReviewCellState::Count)> counts{};
    QList<bool> shown(m_progress.reviewers.size(), false);
    for (int r : m_columns)
        shown[r] = true;
    for (int a : m_rows)
        for (int c : m_rowCells[a])
            if (shown[m_progress.cells[c].reviewer])
                ++counts[std::size_t(m_progress.cells[c].state)];
    return counts;
}

int ReviewMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumns + int(m_columns.size());
}

QVariant ReviewMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int app = m_rows[index.row()];
    if (role == ApplicationIdRole)
        return m_progress.applications[app].id;
    if (role == SortRole)
        return sortKey(app, index.column());
    if (index.column() < FixedColumns) {
        if (role == Qt::TextAlignmentRole && index.column() == Progress)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case Code:
            return m_progress.applications[app].code;
        case Title:
            return m_progress.applications[app].title;
        case Progress:
            return role == Qt::ToolTipRole
                       ? QCoreApplication::translate("ReviewMatrixModel",
                                                     "%1 submitted of %2 assigned (%3 wanted)")
                             .arg(m_submitted[app])
                             .arg(m_active[app])
                             .arg(m_progress.perApplication)
                       : u"%1/%2"_s.arg(m_submitted[app]).arg(m_active[app]);
        }
        return {};
    }
    const ReviewProgressCell *cell = cellAt(index);
    if (role == ReviewerIdRole)
        return m_progress.reviewers.value(m_columns.value(index.column() - FixedColumns)).id;
    if (!cell)
        return role == StateRole ? QVariant(-1) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return reviewCellStateShortLabel(cell->state);
    case Qt::ToolTipRole:
        return QCoreApplication::translate("ReviewMatrixModel", "%1 — %2: %3")
            .arg(m_progress.applications[app].code, m_progress.reviewers[cell->reviewer].name,
                 reviewCellStateLabel(cell->state));
    case Qt::BackgroundRole: {
        const QColor c = m_colors[std::size_t(cell->state)];
        return c.isValid() ? QVariant(c) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case StateRole:
        return int(cell->state);
    case StateKeyRole:
        return reviewCellStateKey(cell->state);
    case AssignmentIdRole:
        return cell->assignmentId;
    case ReviewIdRole:
        return cell->reviewId;
    default:
        return {};
    }
}

QVariant ReviewMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case Code:
        return QCoreApplication::translate("ReviewMatrixModel", "Code");
    case Title:
        return QCoreApplication::translate("ReviewMatrixModel", "Title");
    case Progress:
        //: Column: submitted reviews / active assignments.
        return QCoreApplication::translate("ReviewMatrixModel", "Submitted");
    default:
        break;
    }
    const int r = m_columns.value(section - FixedColumns, -1);
    return r >= 0 ? QVariant(m_progress.reviewers[r].name) : QVariant();
}

} // namespace gpudesk
