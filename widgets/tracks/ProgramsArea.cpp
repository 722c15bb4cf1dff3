// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgramsArea.h"

#include "CallStageBar.h"
#include "NewRoundDialog.h"
#include "NextYearView.h"
#include "RuleDialog.h"
#include "SharesView.h"
#include "common/MessageBoxes.h"
#include "domain/TimeFormat.h"
#include "store/ProgramRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

const QString kLastRoundKey = u"programs/lastRound"_s;

ProgramsArea::Prompts defaultPrompts()
{
    ProgramsArea::Prompts p;
    p.askRule = [](QWidget *parent, const QString &program,
                   const ShareRule &rule) -> std::optional<ProgramsArea::RuleAnswer> {
        RuleDialog dialog(program, rule, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return ProgramsArea::RuleAnswer{dialog.rule(), dialog.reason()};
    };
    p.askRound = [](QWidget *parent, const NewRound &defaults) -> std::optional<NewRound> {
        NewRoundDialog dialog(NewRoundDialog::Kind::Evaluation, defaults, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.round();
    };
    p.warn = warnUser;
    return p;
}

} // namespace

ProgramsArea::ProgramsArea(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_prompts(defaultPrompts())
{
    setObjectName(u"programsArea"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    auto *top = new QHBoxLayout;
    auto *programLabel = new QLabel(tr("&Program:"), this);
    m_programs = new QComboBox(this);
    m_programs->setObjectName(u"programSelector"_s);
    m_programs->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    programLabel->setBuddy(m_programs);
    auto *roundLabel = new QLabel(tr("&Year:"), this);
    m_rounds = new QComboBox(this);
    m_rounds->setObjectName(u"programRound"_s);
    m_rounds->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    roundLabel->setBuddy(m_rounds);
    m_editRule = new QPushButton(tr("Share r&ule…"), this);
    m_editRule->setObjectName(u"editShareRule"_s);
    m_editRule->setAutoDefault(false);
    m_newRound = new QPushButton(tr("&New yearly round…"), this);
    m_newRound->setObjectName(u"newProgramRound"_s);
    m_newRound->setAutoDefault(false);
    top->addWidget(programLabel);
    top->addWidget(m_programs);
    top->addSpacing(12);
    top->addWidget(roundLabel);
    top->addWidget(m_rounds);
    top->addStretch(1);
    top->addWidget(m_editRule);
    top->addWidget(m_newRound);
    layout->addLayout(top);
    m_rule = new QLabel(this);
    m_rule->setObjectName(u"programFacts"_s);
    m_rule->setWordWrap(true);
    layout->addWidget(m_rule);
    m_empty = new QLabel(tr("This profile has no program with an annual evaluation yet."), this);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    m_stages = new CallStageBar(store, this);
    layout->addWidget(m_stages);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"programTabs"_s);
    m_tabs->setDocumentMode(true);
    m_shares = new SharesView(store, m_tabs);
    m_nextYear = new NextYearView(store, m_tabs);
    m_tabs->addTab(m_shares, tr("&Teams and shares"));
    m_tabs->addTab(m_nextYear, tr("Next year on the &map"));
    layout->addWidget(m_tabs, 1);

    connect(m_programs, &QComboBox::currentIndexChanged, this, [this] { showProgram(); });
    connect(m_rounds, &QComboBox::currentIndexChanged, this, [this] { showRound(); });
    connect(m_editRule, &QPushButton::clicked, this, [this] { editRule(); });
    connect(m_newRound, &QPushButton::clicked, this, [this] { newRound(); });
    connect(m_stages, &CallStageBar::statusMessage, this, &ProgramsArea::statusMessage);
    connect(m_stages, &CallStageBar::openArea, this, &ProgramsArea::openArea);
    connect(m_stages, &CallStageBar::stageChanged, this, [this] { showRound(); });
    connect(m_shares, &SharesView::statusMessage, this, &ProgramsArea::statusMessage);
    connect(m_nextYear, &NextYearView::statusMessage, this, &ProgramsArea::statusMessage);
    connect(m_nextYear, &NextYearView::showOnRackMap, this, &ProgramsArea::showOnRackMap);
    connect(&m_store, &Store::tablesChanged, this, [this](const QSet<QString> &tables) {
        if (tables.contains(u"programs"_s) || tables.contains(u"program_rounds"_s))
            loadPrograms();
    });
    loadPrograms();
}

QString ProgramsArea::currentProgram() const
{
    return m_programs->currentData().toString();
}

QString ProgramsArea::currentRound() const
{
    return m_rounds->currentData().toString();
}

void ProgramsArea::setCurrentRound(const QString &callId)
{
    const int i = m_rounds->findData(callId);
    if (i >= 0)
        m_rounds->setCurrentIndex(i);
}

void ProgramsArea::loadPrograms()
{
    const QString program = currentProgram();
    {
        const QSignalBlocker block(m_programs);
        m_programs->clear();
        for (const ProgramInfo &p : ProgramRepository(m_store).programs())
            m_programs->addItem(p.displayName(), p.id);
        const int i = m_programs->findData(program);
        m_programs->setCurrentIndex(i >= 0 ? i : (m_programs->count() ? 0 : -1));
    }
    showProgram();
}

void ProgramsArea::showProgram()
{
    const auto p = ProgramRepository(m_store).program(currentProgram());
    m_empty->setVisible(!p);
    for (QWidget *w : {static_cast<QWidget *>(m_rule), static_cast<QWidget *>(m_stages),
                       static_cast<QWidget *>(m_tabs), static_cast<QWidget *>(m_editRule),
                       static_cast<QWidget *>(m_newRound)})
        w->setVisible(p.has_value());
    const QString wanted =
        currentRound().isEmpty() ? QSettings().value(kLastRoundKey).toString() : currentRound();
    {
        const QSignalBlocker block(m_rounds);
        m_rounds->clear();
        if (p) {
            for (const ProgramRound &r : ProgramRepository(m_store).rounds(p->id))
                m_rounds->addItem(tr("Year %1 · %2").arg(r.year).arg(r.code), r.callId);
        }
        const int i = m_rounds->findData(wanted);
        m_rounds->setCurrentIndex(i >= 0 ? i : int(m_rounds->count()) - 1);
    }
    if (p) {
        const QLocale l;
        m_rule->setText(
            tr("%1: %2, pool %3, from %4 for %5 years, at most %6 teams. Rule: %7 nodes a year; "
               "teams scoring %8 or less get none; %9 to %10 nodes per team.")
                .arg(p->displayName(), p->typeCode,
                     p->poolCode.isEmpty() ? tr("none") : p->poolCode,
                     p->startsOn.toString(Qt::ISODate), l.toString(p->maxYears),
                     l.toString(p->maxTeams), l.toString(p->rule.capacityNodes),
                     l.toString(p->rule.floor, 'f', 1), l.toString(p->rule.minimumNodes))
                .arg(p->rule.maximumNodes ? l.toString(p->rule.maximumNodes)
                                          : tr("any number of")));
    }
    showRound();
}

void ProgramsArea::showRound()
{
    const QString callId = currentRound();
    if (callId.isEmpty())
        return;
    QSettings().setValue(kLastRoundKey, callId);
    m_stages->setCall(callId);
    m_shares->setCall(callId);
    m_nextYear->setCall(callId);
    if (stageAllows(m_stages->stage(), StageActivity::Allocation))
        m_tabs->setCurrentWidget(m_nextYear);
}

void ProgramsArea::editRule()
{
    const auto p = ProgramRepository(m_store).program(currentProgram());
    if (!p)
        return;
    const auto answer = m_prompts.askRule(this, p->displayName(), p->rule);
    if (!answer)
        return;
    QString error;
    if (!ProgramRepository(m_store).setRule(p->id, answer->rule, answer->reason, &error)) {
        m_prompts.warn(this, tr("Share rule"), tr("The rule was not changed. %1").arg(error));
        return;
    }
    showProgram();
    Q_EMIT statusMessage(tr("The share rule of %1 was changed.").arg(p->displayName()));
}

void ProgramsArea::newRound()
{
    const auto p = ProgramRepository(m_store).program(currentProgram());
    if (!p)
        return;
    NewRound defaults;
    defaults.opensOn = displayDate(Store::nowMs());
    defaults.closesOn = defaults.opensOn.addDays(21);
    defaults.reviewDeadline = defaults.closesOn.addDays(21);
    const auto round = m_prompts.askRound(this, defaults);
    if (!round)
        return;
    QString error, callId;
    if (!ProgramRepository(m_store).createRound(p->id, {round->closesOn, round->reviewDeadline},
                                                &error, &callId)) {
        m_prompts.warn(this, tr("New yearly round"), tr("The round was not opened. %1").arg(error));
        return;
    }
    loadPrograms();
    setCurrentRound(callId);
    Q_EMIT statusMessage(
        tr("The next yearly round of %1 is open for the teams' results.").arg(p->displayName()));
}

} // namespace gpudesk
