// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QTextStream>
#include <memory>

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

} // namespace Console
} // namespace gpudesk
