// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CallDefinition.h"
#include "store/CallAdminRepository.h"
#include "store/CallRepository.h"

#include <QTableWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace gpudesk {

// What a call offers per accelerator type: offered or not, the cap per project in nodes (with the
// GPUs it means), the market price per GPU-hour and the pool the call draws on.
class CallOffersTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallOffersTable)

public:
    enum Column
    {
        Offered,
        Cap,
        Gpus,
        Price,
        Pool,
        ColumnCount
    };

    CallOffersTable(const QList<AcceleratorTypeInfo> &types, const QList<PoolChoice> &pools,
                    QWidget *parent = nullptr);

    void setOffers(const QList<CallOffer> &offers);
    QList<CallOffer> offers() const;
    // The row of an accelerator type; -1 when the profile has no such type.
    int rowOf(const QString &typeId) const;

    QCheckBox *offeredBox(int row) const;
    QSpinBox *capBox(int row) const;
    QSpinBox *priceBox(int row) const;
    QComboBox *poolBox(int row) const;

Q_SIGNALS:
    void changed();

private:
    void updateRow(int row);

    QList<AcceleratorTypeInfo> m_types;
    QStringList m_ids; // call_accelerators.id per row, kept across edits
};

} // namespace gpudesk
