// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewForm.h"

#include "common/Theme.h"
#include "domain/TimeFormat.h"
#include "store/CallRepository.h"
#include "store/Store.h"

#include <QAction>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

bool korean()
{
    return QLocale().language() == QLocale::Korean;
}

QString criterionName(const RubricCriterion &c)
{
    return korean() || c.nameEn.isEmpty() ? c.name : c.nameEn;
}

bool askToConfirm(QWidget *parent, const QString &text)
{
    return QMessageBox::question(parent, ReviewForm::tr("Submit review"), text,
                                 QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

QString bannerStyle(const QColor &c)
{
    return u"QLabel { border-left: 4px solid %1; padding: 6px; }"_s.arg(c.name());
}

} // namespace

ReviewForm::ReviewForm(ReviewerWorkspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_confirm(askToConfirm)
{
    setObjectName(u"reviewForm"_s);
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, [this] { saveNow(); });

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(tr("Review"), this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    outer->addWidget(m_heading);
    m_placeholder = new QLabel(tr("Open an assignment to score it."), this);
    m_placeholder->setWordWrap(true);
    outer->addWidget(m_placeholder);

    m_body = new QWidget(this);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    m_banner = new QLabel(m_body);
    m_banner->setObjectName(u"reviewBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body->addWidget(m_banner);

    // The rubric scrolls; the total, the comment and the buttons stay in view.
    auto *scroll = new QScrollArea(m_body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long guidance wraps instead
    m_criteria = new QWidget(scroll);
    m_grid = new QGridLayout(m_criteria);
    m_grid->setColumnStretch(0, 1);
    scroll->setWidget(m_criteria);
    body->addWidget(scroll, 3);

    m_total = new QLabel(m_body);
    m_total->setObjectName(u"reviewTotal"_s);
    QFont totalFont = m_total->font();
    totalFont.setBold(true);
    m_total->setFont(totalFont);
    body->addWidget(m_total);

    auto *commentLabel = new QLabel(tr("Co&mment (required):"), m_body);
    body->addWidget(commentLabel);
    m_comment = new QPlainTextEdit(m_body);
    m_comment->setObjectName(u"reviewComment"_s);
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(
        tr("Strengths, weaknesses and the reasons for your scores. The applicant never sees your "
           "name."));
    commentLabel->setBuddy(m_comment);
    body->addWidget(m_comment, 2);
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this] { edited(); });

    m_hint = new QLabel(m_body);
    m_hint->setObjectName(u"submitHint"_s);
    m_hint->setWordWrap(true);
    body->addWidget(m_hint);

    auto *buttons = new QHBoxLayout();
    m_saveState = new QLabel(m_body);
    m_saveState->setObjectName(u"saveState"_s);
    buttons->addWidget(m_saveState, 1);
    m_save = new QPushButton(tr("&Save draft"), m_body);
    m_save->setObjectName(u"saveDraftButton"_s);
    m_save->setToolTip(tr("Save the draft now (Ctrl+S); drafts are also saved as you type"));
    buttons->addWidget(m_save);
    m_submit = new QPushButton(tr("Su&bmit…"), m_body);
    m_submit->setObjectName(u"submitReviewButton"_s);
    buttons->addWidget(m_submit);
    body->addLayout(buttons);
    outer->addWidget(m_body, 1);

    connect(m_save, &QPushButton::clicked, this, [this] {
        m_dirty = m_dirty || !m_record.exists; // an explicit save writes even an empty draft
        saveNow();
    });
    connect(m_submit, &QPushButton::clicked, this, [this] { submit(); });
    auto *saveAction = new QAction(tr("Save draft"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, m_save, &QPushButton::click);
    addAction(saveAction);

    m_body->hide();
}

ReviewForm::~ReviewForm()
{
    // Closing the window without waiting for the timer must not lose the last keystrokes.
    saveNow();
}

void ReviewForm::hideEvent(QHideEvent *event)
{
    saveNow();
    QWidget::hideEvent(event);
}

void ReviewForm::buildRubric(const QString &callId)
{
    if (callId == m_rubricCallId)
        return;
    m_rubricCallId = callId;
    m_rubric = CallRepository(m_workspace.store().db()).rubric(callId);
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_spins.clear();
    const QLocale locale;
    QWidget *previous = nullptr;
    for (int i = 0; i < m_rubric.size(); ++i) {
        const RubricCriterion &c = m_rubric[i];
        auto *name =
            new QLabel(u"<b>%1</b>"_s.arg((i < 9 ? u"&%1. "_s.arg(i + 1) : u"%1. "_s.arg(i + 1)) +
                                          criterionName(c).replace(u'&', u"&&"_s).toHtmlEscaped()),
                       m_criteria);
        name->setTextFormat(Qt::RichText);
        name->setWordWrap(true);
        auto *spin = new QSpinBox(m_criteria);
        spin->setObjectName(u"score_%1"_s.arg(c.id));
        // One below the range means "not scored yet", shown as a dash.
        spin->setRange(c.minScore - 1, c.maxScore);
        //: Shown in a score box that has no score yet.
        spin->setSpecialValueText(tr("–"));
        spin->setAlignment(Qt::AlignRight);
        spin->setAccessibleName(criterionName(c));
        spin->setToolTip(tr("Score from %1 to %2").arg(c.minScore).arg(c.maxScore));
        spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(u"0000"_s) + 40);
        name->setBuddy(spin);
        // Weight, range and guidance under the name, so the spin boxes line up on the right.
        QString detail = tr("Weight %1% · score %2–%3")
                             .arg(locale.toString(c.weight), locale.toString(c.minScore),
                                  locale.toString(c.maxScore));
        if (!c.guidance.isEmpty())
            detail += u'\n' + c.guidance;
        auto *guidance = new QLabel(detail, m_criteria);
        guidance->setWordWrap(true);
        guidance->setForegroundRole(QPalette::PlaceholderText);
        m_grid->addWidget(name, i * 2, 0);
        m_grid->addWidget(spin, i * 2, 1, 2, 1, Qt::AlignTop);
        m_grid->addWidget(guidance, i * 2 + 1, 0);
        connect(spin, &QSpinBox::valueChanged, this, [this] { edited(); });
        if (previous)
            setTabOrder(previous, spin);
        previous = spin;
        m_spins << spin;
    }
    if (m_rubric.isEmpty()) {
        m_grid->addWidget(new QLabel(tr("This call has no rubric yet; the program officer sets "
                                        "it up before the review."),
                                     m_criteria),
                          0, 0);
    }
    m_grid->setRowStretch(m_rubric.size() * 2, 1);
    if (previous)
        setTabOrder(previous, m_comment);
    setTabOrder(m_comment, m_save);
    setTabOrder(m_save, m_submit);
}

void ReviewForm::openAssignment(const QString &assignmentId, const QString &callId,
                                const QString &code)
{
    saveNow();
    m_autosave->stop();
    m_assignmentId = assignmentId;
    m_code = code;
    buildRubric(callId);
    load();
}

void ReviewForm::clear()
{
    saveNow();
    m_autosave->stop();
    m_assignmentId.clear();
    m_code.clear();
    m_record = {};
    m_heading->setText(tr("Review"));
    m_body->hide();
    m_placeholder->show();
}

void ReviewForm::load()
{
    m_record = m_workspace.review(m_assignmentId);
    m_loading = true;
    for (int i = 0; i < m_rubric.size(); ++i) {
        const auto it = m_record.scores.constFind(m_rubric[i].id);
        m_spins[i]->setValue(it == m_record.scores.cend() ? m_spins[i]->minimum() : *it);
    }
    m_comment->setPlainText(m_record.comment);
    m_loading = false;
    // A stored score outside the spin box's range shows clamped: saving puts it right.
    m_dirty = m_record.exists && scores() != m_record.scores;
    m_locked = m_record.locked();
    m_heading->setText(tr("Review of %1").arg(m_code));
    m_placeholder->hide();
    m_body->show();
    updateState();
}

QHash<QString, int> ReviewForm::scores() const
{
    QHash<QString, int> out;
    for (int i = 0; i < m_rubric.size(); ++i) {
        if (m_spins[i]->value() > m_spins[i]->minimum())
            out.insert(m_rubric[i].id, m_spins[i]->value());
    }
    return out;
}

void ReviewForm::edited()
{
    if (m_loading || m_locked || m_assignmentId.isEmpty())
        return;
    m_dirty = true;
    m_autosave->start();
    m_saveState->setText(tr("Unsaved changes…"));
    updateState();
}

bool ReviewForm::saveNow()
{
    m_autosave->stop();
    if (!m_dirty || m_locked || m_assignmentId.isEmpty())
        return true;
    QString error;
    if (!m_workspace.saveDraft(m_assignmentId, scores(), m_comment->toPlainText(), &error)) {
        m_saveState->setText(tr("Not saved"));
        m_saveState->setToolTip(error);
        Q_EMIT statusMessage(error);
        return false;
    }
    m_dirty = false;
    m_record = m_workspace.review(m_assignmentId);
    m_saveState->setToolTip({});
    updateState();
    Q_EMIT reviewSaved(m_assignmentId);
    return true;
}

void ReviewForm::updateState()
{
    const QLocale locale;
    const QHash<QString, int> current = scores();
    const auto total = rubricTotal(m_rubric, current);
    if (total) {
        m_total->setText(tr("Total: %1 / 100").arg(locale.toString(*total, 'f', 1)));
    } else {
        // Each scored criterion's share, with the same rule as the full total.
        double partial = 0;
        int scored = 0;
        for (const RubricCriterion &c : std::as_const(m_rubric)) {
            if (const auto part = rubricTotal({c}, current)) {
                partial += *part;
                ++scored;
            }
        }
        m_total->setText(tr("Total so far: %1 / 100 (%2 of %3 criteria scored)")
                             .arg(locale.toString(partial, 'f', 1))
                             .arg(scored)
                             .arg(m_rubric.size()));
    }

    for (QSpinBox *spin : std::as_const(m_spins))
        spin->setReadOnly(m_locked);
    m_comment->setReadOnly(m_locked);
    m_save->setEnabled(!m_locked);

    if (m_locked) {
        m_banner->setText(tr("Submitted on %1. This review is locked; only the program officer "
                             "can reopen it.")
                              .arg(formatDateTime(m_record.submittedAt)));
        m_banner->setStyleSheet(bannerStyle(Theme::statusColor(u"selected"_s)));
        m_banner->show();
    } else if (m_record.exists && m_record.status == ReviewStatus::Reopened) {
        m_banner->setText(
            tr("Reopened by the program officer: %1\nChange what is needed and submit again.")
                .arg(m_record.reopenReason.isEmpty() ? tr("(no reason given)")
                                                     : m_record.reopenReason));
        m_banner->setStyleSheet(bannerStyle(Theme::statusColor(u"screening"_s)));
        m_banner->show();
    } else {
        m_banner->hide();
    }

    const QStringList problems =
        ReviewerWorkspace::submitProblems(m_rubric, current, m_comment->toPlainText());
    m_submit->setEnabled(!m_locked && problems.isEmpty());
    m_submit->setToolTip(problems.isEmpty() ? tr("Submit the review; it is then locked")
                                            : problems.join(u'\n'));
    if (m_locked) {
        m_hint->hide();
    } else if (problems.isEmpty()) {
        m_hint->setText(tr("Complete: you can submit."));
        m_hint->show();
    } else {
        const int unscored = int(m_rubric.size()) - int(current.size());
        const bool noComment = m_comment->toPlainText().trimmed().isEmpty();
        QString hint;
        if (unscored > 0 && noComment)
            hint =
                tr("To submit, score %n more criterion(s) and write a comment.", nullptr, unscored);
        else if (unscored > 0)
            hint = tr("To submit, score %n more criterion(s).", nullptr, unscored);
        else if (noComment)
            hint = tr("To submit, write a comment.");
        else
            hint = problems.join(u' ');
        m_hint->setText(hint);
        m_hint->show();
    }

    if (m_locked)
        m_saveState->setText(reviewStatusLabel(ReviewStatus::Submitted));
    else if (!m_dirty && m_record.exists) {
        const QDateTime saved =
            QDateTime::fromMSecsSinceEpoch(m_record.updatedAt, displayTimeZone());
        const bool today =
            saved.date() == QDateTime::currentDateTimeUtc().toTimeZone(displayTimeZone()).date();
        m_saveState->setText(
            tr("Draft saved at %1")
                .arg(today ? saved.toString(u"HH:mm:ss"_s) : formatDateTime(m_record.updatedAt)));
    } else if (!m_dirty)
        m_saveState->setText(tr("Not started"));
}

void ReviewForm::submit()
{
    if (m_locked || m_assignmentId.isEmpty())
        return;
    m_dirty = m_dirty || !m_record.exists;
    if (!saveNow())
        return;
    const auto total = rubricTotal(m_rubric, scores());
    const QString text =
        tr("Submit your review of %1 with a total of %2 / 100?\n\nA submitted review is locked: "
           "you cannot change it unless the program officer reopens it.")
            .arg(m_code, total ? QLocale().toString(*total, 'f', 1) : tr("(incomplete)"));
    if (!m_confirm(this, text))
        return;
    QString error;
    if (!m_workspace.submit(m_assignmentId, &error)) {
        m_hint->setText(error);
        m_hint->show();
        Q_EMIT statusMessage(error);
        return;
    }
    load();
    Q_EMIT statusMessage(tr("Review of %1 submitted.").arg(m_code));
    Q_EMIT reviewSubmitted(m_assignmentId);
}

} // namespace gpudesk
