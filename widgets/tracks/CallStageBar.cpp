// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallStageBar.h"

#include "common/MessageBoxes.h"
#include "review/ReasonDialog.h"
#include "store/CallStageRepository.h"
#include "store/Store.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

CallStageBar::Prompts defaultPrompts()
{
    CallStageBar::Prompts p;
    p.confirm = confirmStep;
    p.askReason = [](QWidget *parent, const QString &title,
                     const QString &question) -> std::optional<QString> {
        ReasonDialog dialog(title, question, CallStageBar::tr("Go back"), parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.reason();
    };
    p.warn = warnUser;
    return p;
}

// What the officer does in a stage, by what the stage allows.
QString hintFor(const QString &stage)
{
    const QList<StageActivity> a = stageActivities(stage);
    if (a.contains(StageActivity::Intake))
        return CallStageBar::tr("Entries come in now: enter them or import them below. When all "
                                "are in, go to the next stage.");
    if (a.contains(StageActivity::Screening))
        return CallStageBar::tr("Screen the entries against the call's rules in the Applications "
                                "area.");
    if (a.contains(StageActivity::Review))
        return CallStageBar::tr("Assign reviewers, follow their progress and see the scores in "
                                "the Review area; the reviewers score offline in My reviews.");
    if (a.contains(StageActivity::Selection))
        return CallStageBar::tr("Rank and select in the Review area.");
    if (a.contains(StageActivity::Deliberation))
        return CallStageBar::tr("Export the agenda for the meeting and record its decision on "
                                "each demand below.");
    if (a.contains(StageActivity::Shares))
        return CallStageBar::tr("Decide next year's shares below: the rule proposes, you adjust "
                                "with a reason.");
    if (a.contains(StageActivity::Allocation))
        return CallStageBar::tr("The decided projects wait in the rack map's list for their "
                                "nodes.");
    return CallStageBar::tr("Nothing more happens in this call.");
}

} // namespace

CallStageBar::CallStageBar(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_prompts(defaultPrompts())
{
    setObjectName(u"callStageBar"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_chain = new QLabel(this);
    m_chain->setObjectName(u"stageChain"_s);
    m_chain->setTextFormat(Qt::RichText);
    m_chain->setWordWrap(true);
    m_back = new QPushButton(this);
    m_back->setObjectName(u"stageBack"_s);
    m_next = new QPushButton(this);
    m_next->setObjectName(u"stageNext"_s);
    m_next->setDefault(false);
    m_next->setAutoDefault(false);
    m_back->setAutoDefault(false);
    row->addWidget(m_chain, 1);
    row->addWidget(m_back);
    row->addWidget(m_next);
    layout->addLayout(row);
    auto *hintRow = new QHBoxLayout;
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"stageHint"_s);
    m_hint->setWordWrap(true);
    m_open = new QPushButton(this);
    m_open->setObjectName(u"stageOpenArea"_s);
    m_open->setAutoDefault(false);
    hintRow->addWidget(m_hint, 1);
    hintRow->addWidget(m_open);
    layout->addLayout(hintRow);
    connect(m_next, &QPushButton::clicked, this, [this] { goNext(); });
    connect(m_back, &QPushButton::clicked, this, [this] { goBack(); });
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openArea(m_areaKey, m_callId); });
    connect(&m_store, &Store::tablesChanged, this, [this](const QSet<QString> &tables) {
        if (tables.contains(u"calls"_s) || tables.contains(u"call_types"_s))
            refresh();
    });
    refresh();
}

void CallStageBar::setCall(const QString &callId)
{
    m_callId = callId;
    refresh();
}

void CallStageBar::refresh()
{
    const auto s = m_callId.isEmpty() ? std::nullopt : CallStageRepository(m_store).state(m_callId);
    m_stage = s ? s->stage : QString();
    m_nextStage = s ? s->next() : QString();
    m_previousStage = s ? s->previous() : QString();
    if (!s) {
        m_chain->clear();
        m_hint->clear();
    } else if (!s->stagesError.isEmpty()) {
        m_chain->setText(s->stagesError.toHtmlEscaped());
        m_hint->clear();
    } else {
        QStringList parts;
        for (const QString &stage : s->stages) {
            const QString label = stageLabel(stage).toHtmlEscaped();
            parts << (stage == s->stage ? u"<b>▶ %1</b>"_s.arg(label) : label);
        }
        //: Before the chain of a call's stages, e.g. "Stages: Demand survey → Pre-review → …"
        m_chain->setText(tr("Stages:") + u" "_s + parts.join(u" → "_s));
        m_hint->setText(hintFor(s->stage));
    }
    m_next->setVisible(!m_nextStage.isEmpty());
    m_next->setText(tr("Ne&xt: %1…").arg(stageLabel(m_nextStage)));
    m_next->setToolTip(tr("Move the call to the stage %1.").arg(stageLabel(m_nextStage)));
    m_back->setVisible(!m_previousStage.isEmpty() && !m_nextStage.isEmpty());
    m_back->setText(tr("&Back to %1…").arg(stageLabel(m_previousStage)));
    m_areaKey = stageAllows(m_stage, StageActivity::Review) ||
                        stageAllows(m_stage, StageActivity::Selection)
                    ? u"review"_s
                : stageAllows(m_stage, StageActivity::Allocation) ? u"rackmap"_s
                                                                  : QString();
    m_open->setVisible(!m_areaKey.isEmpty());
    m_open->setText(m_areaKey == u"review"_s ? tr("Open in the &Review area")
                                             : tr("Open the rack &map"));
}

bool CallStageBar::goNext()
{
    return !m_nextStage.isEmpty() && move(m_nextStage, false);
}

bool CallStageBar::goBack()
{
    return !m_previousStage.isEmpty() && move(m_previousStage, true);
}

bool CallStageBar::move(QString to, bool back)
{
    const auto s = CallStageRepository(m_store).state(m_callId);
    if (!s)
        return false;
    const QString title = tr("Stage of %1").arg(s->code);
    QString reason;
    if (back) {
        const auto answer = m_prompts.askReason(
            this, title,
            tr("Going back from %1 to %2 reopens work that was thought done. Why?")
                .arg(stageLabel(s->stage), stageLabel(to)));
        if (!answer)
            return false;
        reason = *answer;
    } else {
        QString text =
            tr("Move %1 from %2 to %3?").arg(s->code, stageLabel(s->stage), stageLabel(to));
        const QString more = CallStageRepository(m_store).consequences(m_callId, to);
        if (!more.isEmpty())
            text += u"\n\n"_s + more;
        text += u"\n\n"_s + tr("Going back later needs a reason.");
        if (!m_prompts.confirm(this, title, text))
            return false;
    }
    QString error, done;
    if (!CallStageRepository(m_store).moveTo(m_callId, to, reason, &error, &done)) {
        m_prompts.warn(this, title, error);
        Q_EMIT statusMessage(error);
        return false;
    }
    refresh();
    Q_EMIT statusMessage(tr("%1 is now at the stage %2.").arg(s->code, stageLabel(to)) +
                         (done.isEmpty() ? QString() : u" "_s + done));
    Q_EMIT stageChanged(m_callId, to);
    return true;
}

} // namespace gpudesk
