// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Store.h"

namespace gpudesk {

// What to do when a profile cannot be opened: the reason in plain words, the technical detail
// behind a button, and the ways out.
namespace ProfileErrorDialog {

enum class Choice { OpenAnother, CreateNew, Quit };

Choice ask(const QString &path, const OpenOutcome &outcome, QWidget *parent = nullptr);

} // namespace ProfileErrorDialog
} // namespace gpudesk
