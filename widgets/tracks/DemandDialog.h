// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/DemandRepository.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace gpudesk {

class Store;

// A ministry's demand entered or edited by hand: every field of the survey sheet, checked as it
// is typed against the round's rules (the same checks as the import), with OK only once nothing
// is wrong.
class DemandDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemandDialog)

public:
    // `existing` edits a demand; without it the dialog enters a new one.
    DemandDialog(Store &store, const QString &callId, const std::optional<DemandRow> &existing,
                 QWidget *parent = nullptr);

    DemandFacts facts() const;
    void setFacts(const DemandFacts &facts);
    QStringList problems() const { return m_problems; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void recheck();

    Store &m_store;
    QString m_callId;
    QString m_exceptId;
    QStringList m_problems;
    QComboBox *m_ministry = nullptr;
    QLineEdit *m_project = nullptr;
    QPlainTextEdit *m_purpose = nullptr;
    QComboBox *m_type = nullptr;
    QSpinBox *m_nodes = nullptr;
    QLabel *m_gpus = nullptr;
    QDateEdit *m_start = nullptr;
    QSpinBox *m_months = nullptr;
    QSpinBox *m_priority = nullptr;
    QLineEdit *m_contact = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gpudesk
