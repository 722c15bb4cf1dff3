// SPDX-License-Identifier: GPL-3.0-or-later
#include "MovePoolDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {

MovePoolDialog::MovePoolDialog(const FleetSnapshot &fleet, int nodeCount, Checker check,
                               QWidget *parent)
    : QDialog(parent), m_check(std::move(check))
{
    setObjectName(u"movePoolDialog"_s);
    setWindowTitle(tr("Move to pool"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_pool = new QComboBox(this);
    m_pool->setObjectName(u"movePool"_s);
    m_pool->addItem(tr("(no pool)"), QString());
    for (const FleetPool &p : fleet.pools) {
        const QString type = p.type >= 0 ? fleet.types.value(p.type).code : tr("any type");
        m_pool->addItem(u"%1 · %2 (%3)"_s.arg(p.code, p.name, type), p.id);
    }
    form->addRow(tr("Move %n node(s) to:", nullptr, nodeCount), m_pool);
    layout->addLayout(form);
    m_result = new QLabel(this);
    m_result->setObjectName(u"moveResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Move"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"moveOk"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pool, &QComboBox::currentIndexChanged, this, &MovePoolDialog::update);
    update();
    resize(560, 300);
}

QString MovePoolDialog::poolId() const
{
    return m_pool->currentData().toString();
}

void MovePoolDialog::setPool(const QString &poolId)
{
    m_pool->setCurrentIndex(qMax(0, m_pool->findData(poolId)));
    update();
}

void MovePoolDialog::update()
{
    const AllocationCheck check = m_check(poolId());
    m_ok->setEnabled(check.ok);
    m_result->setText(check.ok ? tr("No allocation breaks: the nodes can move.")
                               : tr("The move is refused:") + u"\n• "_s +
                                     check.refusals.join(u"\n• "_s));
}

} // namespace gpudesk
