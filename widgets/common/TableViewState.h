// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTableView;

namespace gpudesk {

// The table habits of UX.md, shared by every table: remembered column widths, order and
// visibility, a column chooser on the header's context menu, copy of the selection as text.
namespace TableViewState {

// Restores the header state saved under the view's object name (or hides `hiddenByDefault` the
// first time) and saves it whenever it changes.
void attach(QTableView *view, const QList<int> &hiddenByDefault = {});
// Shows the column chooser menu at the cursor.
void showColumnChooser(QTableView *view);
// The selected rows, visible columns in on-screen order, tab-separated with a header line.
QString selectionAsText(const QTableView *view);
// Every row of the model, visible columns in on-screen order, for export: headers then rows.
QList<QStringList> visibleTable(const QTableView *view);

} // namespace TableViewState
} // namespace gpudesk
