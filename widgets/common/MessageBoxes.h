// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace gpudesk {

// The default answers of the views' prompt seams (tests replace them).
// A question about a committing step, OK and Cancel with Cancel the default: true for OK.
bool confirmStep(QWidget *parent, const QString &title, const QString &text);
// A refusal or failure the officer must read.
void warnUser(QWidget *parent, const QString &title, const QString &text);

} // namespace gpudesk
