// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayLanguage.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace gpudesk::DisplayLanguage {
namespace {

struct Language
{
    QString code;
    QTranslator messages;
};

thread_local const Language *t_active = nullptr;

// Loaded once per language and kept for the life of the process (scopes on any thread use them;
// QTranslator lookups are read-only).
const Language *languageFor(const QString &requested)
{
    static QMutex mutex;
    static auto *loaded = new QHash<QString, Language *>;
    const QString code = requested == u"ko"_s ? u"ko"_s : u"en"_s;
    QMutexLocker lock(&mutex);
    Language *&language = (*loaded)[code];
    if (!language) {
        language = new Language;
        language->code = code;
        // Missing (a library test without the application's resources): English sources.
        (void)language->messages.load(u":/gpudesk/i18n/gpudesk_"_s + code);
    }
    return language;
}

// Answers for the threads inside a Scope and stays silent for the others, which then get the
// user interface's translators behind it.
class ScopeTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        const Language *language = t_active;
        if (!language)
            return {};
        const QString text = language->messages.translate(context, sourceText, disambiguation, n);
        // Not translated: the English source, so the interface's language does not leak in.
        return text.isNull() ? QString::fromUtf8(sourceText) : text;
    }
};

} // namespace

bool isEnglish()
{
    if (const Language *language = t_active)
        return language->code != u"ko"_s;
    return QLocale().language() != QLocale::Korean;
}

QString code()
{
    return isEnglish() ? u"en"_s : u"ko"_s;
}

Scope::Scope(const QString &language) : m_previous(t_active)
{
    t_active = languageFor(language);
}

Scope::~Scope()
{
    t_active = static_cast<const Language *>(m_previous);
}

void installOverride()
{
    // It is empty as far as Qt can tell, so installing it sends no LanguageChange of its own.
    static auto *translator = new ScopeTranslator;
    QCoreApplication::removeTranslator(translator);
    QCoreApplication::installTranslator(translator);
}

} // namespace gpudesk::DisplayLanguage
