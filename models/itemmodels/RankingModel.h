// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/Selection.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>
#include <functional>

namespace gpudesk {

// The ranking of one call and accelerator type as a table: both scores and ranks side by side,
// the spread, reviews n/N, the flag, the current status and the proposed decision. Rows come in
// the ranking's order until a column is sorted.
class RankingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RankingModel)

public:
    enum Column
    {
        Code,
        Title,
        Organization,
        RawScore,
        RawRank,
        NormalisedScore,
        NormalisedRank,
        MinScore,
        MaxScore,
        SdScore,
        Reviews,
        Flag,
        Status,
        Proposal,
        RequestedNodes,
        GrantedNodes,
        OverrideReason,
        ColumnCount
    };
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        ApplicationIndexRole, // index into the call's RankingInput::applications
        StatusKeyRole,
        SortRole
    };

    // Colours come from the widgets' theme; models/ does not know it. Given a status key
    // ("selected", "waitlisted", "rejected", "under_review", ...), returns its colour.
    using StatusColors = std::function<QColor(const QString &statusKey)>;

    explicit RankingModel(QObject *parent = nullptr);

    void setRanking(const CallSelectionInput &call, const QList<ApplicationScore> &scores,
                    const TypeSelection &selection, const QHash<QString, QString> &overrideReasons);
    void clear();
    void setStatusColors(StatusColors colors);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    // The application index of a row, -1 when out of range.
    int applicationAt(int row) const;

private:
    QVariant display(const RankedRow &row, int column) const;
    QVariant sortValue(const RankedRow &row, int column) const;
    QString proposalText(int application) const;
    QString proposalKey(int application) const;

    CallSelectionInput m_call;
    QList<ApplicationScore> m_scores;
    TypeSelection m_selection;
    QHash<QString, QString> m_overrideReasons;
    QHash<int, ProposedDecision> m_proposed;
    QList<RankedRow> m_rows; // in display order
    StatusColors m_colors;
};

} // namespace gpudesk
