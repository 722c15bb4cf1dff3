// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminPrompts.h"
#include "data/NodeListImporter.h"
#include "domain/Fleet.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace gpudesk {

class Store;

// Imports a provider's node list: choose the file, the provider and the pool new nodes join;
// the preview shows every row with what is wrong with it; Import adds every node in one
// transaction (on a worker thread, with progress) or none, and only once every row is clean.
class NodeImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeImportDialog)

public:
    enum Column
    {
        Line,
        Hostname,
        Rack,
        Position,
        Type,
        Accelerators,
        Uuids,
        Problems,
        ColumnCount
    };

    NodeImportDialog(Store &store, const FleetSnapshot &fleet, const QString &providerId,
                     QWidget *parent = nullptr);

    void setPrompts(const AdminPrompts &prompts) { m_prompts = prompts; }
    // Reads and judges the file (on a worker thread); the table shows the result.
    void previewFile(const QString &path);
    // Adds the previewed nodes; true when they were added.
    bool importNodes();

    const NodeListPreview &preview() const { return m_preview; }
    QTableView *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }
    QComboBox *providerBox() const { return m_provider; }
    QComboBox *poolBox() const { return m_pool; }
    int addedNodes() const { return m_added; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void browse();
    void showPreview();

    Store &m_store;
    AdminPrompts m_prompts;
    NodeListPreview m_preview;
    QString m_path;
    int m_added = 0;
    QLineEdit *m_file = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_pool = nullptr;
    QCheckBox *m_onlyProblems = nullptr;
    QLabel *m_summary = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace gpudesk
