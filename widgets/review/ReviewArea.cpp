// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewArea.h"

#include "AssignmentPanel.h"
#include "ReviewProgressView.h"
#include "SelectionPanel.h"
#include "domain/CallDefinition.h"
#include "store/CallRepository.h"
#include "store/CallStageRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {
const QString kLastCallKey = u"review/lastCall"_s;
const QString kLastTabKey = u"review/lastTab"_s;

} // namespace

ReviewArea::ReviewArea(Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    setObjectName(u"reviewArea"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Call:"), this);
    m_calls = new QComboBox(this);
    m_calls->setObjectName(u"reviewCall"_s);
    m_calls->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_calls);
    m_callInfo = new QLabel(this);
    m_callInfo->setObjectName(u"reviewCallInfo"_s);
    m_callInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(label);
    top->addWidget(m_calls);
    top->addWidget(m_callInfo, 1);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"reviewTabs"_s);
    m_tabs->setDocumentMode(true);
    m_assignment = new AssignmentPanel(store, m_tabs);
    m_progress = new ReviewProgressView(store, m_tabs);
    m_selection = new SelectionPanel(store, m_tabs);
    m_tabs->addTab(m_assignment, tr("&Assignment"));
    m_tabs->addTab(m_progress, tr("&Progress"));
    m_tabs->addTab(m_selection, tr("&Ranking and selection"));
    layout->addWidget(m_tabs, 1);

    connect(m_assignment, &AssignmentPanel::statusMessage, this, &ReviewArea::statusMessage);
    connect(m_progress, &ReviewProgressView::statusMessage, this, &ReviewArea::statusMessage);
    connect(m_selection, &SelectionPanel::statusMessage, this, &ReviewArea::statusMessage);
    connect(m_calls, &QComboBox::currentIndexChanged, this, &ReviewArea::showCall);
    loadCalls();
    // A call created or renamed in Administration appears in the picker, the current one kept.
    connect(&m_store, &Store::tablesChanged, this, [this](const QSet<QString> &tables) {
        if (tables.contains(u"calls"_s))
            loadCalls();
    });
    m_tabs->setCurrentIndex(QSettings().value(kLastTabKey, 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [](int index) { QSettings().setValue(kLastTabKey, index); });
}

QTabWidget *ReviewArea::tabs() const
{
    return m_tabs;
}

AssignmentPanel *ReviewArea::assignmentPanel() const
{
    return m_assignment;
}

ReviewProgressView *ReviewArea::progressView() const
{
    return m_progress;
}

SelectionPanel *ReviewArea::selectionPanel() const
{
    return m_selection;
}

QString ReviewArea::currentCall() const
{
    return m_calls->currentData().toString();
}

void ReviewArea::setCurrentCall(const QString &callId)
{
    const int index = m_calls->findData(callId);
    if (index >= 0)
        m_calls->setCurrentIndex(index);
}

void ReviewArea::loadCalls()
{
    const QSignalBlocker blocker(m_calls);
    m_calls->clear();
    const CallRepository calls(m_store.db());
    const bool english = QLocale().language() != QLocale::Korean;
    for (const CallSummary &c : calls.calls()) {
        const QString title = english && !c.titleEn.isEmpty() ? c.titleEn : c.title;
        m_calls->addItem(u"%1 · %2"_s.arg(c.code, title), c.id);
    }
    // The call the officer worked on last, else the newest one in review.
    int index = m_calls->findData(QSettings().value(kLastCallKey).toString());
    for (int i = 0; index < 0 && i < m_calls->count(); ++i) {
        const auto settings = calls.reviewSettings(m_calls->itemData(i).toString());
        if (settings && stageAllows(settings->stage, StageActivity::Review))
            index = i;
    }
    m_calls->setCurrentIndex(qMax(0, index));
    showCall(m_calls->currentIndex());
}

void ReviewArea::showCall(int index)
{
    const QString callId = m_calls->itemData(index).toString();
    const auto settings = CallRepository(m_store.db()).reviewSettings(callId);
    if (!settings) {
        m_callInfo->setText(tr("This profile has no calls yet."));
        m_tabs->setEnabled(false);
        return;
    }
    m_tabs->setEnabled(true);
    QSettings().setValue(kLastCallKey, callId);
    const QString deadline = settings->reviewDeadline.isValid()
                                 ? settings->reviewDeadline.toString(Qt::ISODate)
                                 : tr("none");
    m_callInfo->setText(tr("Stage: %1 · %n reviewer(s) per application · review deadline %2 · "
                           "waitlist of %3 per accelerator type",
                           nullptr, settings->reviewersPerApplication)
                            .arg(callStageLabel(settings->stage), deadline)
                            .arg(settings->waitlistLength));
    m_assignment->setCall(callId);
    m_progress->setCall(callId);
    m_selection->setCall(callId);
    // The capacity cut is a stage of some call types only (the open call's selection); the
    // others decide elsewhere (the ministers' meeting, a program's shares). A type whose stages
    // cannot be read keeps every tab.
    const auto stages = CallStageRepository(m_store).state(callId);
    const bool selects = !stages || !stages->stagesError.isEmpty() ||
                         stages->typeAllows(StageActivity::Selection);
    m_tabs->setTabVisible(m_tabs->indexOf(m_selection), selects);
}

} // namespace gpudesk
