// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ReviewerWorkspace.h"

#include <QWidget>
#include <functional>

class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace gpudesk {

// The scoring form of one assignment: the call's rubric with a spin box per criterion, the
// running total out of 100, the required comment, drafts kept as the reviewer types (and when
// the form is hidden, closed or switched to another assignment), and a submission that locks.
// The workspace must outlive the form: its destructor saves what is still unsaved.
class ReviewForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewForm)

public:
    // Asks the reviewer to confirm the submission; tests replace it (the seam for the modal box).
    using Confirm = std::function<bool(QWidget *parent, const QString &text)>;

    explicit ReviewForm(ReviewerWorkspace &workspace, QWidget *parent = nullptr);
    ~ReviewForm() override;

    // Saves the assignment shown so far, then shows this one (of the given call).
    void openAssignment(const QString &assignmentId, const QString &callId, const QString &code);
    // Saves and shows nothing.
    void clear();
    QString assignmentId() const { return m_assignmentId; }

    // Writes the draft now when something changed; false (with statusMessage) when refused.
    bool saveNow();
    bool isLocked() const { return m_locked; }
    bool hasUnsavedChanges() const { return m_dirty; }

    void setConfirmSubmit(Confirm confirm) { m_confirm = std::move(confirm); }
    // Milliseconds of quiet typing before a draft is written.
    static constexpr int kAutosaveDelayMs = 300;

Q_SIGNALS:
    void statusMessage(const QString &message);
    void reviewSaved(const QString &assignmentId);
    void reviewSubmitted(const QString &assignmentId);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void buildRubric(const QString &callId);
    void load();
    void edited();
    void updateState();
    void submit();
    QHash<QString, int> scores() const;

    ReviewerWorkspace &m_workspace;
    Confirm m_confirm;
    QString m_assignmentId;
    QString m_code;
    QString m_rubricCallId;
    QList<RubricCriterion> m_rubric;
    QList<QSpinBox *> m_spins;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_locked = false;
    ReviewRecord m_record;

    QTimer *m_autosave = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_banner = nullptr;
    QWidget *m_criteria = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_total = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_saveState = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace gpudesk
