// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ReviewPanelRepository.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <array>
#include <optional>

namespace gpudesk {

// The progress matrix of a call: applications down, reviewers across, after three leading
// columns (code, title, submitted/assigned). Cells are stored sparsely, per application a short
// list sorted by reviewer, so a call of 20,000 applications and 1,500 reviewers costs only its
// assignments. Filters keep the applications (and, for a state or a reviewer's name, the
// reviewers) that have a matching cell.
class ReviewMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewMatrixModel)

public:
    enum Column
    {
        Code,
        Title,
        Progress,
        FixedColumns
    };
    enum Roles
    {
        StateRole = Qt::UserRole + 1, // int ReviewCellState, or -1 for an empty cell
        StateKeyRole,
        AssignmentIdRole,
        ReviewIdRole,
        ApplicationIdRole,
        ReviewerIdRole,
        SortRole,
    };

    explicit ReviewMatrixModel(QObject *parent = nullptr);

    void setProgress(ReviewProgress progress);
    const ReviewProgress &progress() const { return m_progress; }

    void setStateFilter(std::optional<ReviewCellState> state);
    void setTextFilter(const QString &text);
    // Background colours per state; the view picks them from the theme.
    void setStateColors(const std::array<QColor, int(ReviewCellState::Count)> &colors);

    // The cell at a model index, or null for a leading column or an empty cell.
    const ReviewProgressCell *cellAt(const QModelIndex &index) const;
    // Cells per state among the rows and columns shown.
    std::array<int, int(ReviewCellState::Count)> visibleCounts() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    void rebuild();
    void applySort();
    QVariant sortKey(int app, int column) const;

    ReviewProgress m_progress;
    QList<QList<int>> m_rowCells;     // per application: cell indexes sorted by reviewer
    QList<int> m_submitted, m_active; // per application
    QList<int> m_rows;                // visible applications
    QList<int> m_columns;             // visible reviewers
    QList<int> m_reviewerOrder;       // reviewers by name
    std::optional<ReviewCellState> m_state;
    QString m_text;
    std::array<QColor, int(ReviewCellState::Count)> m_colors;
    int m_sortColumn = Code;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace gpudesk
