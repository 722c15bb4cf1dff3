// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ValidationIssue.h"

#include <QListWidget>

namespace gpudesk {

// What is still wrong with a form, one line per issue, updated as the user types; activating a
// line asks the form to show that field. Says so when nothing is wrong.
class IssueList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssueList)

public:
    explicit IssueList(QWidget *parent = nullptr);

    void setIssues(const ValidationIssues &issues);
    const ValidationIssues &issues() const { return m_issues; }
    bool isClean() const { return m_issues.isEmpty(); }

    QSize sizeHint() const override;

Q_SIGNALS:
    void fieldActivated(const QString &field);

private:
    ValidationIssues m_issues;
};

} // namespace gpudesk
