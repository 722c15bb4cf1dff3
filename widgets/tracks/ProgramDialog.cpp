// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgramDialog.h"

#include "ShareRuleFields.h"
#include "admin/IssueList.h"
#include "admin/RubricEditor.h"
#include "domain/DisplayLanguage.h"
#include "store/ProgramSetupRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

enum Tab
{
    ProgramTab,
    RubricTab
};

} // namespace

ProgramDialog::ProgramDialog(Store &store, const ProgramDraft &program, QWidget *parent)
    : QDialog(parent), m_store(store), m_original(program)
{
    const bool editing = !program.id.isEmpty();
    setObjectName(u"programDialog"_s);
    setWindowTitle(editing ? tr("Program %1").arg(program.code) : tr("New program"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildProgram(), tr("&Program and share rule"));
    m_rubric = new RubricEditor(m_tabs);
    m_rubric->setRubric(program.rubric);
    m_tabs->addTab(m_rubric, tr("R&ubric"));
    layout->addWidget(m_tabs, 1);

    auto *bottom = new QFormLayout;
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"programReason"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(56);
    if (editing)
        bottom->addRow(tr("&Reason for the change:"), m_reason);
    else
        m_reason->hide();
    m_issues = new IssueList(this);
    m_issues->setObjectName(u"programIssues"_s);
    bottom->addRow(tr("To fix:"), m_issues);
    layout->addLayout(bottom);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(editing ? tr("Save changes") : tr("Create program"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_issues, &IssueList::fieldActivated, this, &ProgramDialog::showField);

    const auto again = [this] { revalidate(); };
    for (QLineEdit *e : {m_code, m_name, m_nameEn})
        connect(e, &QLineEdit::textChanged, this, again);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        fillPools();
        revalidate();
    });
    connect(m_pool, &QComboBox::currentIndexChanged, this, again);
    connect(m_starts, &QDateEdit::dateChanged, this, again);
    connect(m_years, &QSpinBox::valueChanged, this, again);
    connect(m_teams, &QSpinBox::valueChanged, this, again);
    connect(m_rule, &ShareRuleFields::changed, this, again);
    connect(m_rubric, &RubricEditor::changed, this, again);
    connect(m_reason, &QPlainTextEdit::textChanged, this, again);
    resize(760, 560);
    revalidate();
}

QWidget *ProgramDialog::buildProgram()
{
    auto *page = new QWidget(m_tabs);
    auto *columns = new QHBoxLayout(page);
    auto *form = new QFormLayout;
    m_code = new QLineEdit(m_original.code, page);
    m_code->setObjectName(u"programCode"_s);
    m_code->setPlaceholderText(tr("e.g. WBL"));
    m_name = new QLineEdit(m_original.name, page);
    m_name->setObjectName(u"programName"_s);
    m_nameEn = new QLineEdit(m_original.nameEn, page);
    m_nameEn->setObjectName(u"programNameEn"_s);
    m_type = new QComboBox(page);
    m_type->setObjectName(u"programType"_s);
    for (const AcceleratorTypeInfo &t : ProgramSetupRepository(m_store).acceleratorTypes())
        m_type->addItem(t.code, t.id);
    m_type->setCurrentIndex(m_type->findData(m_original.typeId));
    m_pool = new QComboBox(page);
    m_pool->setObjectName(u"programPool"_s);
    m_starts = new QDateEdit(m_original.startsOn, page);
    m_starts->setObjectName(u"programStarts"_s);
    m_starts->setCalendarPopup(true);
    m_starts->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_years = new QSpinBox(page);
    m_years->setObjectName(u"programYears"_s);
    m_years->setRange(1, kMaxProgramYears);
    m_years->setValue(m_original.maxYears);
    m_teams = new QSpinBox(page);
    m_teams->setObjectName(u"programTeams"_s);
    m_teams->setRange(1, kMaxProgramTeams);
    m_teams->setValue(m_original.maxTeams);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name (Korean):"), m_name);
    form->addRow(tr("Name (&English):"), m_nameEn);
    form->addRow(tr("Accelerator &type:"), m_type);
    form->addRow(tr("P&ool:"), m_pool);
    form->addRow(tr("&First day of year 1:"), m_starts);
    form->addRow(tr("&Years:"), m_years);
    form->addRow(tr("At most &teams:"), m_teams);
    columns->addLayout(form, 1);

    auto *rule = new QGroupBox(tr("Share rule"), page);
    auto *ruleLayout = new QVBoxLayout(rule);
    m_rule = new ShareRuleFields(rule);
    m_rule->setRule(m_original.rule);
    ruleLayout->addWidget(m_rule);
    ruleLayout->addStretch(1);
    columns->addWidget(rule, 1);
    fillPools();
    return page;
}

void ProgramDialog::fillPools()
{
    const QString keep = m_pool->count() ? m_pool->currentData().toString() : m_original.poolId;
    const QString type = m_type->currentData().toString();
    const QSignalBlocker block(m_pool);
    m_pool->clear();
    //: No pool chosen for a program's nodes
    m_pool->addItem(tr("(none)"), QString());
    const bool english = DisplayLanguage::isEnglish();
    for (const PoolChoice &p : ProgramSetupRepository(m_store).pools()) {
        if (!p.typeId.isEmpty() && p.typeId != type)
            continue;
        const QString name = english && !p.nameEn.isEmpty() ? p.nameEn : p.name;
        m_pool->addItem(tr("%1 (%2, %n node(s))", nullptr, p.capacityNodes).arg(name, p.code),
                        p.id);
    }
    const int i = m_pool->findData(keep);
    m_pool->setCurrentIndex(i >= 0 ? i : 0);
}

ProgramDraft ProgramDialog::program() const
{
    ProgramDraft p = m_original;
    p.code = m_code->text().trimmed();
    p.name = m_name->text().trimmed();
    p.nameEn = m_nameEn->text().trimmed();
    p.typeId = m_type->currentData().toString();
    p.poolId = m_pool->currentData().toString();
    p.startsOn = m_starts->date();
    p.maxYears = m_years->value();
    p.maxTeams = m_teams->value();
    p.rule = m_rule->rule();
    p.rubric = m_rubric->rubric();
    return p;
}

QString ProgramDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ProgramDialog::revalidate()
{
    ValidationIssues issues = ProgramSetupRepository(m_store).validate(program());
    if (!m_original.id.isEmpty() && reason().isEmpty())
        issues.append({u"reason"_s, tr("Write why the program changes; the audit log keeps it.")});
    m_issues->setIssues(issues);
    m_save->setEnabled(issues.isEmpty());
}

void ProgramDialog::showField(const QString &field)
{
    const QString head = field.section(u'/', 0, 0);
    const QHash<QString, QWidget *> widgets = {
        {u"code"_s, m_code},       {u"name"_s, m_name},     {u"type"_s, m_type},
        {u"pool"_s, m_pool},       {u"teams"_s, m_teams},   {u"years"_s, m_years},
        {u"startsOn"_s, m_starts}, {u"reason"_s, m_reason}, {u"rubric"_s, m_rubric->table()}};
    QWidget *target = widgets.value(head);
    if (head == u"rule"_s) {
        const QString part = field.section(u'/', 1, 1);
        target = part == u"minimum"_s ? static_cast<QWidget *>(m_rule->minimum())
                                      : static_cast<QWidget *>(m_rule->capacity());
    } else if (head == u"rubric"_s) {
        const int row = field.section(u'/', 1, 1).toInt() - 1;
        if (row >= 0)
            m_rubric->table()->setCurrentCell(row, RubricEditor::Weight);
    }
    m_tabs->setCurrentIndex(head == u"rubric"_s ? RubricTab : ProgramTab);
    if (target)
        target->setFocus(Qt::OtherFocusReason);
}

} // namespace gpudesk
