// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableViewState.h"

#include <QAction>
#include <QCursor>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSettings>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpudesk::TableViewState {
namespace {

QList<int> visibleColumnsInOrder(const QTableView *view)
{
    const QHeaderView *h = view->horizontalHeader();
    QList<int> cols;
    for (int visual = 0; visual < h->count(); ++visual) {
        const int logical = h->logicalIndex(visual);
        if (!h->isSectionHidden(logical))
            cols << logical;
    }
    return cols;
}

QStringList headerCells(const QTableView *view, const QList<int> &cols)
{
    QStringList cells;
    for (int c : cols)
        cells << view->model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    return cells;
}

QStringList rowCells(const QTableView *view, int row, const QList<int> &cols)
{
    QStringList cells;
    for (int c : cols)
        cells << view->model()->index(row, c).data(Qt::DisplayRole).toString();
    return cells;
}

} // namespace

void attach(QTableView *view, const QList<int> &hiddenByDefault)
{
    QHeaderView *h = view->horizontalHeader();
    h->setSectionsMovable(true);
    h->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(h, &QWidget::customContextMenuRequested, view,
                     [view](const QPoint &) { showColumnChooser(view); });
    const QString settingsKey = u"tables/%1/header"_s.arg(view->objectName());
    const QByteArray saved = QSettings().value(settingsKey).toByteArray();
    if (saved.isEmpty() || !h->restoreState(saved)) {
        for (int c : hiddenByDefault)
            h->setSectionHidden(c, true);
    }
    auto save = [h, settingsKey] { QSettings().setValue(settingsKey, h->saveState()); };
    QObject::connect(h, &QHeaderView::sectionResized, view, save);
    QObject::connect(h, &QHeaderView::sectionMoved, view, save);
    QObject::connect(h, &QHeaderView::sortIndicatorChanged, view, save);
}

void showColumnChooser(QTableView *view)
{
    QHeaderView *h = view->horizontalHeader();
    QMenu menu(view);
    menu.setObjectName(u"columnChooser"_s);
    for (int c = 0; c < h->count(); ++c) {
        QAction *a = menu.addAction(view->model()->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!h->isSectionHidden(c));
        QObject::connect(a, &QAction::toggled, view, [view, h, c](bool on) {
            // Keep at least one column: a table with none cannot be brought back from its header.
            if (!on && h->count() - h->hiddenSectionCount() <= 1)
                return;
            h->setSectionHidden(c, !on);
            QSettings().setValue(u"tables/%1/header"_s.arg(view->objectName()), h->saveState());
        });
    }
    menu.exec(QCursor::pos());
}

QString selectionAsText(const QTableView *view)
{
    if (!view->selectionModel())
        return {};
    QList<int> rows;
    for (const QModelIndex &i : view->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    const QList<int> cols = visibleColumnsInOrder(view);
    QStringList lines{headerCells(view, cols).join(u'\t')};
    for (int r : rows)
        lines << rowCells(view, r, cols).join(u'\t');
    return lines.join(u'\n') + u'\n';
}

QList<QStringList> visibleTable(const QTableView *view)
{
    const QList<int> cols = visibleColumnsInOrder(view);
    QList<QStringList> table{headerCells(view, cols)};
    const int rows = view->model()->rowCount();
    table.reserve(rows + 1);
    for (int r = 0; r < rows; ++r)
        table << rowCells(view, r, cols);
    return table;
}

} // namespace gpudesk::TableViewState
