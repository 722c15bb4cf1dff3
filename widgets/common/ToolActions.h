// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QTableView;
class QToolBar;
class QWidget;

namespace gpudesk {

// A toolbar action of a view whose shortcut works only while the view (or a child) has focus —
// other areas use the same keys — with the shortcut named in its tooltip.
QAction *addToolAction(QWidget *owner, QToolBar *bar, const QString &text,
                       const QString &objectName, const QKeySequence &key);

// The table habits of UX.md for a list of records: whole rows, several at once, alternating
// rows, sortable by clicking a header, no row numbers, Ctrl+C copies the selection as text.
void prepareTable(QTableView *view);

// Makes `row` the current and only selected row, whatever modifier keys are held (selectRow
// toggles under Ctrl in an extended selection).
void selectOnlyRow(QTableView *view, int row);

} // namespace gpudesk
