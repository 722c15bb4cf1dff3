// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/SyncRecords.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QTableWidget;

namespace gpudesk {

class Store;

// Same-field edits the server could not merge, one at a time: per field what it was before, what
// the server has, what you wrote, and the result, which starts as the server's and can be set to
// yours or edited (a hand merge). Resolving writes the result as an ordinary change.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    explicit ConflictDialog(Store &store, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QTableWidget *fields() const { return m_fields; }
    // The columns of the field table; Result is editable.
    enum Column
    {
        FieldColumn,
        BaseColumn,
        ServerColumn,
        MineColumn,
        ResultColumn
    };

public Q_SLOTS:
    void takeMine();
    void takeServers();
    // Resolves the selected conflict with the results in the table.
    bool resolve();

private:
    void reload();
    void showConflict(int row);

    Store &m_store;
    QList<SyncConflict> m_conflicts;
    QListWidget *m_list = nullptr;
    QTableWidget *m_fields = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace gpudesk
