// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Fleet.h"
#include "domain/InventoryDrafts.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace gpudesk {

class IssueList;

// The form of one node: host name, rack and units, accelerator type and count, pool, serial
// number and the GPU UUIDs telemetry names it by; judged by the node rules as it is typed.
class NodeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeDialog)

public:
    NodeDialog(const FleetSnapshot &fleet, const NodeContext &context, QWidget *parent = nullptr);

    void setNode(const NodeDraft &node);
    NodeDraft node() const;
    IssueList *issueList() const { return m_issues; }
    void accept() override;

private:
    void revalidate();

    FleetSnapshot m_fleet;
    NodeContext m_context;
    QString m_id;
    QLineEdit *m_hostname = nullptr;
    QComboBox *m_rack = nullptr;
    QSpinBox *m_unit = nullptr;
    QSpinBox *m_height = nullptr;
    QComboBox *m_type = nullptr;
    QSpinBox *m_accelerators = nullptr;
    QComboBox *m_pool = nullptr;
    QLineEdit *m_serial = nullptr;
    QPlainTextEdit *m_uuids = nullptr;
    IssueList *m_issues = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace gpudesk
