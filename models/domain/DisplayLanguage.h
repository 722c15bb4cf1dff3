// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The language names and messages are shown in. Normally the user interface's (the default
// QLocale and the translators the application installed); a report may be written in the other
// language while the window stays in its own, so a thread can switch both for a while with a
// Scope: names read from the store (Korean or English columns) and every tr() on that thread
// follow the scope, and nothing else in the program notices.
namespace gpudesk::DisplayLanguage {

// True when names should be the English ones: the scope's language on this thread, else the
// default locale's.
bool isEnglish();

// "ko" or "en" on this thread, as isEnglish() decides.
QString code();

// While alive, this thread shows `language` ("ko" or "en"; anything else is English): names
// and, once installOverride() has run, translated messages. Scopes nest.
class Scope final
{
public:
    explicit Scope(const QString &language);
    ~Scope();
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

private:
    const void *m_previous = nullptr;
};

// Puts the translator that serves the scopes in front of the installed ones; call it after the
// application's own translators are installed (again after each change of language). Messages
// come from ":/gpudesk/i18n/gpudesk_<language>.qm"; a message without a translation is shown
// in its English source text, never in the user interface's language.
void installOverride();

} // namespace gpudesk::DisplayLanguage
