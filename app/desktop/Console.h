// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QTextStream>
#include <memory>
#include <optional>

namespace gpudesk {

class Store;

// What every headless verb shares: its output streams and the profile it works on.
namespace Console {

QTextStream &out();
QTextStream &err();
// --profile PATH (-p), the demo profile by default.
QCommandLineOption profileOption();
// Opens the profile, saying on stderr why it cannot; null then.
std::unique_ptr<Store> openProfile(const QString &path, bool create);
// A time given on the command line, in UTC ms: an ISO 8601 moment, read in the program's zone
// (Asia/Seoul) when it has no offset, or a day (YYYY-MM-DD), an Asia/Seoul day meaning its start,
// or with `dayEnd` the next day's start (an inclusive last day). Nothing when it is neither.
std::optional<qint64> readTime(const QString &text, bool dayEnd = false);

} // namespace Console
} // namespace gpudesk
