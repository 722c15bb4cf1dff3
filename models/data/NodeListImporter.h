// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/InventoryDrafts.h"
#include "domain/ValidationIssue.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

namespace gpudesk {

class Store;

// One row of a provider's node list as read, with the node it describes and what is wrong with it.
struct NodeListRow
{
    int line = 0;        // the CSV line the row starts on
    QStringList cells;   // hostname, rack, position, type, accelerators, GPU UUIDs as written
    NodeDraft node;      // what would be added
    QString rackLabel;   // "site / rack", once the rack is found
    ValidationIssues issues;
};

// The preview of an import: nothing is written until every row is clean.
struct NodeListPreview
{
    QString fatal; // the file as a whole cannot be read (encoding, header, size)
    QList<NodeListRow> rows;

    int invalidRows() const;
    bool canImport() const { return fatal.isEmpty() && !rows.isEmpty() && invalidRows() == 0; }
};

// Reads a provider's node list (CSV with a header: hostname, rack, position, type, accelerators,
// gpu_uuids; optional height, serial), finds each rack among the provider's sites (a rack name
// used at two sites is written "site/rack"), and judges every row by the inventory rules against
// the fleet and the rows before it. The import then adds all the nodes in one transaction, or none.
class NodeListImporter final
{
public:
    static constexpr qint64 kMaxFileBytes = 20 * 1024 * 1024;
    static constexpr int kMaxRows = 20000;

    explicit NodeListImporter(Store &store) : m_store(store) {}
    // Reads and writes through this connection (a worker thread's).
    void setWorkerConnection(const QSqlDatabase &connection) { m_worker = connection; }

    // `poolId` (may be empty) is the pool every new node joins.
    NodeListPreview preview(const QByteArray &csv, const QString &providerId,
                            const QString &poolId) const;
    NodeListPreview previewFile(const QString &path, const QString &providerId,
                                const QString &poolId) const;
    // Adds the preview's nodes (refused unless canImport()); `source` is recorded with each.
    bool commit(const NodeListPreview &preview, const QString &source, QString *error,
                const std::function<bool(int, int)> &progress = {});

    // The header names, in the documented order.
    static QStringList columnNames();

private:
    Store &m_store;
    QSqlDatabase m_worker;
};

} // namespace gpudesk
