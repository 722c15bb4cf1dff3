// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtGlobal>
#include <optional>

// Shared by the telemetry parser tests: the fixture files and a compact way to print a reading.
namespace testing {

// The bytes of tests/data/telemetry/<name>; parsers only read them, so no copy is needed.
inline QByteArray telemetryFixture(const QString &name)
{
    QFile file(QStringLiteral(GPUDESK_TEST_DATA "/telemetry/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open telemetry fixture %s", qPrintable(name));
    return file.readAll();
}

// "-" for no reading, else the value with up to ten significant digits.
inline QString readingText(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 10) : QStringLiteral("-");
}

} // namespace testing
