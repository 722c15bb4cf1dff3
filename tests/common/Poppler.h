// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// poppler-utils (pdfinfo, pdftotext, pdffonts, pdfimages) read the PDFs the reports write, as a
// reader's viewer would.
namespace gpudesk::test {

// The tool's standard output, or "<failed>" (with a warning) when it cannot run.
inline QString poppler(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit ||
        p.exitCode() != 0) {
        qWarning("%s %s failed: %s", qPrintable(tool), qPrintable(args.join(QLatin1Char(' '))),
                 qPrintable(QString::fromUtf8(p.readAllStandardError())));
        return QStringLiteral("<failed>");
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The page count pdfinfo reads, -1 when it cannot.
inline int pdfPages(const QString &path)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const auto m = pages.match(poppler(QStringLiteral("pdfinfo"), {path}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

inline bool hasHangul(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0xac00 && c.unicode() <= 0xd7a3)
            return true;
    }
    return false;
}

} // namespace gpudesk::test
