// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QTableWidget;

namespace gpudesk {

class Store;

// Changes the server refused, already undone in this profile: when, what, and why in the user's
// words (a node booked by another project, a review locked, a pool full, ...). Dismissing takes
// them off the list.
class RejectedChangesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectedChangesDialog)

public:
    explicit RejectedChangesDialog(Store &store, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

public Q_SLOTS:
    void dismissSelected();

private:
    void reload();

    Store &m_store;
    QStringList m_ids;
    QTableWidget *m_table = nullptr;
};

} // namespace gpudesk
