// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewRoundDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

QDateEdit *dateEdit(QWidget *parent, const QDate &date)
{
    auto *e = new QDateEdit(date, parent);
    e->setCalendarPopup(true);
    e->setDisplayFormat(u"yyyy-MM-dd"_s);
    return e;
}

} // namespace

NewRoundDialog::NewRoundDialog(Kind kind, const NewRound &defaults, QWidget *parent)
    : QDialog(parent), m_kind(kind), m_defaults(defaults)
{
    setObjectName(u"newRoundDialog"_s);
    setWindowTitle(kind == Kind::Survey ? tr("New demand survey round") : tr("New yearly round"));
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(kind == Kind::Survey
                                 ? tr("The new round takes the pools, the rubric, the panel and "
                                      "the settings of the latest round, and starts at its demand "
                                      "survey.")
                                 : tr("The new round takes the rubric, the panel and the settings "
                                      "of the program's last round, and holds one entry per team "
                                      "that has a share now."),
                             this);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto *form = new QFormLayout;
    m_code = new QLineEdit(defaults.code, this);
    m_code->setObjectName(u"roundCode"_s);
    m_title = new QLineEdit(defaults.title, this);
    m_title->setObjectName(u"roundTitle"_s);
    m_titleEn = new QLineEdit(defaults.titleEn, this);
    m_opens = dateEdit(this, defaults.opensOn);
    m_closes = dateEdit(this, defaults.closesOn);
    m_closes->setObjectName(u"roundCloses"_s);
    m_deadline = dateEdit(this, defaults.reviewDeadline);
    m_deadline->setObjectName(u"roundDeadline"_s);
    m_allocation = dateEdit(this, defaults.allocationFrom);
    if (kind == Kind::Survey) {
        form->addRow(tr("&Code:"), m_code);
        form->addRow(tr("&Title (Korean):"), m_title);
        form->addRow(tr("Title (&English):"), m_titleEn);
        form->addRow(tr("Survey &opens:"), m_opens);
        form->addRow(tr("Survey &closes:"), m_closes);
        form->addRow(tr("Pre-review &deadline:"), m_deadline);
        form->addRow(tr("&Allocation from:"), m_allocation);
    } else {
        for (QWidget *w : {static_cast<QWidget *>(m_code), static_cast<QWidget *>(m_title),
                           static_cast<QWidget *>(m_titleEn), static_cast<QWidget *>(m_opens),
                           static_cast<QWidget *>(m_allocation)})
            w->hide();
        form->addRow(tr("Results &due:"), m_closes);
        form->addRow(tr("Evaluation &deadline:"), m_deadline);
    }
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Open the round"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_code, m_title})
        connect(e, &QLineEdit::textChanged, this, [this] { check(); });
    for (QDateEdit *e : {m_opens, m_closes, m_deadline, m_allocation})
        connect(e, &QDateEdit::dateChanged, this, [this] { check(); });
    check();
}

void NewRoundDialog::check()
{
    const NewRound r = round();
    bool ok = r.closesOn >= r.opensOn && r.reviewDeadline >= r.closesOn;
    if (m_kind == Kind::Survey)
        ok = ok && !r.code.trimmed().isEmpty() && !r.title.trimmed().isEmpty() &&
             r.allocationFrom >= r.closesOn;
    m_ok->setEnabled(ok);
}

NewRound NewRoundDialog::round() const
{
    NewRound r = m_defaults;
    r.code = m_code->text().trimmed();
    r.title = m_title->text().trimmed();
    r.titleEn = m_titleEn->text().trimmed();
    r.opensOn = m_opens->date();
    r.closesOn = m_closes->date();
    r.reviewDeadline = m_deadline->date();
    r.allocationFrom = m_allocation->date();
    return r;
}

} // namespace gpudesk
