// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportDocument.h"
#include "reports/ReportRequest.h"

#include <QWidget>
#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace gpudesk {

class LazyRefresh;
class Store;
class UsageSource;

// Reports (보고서), for managers, officers and administrators: pick a report, its call, period,
// language and classification, see it page by page, print it (Ctrl+P) or save it as a PDF
// (Ctrl+S). The document is built on the GUI thread (the store and the charts live there); the
// printer and the PDF are painted on a worker thread with progress and Cancel.
class ReportsArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsArea)

public:
    // Seams for the modal questions, so tests can answer them.
    struct Prompts
    {
        // The PDF to write for the suggested file name (the dialog starts in the last export
        // folder); empty when cancelled.
        std::function<QString(QWidget *parent, const QString &suggestedName)> savePath;
        // Sets up the printer (QPrintDialog); false when cancelled.
        std::function<bool(QWidget *parent, QPrinter *printer)> choosePrinter;
        std::function<void(QWidget *parent, const QString &title, const QString &text)> warn;
    };

    // `usage` (may be null: the usage report is then unavailable) must outlive the area;
    // `preparedBy` is the signed-in user's name for the title page.
    ReportsArea(Store &store, UsageSource *usage, const QString &preparedBy,
                QWidget *parent = nullptr);
    ~ReportsArea() override;

    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }

    void setKind(ReportKind kind);
    ReportKind kind() const;
    void setCall(const QString &callId);
    void setPeriod(const QDate &from, const QDate &to);
    void setLanguage(const QString &language);
    void setClassification(const QString &classification);
    ReportRequest request() const;

    // Builds the document for the current choices and shows it; false (with the reason on
    // screen) when it cannot be built.
    bool rebuild();
    bool isReady() const { return m_ready; }
    const ReportDocument &document() const { return m_document; }
    int pageCount() const;

    bool saveAsPdf();
    bool print();
    void openPreviewWindow();

    QListWidget *kindList() const { return m_kinds; }
    QComboBox *callPicker() const { return m_call; }
    QComboBox *languagePicker() const { return m_language; }
    QComboBox *classificationPicker() const { return m_classification; }
    QPrintPreviewWidget *preview() const { return m_preview; }
    QLabel *messageLabel() const { return m_message; }
    QAction *printAction() const { return m_printAction; }
    QAction *saveAction() const { return m_saveAction; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void buildUi();
    void fillCalls();
    void kindChanged();
    void defaultPeriod();
    void schedule();
    void updatePageLabel();
    void remember() const;
    // Paints a copy of the document on `device` on a worker thread, with progress and Cancel.
    bool paintInBackground(
        const QString &title,
        const std::function<bool(const ReportDocument &, const std::function<bool(int, int)> &,
                                 QString *)> &paint,
        int *pages, QString *error);

    Store &m_store;
    UsageSource *m_usage;
    QString m_preparedBy;
    Prompts m_prompts;
    ReportDocument m_document;
    bool m_ready = false;
    bool m_busy = false;
    std::unique_ptr<QPrinter> m_previewPrinter;
    LazyRefresh *m_lazy = nullptr;
    QTimer *m_debounce = nullptr;

    QListWidget *m_kinds = nullptr;
    QLabel *m_description = nullptr;
    QComboBox *m_call = nullptr;
    QLabel *m_callLabel = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_classification = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_windowButton = nullptr;
    QStackedWidget *m_pages = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_pageLabel = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_saveAction = nullptr;
};

} // namespace gpudesk
