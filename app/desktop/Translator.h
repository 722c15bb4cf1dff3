// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace gpudesk {

// Loads gpudesk's and Qt's own translations for a language and makes it the default locale.
namespace Translator {

// "" follows the system (Korean when the system is Korean, else English); "ko" or "en" force.
// Returns the language code in effect.
QString apply(const QString &language);

} // namespace Translator
} // namespace gpudesk
