// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssueList.h"

#include "common/Theme.h"

#include <QStyle>

using namespace Qt::StringLiterals;

namespace gpudesk {

IssueList::IssueList(QWidget *parent) : QListWidget(parent)
{
    setObjectName(u"issueList"_s);
    setWordWrap(true);
    setUniformItemSizes(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setToolTip(tr("Double-click a line to go to its field"));
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT fieldActivated(item->data(Qt::UserRole).toString());
    });
    setIssues({});
}

void IssueList::setIssues(const ValidationIssues &issues)
{
    m_issues = issues;
    clear();
    if (issues.isEmpty()) {
        auto *ok = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                       tr("Nothing to correct."), this);
        ok->setForeground(Theme::statusColor(u"selected"_s));
        ok->setFlags(Qt::ItemIsEnabled);
        return;
    }
    for (const ValidationIssue &i : issues) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                         i.message, this);
        item->setData(Qt::UserRole, i.field);
        item->setToolTip(i.message);
    }
}

QSize IssueList::sizeHint() const
{
    // Room for four lines, each as tall as its warning icon.
    const int line = qMax(fontMetrics().height(), style()->pixelMetric(QStyle::PM_SmallIconSize)) + 6;
    return {QListWidget::sizeHint().width(), line * 4 + 2 * frameWidth()};
}

} // namespace gpudesk
