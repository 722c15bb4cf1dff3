// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminPrompts.h"
#include "store/CallAdminRepository.h"

#include <QWidget>

class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace gpudesk {

class LazyRefresh;
class Store;

// Administration → Calls: every call with its window, stage, offers and applications; create,
// copy and edit a call (the form judges it as it is typed), and close a call's review panel. A
// change to a call whose applications were screened says what changes and asks why; every
// change lands in the audit trail.
class CallsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallsPage)

public:
    enum Column
    {
        Code,
        Title,
        Type,
        Window,
        Stage,
        Offers,
        Applications,
        Panel,
        ColumnCount
    };

    explicit CallsPage(Store &store, QWidget *parent = nullptr);

    void setPrompts(const AdminPrompts &prompts) { m_prompts = prompts; }
    void reload();
    QString currentCallId() const;
    void selectCall(const QString &callId);

    void newCall();
    void copyCall();
    void editCall();
    void closePanel();

    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    // Runs the editor on `call` and saves what it returns; true when saved.
    bool runEditor(const CallDefinition &call);
    void updateActions();

    Store &m_store;
    CallAdminRepository m_repository;
    AdminPrompts m_prompts;
    LazyRefresh *m_lazy = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace gpudesk
