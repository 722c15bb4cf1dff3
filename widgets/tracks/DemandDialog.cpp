// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemandDialog.h"

#include "common/Theme.h"
#include "domain/TimeFormat.h"
#include "store/CallRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {

DemandDialog::DemandDialog(Store &store, const QString &callId,
                           const std::optional<DemandRow> &existing, QWidget *parent)
    : QDialog(parent), m_store(store), m_callId(callId)
{
    setObjectName(u"demandDialog"_s);
    setWindowTitle(existing ? tr("Edit demand %1").arg(existing->code) : tr("New demand"));
    const auto rules = CallRepository(store.db()).rules(callId);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_ministry = new QComboBox(this);
    m_ministry->setObjectName(u"demandMinistry"_s);
    m_ministry->setEditable(true);
    m_ministry->setInsertPolicy(QComboBox::NoInsert);
    for (const MinistryInfo &m : DemandRepository(store).ministries())
        m_ministry->addItem(m.name);
    m_ministry->setToolTip(tr("Choose the ministry, or type the name of one that is not listed "
                              "yet: it is added as a public agency."));
    m_project = new QLineEdit(this);
    m_project->setObjectName(u"demandProject"_s);
    m_purpose = new QPlainTextEdit(this);
    m_purpose->setObjectName(u"demandPurpose"_s);
    m_purpose->setTabChangesFocus(true);
    m_purpose->setMaximumHeight(72);
    m_type = new QComboBox(this);
    m_type->setObjectName(u"demandType"_s);
    if (rules) {
        for (const CallAccelerator &a : rules->accelerators)
            m_type->addItem(a.typeCode, a.gpusPerNode);
    }
    auto *nodesRow = new QHBoxLayout;
    m_nodes = new QSpinBox(this);
    m_nodes->setObjectName(u"demandNodes"_s);
    m_nodes->setRange(1, 9999);
    m_gpus = new QLabel(this);
    nodesRow->addWidget(m_nodes);
    nodesRow->addWidget(m_gpus, 1);
    m_start = new QDateEdit(this);
    m_start->setObjectName(u"demandStart"_s);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_start->setDate(rules && rules->closes.isValid() ? rules->closes.addDays(1).addMonths(1)
                                                      : displayDate(Store::nowMs()));
    m_months = new QSpinBox(this);
    m_months->setObjectName(u"demandMonths"_s);
    m_months->setRange(1, 120);
    m_months->setValue(rules ? rules->maxMonths : 12);
    m_priority = new QSpinBox(this);
    m_priority->setObjectName(u"demandPriority"_s);
    m_priority->setRange(1, 99);
    m_priority->setToolTip(tr("The ministry's own order of its demands: 1 is the most urgent."));
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(u"demandContact"_s);
    m_email = new QLineEdit(this);
    m_email->setObjectName(u"demandEmail"_s);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(u"demandPhone"_s);
    form->addRow(tr("&Ministry:"), m_ministry);
    form->addRow(tr("&Project:"), m_project);
    form->addRow(tr("P&urpose:"), m_purpose);
    form->addRow(tr("Accelerator &type:"), m_type);
    auto *nodesLabel = new QLabel(tr("&Nodes:"), this);
    nodesLabel->setBuddy(m_nodes);
    form->addRow(nodesLabel, nodesRow);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("M&onths:"), m_months);
    form->addRow(tr("P&riority:"), m_priority);
    form->addRow(tr("&Contact:"), m_contact);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("Tele&phone:"), m_phone);
    layout->addLayout(form);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"demandProblems"_s);
    m_problemLabel->setWordWrap(true);
    QPalette p = m_problemLabel->palette();
    p.setColor(QPalette::WindowText, Theme::statusColor(u"rejected"_s));
    m_problemLabel->setPalette(p);
    layout->addWidget(m_problemLabel);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(existing ? tr("Save") : tr("Add demand"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (existing) {
        m_exceptId = existing->id;
        setFacts(existing->facts);
    } else {
        m_ministry->setCurrentIndex(-1); // a ministry is chosen, never assumed
    }
    for (QLineEdit *e : {m_project, m_contact, m_email, m_phone})
        connect(e, &QLineEdit::textChanged, this, [this] { recheck(); });
    connect(m_ministry, &QComboBox::currentTextChanged, this, [this] { recheck(); });
    connect(m_purpose, &QPlainTextEdit::textChanged, this, [this] { recheck(); });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { recheck(); });
    for (QSpinBox *s : {m_nodes, m_months, m_priority})
        connect(s, &QSpinBox::valueChanged, this, [this] { recheck(); });
    connect(m_start, &QDateEdit::dateChanged, this, [this] { recheck(); });
    recheck();
    m_ministry->setFocus();
}

DemandFacts DemandDialog::facts() const
{
    DemandFacts f;
    f.ministry = m_ministry->currentText().trimmed();
    f.project = m_project->text().trimmed();
    f.purpose = m_purpose->toPlainText().trimmed();
    f.typeCode = m_type->currentText();
    f.nodes = m_nodes->value();
    f.start = m_start->date();
    f.months = m_months->value();
    f.priority = m_priority->value();
    f.contactName = m_contact->text().trimmed();
    f.contactEmail = m_email->text().trimmed();
    f.contactPhone = m_phone->text().trimmed();
    return f;
}

void DemandDialog::setFacts(const DemandFacts &f)
{
    m_ministry->setCurrentText(f.ministry);
    m_project->setText(f.project);
    m_purpose->setPlainText(f.purpose);
    const int type = m_type->findText(f.typeCode);
    if (type >= 0)
        m_type->setCurrentIndex(type);
    m_nodes->setValue(f.nodes);
    if (f.start.isValid())
        m_start->setDate(f.start);
    m_months->setValue(f.months);
    m_priority->setValue(f.priority);
    m_contact->setText(f.contactName);
    m_email->setText(f.contactEmail);
    m_phone->setText(f.contactPhone);
    recheck();
}

void DemandDialog::recheck()
{
    const DemandFacts f = facts();
    const int perNode = m_type->currentData().toInt();
    m_gpus->setText(tr("= %1 GPUs").arg(QLocale().toString(f.nodes * qMax(1, perNode))));
    m_problems.clear();
    const DemandRepository repo(m_store);
    for (const DemandProblem &p : repo.check(m_callId, f, m_exceptId))
        m_problems << p.message;
    QString text = m_problems.join(u'\n');
    if (m_problems.isEmpty() && repo.isNewMinistry(f.ministry))
        text = tr("%1 is not in the list yet; it is added as a public agency.").arg(f.ministry);
    m_problemLabel->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
}

} // namespace gpudesk
