// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Fleet.h"
#include "rules/AllocationRules.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;

namespace gpudesk {

// Moves nodes to another pool. The allocation rules judge the move as the pool is chosen: a move
// that would take a node from a project's current or future allocation is refused, with why.
class MovePoolDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MovePoolDialog)

public:
    using Checker = std::function<AllocationCheck(const QString &poolId)>;

    MovePoolDialog(const FleetSnapshot &fleet, int nodeCount, Checker check,
                   QWidget *parent = nullptr);

    QString poolId() const;
    void setPool(const QString &poolId);
    QComboBox *poolBox() const { return m_pool; }
    QPushButton *okButton() const { return m_ok; }

private:
    void update();

    Checker m_check;
    QComboBox *m_pool = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace gpudesk
