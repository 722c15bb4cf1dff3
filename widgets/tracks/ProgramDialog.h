// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/ProgramValidation.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace gpudesk {

class IssueList;
class RubricEditor;
class ShareRuleFields;
class Store;

// A program with an annual evaluation (연차평가) on two tabs: the program (code, names, the
// accelerator type and pool of its nodes, first day, years, teams) with its share rule, and the
// rubric its yearly evaluations score by (the call editor's rubric editor). The program rules
// judge it as the officer types; it is accepted only when clean, and a change to a saved
// program only with a reason.
class ProgramDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramDialog)

public:
    ProgramDialog(Store &store, const ProgramDraft &program, QWidget *parent = nullptr);

    ProgramDraft program() const;
    QString reason() const;

    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *poolBox() const { return m_pool; }
    QSpinBox *teamsBox() const { return m_teams; }
    QSpinBox *yearsBox() const { return m_years; }
    ShareRuleFields *ruleFields() const { return m_rule; }
    RubricEditor *rubricEditor() const { return m_rubric; }
    IssueList *issueList() const { return m_issues; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *saveButton() const { return m_save; }

    void showField(const QString &field);

private:
    QWidget *buildProgram();
    void fillPools();
    void revalidate();

    Store &m_store;
    ProgramDraft m_original;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_pool = nullptr;
    QDateEdit *m_starts = nullptr;
    QSpinBox *m_years = nullptr;
    QSpinBox *m_teams = nullptr;
    ShareRuleFields *m_rule = nullptr;
    RubricEditor *m_rubric = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    IssueList *m_issues = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace gpudesk
