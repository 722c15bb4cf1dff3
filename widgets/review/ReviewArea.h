// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;

namespace gpudesk {

class AssignmentPanel;
class ReviewProgressView;
class SelectionPanel;
class Store;

// The program officer's Review area (평가): one call at a time, with its panel and assignments,
// the progress of the reviews, and the ranking that leads to the selection.
class ReviewArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewArea)

public:
    explicit ReviewArea(Store &store, QWidget *parent = nullptr);

    QString currentCall() const;
    void setCurrentCall(const QString &callId);
    QTabWidget *tabs() const;
    AssignmentPanel *assignmentPanel() const;
    ReviewProgressView *progressView() const;
    SelectionPanel *selectionPanel() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void loadCalls();
    void showCall(int index);

    Store &m_store;
    QPointer<QComboBox> m_calls;
    QPointer<QLabel> m_callInfo;
    QPointer<QTabWidget> m_tabs;
    QPointer<AssignmentPanel> m_assignment;
    QPointer<ReviewProgressView> m_progress;
    QPointer<SelectionPanel> m_selection;
};

} // namespace gpudesk
