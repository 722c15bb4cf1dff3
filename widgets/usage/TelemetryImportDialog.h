// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/TelemetryImporter.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace gpudesk {

// What a telemetry import did, for the officer: the counts, every skipped line with its number
// and reason, the hosts not in the fleet, in a text that can be selected and copied.
class TelemetryImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TelemetryImportDialog)

public:
    TelemetryImportDialog(const QString &fileName, const QString &formatName,
                          const TelemetryImportReport &report, QWidget *parent = nullptr);

    // One line for the status bar.
    static QString summary(const QString &fileName, const TelemetryImportReport &report);
    // Everything the dialog lists, as plain text (also what Copy puts on the clipboard).
    QString detailsText() const;

    QLabel *headline() const { return m_headline; }
    QPlainTextEdit *details() const { return m_details; }

private:
    QLabel *m_headline = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace gpudesk
