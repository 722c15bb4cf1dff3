// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CallDefinition.h"
#include "store/CallAdminRepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace gpudesk {

class CallOffersTable;
class IssueList;
class RubricEditor;
class ShareTermsTable;

// The form of one call, on tabs: the call itself and its window; accelerator types with caps,
// prices and pools; eligibility and cost shares; the rubric; review and idle-check settings. The
// call rules (validateCall) judge it as the officer types; it is accepted only when clean.
class CallEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallEditorDialog)

public:
    CallEditorDialog(Store &store, const CallDefinition &call, QWidget *parent = nullptr);

    // What the form holds now.
    CallDefinition call() const;
    IssueList *issueList() const { return m_issues; }
    QTabWidget *tabs() const { return m_tabs; }
    RubricEditor *rubricEditor() const { return m_rubric; }
    CallOffersTable *offersTable() const { return m_offers; }
    ShareTermsTable *shareTable() const { return m_shares; }

    void accept() override;
    // Shows the tab and the widget of an issue's field.
    void showField(const QString &field);

private:
    QWidget *buildGeneral();
    QWidget *buildTerms();
    QWidget *buildReview();
    void fill(const CallDefinition &call);
    void fillStages(const QString &current);
    void revalidate();

    Store &m_store;
    CallAdminRepository m_repository;
    CallDefinition m_original;
    CallContext m_context; // read once: what the profile knows does not change while editing
    QList<CallTypeChoice> m_types;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_stage = nullptr;
    QDateEdit *m_opens = nullptr;
    QDateEdit *m_closes = nullptr;
    QCheckBox *m_hasDeadline = nullptr;
    QDateEdit *m_deadline = nullptr;
    QCheckBox *m_hasAllocation = nullptr;
    QDateEdit *m_allocation = nullptr;
    QSpinBox *m_maxMonths = nullptr;
    QPlainTextEdit *m_pledge = nullptr;
    CallOffersTable *m_offers = nullptr;
    ShareTermsTable *m_shares = nullptr;
    QSpinBox *m_youth = nullptr;
    QSpinBox *m_vat = nullptr;
    RubricEditor *m_rubric = nullptr;
    QSpinBox *m_reviewers = nullptr;
    QSpinBox *m_waitlist = nullptr;
    QSpinBox *m_idleThreshold = nullptr;
    QSpinBox *m_idleDays = nullptr;
    QLabel *m_screened = nullptr;
    IssueList *m_issues = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace gpudesk
