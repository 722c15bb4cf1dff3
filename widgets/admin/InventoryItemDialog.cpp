// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryItemDialog.h"

#include "IssueList.h"
#include "rules/InventoryValidation.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

bool english()
{
    return QLocale().language() != QLocale::Korean;
}

QString poolKindLabel(PoolKind k)
{
    switch (k) {
    case PoolKind::OpenCall:
        return InventoryItemDialog::tr("Open call (industry, academia, research)");
    case PoolKind::National:
        return InventoryItemDialog::tr("National projects");
    case PoolKind::ProviderOwn:
        return InventoryItemDialog::tr("Provider's own share");
    case PoolKind::Maintenance:
        return InventoryItemDialog::tr("Maintenance");
    }
    return {};
}

} // namespace

InventoryItemDialog::InventoryItemDialog(InventoryKind kind, const FleetSnapshot &fleet,
                                         QWidget *parent)
    : QDialog(parent), m_kind(kind), m_fleet(fleet)
{
    setObjectName(u"inventoryItemDialog"_s);
    build();
    revalidate();
}

QComboBox *InventoryItemDialog::combo(const QString &name)
{
    auto *c = new QComboBox(this);
    c->setObjectName(name);
    connect(c, &QComboBox::currentIndexChanged, this, &InventoryItemDialog::revalidate);
    return c;
}

QLineEdit *InventoryItemDialog::line(const QString &name)
{
    auto *e = new QLineEdit(this);
    e->setObjectName(name);
    connect(e, &QLineEdit::textChanged, this, &InventoryItemDialog::revalidate);
    return e;
}

QSpinBox *InventoryItemDialog::spin(const QString &name, int lo, int hi)
{
    auto *s = new QSpinBox(this);
    s->setObjectName(name);
    s->setRange(lo, hi);
    connect(s, &QSpinBox::valueChanged, this, &InventoryItemDialog::revalidate);
    return s;
}

void InventoryItemDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_name = line(u"itemName"_s);
    switch (m_kind) {
    case InventoryKind::Provider:
        setWindowTitle(tr("Provider"));
        m_code = line(u"itemCode"_s);
        m_code->setPlaceholderText(tr("e.g. naver"));
        m_nameEn = line(u"itemNameEn"_s);
        m_contact = line(u"itemContact"_s);
        m_contact->setPlaceholderText(tr("Operations desk: telephone, e-mail"));
        form->addRow(tr("C&ode:"), m_code);
        form->addRow(tr("&Name:"), m_name);
        form->addRow(tr("&English name:"), m_nameEn);
        form->addRow(tr("&Contact:"), m_contact);
        break;
    case InventoryKind::Site: {
        setWindowTitle(tr("Site"));
        m_parent = combo(u"itemProvider"_s);
        for (const FleetProvider &p : std::as_const(m_fleet.providers))
            m_parent->addItem(english() && !p.nameEn.isEmpty() ? p.nameEn : p.name, p.id);
        m_timeZone = combo(u"itemTimeZone"_s);
        m_timeZone->setEditable(true);
        for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
            m_timeZone->addItem(QString::fromUtf8(id));
        m_timeZone->completer()->setFilterMode(Qt::MatchContains);
        m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        connect(m_timeZone, &QComboBox::currentTextChanged, this, &InventoryItemDialog::revalidate);
        m_address = line(u"itemAddress"_s);
        form->addRow(tr("&Provider:"), m_parent);
        form->addRow(tr("&Name:"), m_name);
        form->addRow(tr("&Time zone:"), m_timeZone);
        form->addRow(tr("&Address:"), m_address);
        break;
    }
    case InventoryKind::Cluster:
    case InventoryKind::Row:
        setWindowTitle(m_kind == InventoryKind::Cluster ? tr("Cluster") : tr("Row of racks"));
        m_parent = combo(u"itemSite"_s);
        for (const FleetSite &s : std::as_const(m_fleet.sites)) {
            const FleetProvider &p = m_fleet.providers.value(s.provider);
            m_parent->addItem(u"%1 / %2"_s.arg(p.code, s.name), s.id);
        }
        form->addRow(tr("&Site:"), m_parent);
        form->addRow(tr("&Name:"), m_name);
        if (m_kind == InventoryKind::Cluster) {
            m_type = combo(u"itemType"_s);
            for (const FleetType &t : std::as_const(m_fleet.types))
                m_type->addItem(t.code, t.id);
            form->addRow(tr("&Accelerator type:"), m_type);
        } else {
            m_ordinal = spin(u"itemOrdinal"_s, 0, 999);
            form->addRow(tr("&Order in the site:"), m_ordinal);
        }
        break;
    case InventoryKind::Rack:
        setWindowTitle(tr("Rack"));
        m_parent = combo(u"itemCluster"_s);
        for (const FleetCluster &c : std::as_const(m_fleet.clusters)) {
            const FleetSite &s = m_fleet.sites.value(c.site);
            m_parent->addItem(u"%1 / %2 (%3)"_s.arg(s.name, c.name,
                                                      m_fleet.types.value(c.type).code),
                              c.id);
        }
        m_rowBox = combo(u"itemRow"_s);
        connect(m_parent, &QComboBox::currentIndexChanged, this,
                [this] { fillRows(m_rowBox->currentData().toString()); });
        m_ordinal = spin(u"itemOrdinal"_s, 0, 999);
        m_units = spin(u"itemUnits"_s, 0, 99);
        m_units->setSuffix(tr(" U"));
        form->addRow(tr("&Cluster:"), m_parent);
        form->addRow(tr("&Row:"), m_rowBox);
        form->addRow(tr("&Name:"), m_name);
        form->addRow(tr("&Position in the row:"), m_ordinal);
        form->addRow(tr("&Height:"), m_units);
        fillRows(QString());
        break;
    case InventoryKind::Pool:
        setWindowTitle(tr("Pool"));
        m_code = line(u"itemCode"_s);
        m_code->setPlaceholderText(tr("e.g. open-b200"));
        m_nameEn = line(u"itemNameEn"_s);
        m_poolKind = combo(u"itemPoolKind"_s);
        for (PoolKind k : {PoolKind::OpenCall, PoolKind::National, PoolKind::ProviderOwn,
                           PoolKind::Maintenance})
            m_poolKind->addItem(poolKindLabel(k), poolKindKey(k));
        m_type = combo(u"itemType"_s);
        m_type->addItem(tr("(any type)"), QString());
        for (const FleetType &t : std::as_const(m_fleet.types))
            m_type->addItem(t.code, t.id);
        m_capacity = spin(u"itemCapacity"_s, -1, 100000);
        m_capacity->setSuffix(tr(" nodes"));
        m_capacity->setToolTip(tr("How many nodes selection may give out of this pool"));
        form->addRow(tr("C&ode:"), m_code);
        form->addRow(tr("&Name:"), m_name);
        form->addRow(tr("&English name:"), m_nameEn);
        form->addRow(tr("&Kind:"), m_poolKind);
        form->addRow(tr("Accelerator &type:"), m_type);
        form->addRow(tr("&Capacity:"), m_capacity);
        break;
    case InventoryKind::Node:
        break; // NodeDialog
    }
    m_issues = new IssueList(this);
    layout->addWidget(m_issues, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"itemSave"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &InventoryItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 380);
}

void InventoryItemDialog::fillRows(const QString &current)
{
    const QSignalBlocker block(m_rowBox);
    m_rowBox->clear();
    int site = -1;
    for (const FleetCluster &c : std::as_const(m_fleet.clusters)) {
        if (c.id == m_parent->currentData().toString())
            site = c.site;
    }
    if (site >= 0) {
        for (int r : m_fleet.sites[site].rows)
            m_rowBox->addItem(m_fleet.rows[r].name, m_fleet.rows[r].id);
    }
    m_rowBox->setCurrentIndex(qMax(0, m_rowBox->findData(current)));
    revalidate();
}

void InventoryItemDialog::setProvider(const ProviderDraft &d)
{
    m_id = d.id;
    m_code->setText(d.code);
    m_name->setText(d.name);
    m_nameEn->setText(d.nameEn);
    m_contact->setText(d.contact);
}

void InventoryItemDialog::setSite(const SiteDraft &d)
{
    m_id = d.id;
    m_parent->setCurrentIndex(qMax(0, m_parent->findData(d.providerId)));
    m_parent->setEnabled(d.id.isEmpty());
    m_name->setText(d.name);
    m_timeZone->setCurrentText(d.timeZone);
    m_address->setText(d.address);
}

void InventoryItemDialog::setCluster(const ClusterDraft &d)
{
    m_id = d.id;
    m_parent->setCurrentIndex(qMax(0, m_parent->findData(d.siteId)));
    m_parent->setEnabled(d.id.isEmpty());
    m_name->setText(d.name);
    m_type->setCurrentIndex(qMax(0, m_type->findData(d.typeId)));
}

void InventoryItemDialog::setRow(const RowDraft &d)
{
    m_id = d.id;
    m_parent->setCurrentIndex(qMax(0, m_parent->findData(d.siteId)));
    m_parent->setEnabled(d.id.isEmpty());
    m_name->setText(d.name);
    m_ordinal->setValue(d.ordinal);
}

void InventoryItemDialog::setRack(const RackDraft &d)
{
    m_id = d.id;
    m_parent->setCurrentIndex(qMax(0, m_parent->findData(d.clusterId)));
    fillRows(d.rowId);
    m_name->setText(d.name);
    m_ordinal->setValue(d.ordinal);
    m_units->setValue(d.units);
}

void InventoryItemDialog::setPool(const PoolDraft &d, int callsUsing)
{
    m_id = d.id;
    m_callsUsing = callsUsing;
    m_code->setText(d.code);
    m_name->setText(d.name);
    m_nameEn->setText(d.nameEn);
    m_poolKind->setCurrentIndex(qMax(0, m_poolKind->findData(poolKindKey(d.kind))));
    m_type->setCurrentIndex(qMax(0, m_type->findData(d.typeId)));
    m_capacity->setValue(d.capacityNodes);
}

ProviderDraft InventoryItemDialog::provider() const
{
    return {m_id, m_code->text().trimmed(), m_name->text().trimmed(), m_nameEn->text().trimmed(),
            m_contact->text().trimmed()};
}

SiteDraft InventoryItemDialog::site() const
{
    return {m_id, m_parent->currentData().toString(), m_name->text().trimmed(),
            m_timeZone->currentText().trimmed(), m_address->text().trimmed()};
}

ClusterDraft InventoryItemDialog::cluster() const
{
    return {m_id, m_parent->currentData().toString(), m_name->text().trimmed(),
            m_type->currentData().toString()};
}

RowDraft InventoryItemDialog::row() const
{
    return {m_id, m_parent->currentData().toString(), m_name->text().trimmed(), m_ordinal->value()};
}

RackDraft InventoryItemDialog::rack() const
{
    return {m_id,
            m_parent->currentData().toString(),
            m_rowBox->currentData().toString(),
            m_name->text().trimmed(),
            m_ordinal->value(),
            m_units->value()};
}

PoolDraft InventoryItemDialog::pool() const
{
    return {m_id,
            m_code->text().trimmed(),
            m_name->text().trimmed(),
            m_nameEn->text().trimmed(),
            poolKindFromKey(m_poolKind->currentData().toString()).value_or(PoolKind::OpenCall),
            m_type->currentData().toString(),
            m_capacity->value()};
}

void InventoryItemDialog::revalidate()
{
    if (!m_issues)
        return; // still building
    ValidationIssues issues;
    switch (m_kind) {
    case InventoryKind::Provider:
        issues = validateProvider(provider(), m_fleet);
        break;
    case InventoryKind::Site:
        issues = validateSite(site(), m_fleet);
        break;
    case InventoryKind::Cluster:
        issues = validateCluster(cluster(), m_fleet);
        break;
    case InventoryKind::Row:
        issues = validateRow(row(), m_fleet);
        break;
    case InventoryKind::Rack:
        issues = validateRack(rack(), m_fleet);
        break;
    case InventoryKind::Pool:
        issues = validatePool(pool(), m_fleet, m_callsUsing);
        break;
    case InventoryKind::Node:
        break;
    }
    m_issues->setIssues(issues);
    m_save->setEnabled(issues.isEmpty());
}

void InventoryItemDialog::accept()
{
    revalidate();
    if (m_issues->isClean())
        QDialog::accept();
}

} // namespace gpudesk
