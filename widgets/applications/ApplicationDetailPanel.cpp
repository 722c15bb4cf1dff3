// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationDetailPanel.h"

#include "common/Theme.h"
#include "domain/TimeFormat.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

QString statusText(const QString &key)
{
    const auto s = statusFromKey(key);
    return s ? statusLabel(*s) : key;
}

QString sectionTitle(const QString &text)
{
    return u"<b>%1</b>"_s.arg(text.toHtmlEscaped());
}

} // namespace

ApplicationDetailPanel::ApplicationDetailPanel(ApplicationRepository &repository, QWidget *parent)
    : QWidget(parent), m_repository(repository)
{
    setObjectName(u"detailPanel"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    m_heading = new QLabel(content);
    m_heading->setObjectName(u"detailTitle"_s);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    m_placeholder = new QLabel(tr("Select an application to see its details."), content);
    m_placeholder->setWordWrap(true);
    layout->addWidget(m_placeholder);

    m_body = new QWidget(content);
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout();
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    bodyLayout->addLayout(m_form);
    m_status = addRow(tr("Status"), u"detailStatus"_s);
    m_code = addRow(tr("Receipt no."), u"detailCode"_s);
    m_call = addRow(tr("Call"), u"detailCall"_s);
    m_org = addRow(tr("Organisation"), u"detailOrg"_s);
    m_pi = addRow(tr("Investigator"), u"detailPi"_s);
    m_people = addRow(tr("Team"), u"detailPeople"_s);
    m_field = addRow(tr("Field"), u"detailField"_s);
    m_request = addRow(tr("Request"), u"detailRequest"_s);
    m_window = addRow(tr("Time window"), u"detailWindow"_s);
    m_slurm = addRow(tr("Slurm account"), u"detailSlurm"_s);
    m_submitted = addRow(tr("Submitted"), u"detailSubmitted"_s);
    m_costShare = addRow(tr("Cost share"), u"detailCostShare"_s);
    m_screening = addRow(tr("Screening"), u"detailScreening"_s);

    bodyLayout->addWidget(new QLabel(sectionTitle(tr("Summary")), m_body));
    m_summary = new QLabel(m_body);
    m_summary->setObjectName(u"detailSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bodyLayout->addWidget(m_summary);

    bodyLayout->addWidget(new QLabel(sectionTitle(tr("Documents")), m_body));
    m_documents = new QListWidget(m_body);
    m_documents->setObjectName(u"detailDocuments"_s);
    m_documents->setMaximumHeight(90);
    m_documents->setToolTip(tr("Double-click or press Enter to open a document"));
    bodyLayout->addWidget(m_documents);
    connect(m_documents, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        openDocument(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
    });

    bodyLayout->addWidget(new QLabel(sectionTitle(tr("History")), m_body));
    m_history = new QTreeWidget(m_body);
    m_history->setObjectName(u"detailHistory"_s);
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("When"), tr("Status"), tr("Who"), tr("Reason")});
    m_history->header()->setStretchLastSection(true);
    m_history->setMinimumHeight(120);
    bodyLayout->addWidget(m_history, 1);

    layout->addWidget(m_body, 1);
    scroll->setWidget(content);
    showApplication({});
}

QLabel *ApplicationDetailPanel::addRow(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(m_body);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    return value;
}

void ApplicationDetailPanel::reload()
{
    showApplication(m_id);
}

void ApplicationDetailPanel::showApplication(const QString &id)
{
    m_id = id;
    const auto d = id.isEmpty() ? std::nullopt : m_repository.detail(id);
    m_body->setVisible(d.has_value());
    m_placeholder->setVisible(!d.has_value());
    if (!d) {
        m_heading->clear();
        m_id.clear();
        return;
    }
    const QLocale locale;
    const bool ko = locale.language() == QLocale::Korean;
    const bool englishTitle = !ko && !d->titleEn.isEmpty();
    m_heading->setText(englishTitle ? d->titleEn : d->title);
    m_heading->setToolTip(englishTitle ? d->title : d->titleEn);
    m_status->setText(u"<span style=\"color:%1\">&#9679;</span> %2"_s.arg(
        Theme::statusColor(statusKey(d->status)).name(), statusLabel(d->status).toHtmlEscaped()));
    m_code->setText(d->code);
    m_call->setText(u"%1 %2"_s.arg(d->callCode, ko || d->callTitleEn.isEmpty() ? d->callTitle
                                                                              : d->callTitleEn));
    QString org = ko || d->orgNameEn.isEmpty() ? d->orgName : d->orgNameEn;
    org += u" · "_s + orgTypeLabel(d->orgType);
    if (d->youthFounded)
        org += u" · "_s + tr("youth-founded");
    if (!d->businessNumber.isEmpty())
        org += u"\n"_s + tr("Business no. %1").arg(d->businessNumber);
    m_org->setText(org);
    m_pi->setText(d->piEmail.isEmpty() ? d->piName : u"%1 <%2>"_s.arg(d->piName, d->piEmail));
    m_people->setText(d->people.isEmpty() ? tr("(none named)") : d->people.join(u'\n'));
    m_field->setText(ko || d->fieldNameEn.isEmpty() ? d->fieldName : d->fieldNameEn);
    QString request = tr("%1 GPUs = %2 nodes of %3")
                          .arg(locale.toString(d->requestedGpus), locale.toString(d->requestedNodes),
                               d->acceleratorType);
    if (d->grantedNodes)
        request += u"\n"_s + tr("Granted: %1 nodes").arg(locale.toString(*d->grantedNodes));
    m_request->setText(request);
    m_window->setText(tr("%n month(s) from %1", nullptr, d->months)
                          .arg(d->desiredStart.isEmpty() ? tr("the call's allocation date")
                                                         : d->desiredStart));
    m_slurm->setText(d->slurmAccount.isEmpty() ? tr("(not given)") : d->slurmAccount);
    m_submitted->setText(formatDateTime(d->submittedAt));

    const CostShareEstimate cost = m_repository.estimateCostShare(*d);
    if (!cost.known) {
        m_costShare->setText(tr("Unknown: the call sets no price or share rate for this case."));
    } else if (cost.shareBasisPoints == 0) {
        m_costShare->setText(tr("Free (share rate 0%) for %1 GPU-hours")
                                 .arg(locale.toString(cost.gpuHours)));
    } else {
        m_costShare->setText(tr("%1 for %2 GPU-hours at a %3% share%4")
                                 .arg(formatMoney(cost.amount), locale.toString(cost.gpuHours),
                                      locale.toString(cost.shareBasisPoints / 100.0, 'f', 2),
                                      d->youthFounded ? tr(", youth discount applied") : QString()));
    }

    const ScreeningResult screening = m_repository.screen(*d);
    if (screening.passed()) {
        m_screening->setText(tr("Meets every rule of the call."));
    } else {
        QStringList lines;
        for (const ScreeningFailure &f : screening.failures)
            lines << u"• "_s + f.message;
        m_screening->setText(lines.join(u'\n'));
    }
    if (!d->screeningNote.isEmpty())
        m_screening->setText(m_screening->text() + u"\n"_s + tr("Note: %1").arg(d->screeningNote));

    m_summary->setText(d->summary);

    m_documents->clear();
    const QList<DocumentInfo> docs = m_repository.documents(id);
    for (const DocumentInfo &doc : docs) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(doc.fileName, locale.formattedDataSize(doc.sizeBytes)), m_documents);
        item->setData(Qt::UserRole, doc.id);
        item->setData(Qt::UserRole + 1, doc.fileName);
    }
    if (docs.isEmpty())
        new QListWidgetItem(tr("(no documents)"), m_documents);

    m_history->clear();
    for (const HistoryEntry &h : m_repository.history(id)) {
        const QString move = h.fromStatus.isEmpty()
                                 ? statusText(h.toStatus)
                                 : tr("%1 → %2").arg(statusText(h.fromStatus), statusText(h.toStatus));
        auto *item = new QTreeWidgetItem(m_history, {formatDateTime(h.at), move, h.by, h.reason});
        item->setToolTip(3, h.reason);
    }
    m_history->resizeColumnToContents(0);
    m_history->resizeColumnToContents(1);
}

void ApplicationDetailPanel::openDocument(const QString &documentId, const QString &fileName)
{
    if (documentId.isEmpty())
        return;
    const QByteArray content = m_repository.documentContent(documentId);
    const bool isText = fileName.endsWith(u".txt"_s, Qt::CaseInsensitive)
                        || fileName.endsWith(u".md"_s, Qt::CaseInsensitive);
    if (isText) {
        QDialog dialog(this);
        dialog.setWindowTitle(fileName);
        auto *layout = new QVBoxLayout(&dialog);
        auto *text = new QPlainTextEdit(QString::fromUtf8(content), &dialog);
        text->setReadOnly(true);
        layout->addWidget(text);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        layout->addWidget(buttons);
        dialog.resize(640, 480);
        dialog.exec();
        return;
    }
    const QString target = QFileDialog::getSaveFileName(this, tr("Save document"), fileName);
    if (target.isEmpty())
        return;
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit()) {
        QMessageBox::warning(this, tr("Save document"),
                             tr("The document could not be saved to %1: %2. Choose another "
                                "folder.")
                                 .arg(target, out.errorString()));
    }
}

} // namespace gpudesk
