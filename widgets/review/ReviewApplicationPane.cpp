// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewApplicationPane.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

bool isText(const DocumentInfo &d)
{
    return d.mimeType.startsWith(u"text/"_s) ||
           d.fileName.endsWith(u".txt"_s, Qt::CaseInsensitive) ||
           d.fileName.endsWith(u".md"_s, Qt::CaseInsensitive);
}

} // namespace

ReviewApplicationPane::ReviewApplicationPane(ReviewerWorkspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace)
{
    setObjectName(u"reviewApplicationPane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"reviewApplicationTitle"_s);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    m_placeholder = new QLabel(tr("Open an assignment (Enter or double-click) to read the "
                                  "application and score it."),
                               this);
    m_placeholder->setWordWrap(true);
    layout->addWidget(m_placeholder);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"reviewApplicationTabs"_s);
    layout->addWidget(m_tabs, 1);

    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_details = new QWidget(scroll);
    auto *details = new QVBoxLayout(m_details);
    m_form = new QFormLayout();
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    details->addLayout(m_form);
    m_code = addRow(tr("Receipt no."), u"reviewAppCode"_s);
    m_org = addRow(tr("Organisation"), u"reviewAppOrg"_s);
    m_field = addRow(tr("Field"), u"reviewAppField"_s);
    m_request = addRow(tr("Request"), u"reviewAppRequest"_s);
    m_window = addRow(tr("Time window"), u"reviewAppWindow"_s);
    m_people = addRow(tr("Team"), u"reviewAppPeople"_s);
    details->addWidget(new QLabel(u"<b>%1</b>"_s.arg(tr("Summary").toHtmlEscaped()), m_details));
    m_summary = new QLabel(m_details);
    m_summary->setObjectName(u"reviewAppSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    details->addWidget(m_summary);
    details->addStretch(1);
    scroll->setWidget(m_details);
    m_tabs->addTab(scroll, tr("A&pplication"));

    auto *docs = new QSplitter(Qt::Vertical, m_tabs);
    auto *top = new QWidget(docs);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_documents = new QListWidget(top);
    m_documents->setObjectName(u"reviewDocuments"_s);
    topLayout->addWidget(m_documents);
    auto *row = new QHBoxLayout();
    row->addStretch(1);
    m_saveCopy = new QPushButton(tr("Sa&ve a copy…"), top);
    m_saveCopy->setObjectName(u"saveDocumentCopy"_s);
    m_saveCopy->setToolTip(tr("Save the selected document to a file"));
    row->addWidget(m_saveCopy);
    topLayout->addLayout(row);
    m_viewer = new QPlainTextEdit(docs);
    m_viewer->setObjectName(u"reviewDocumentViewer"_s);
    m_viewer->setReadOnly(true);
    m_viewer->setTabChangesFocus(true);
    docs->addWidget(top);
    docs->addWidget(m_viewer);
    docs->setStretchFactor(1, 3);
    m_tabs->addTab(docs, tr("Doc&uments"));

    connect(m_documents, &QListWidget::currentRowChanged, this,
            [this](int row) { showDocument(row); });
    connect(m_saveCopy, &QPushButton::clicked, this, [this] { saveDocumentCopy(); });
    clear();
}

QLabel *ReviewApplicationPane::addRow(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(m_details);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    return value;
}

void ReviewApplicationPane::clear()
{
    m_assignmentId.clear();
    m_docs.clear();
    m_content.clear();
    m_heading->clear();
    m_code->clear();
    m_appCode.clear();
    m_documents->clear();
    m_viewer->clear();
    m_tabs->hide();
    m_placeholder->show();
}

bool ReviewApplicationPane::showAssignment(const QString &assignmentId, QString *error)
{
    const auto app = m_workspace.application(assignmentId, error);
    if (!app) {
        clear();
        return false;
    }
    m_assignmentId = assignmentId;
    const QLocale locale;
    const bool ko = locale.language() == QLocale::Korean;
    const bool englishTitle = !ko && !app->titleEn.isEmpty();
    m_heading->setText(englishTitle ? app->titleEn : app->title);
    m_heading->setToolTip(englishTitle ? app->title : app->titleEn);
    m_appCode = app->code;
    m_code->setText(app->code);
    m_org->setText(u"%1 · %2"_s.arg(ko || app->orgNameEn.isEmpty() ? app->orgName : app->orgNameEn,
                                    orgTypeLabel(app->orgType)));
    m_field->setText(ko || app->fieldNameEn.isEmpty() ? app->fieldName : app->fieldNameEn);
    m_request->setText(tr("%1 GPUs = %2 nodes of %3")
                           .arg(locale.toString(app->requestedGpus),
                                locale.toString(app->requestedNodes), app->acceleratorType));
    m_window->setText(tr("%n month(s) from %1", nullptr, app->months)
                          .arg(app->desiredStart.isEmpty() ? tr("the call's allocation date")
                                                           : app->desiredStart));
    QStringList people{tr("%1 (principal investigator)").arg(app->piName)};
    people << app->people;
    m_people->setText(people.join(u'\n'));
    m_summary->setText(app->summary);

    m_docs = m_workspace.documents(assignmentId, error);
    m_documents->blockSignals(true);
    m_documents->clear();
    for (const DocumentInfo &d : std::as_const(m_docs))
        m_documents->addItem(tr("%1 (%2)").arg(d.fileName, locale.formattedDataSize(d.sizeBytes)));
    m_documents->blockSignals(false);
    m_tabs->setTabText(1, tr("Doc&uments (%1)").arg(m_docs.size()));
    m_placeholder->hide();
    m_tabs->show();
    if (m_docs.isEmpty()) {
        m_viewer->setPlainText(tr("This application has no documents."));
        m_saveCopy->setEnabled(false);
    } else {
        m_documents->setCurrentRow(0);
        showDocument(0);
    }
    return true;
}

void ReviewApplicationPane::showDocument(int row)
{
    m_content.clear();
    m_saveCopy->setEnabled(false);
    if (row < 0 || row >= m_docs.size()) {
        m_viewer->clear();
        return;
    }
    const DocumentInfo &d = m_docs[row];
    QString error;
    const auto content = m_workspace.documentContent(m_assignmentId, d.id, &error);
    if (!content) {
        m_viewer->setPlainText(error);
        Q_EMIT statusMessage(error);
        return;
    }
    m_content = *content;
    m_saveCopy->setEnabled(true);
    if (isText(d))
        m_viewer->setPlainText(QString::fromUtf8(m_content));
    else
        m_viewer->setPlainText(tr("%1 is not a text document. Use \"Save a copy…\" to open it "
                                  "with another program.")
                                   .arg(d.fileName));
}

void ReviewApplicationPane::saveDocumentCopy()
{
    const int row = m_documents->currentRow();
    if (row < 0 || row >= m_docs.size() || m_content.isNull())
        return;
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Save a copy"), m_docs[row].fileName);
    if (target.isEmpty())
        return;
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(m_content) != m_content.size() ||
        !out.commit()) {
        Q_EMIT statusMessage(tr("The document could not be saved to %1: %2. Choose another "
                                "folder.")
                                 .arg(target, out.errorString()));
        return;
    }
    Q_EMIT statusMessage(tr("Saved a copy of %1.").arg(m_docs[row].fileName));
}

} // namespace gpudesk
