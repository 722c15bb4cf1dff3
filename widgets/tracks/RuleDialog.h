// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/ShareAllocation.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace gpudesk {

class ShareRuleFields;

// A program's share rule (the program's data): next year's capacity, the score floor and the
// minimum and maximum per team, changed with a reason for the audit log.
class RuleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleDialog)

public:
    RuleDialog(const QString &programName, const ShareRule &rule, QWidget *parent = nullptr);

    ShareRule rule() const;
    QString reason() const;
    QPushButton *okButton() const { return m_ok; }

private:
    void check();

    ShareRuleFields *m_fields = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace gpudesk
