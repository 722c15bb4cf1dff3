// SPDX-License-Identifier: GPL-3.0-or-later
#include "NodeDialog.h"

#include "IssueList.h"
#include "rules/InventoryValidation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {

NodeDialog::NodeDialog(const FleetSnapshot &fleet, const NodeContext &context, QWidget *parent)
    : QDialog(parent), m_fleet(fleet), m_context(context)
{
    setObjectName(u"nodeDialog"_s);
    setWindowTitle(tr("Node"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_hostname = new QLineEdit(this);
    m_hostname->setObjectName(u"nodeHostname"_s);
    m_rack = new QComboBox(this);
    m_rack->setObjectName(u"nodeRack"_s);
    for (const FleetRack &r : std::as_const(m_fleet.racks)) {
        const FleetCluster &c = m_fleet.clusters.value(r.cluster);
        const FleetSite &s = m_fleet.sites.value(c.site);
        m_rack->addItem(u"%1 / %2 (%3, %4)"_s.arg(s.name, r.name, c.name,
                                                  m_fleet.types.value(c.type).code),
                        r.id);
    }
    m_unit = new QSpinBox(this);
    m_unit->setObjectName(u"nodeUnit"_s);
    m_unit->setRange(0, 99);
    m_unit->setPrefix(tr("U"));
    m_height = new QSpinBox(this);
    m_height->setObjectName(u"nodeHeight"_s);
    m_height->setRange(0, 20);
    m_height->setSuffix(tr(" U"));
    m_type = new QComboBox(this);
    m_type->setObjectName(u"nodeType"_s);
    for (const FleetType &t : std::as_const(m_fleet.types))
        m_type->addItem(t.code, t.id);
    m_accelerators = new QSpinBox(this);
    m_accelerators->setObjectName(u"nodeAccelerators"_s);
    m_accelerators->setRange(0, 64);
    m_pool = new QComboBox(this);
    m_pool->setObjectName(u"nodePool"_s);
    m_pool->addItem(tr("(no pool)"), QString());
    for (const FleetPool &p : std::as_const(m_fleet.pools))
        m_pool->addItem(u"%1 · %2"_s.arg(p.code, p.name), p.id);
    m_serial = new QLineEdit(this);
    m_serial->setObjectName(u"nodeSerial"_s);
    m_uuids = new QPlainTextEdit(this);
    m_uuids->setObjectName(u"nodeGpuUuids"_s);
    m_uuids->setPlaceholderText(tr("One GPU UUID per line, in GPU index order (as nvidia-smi -L "
                                   "lists them); leave empty until they are known."));
    m_uuids->setTabChangesFocus(true);
    form->addRow(tr("&Host name:"), m_hostname);
    form->addRow(tr("&Rack:"), m_rack);
    form->addRow(tr("Lowest &unit:"), m_unit);
    form->addRow(tr("H&eight:"), m_height);
    form->addRow(tr("Accelerator &type:"), m_type);
    form->addRow(tr("&Accelerators:"), m_accelerators);
    form->addRow(tr("&Pool:"), m_pool);
    form->addRow(tr("&Serial number:"), m_serial);
    form->addRow(tr("&GPU UUIDs:"), m_uuids);
    layout->addLayout(form, 1);
    m_issues = new IssueList(this);
    layout->addWidget(m_issues);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"nodeSave"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NodeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A new node takes the rack's cluster type and that type's accelerators.
    connect(m_rack, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_id.isEmpty())
            return;
        const int rack = m_fleet.rackById.value(m_rack->currentData().toString(), -1);
        const int cluster = rack >= 0 ? m_fleet.racks[rack].cluster : -1;
        if (cluster >= 0 && m_fleet.clusters[cluster].type >= 0)
            m_type->setCurrentIndex(m_fleet.clusters[cluster].type);
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this](int t) {
        if (m_id.isEmpty() && t >= 0 && t < m_fleet.types.size())
            m_accelerators->setValue(m_fleet.types[t].gpusPerNode);
    });
    connect(m_hostname, &QLineEdit::textChanged, this, &NodeDialog::revalidate);
    connect(m_serial, &QLineEdit::textChanged, this, &NodeDialog::revalidate);
    connect(m_uuids, &QPlainTextEdit::textChanged, this, &NodeDialog::revalidate);
    for (QComboBox *c : {m_rack, m_type, m_pool})
        connect(c, &QComboBox::currentIndexChanged, this, &NodeDialog::revalidate);
    for (QSpinBox *s : {m_unit, m_height, m_accelerators})
        connect(s, &QSpinBox::valueChanged, this, &NodeDialog::revalidate);
    resize(560, 560);
}

void NodeDialog::setNode(const NodeDraft &n)
{
    m_id.clear(); // let the rack pick the type for a new node, then keep the id
    m_rack->setCurrentIndex(qMax(0, m_rack->findData(n.rackId)));
    m_id = n.id;
    m_hostname->setText(n.hostname);
    m_unit->setValue(n.rackUnit);
    m_height->setValue(n.heightUnits);
    if (!n.typeId.isEmpty())
        m_type->setCurrentIndex(qMax(0, m_type->findData(n.typeId)));
    if (!n.id.isEmpty() || !n.typeId.isEmpty())
        m_accelerators->setValue(n.accelerators);
    m_pool->setCurrentIndex(qMax(0, m_pool->findData(n.poolId)));
    m_serial->setText(n.serial);
    m_uuids->setPlainText(n.gpuUuids.join(u'\n'));
    // What a node is made of stays; move it or retire it instead.
    m_type->setEnabled(n.id.isEmpty());
    m_accelerators->setEnabled(n.id.isEmpty());
    revalidate();
}

NodeDraft NodeDialog::node() const
{
    NodeDraft n;
    n.id = m_id;
    n.hostname = m_hostname->text().trimmed();
    n.rackId = m_rack->currentData().toString();
    n.rackUnit = m_unit->value();
    n.heightUnits = m_height->value();
    n.typeId = m_type->currentData().toString();
    n.accelerators = m_accelerators->value();
    n.poolId = m_pool->currentData().toString();
    n.serial = m_serial->text().trimmed();
    n.gpuUuids = splitGpuUuids(m_uuids->toPlainText());
    return n;
}

void NodeDialog::revalidate()
{
    const ValidationIssues issues = validateNode(node(), m_fleet, m_context);
    m_issues->setIssues(issues);
    m_save->setEnabled(issues.isEmpty());
}

void NodeDialog::accept()
{
    revalidate();
    if (m_issues->isClean())
        QDialog::accept();
}

} // namespace gpudesk
