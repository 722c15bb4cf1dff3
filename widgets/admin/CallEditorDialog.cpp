// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallEditorDialog.h"

#include "CallOffersTable.h"
#include "IssueList.h"
#include "RubricEditor.h"
#include "ShareTermsTable.h"
#include "domain/TimeFormat.h"
#include "rules/CallValidation.h"
#include "store/CallRepository.h"
#include "store/Store.h"

#include <QCheckBox>
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
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

enum Tab
{
    GeneralTab,
    TermsTab,
    RubricTab,
    ReviewTab
};

QDateEdit *dateEdit(const QString &name, QWidget *parent)
{
    auto *d = new QDateEdit(parent);
    d->setObjectName(name);
    d->setCalendarPopup(true);
    d->setDisplayFormat(u"yyyy-MM-dd"_s);
    d->setDate(displayDate(QDateTime::currentMSecsSinceEpoch()));
    d->setMinimumWidth(130);
    d->setMaximumWidth(170);
    return d;
}

QSpinBox *spin(const QString &name, int lo, int hi, const QString &suffix, QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(name);
    s->setRange(lo, hi);
    s->setSuffix(suffix);
    return s;
}

} // namespace

CallEditorDialog::CallEditorDialog(Store &store, const CallDefinition &call, QWidget *parent)
    : QDialog(parent), m_store(store), m_repository(store), m_original(call),
      m_context(m_repository.context(call)), m_types(m_repository.callTypes())
{
    setObjectName(u"callEditor"_s);
    setWindowTitle(call.id.isEmpty() ? tr("New call") : tr("Call %1").arg(call.code));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"callEditorTabs"_s);
    m_tabs->addTab(buildGeneral(), tr("&Call and window"));
    m_tabs->addTab(buildTerms(), tr("&Accelerators and cost share"));
    m_rubric = new RubricEditor(m_tabs);
    m_tabs->addTab(m_rubric, tr("R&ubric"));
    m_tabs->addTab(buildReview(), tr("Re&view and usage"));

    m_issues = new IssueList(this);
    m_screened = new QLabel(this);
    m_screened->setObjectName(u"callScreenedNote"_s);
    m_screened->setWordWrap(true);
    const int screened = m_context.screenedApplications;
    m_screened->setVisible(screened > 0);
    m_screened->setText(tr("%n application(s) of this call were already screened under its "
                           "rules. Saving a change asks for a reason and records it.",
                           nullptr, screened));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tabs);
    split->addWidget(m_issues);
    split->setStretchFactor(0, 1);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);
    layout->addWidget(m_screened);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"callSave"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CallEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_issues, &IssueList::fieldActivated, this, &CallEditorDialog::showField);

    fill(call);
    // Every edit judges the form again.
    for (QLineEdit *e : {m_code, m_title, m_titleEn})
        connect(e, &QLineEdit::textChanged, this, &CallEditorDialog::revalidate);
    for (QDateEdit *d : {m_opens, m_closes, m_deadline, m_allocation})
        connect(d, &QDateEdit::dateChanged, this, &CallEditorDialog::revalidate);
    for (QCheckBox *c : {m_hasDeadline, m_hasAllocation})
        connect(c, &QCheckBox::toggled, this, &CallEditorDialog::revalidate);
    for (QSpinBox *s : {m_maxMonths, m_youth, m_vat, m_reviewers, m_waitlist, m_idleThreshold,
                        m_idleDays})
        connect(s, &QSpinBox::valueChanged, this, &CallEditorDialog::revalidate);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        fillStages(QString());
        revalidate();
    });
    connect(m_stage, &QComboBox::currentIndexChanged, this, &CallEditorDialog::revalidate);
    connect(m_pledge, &QPlainTextEdit::textChanged, this, &CallEditorDialog::revalidate);
    connect(m_offers, &CallOffersTable::changed, this, &CallEditorDialog::revalidate);
    connect(m_shares, &ShareTermsTable::changed, this, &CallEditorDialog::revalidate);
    connect(m_rubric, &RubricEditor::changed, this, &CallEditorDialog::revalidate);
    revalidate();
    resize(940, 640);
}

QWidget *CallEditorDialog::buildGeneral()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_code = new QLineEdit(page);
    m_code->setObjectName(u"callCode"_s);
    m_code->setPlaceholderText(tr("e.g. 2026-R1"));
    m_title = new QLineEdit(page);
    m_title->setObjectName(u"callTitle"_s);
    m_titleEn = new QLineEdit(page);
    m_titleEn->setObjectName(u"callTitleEn"_s);
    m_type = new QComboBox(page);
    m_type->setObjectName(u"callType"_s);
    const bool english = QLocale().language() != QLocale::Korean;
    for (const CallTypeChoice &t : std::as_const(m_types))
        m_type->addItem(english && !t.nameEn.isEmpty() ? t.nameEn : t.name, t.id);
    m_stage = new QComboBox(page);
    m_stage->setObjectName(u"callStage"_s);
    m_opens = dateEdit(u"callOpens"_s, page);
    m_closes = dateEdit(u"callCloses"_s, page);
    auto *window = new QHBoxLayout;
    window->addWidget(m_opens);
    window->addWidget(new QLabel(tr("to"), page));
    window->addWidget(m_closes);
    window->addStretch(1);
    // Optional days: the row's label is the box that says whether the call has one.
    m_hasDeadline = new QCheckBox(tr("Reviews &due by:"), page);
    m_hasDeadline->setObjectName(u"callHasReviewDeadline"_s);
    m_deadline = dateEdit(u"callReviewDeadline"_s, page);
    m_hasAllocation = new QCheckBox(tr("Allocation &from:"), page);
    m_hasAllocation->setObjectName(u"callHasAllocationFrom"_s);
    m_allocation = dateEdit(u"callAllocationFrom"_s, page);
    connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
    connect(m_hasAllocation, &QCheckBox::toggled, m_allocation, &QWidget::setEnabled);
    m_maxMonths = spin(u"callMaxMonths"_s, 0, 120, tr(" months"), page);
    m_pledge = new QPlainTextEdit(page);
    m_pledge->setObjectName(u"callPledge"_s);
    m_pledge->setPlaceholderText(tr("The confidentiality pledge reviewers accept before they open "
                                    "the call's applications."));
    form->addRow(tr("C&ode:"), m_code);
    form->addRow(tr("&Title (Korean):"), m_title);
    form->addRow(tr("&English title:"), m_titleEn);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&Stage:"), m_stage);
    auto *windowLabel = new QLabel(tr("Application &window:"), page);
    windowLabel->setBuddy(m_opens);
    form->addRow(windowLabel, window);
    form->addRow(m_hasDeadline, m_deadline);
    form->addRow(m_hasAllocation, m_allocation);
    form->addRow(tr("&Longest project:"), m_maxMonths);
    form->addRow(tr("&Pledge text:"), m_pledge);
    return page;
}

QWidget *CallEditorDialog::buildTerms()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_offers = new CallOffersTable(CallRepository(m_store.db()).acceleratorTypes(),
                                   m_repository.pools(), page);
    m_shares = new ShareTermsTable(page);
    auto *discounts = new QFormLayout;
    m_youth = spin(u"callYouthDiscount"_s, 0, 200, u" %"_s, page);
    m_youth->setToolTip(tr("Youth-founded companies pay this much less of their share."));
    m_vat = spin(u"callVat"_s, 0, 200, u" %"_s, page);
    discounts->addRow(tr("Youth-founded &discount:"), m_youth);
    discounts->addRow(tr("&VAT on statements:"), m_vat);
    auto *label = new QLabel(tr("Accelerator types offered, with the cap per project and the "
                                "market price:"),
                             page);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(m_offers, 2);
    layout->addWidget(new QLabel(tr("Who may apply, and the share of the market price each pays:"), page));
    auto *lower = new QHBoxLayout;
    lower->addWidget(m_shares, 3);
    lower->addLayout(discounts, 2);
    layout->addLayout(lower, 3);
    return page;
}

QWidget *CallEditorDialog::buildReview()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_reviewers = spin(u"callReviewers"_s, 0, 20, QString(), page);
    m_waitlist = spin(u"callWaitlist"_s, 0, 5000, QString(), page);
    m_idleThreshold = spin(u"callIdleThreshold"_s, 0, 100, u" %"_s, page);
    m_idleDays = spin(u"callIdleDays"_s, 0, 365, tr(" days"), page);
    form->addRow(tr("&Reviewers per application:"), m_reviewers);
    form->addRow(tr("&Waitlist per accelerator type:"), m_waitlist);
    form->addRow(tr("&Idle below mean utilisation of:"), m_idleThreshold);
    form->addRow(tr("Idle &for:"), m_idleDays);
    auto *hint = new QLabel(tr("An allocation whose mean GPU utilisation stays below the threshold "
                               "for the period is listed for a performance check."),
                            page);
    hint->setWordWrap(true);
    form->addRow(hint);
    return page;
}

void CallEditorDialog::fillStages(const QString &current)
{
    const QSignalBlocker block(m_stage);
    m_stage->clear();
    for (const CallTypeChoice &t : std::as_const(m_types)) {
        if (t.id != m_type->currentData().toString())
            continue;
        for (const QString &s : t.stages)
            m_stage->addItem(callStageLabel(s), s);
    }
    const int at = m_stage->findData(current);
    m_stage->setCurrentIndex(qMax(0, at));
}

void CallEditorDialog::fill(const CallDefinition &c)
{
    m_code->setText(c.code);
    m_title->setText(c.title);
    m_titleEn->setText(c.titleEn);
    m_type->setCurrentIndex(qMax(0, m_type->findData(c.callTypeId)));
    fillStages(c.stage);
    if (c.opens.isValid())
        m_opens->setDate(c.opens);
    if (c.closes.isValid())
        m_closes->setDate(c.closes);
    m_hasDeadline->setChecked(c.reviewDeadline.isValid());
    m_deadline->setEnabled(c.reviewDeadline.isValid());
    if (c.reviewDeadline.isValid())
        m_deadline->setDate(c.reviewDeadline);
    m_hasAllocation->setChecked(c.allocationFrom.isValid());
    m_allocation->setEnabled(c.allocationFrom.isValid());
    if (c.allocationFrom.isValid())
        m_allocation->setDate(c.allocationFrom);
    m_maxMonths->setValue(c.maxMonths);
    m_pledge->setPlainText(c.pledgeText);
    m_offers->setOffers(c.offers);
    m_shares->setTerms(c.shareTerms);
    m_youth->setValue(c.youthDiscountPercent);
    m_vat->setValue(c.vatPercent);
    m_rubric->setRubric(c.rubric);
    m_reviewers->setValue(c.reviewersPerApplication);
    m_waitlist->setValue(c.waitlistLength);
    m_idleThreshold->setValue(c.idleThresholdPercent);
    m_idleDays->setValue(c.idleDays);
}

CallDefinition CallEditorDialog::call() const
{
    CallDefinition c = m_original;
    c.code = m_code->text().trimmed();
    c.title = m_title->text().trimmed();
    c.titleEn = m_titleEn->text().trimmed();
    c.callTypeId = m_type->currentData().toString();
    // A type without stages leaves the stage as it was.
    if (m_stage->count() > 0)
        c.stage = m_stage->currentData().toString();
    c.opens = m_opens->date();
    c.closes = m_closes->date();
    c.reviewDeadline = m_hasDeadline->isChecked() ? m_deadline->date() : QDate();
    c.allocationFrom = m_hasAllocation->isChecked() ? m_allocation->date() : QDate();
    c.maxMonths = m_maxMonths->value();
    c.pledgeText = m_pledge->toPlainText();
    c.offers = m_offers->offers();
    c.shareTerms = m_shares->terms();
    c.youthDiscountPercent = m_youth->value();
    c.vatPercent = m_vat->value();
    c.rubric = m_rubric->rubric();
    c.reviewersPerApplication = m_reviewers->value();
    c.waitlistLength = m_waitlist->value();
    c.idleThresholdPercent = m_idleThreshold->value();
    c.idleDays = m_idleDays->value();
    return c;
}

void CallEditorDialog::revalidate()
{
    const CallDefinition c = call();
    CallContext context = m_context;
    for (const CallTypeChoice &t : std::as_const(m_types)) {
        if (t.id == c.callTypeId)
            context.stages = t.stages;
    }
    const ValidationIssues issues = validateCall(c, context);
    m_issues->setIssues(issues);
    m_save->setEnabled(issues.isEmpty());
    // The tabs that hold a problem say so.
    static const QStringList general = {u"code"_s, u"title"_s, u"type"_s, u"stage"_s, u"window"_s,
                                        u"reviewDeadline"_s, u"allocationFrom"_s, u"maxMonths"_s};
    static const QStringList terms = {u"offers"_s, u"shareTerms"_s, u"youthDiscount"_s, u"vat"_s};
    static const QStringList review = {u"reviewers"_s, u"waitlist"_s, u"idleThreshold"_s,
                                       u"idleDays"_s};
    auto flag = [&](int tab, const QStringList &fields) {
        bool any = false;
        for (const QString &f : fields)
            any = any || hasIssue(issues, f);
        m_tabs->tabBar()->setTabTextColor(tab, any ? QColor(0xd5, 0x5e, 0x00) : QColor());
    };
    flag(GeneralTab, general);
    flag(TermsTab, terms);
    flag(RubricTab, {u"rubric"_s});
    flag(ReviewTab, review);
}

void CallEditorDialog::showField(const QString &field)
{
    const QString head = field.section(u'/', 0, 0);
    QWidget *target = nullptr;
    int tab = GeneralTab;
    static const QHash<QString, int> tabs = {
        {u"offers"_s, TermsTab},    {u"shareTerms"_s, TermsTab},   {u"youthDiscount"_s, TermsTab},
        {u"vat"_s, TermsTab},       {u"rubric"_s, RubricTab},      {u"reviewers"_s, ReviewTab},
        {u"waitlist"_s, ReviewTab}, {u"idleThreshold"_s, ReviewTab}, {u"idleDays"_s, ReviewTab}};
    tab = tabs.value(head, GeneralTab);
    const QHash<QString, QWidget *> widgets = {
        {u"code"_s, m_code},           {u"title"_s, m_title},         {u"type"_s, m_type},
        {u"stage"_s, m_stage},         {u"window"_s, m_opens},        {u"reviewDeadline"_s, m_deadline},
        {u"allocationFrom"_s, m_allocation}, {u"maxMonths"_s, m_maxMonths},
        {u"youthDiscount"_s, m_youth}, {u"vat"_s, m_vat},             {u"reviewers"_s, m_reviewers},
        {u"waitlist"_s, m_waitlist},   {u"idleThreshold"_s, m_idleThreshold},
        {u"idleDays"_s, m_idleDays},   {u"shareTerms"_s, m_shares},   {u"rubric"_s, m_rubric->table()}};
    target = widgets.value(head);
    if (head == u"offers"_s) {
        const int row = m_offers->rowOf(field.section(u'/', 1, 1));
        const QString part = field.section(u'/', 2, 2);
        target = row < 0                  ? static_cast<QWidget *>(m_offers)
                 : part == u"price"_s     ? static_cast<QWidget *>(m_offers->priceBox(row))
                 : part == u"pool"_s      ? static_cast<QWidget *>(m_offers->poolBox(row))
                                          : static_cast<QWidget *>(m_offers->capBox(row));
    } else if (head == u"rubric"_s) {
        const int row = field.section(u'/', 1, 1).toInt() - 1;
        if (row >= 0)
            m_rubric->table()->setCurrentCell(row, RubricEditor::Weight);
    }
    m_tabs->setCurrentIndex(tab);
    if (target)
        target->setFocus(Qt::OtherFocusReason);
}

void CallEditorDialog::accept()
{
    revalidate();
    if (!m_issues->isClean()) {
        showField(m_issues->issues().constFirst().field);
        return;
    }
    QDialog::accept();
}

} // namespace gpudesk
