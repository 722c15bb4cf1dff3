// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShareTermsTable.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpudesk {

ShareTermsTable::ShareTermsTable(QWidget *parent)
    : QTableWidget(kOrganizationTypeCount, ColumnCount, parent)
{
    setObjectName(u"shareTerms"_s);
    setHorizontalHeaderLabels({tr("May apply"), tr("Share of the market price")});
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    verticalHeader()->hide(); // the first column names the row
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    m_ids.resize(kOrganizationTypeCount);
    for (int t = 0; t < kOrganizationTypeCount; ++t) {
        const auto type = static_cast<OrganizationType>(t);
        setVerticalHeaderItem(t, new QTableWidgetItem(orgTypeLabel(type)));
        auto *eligible = new QCheckBox(orgTypeLabel(type), this);
        eligible->setObjectName(u"eligible-"_s + orgTypeKey(type));
        auto *share = new QDoubleSpinBox(this);
        share->setObjectName(u"share-"_s + orgTypeKey(type));
        share->setRange(0, 100);
        share->setDecimals(2);
        share->setSuffix(u" %"_s);
        share->setSingleStep(0.5);
        setCellWidget(t, Eligible, eligible);
        setCellWidget(t, Share, share);
        connect(eligible, &QCheckBox::toggled, this, [this, share](bool on) {
            share->setEnabled(on);
            Q_EMIT changed();
        });
        connect(share, &QDoubleSpinBox::valueChanged, this, &ShareTermsTable::changed);
    }
}

QCheckBox *ShareTermsTable::eligibleBox(OrganizationType t) const
{
    return qobject_cast<QCheckBox *>(cellWidget(static_cast<int>(t), Eligible));
}

QDoubleSpinBox *ShareTermsTable::shareBox(OrganizationType t) const
{
    return qobject_cast<QDoubleSpinBox *>(cellWidget(static_cast<int>(t), Share));
}

void ShareTermsTable::setTerms(const QList<CallShareTerm> &terms)
{
    const QSignalBlocker block(this);
    for (int t = 0; t < kOrganizationTypeCount; ++t) {
        eligibleBox(static_cast<OrganizationType>(t))->setChecked(false);
        shareBox(static_cast<OrganizationType>(t))->setValue(0);
        m_ids[t].clear();
    }
    for (const CallShareTerm &s : terms) {
        m_ids[static_cast<int>(s.orgType)] = s.id;
        eligibleBox(s.orgType)->setChecked(s.eligible);
        shareBox(s.orgType)->setValue(s.shareBasisPoints / 100.0);
        shareBox(s.orgType)->setEnabled(s.eligible);
    }
}

QList<CallShareTerm> ShareTermsTable::terms() const
{
    QList<CallShareTerm> out;
    for (int t = 0; t < kOrganizationTypeCount; ++t) {
        const auto type = static_cast<OrganizationType>(t);
        out.append({m_ids[t], type, eligibleBox(type)->isChecked(),
                    int(std::lround(shareBox(type)->value() * 100))});
    }
    return out;
}

} // namespace gpudesk
