// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ApplicationRepository.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QTreeWidget;

namespace gpudesk {

// The right-hand panel of the browser: every field of the selected application, its documents,
// the cost share it would pay, what screening says about it, and its history.
class ApplicationDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationDetailPanel)

public:
    explicit ApplicationDetailPanel(ApplicationRepository &repository, QWidget *parent = nullptr);

    void showApplication(const QString &id); // empty id: nothing selected
    QString applicationId() const { return m_id; }
    // Re-reads the shown application (after a change in the store).
    void reload();

private:
    void openDocument(const QString &documentId, const QString &fileName);
    QLabel *addRow(const QString &label, const QString &objectName);

    ApplicationRepository &m_repository;
    QString m_id;
    QLabel *m_heading = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_body = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_call = nullptr;
    QLabel *m_org = nullptr;
    QLabel *m_pi = nullptr;
    QLabel *m_people = nullptr;
    QLabel *m_field = nullptr;
    QLabel *m_request = nullptr;
    QLabel *m_window = nullptr;
    QLabel *m_slurm = nullptr;
    QLabel *m_submitted = nullptr;
    QLabel *m_costShare = nullptr;
    QLabel *m_screening = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_documents = nullptr;
    QTreeWidget *m_history = nullptr;
};

} // namespace gpudesk
