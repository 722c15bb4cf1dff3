// SPDX-License-Identifier: GPL-3.0-or-later
#include "TelemetryImportDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

QString count(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

QString TelemetryImportDialog::summary(const QString &fileName, const TelemetryImportReport &r)
{
    return tr("%1: %Ln sample(s) imported", nullptr, r.imported).arg(fileName) + u", "_s +
           tr("%Ln line(s) skipped", nullptr, int(r.skippedLines.size())) + u", "_s +
           tr("%Ln sample(s) left out", nullptr, r.skippedSamples()) + u'.';
}

TelemetryImportDialog::TelemetryImportDialog(const QString &fileName, const QString &formatName,
                                             const TelemetryImportReport &report,
                                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"telemetryImportResult"_s);
    setWindowTitle(tr("Telemetry imported"));
    auto *layout = new QVBoxLayout(this);
    m_headline = new QLabel(summary(fileName, report), this);
    m_headline->setObjectName(u"telemetryImportHeadline"_s);
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    layout->addWidget(m_headline);

    auto *form = new QFormLayout;
    // Numbers right-aligned in one column next to their labels, not at the far edge.
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const int numberWidth = fontMetrics().horizontalAdvance(count(999999999)) + 8;
    const auto row = [&](const QString &label, qint64 value, const QString &name) {
        auto *field = new QLabel(count(value), this);
        field->setObjectName(name);
        field->setMinimumWidth(numberWidth);
        field->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, field);
    };
    auto *format = new QLabel(formatName, this);
    form->addRow(tr("Format:"), format);
    row(tr("Lines read:"), report.linesRead, u"importLinesRead"_s);
    row(tr("Samples imported:"), report.imported, u"importImported"_s);
    row(tr("Rollup rows updated:"), report.rollupRows, u"importRollups"_s);
    row(tr("Lines skipped:"), report.skippedLines.size(), u"importSkippedLines"_s);
    qint64 unknown = 0;
    for (const auto &h : report.unknownHosts)
        unknown += h.second;
    row(tr("Samples of unknown hosts:"), unknown, u"importUnknownHosts"_s);
    row(tr("Samples without a GPU index:"), report.samplesWithoutGpu, u"importWithoutGpu"_s);
    row(tr("Of MIG instances:"), report.migSamples, u"importMig"_s);
    row(tr("Already stored (unchanged):"), report.duplicates, u"importDuplicates"_s);
    row(tr("Corrections of stored samples:"), report.replaced, u"importReplaced"_s);
    layout->addLayout(form);

    // The importer's own notes (unknown hosts, readings without a GPU, duplicates,
    // corrections), as the command line prints them.
    QStringList lines = report.sampleNotes();
    for (const SkippedLine &s : report.skippedLines)
        lines << tr("Line %1: %2").arg(s.line).arg(s.reason);
    auto *detailsLabel = new QLabel(tr("&What was left out:"), this);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(u"telemetryImportDetails"_s);
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlainText(lines.isEmpty() ? tr("Nothing: every line and sample was imported.")
                                            : lines.join(u'\n'));
    detailsLabel->setBuddy(m_details);
    layout->addWidget(detailsLabel);
    layout->addWidget(m_details, 1);
    if (!lines.isEmpty()) {
        auto *hint = new QLabel(tr("To bring in what was left out, add the unknown hosts to the "
                                   "fleet or correct the lines, then import a file of just those "
                                   "lines."),
                                this);
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"telemetryImportCopy"_s);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(detailsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, lines.isEmpty() ? 360 : 520);
}

QString TelemetryImportDialog::detailsText() const
{
    QStringList out{m_headline->text()};
    const auto *form = findChild<QFormLayout *>();
    for (int r = 0; form && r < form->rowCount(); ++r) {
        auto *label = qobject_cast<QLabel *>(form->itemAt(r, QFormLayout::LabelRole)->widget());
        auto *field = qobject_cast<QLabel *>(form->itemAt(r, QFormLayout::FieldRole)->widget());
        if (label && field)
            out << label->text() + u' ' + field->text();
    }
    out << QString() << m_details->toPlainText();
    return out.join(u'\n');
}

} // namespace gpudesk
