// SPDX-License-Identifier: GPL-3.0-or-later
#include "NationalProjectsArea.h"

#include "AgendaView.h"
#include "CallStageBar.h"
#include "DemandsView.h"
#include "NewRoundDialog.h"
#include "common/MessageBoxes.h"
#include "domain/TimeFormat.h"
#include "store/CallStageRepository.h"
#include "store/DemandRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

const QString kLastRoundKey = u"national/lastRound"_s;

// "2026-NP1" -> "2026-NP2"; anything else gets "-2".
QString nextCode(const QString &code)
{
    static const QRegularExpression tail(u"([0-9]+)$"_s);
    const QRegularExpressionMatch m = tail.match(code);
    if (!m.hasMatch())
        return code + u"-2"_s;
    return code.left(m.capturedStart(1)) + QString::number(m.captured(1).toInt() + 1);
}

} // namespace

NationalProjectsArea::NationalProjectsArea(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store)
{
    setObjectName(u"nationalProjectsArea"_s);
    m_askNewRound = [](QWidget *parent, const NewRound &defaults) -> std::optional<NewRound> {
        NewRoundDialog dialog(NewRoundDialog::Kind::Survey, defaults, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.round();
    };
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Round:"), this);
    m_rounds = new QComboBox(this);
    m_rounds->setObjectName(u"nationalRound"_s);
    m_rounds->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_rounds);
    m_new = new QPushButton(tr("&New round…"), this);
    m_new->setObjectName(u"newNationalRound"_s);
    m_new->setAutoDefault(false);
    top->addWidget(label);
    top->addWidget(m_rounds);
    top->addWidget(m_new);
    top->addStretch(1);
    layout->addLayout(top);
    m_empty = new QLabel(tr("This profile has no national-project round yet. A round is a call "
                            "whose type has a deliberation stage; an administrator creates the "
                            "first one in the call settings."),
                         this);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    m_stages = new CallStageBar(store, this);
    layout->addWidget(m_stages);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"nationalTabs"_s);
    m_tabs->setDocumentMode(true);
    m_demands = new DemandsView(store, m_tabs);
    m_agenda = new AgendaView(store, m_tabs);
    m_tabs->addTab(m_demands, tr("&Demand survey"));
    m_tabs->addTab(m_agenda, tr("A&genda and decisions"));
    layout->addWidget(m_tabs, 1);

    connect(m_rounds, &QComboBox::currentIndexChanged, this, [this] { showRound(); });
    connect(m_new, &QPushButton::clicked, this, [this] { newRound(); });
    connect(m_stages, &CallStageBar::statusMessage, this, &NationalProjectsArea::statusMessage);
    connect(m_stages, &CallStageBar::openArea, this, &NationalProjectsArea::openArea);
    connect(m_stages, &CallStageBar::stageChanged, this, [this] { showRound(); });
    connect(m_demands, &DemandsView::statusMessage, this, &NationalProjectsArea::statusMessage);
    connect(m_agenda, &AgendaView::statusMessage, this, &NationalProjectsArea::statusMessage);
    connect(m_agenda, &AgendaView::showOnRackMap, this, &NationalProjectsArea::showOnRackMap);
    connect(&m_store, &Store::tablesChanged, this, [this](const QSet<QString> &tables) {
        if (tables.contains(u"call_types"_s) ||
            (tables.contains(u"calls"_s) && !tables.contains(u"call_stage_history"_s)))
            loadRounds();
    });
    loadRounds();
}

QString NationalProjectsArea::currentRound() const
{
    return m_rounds->currentData().toString();
}

void NationalProjectsArea::setCurrentRound(const QString &callId)
{
    const int i = m_rounds->findData(callId);
    if (i >= 0)
        m_rounds->setCurrentIndex(i);
}

void NationalProjectsArea::loadRounds()
{
    const QString wanted =
        currentRound().isEmpty() ? QSettings().value(kLastRoundKey).toString() : currentRound();
    {
        const QSignalBlocker block(m_rounds);
        m_rounds->clear();
        for (const CallStageState &s :
             CallStageRepository(m_store).callsWhoseTypeAllows(StageActivity::Deliberation))
            m_rounds->addItem(s.displayName(), s.callId);
        const int i = m_rounds->findData(wanted);
        m_rounds->setCurrentIndex(i >= 0 ? i : (m_rounds->count() ? 0 : -1));
    }
    showRound();
}

void NationalProjectsArea::showRound()
{
    const QString callId = currentRound();
    const bool any = !callId.isEmpty();
    m_empty->setVisible(!any);
    m_stages->setVisible(any);
    m_tabs->setVisible(any);
    m_new->setEnabled(any);
    if (!any)
        return;
    QSettings().setValue(kLastRoundKey, callId);
    const bool changed = m_stages->callId() != callId;
    m_stages->setCall(callId);
    m_demands->setCall(callId);
    m_agenda->setCall(callId);
    // Where the round's work is: the survey while it takes demands, the agenda after.
    if (changed)
        m_tabs->setCurrentWidget(stageAllows(m_stages->stage(), StageActivity::Intake)
                                     ? static_cast<QWidget *>(m_demands)
                                     : static_cast<QWidget *>(m_agenda));
}

void NationalProjectsArea::newRound()
{
    const QString from = currentRound();
    const auto state = CallStageRepository(m_store).state(from);
    if (!state)
        return;
    NewRound defaults;
    defaults.fromCallId = from;
    defaults.code = nextCode(state->code);
    defaults.title = state->title;
    defaults.titleEn = state->titleEn;
    defaults.opensOn = displayDate(Store::nowMs());
    defaults.closesOn = defaults.opensOn.addDays(27);
    defaults.reviewDeadline = defaults.closesOn.addDays(21);
    defaults.allocationFrom = defaults.reviewDeadline.addDays(28);
    const auto round = m_askNewRound(this, defaults);
    if (!round)
        return;
    NewRound r = *round;
    r.historyReason = tr("Opened from %1.").arg(state->code);
    QString error, callId;
    if (!DemandRepository(m_store).openRound(r, &error, &callId)) {
        warnUser(this, tr("New round"), tr("The round was not opened. %1").arg(error));
        return;
    }
    loadRounds();
    setCurrentRound(callId);
    Q_EMIT statusMessage(tr("Round %1 opened at its demand survey.").arg(r.code));
}

} // namespace gpudesk
