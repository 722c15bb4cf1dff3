// SPDX-License-Identifier: GPL-3.0-or-later
#include "NodeDetailPanel.h"

#include "RackMapFacts.h"
#include "domain/Fleet.h"
#include "domain/TimeFormat.h"
#include "store/Store.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {

NodeDetailPanel::NodeDetailPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"nodeDetailPanel"_s);
    m_date = Store::nowMs();
    auto *outer = new QVBoxLayout(this);
    m_empty = new QLabel(tr("Pick a node on the map to see its details."), this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    outer->addWidget(m_empty);
    m_body = new QWidget(this);
    auto *form = new QFormLayout(m_body);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_hostname = addRow(form, tr("Hostname:"), u"nodeHostname"_s);
    QFont bold = m_hostname->font();
    bold.setBold(true);
    m_hostname->setFont(bold);
    m_position = addRow(form, tr("Position:"), u"nodePosition"_s);
    m_type = addRow(form, tr("Type:"), u"nodeType"_s);
    m_state = addRow(form, tr("State:"), u"nodeState"_s);
    m_pool = addRow(form, tr("Pool:"), u"nodePool"_s);
    m_current = addRow(form, tr("Allocation:"), u"nodeCurrentAllocation"_s);
    m_next = addRow(form, tr("Next:"), u"nodeNextAllocation"_s);
    outer->addWidget(m_body);
    outer->addStretch();
    m_body->hide();
}

QLabel *NodeDetailPanel::addRow(QFormLayout *form, const QString &label, const QString &name)
{
    auto *value = new QLabel(m_body);
    value->setObjectName(name);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(label, value);
    return value;
}

void NodeDetailPanel::setData(const FleetSnapshot *fleet, const FleetBookings *bookings)
{
    m_fleet = fleet;
    m_bookings = bookings;
    m_node = -1;
    refresh();
}

void NodeDetailPanel::setNode(int node)
{
    m_node = node;
    refresh();
}

void NodeDetailPanel::setDate(qint64 ms)
{
    m_date = ms;
    refresh();
}

void NodeDetailPanel::refresh()
{
    const bool valid = m_fleet && m_bookings && m_node >= 0 && m_node < m_fleet->nodes.size();
    m_empty->setVisible(!valid);
    m_body->setVisible(valid);
    if (!valid)
        return;
    const FleetNode &n = m_fleet->nodes[m_node];
    m_hostname->setText(n.hostname);
    m_position->setText(RackMapFacts::position(*m_fleet, m_node));
    const QString type = n.type >= 0 ? m_fleet->types[n.type].code : QString();
    m_type->setText(tr("%1, %n GPU(s)", nullptr, n.gpus).arg(type));
    const NodeState state = nodeStateAt(*m_fleet, *m_bookings, m_node, m_date);
    QString stateText =
        tr("%1 on %2").arg(RackMapFacts::stateLabel(state), formatDate(m_date));
    if (state == n.state && !n.stateReason.isEmpty())
        stateText = tr("%1 (%2)").arg(stateText, n.stateReason);
    m_state->setText(stateText);
    m_pool->setText(n.pool >= 0 ? m_fleet->pools[n.pool].name : tr("no pool"));
    m_current->setText(
        RackMapFacts::allocationLine(*m_bookings, m_bookings->holderAt(m_node, m_date), true));
    m_next->setText(RackMapFacts::allocationLine(
        *m_bookings, RackMapFacts::nextAllocation(*m_bookings, m_node, m_date), true));
}

} // namespace gpudesk
