// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/Ranking.h"

#include <QString>
#include <functional>

class QCheckBox;
class QWidget;

namespace gpudesk {

// The "Normalise reviewer scores" check box of the ranking views: `text` is the view's own label
// (its mnemonic), the tooltip explains the normalisation, the state is remembered in the
// settings under `settingsKey`, and `toggled` runs after each change.
QCheckBox *makeNormaliseToggle(QWidget *parent, const QString &text, const QString &objectName,
                               const QString &settingsKey, const std::function<void()> &toggled);

// How the view ranks while the toggle is as it is.
RankBy rankByOf(const QCheckBox *toggle);

} // namespace gpudesk
