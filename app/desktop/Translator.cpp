// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translator.h"

#include "domain/DisplayLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace gpudesk::Translator {
namespace {
std::unique_ptr<QTranslator> g_ours;
std::unique_ptr<QTranslator> g_qt;

QString resolve(const QString &language)
{
    if (language == u"ko"_s || language == u"en"_s)
        return language;
    for (const QString &ui : QLocale::system().uiLanguages()) {
        if (ui.startsWith(u"ko"_s))
            return u"ko"_s;
        if (ui.startsWith(u"en"_s))
            return u"en"_s;
    }
    return u"en"_s;
}
} // namespace

QString apply(const QString &language)
{
    const QString lang = resolve(language);
    for (auto *t : {g_ours.get(), g_qt.get()}) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
    QLocale::setDefault(lang == u"ko"_s ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                        : QLocale(QLocale::English, QLocale::UnitedStates));
    g_qt = std::make_unique<QTranslator>();
    if (g_qt->load(u"qtbase_"_s + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt.get());
    g_ours = std::make_unique<QTranslator>();
    if (g_ours->load(u":/gpudesk/i18n/gpudesk_"_s + lang))
        QCoreApplication::installTranslator(g_ours.get());
    // In front of them: reports written in the other language translate through it.
    DisplayLanguage::installOverride();
    return lang;
}

} // namespace gpudesk::Translator
