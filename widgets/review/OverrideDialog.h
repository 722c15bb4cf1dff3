// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/Selection.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace gpudesk {

// An officer's decision against the ranking for one application: selected (with 1..requested
// nodes), waitlisted or rejected, and the reason, which is required: OK stays disabled until it
// is written.
class OverrideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverrideDialog)

public:
    struct Subject
    {
        QString code;
        QString title;
        ApplicationStatus status = ApplicationStatus::UnderReview;
        int requestedNodes = 1;
        int grantedNodes = 0; // 0 when nothing is granted
        int gpusPerNode = 8;
    };

    explicit OverrideDialog(const Subject &subject, QWidget *parent = nullptr);

    SelectionDecision decision() const;
    int nodes() const; // 0 unless selected
    QString reason() const;

private:
    void updateState();

    Subject m_subject;
    QComboBox *m_decision = nullptr;
    QSpinBox *m_nodes = nullptr;
    QLabel *m_gpus = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gpudesk
