// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterBar.h"

#include "common/SearchLineEdit.h"
#include "domain/Enums.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

// The "what you work on" status groups come first, then each status alone.
struct StatusChoice
{
    QString label;
    QStringList keys;
};

QList<StatusChoice> statusChoices()
{
    QList<StatusChoice> out;
    out.append({FilterBar::tr("All statuses"), {}});
    out.append({FilterBar::tr("To screen (submitted, screening)"),
                {statusKey(ApplicationStatus::Submitted), statusKey(ApplicationStatus::Screening)}});
    out.append({FilterBar::tr("Decided (selected, waitlisted, rejected)"),
                {statusKey(ApplicationStatus::Selected), statusKey(ApplicationStatus::Waitlisted),
                 statusKey(ApplicationStatus::Rejected)}});
    for (int i = 0; i < kApplicationStatusCount; ++i) {
        const auto s = static_cast<ApplicationStatus>(i);
        out.append({statusLabel(s), {statusKey(s)}});
    }
    return out;
}

} // namespace

FilterBar::FilterBar(const QList<CallSummary> &calls, const QList<AcceleratorTypeInfo> &types,
                     QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_search = new SearchLineEdit(this);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setPlaceholderText(tr("Search titles, organisations, investigators (Ctrl+F)"));
    m_search->setMinimumWidth(220);
    layout->addWidget(m_search, 3);

    const bool ko = QLocale().language() == QLocale::Korean;
    m_call = new QComboBox(this);
    m_call->setObjectName(u"callFilter"_s);
    m_call->addItem(tr("All calls"), QString());
    for (const CallSummary &c : calls)
        m_call->addItem(u"%1 %2"_s.arg(c.code, ko || c.titleEn.isEmpty() ? c.title : c.titleEn), c.id);
    m_call->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_call->setMinimumContentsLength(12);
    layout->addWidget(m_call, 2);

    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusFilter"_s);
    for (const StatusChoice &c : statusChoices())
        m_status->addItem(c.label, c.keys);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setMinimumContentsLength(10);
    layout->addWidget(m_status, 1);

    m_type = new QComboBox(this);
    m_type->setObjectName(u"typeFilter"_s);
    m_type->addItem(tr("All accelerators"), QString());
    for (const AcceleratorTypeInfo &t : types)
        m_type->addItem(t.code, t.id);
    layout->addWidget(m_type);

    m_orgType = new QComboBox(this);
    m_orgType->setObjectName(u"orgTypeFilter"_s);
    m_orgType->addItem(tr("All organisation types"), QString());
    for (int i = 0; i < kOrganizationTypeCount; ++i) {
        const auto t = static_cast<OrganizationType>(i);
        m_orgType->addItem(orgTypeLabel(t), orgTypeKey(t));
    }
    m_orgType->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_orgType->setMinimumContentsLength(8);
    layout->addWidget(m_orgType, 1);

    //: Label before the node-count range filter
    auto *nodesLabel = new QLabel(tr("Nodes"), this);
    layout->addWidget(nodesLabel);
    m_minNodes = new QSpinBox(this);
    m_minNodes->setObjectName(u"minNodes"_s);
    m_maxNodes = new QSpinBox(this);
    m_maxNodes->setObjectName(u"maxNodes"_s);
    for (QSpinBox *box : {m_minNodes, m_maxNodes}) {
        box->setRange(0, 9999);
        //: Shown in a node-range box when it does not limit anything
        box->setSpecialValueText(tr("any"));
        box->setToolTip(tr("Requested nodes (8 GPUs each)"));
        layout->addWidget(box);
    }
    nodesLabel->setBuddy(m_minNodes);

    auto *clearButton = new QToolButton(this);
    clearButton->setObjectName(u"clearFilters"_s);
    clearButton->setText(tr("Clear"));
    clearButton->setToolTip(tr("Clear the search and every filter"));
    layout->addWidget(clearButton);

    connect(m_search, &SearchLineEdit::searchTextChanged, this, [this] { emitChanged(); });
    for (QComboBox *box : {m_call, m_status, m_type, m_orgType})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { emitChanged(); });
    for (QSpinBox *box : {m_minNodes, m_maxNodes})
        connect(box, &QSpinBox::valueChanged, this, [this] { emitChanged(); });
    connect(clearButton, &QToolButton::clicked, this, [this] { clear(); });
}

ApplicationFilter FilterBar::filter() const
{
    ApplicationFilter f;
    f.search = m_search->searchText().trimmed();
    f.callId = m_call->currentData().toString();
    f.statuses = m_status->currentData().toStringList();
    f.acceleratorTypeId = m_type->currentData().toString();
    f.orgType = m_orgType->currentData().toString();
    f.minNodes = m_minNodes->value();
    f.maxNodes = m_maxNodes->value();
    return f;
}

void FilterBar::setFilter(const ApplicationFilter &f)
{
    m_quiet = true;
    m_search->setText(f.search);
    m_call->setCurrentIndex(qMax(0, m_call->findData(f.callId)));
    m_status->setCurrentIndex(qMax(0, m_status->findData(f.statuses)));
    m_type->setCurrentIndex(qMax(0, m_type->findData(f.acceleratorTypeId)));
    m_orgType->setCurrentIndex(qMax(0, m_orgType->findData(f.orgType)));
    m_minNodes->setValue(f.minNodes);
    m_maxNodes->setValue(f.maxNodes);
    m_quiet = false;
    emitChanged();
}

void FilterBar::clear()
{
    setFilter(ApplicationFilter{});
}

void FilterBar::emitChanged()
{
    if (!m_quiet)
        Q_EMIT filterChanged(filter());
}

} // namespace gpudesk
