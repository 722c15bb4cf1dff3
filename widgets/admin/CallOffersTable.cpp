// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallOffersTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLocale>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

bool english()
{
    return QLocale().language() != QLocale::Korean;
}

} // namespace

CallOffersTable::CallOffersTable(const QList<AcceleratorTypeInfo> &types,
                                 const QList<PoolChoice> &pools, QWidget *parent)
    : QTableWidget(int(types.size()), ColumnCount, parent), m_types(types)
{
    setObjectName(u"callOffers"_s);
    setHorizontalHeaderLabels({tr("Offered"), tr("Cap per project (nodes)"), tr("GPUs"),
                               tr("Price per GPU-hour"), tr("Pool drawn on")});
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    verticalHeader()->hide(); // the first column names the row
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(Pool, QHeaderView::Stretch);
    m_ids.resize(types.size());
    for (int r = 0; r < types.size(); ++r) {
        const AcceleratorTypeInfo &t = types[r];
        setVerticalHeaderItem(r, new QTableWidgetItem(t.code));
        auto *offered = new QCheckBox(t.code, this);
        offered->setObjectName(u"offered-"_s + t.code);
        auto *cap = new QSpinBox(this);
        cap->setObjectName(u"cap-"_s + t.code);
        cap->setRange(0, 9999);
        cap->setSuffix(tr(" nodes"));
        auto *gpus = new QTableWidgetItem;
        gpus->setFlags(Qt::ItemIsEnabled);
        gpus->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *price = new QSpinBox(this);
        price->setObjectName(u"price-"_s + t.code);
        price->setRange(0, 100000000);
        price->setPrefix(u"₩"_s);
        price->setGroupSeparatorShown(true);
        price->setToolTip(tr("The market price of one %1 GPU for one hour, in won; statements "
                             "multiply by it.")
                              .arg(t.code));
        auto *pool = new QComboBox(this);
        pool->setObjectName(u"pool-"_s + t.code);
        pool->addItem(tr("(none named)"), QString());
        for (const PoolChoice &p : pools) {
            if (!p.typeId.isEmpty() && p.typeId != t.id)
                continue;
            const QString name = english() && !p.nameEn.isEmpty() ? p.nameEn : p.name;
            pool->addItem(tr("%1 · %2 (%n node(s))", nullptr, p.capacityNodes).arg(p.code, name),
                          p.id);
        }
        setCellWidget(r, Offered, offered);
        setCellWidget(r, Cap, cap);
        setItem(r, Gpus, gpus);
        setCellWidget(r, Price, price);
        setCellWidget(r, Pool, pool);
        connect(offered, &QCheckBox::toggled, this, [this, r] {
            updateRow(r);
            Q_EMIT changed();
        });
        connect(cap, &QSpinBox::valueChanged, this, [this, r] {
            updateRow(r);
            Q_EMIT changed();
        });
        connect(price, &QSpinBox::valueChanged, this, &CallOffersTable::changed);
        connect(pool, &QComboBox::currentIndexChanged, this, &CallOffersTable::changed);
        updateRow(r);
    }
}

QCheckBox *CallOffersTable::offeredBox(int row) const
{
    return qobject_cast<QCheckBox *>(cellWidget(row, Offered));
}

QSpinBox *CallOffersTable::capBox(int row) const
{
    return qobject_cast<QSpinBox *>(cellWidget(row, Cap));
}

QSpinBox *CallOffersTable::priceBox(int row) const
{
    return qobject_cast<QSpinBox *>(cellWidget(row, Price));
}

QComboBox *CallOffersTable::poolBox(int row) const
{
    return qobject_cast<QComboBox *>(cellWidget(row, Pool));
}

int CallOffersTable::rowOf(const QString &typeId) const
{
    for (int r = 0; r < m_types.size(); ++r) {
        if (m_types[r].id == typeId)
            return r;
    }
    return -1;
}

void CallOffersTable::updateRow(int row)
{
    const bool on = offeredBox(row)->isChecked();
    capBox(row)->setEnabled(on);
    priceBox(row)->setEnabled(on);
    poolBox(row)->setEnabled(on);
    const int gpus = capBox(row)->value() * m_types[row].gpusPerNode;
    item(row, Gpus)->setText(on ? tr("%1 GPU").arg(QLocale(QLocale::English).toString(gpus))
                                : QString());
}

void CallOffersTable::setOffers(const QList<CallOffer> &offers)
{
    for (int r = 0; r < m_types.size(); ++r) {
        const QSignalBlocker block(this);
        offeredBox(r)->setChecked(false);
        capBox(r)->setValue(0);
        priceBox(r)->setValue(int(qMin<qint64>(m_types[r].marketPrice, 100000000)));
        poolBox(r)->setCurrentIndex(0);
        m_ids[r].clear();
    }
    for (const CallOffer &o : offers) {
        const int r = rowOf(o.typeId);
        if (r < 0)
            continue;
        const QSignalBlocker block(this);
        m_ids[r] = o.id;
        offeredBox(r)->setChecked(true);
        capBox(r)->setValue(o.maxNodes);
        priceBox(r)->setValue(int(qMin<qint64>(o.pricePerGpuHour, 100000000)));
        const int pool = poolBox(r)->findData(o.poolId);
        poolBox(r)->setCurrentIndex(qMax(0, pool));
    }
    for (int r = 0; r < m_types.size(); ++r)
        updateRow(r);
}

QList<CallOffer> CallOffersTable::offers() const
{
    QList<CallOffer> out;
    for (int r = 0; r < m_types.size(); ++r) {
        if (!offeredBox(r)->isChecked())
            continue;
        const AcceleratorTypeInfo &t = m_types[r];
        out.append({m_ids[r], t.id, t.code, t.gpusPerNode, capBox(r)->value(),
                    priceBox(r)->value(), poolBox(r)->currentData().toString()});
    }
    return out;
}

} // namespace gpudesk
