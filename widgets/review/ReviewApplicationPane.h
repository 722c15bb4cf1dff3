// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ReviewerWorkspace.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace gpudesk {

// What a reviewer reads of an application assigned to them: its details and its documents,
// kept in the local profile so they read offline; text documents show in a read-only viewer.
class ReviewApplicationPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewApplicationPane)

public:
    explicit ReviewApplicationPane(ReviewerWorkspace &workspace, QWidget *parent = nullptr);

    // False (with *error) when the workspace refuses; the pane then shows nothing.
    bool showAssignment(const QString &assignmentId, QString *error);
    void clear();
    QString assignmentId() const { return m_assignmentId; }
    QString applicationCode() const { return m_appCode; }

    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *documentList() const { return m_documents; }
    QPlainTextEdit *documentViewer() const { return m_viewer; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    QLabel *addRow(const QString &label, const QString &objectName);
    void showDocument(int row);
    void saveDocumentCopy();

    ReviewerWorkspace &m_workspace;
    QString m_assignmentId;
    QString m_appCode;
    QList<DocumentInfo> m_docs;
    QByteArray m_content;
    QLabel *m_heading = nullptr;
    QLabel *m_placeholder = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_details = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_org = nullptr;
    QLabel *m_field = nullptr;
    QLabel *m_request = nullptr;
    QLabel *m_window = nullptr;
    QLabel *m_people = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_documents = nullptr;
    QPlainTextEdit *m_viewer = nullptr;
    QPushButton *m_saveCopy = nullptr;
};

} // namespace gpudesk
