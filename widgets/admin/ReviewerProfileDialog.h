// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/UserAdminRepository.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace gpudesk {

// A reviewer's attributes as the assignment rules read them: their organisation and affiliation,
// title, fields of expertise, and the organisations they declared a conflict of interest with.
class ReviewerProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewerProfileDialog)

public:
    ReviewerProfileDialog(const QString &userName, const ReviewerProfile &profile,
                          const QList<QPair<QString, QString>> &organizations,
                          const QList<QPair<QString, QString>> &fields, QWidget *parent = nullptr);

    ReviewerProfile profile() const;
    // Adds a declared conflict with `organizationId` (ignored when it is listed already).
    void addConflict(const QString &organizationId, const QString &note);

    QComboBox *organizationBox() const { return m_organization; }
    QComboBox *conflictBox() const { return m_conflictOrg; }
    QListWidget *fieldList() const { return m_fields; }
    QTableWidget *conflictTable() const { return m_conflicts; }

private:
    ReviewerProfile m_original;
    QHash<QString, QString> m_orgNames;
    QComboBox *m_organization = nullptr;
    QLineEdit *m_affiliation = nullptr;
    QLineEdit *m_title = nullptr;
    QListWidget *m_fields = nullptr;
    QTableWidget *m_conflicts = nullptr;
    QComboBox *m_conflictOrg = nullptr;
    QLineEdit *m_conflictNote = nullptr;
};

} // namespace gpudesk
