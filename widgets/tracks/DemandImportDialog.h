// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/DemandImporter.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace gpudesk {

class Store;

// Imports a ministry's survey sheet (CSV): the preview lists every row as it would be entered
// and every problem of every row; Import is offered only when no row has a problem, and then
// brings in the whole sheet in one step.
class DemandImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemandImportDialog)

public:
    DemandImportDialog(Store &store, const QString &callId, QWidget *parent = nullptr);

    // Reads and previews a file (the Choose button asks for one).
    void loadFile(const QString &path);
    const DemandPreview &preview() const { return m_preview; }
    int imported() const { return m_imported; }
    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void chooseFile();

    Store &m_store;
    QString m_callId;
    DemandPreview m_preview;
    int m_imported = 0;
    QLabel *m_file = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gpudesk
