// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ProgramRepository.h"
#include "store/ProgramShareRepository.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <functional>

namespace gpudesk {

// A program's round as the share table: each team's evaluation (rank, score, reviews), the nodes
// it holds now, the rule's proposal for next year, and the officer's share with the reason for
// any adjustment. Shares and reasons are editable while the round decides its shares; they start
// at the decided shares, else at the proposal.
class ShareTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareTableModel)

public:
    enum Column
    {
        Rank,
        Team,
        Organization,
        Score,
        Reviews,
        Now,
        Proposed,
        Share,
        Change,
        Reason,
        Status,
        ColumnCount
    };
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        SortRole
    };
    using StatusColors = std::function<QColor(const QString &statusKey)>;

    explicit ShareTableModel(QObject *parent = nullptr);

    void setView(const RoundView &view, bool editable);
    void setStatusColors(StatusColors colors) { m_colors = std::move(colors); }
    // Back to the rule's proposal, dropping the reasons.
    void resetToProposal();
    QList<ShareDecision> decisions() const;
    int totalShare() const;
    // Teams whose share differs from the proposal without a reason.
    QStringList missingReasons() const;
    const RoundView &view() const { return m_view; }
    // The column "Status" of a team (also the evaluation report's).
    static QString statusText(const RoundTeam &team);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void sharesEdited();

private:
    QVariant display(const RoundTeam &t, int column) const;

    RoundView m_view;
    bool m_editable = false;
    QHash<QString, int> m_share;
    QHash<QString, QString> m_reason;
    StatusColors m_colors;
};

} // namespace gpudesk
