// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Fleet.h"
#include "domain/InventoryDrafts.h"
#include "store/InventoryRepository.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace gpudesk {

class IssueList;

// The form of one provider, site, cluster, row, rack or pool: only the fields of its kind, judged
// by the inventory rules against the fleet as the administrator types; accepted only when clean.
class InventoryItemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryItemDialog)

public:
    InventoryItemDialog(InventoryKind kind, const FleetSnapshot &fleet, QWidget *parent = nullptr);

    void setProvider(const ProviderDraft &d);
    void setSite(const SiteDraft &d);
    void setCluster(const ClusterDraft &d);
    void setRow(const RowDraft &d);
    void setRack(const RackDraft &d);
    void setPool(const PoolDraft &d, int callsUsing);

    ProviderDraft provider() const;
    SiteDraft site() const;
    ClusterDraft cluster() const;
    RowDraft row() const;
    RackDraft rack() const;
    PoolDraft pool() const;

    InventoryKind kind() const { return m_kind; }
    IssueList *issueList() const { return m_issues; }
    void accept() override;

private:
    void build();
    void revalidate();
    void fillRows(const QString &current);
    QComboBox *combo(const QString &name);
    QLineEdit *line(const QString &name);
    QSpinBox *spin(const QString &name, int lo, int hi);

    InventoryKind m_kind;
    FleetSnapshot m_fleet;
    QString m_id;
    int m_callsUsing = 0;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QLineEdit *m_contact = nullptr;
    QLineEdit *m_address = nullptr;
    QComboBox *m_parent = nullptr; // provider, site or cluster, by kind
    QComboBox *m_rowBox = nullptr;
    QComboBox *m_timeZone = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_poolKind = nullptr;
    QSpinBox *m_ordinal = nullptr;
    QSpinBox *m_units = nullptr;
    QSpinBox *m_capacity = nullptr;
    IssueList *m_issues = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace gpudesk
