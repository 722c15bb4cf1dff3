// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace gpudesk {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    auto *layout = new QFormLayout(this);
    const QSettings settings;

    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(tr("System default"), QString());
    for (const QLocale::Language lang : {QLocale::Korean, QLocale::English}) {
        const QLocale locale(lang);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name, locale.name().left(2));
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.value(u"ui/language"_s).toString())));
    layout->addRow(tr("&Language"), m_language);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(u"themeCombo"_s);
    m_theme->addItem(tr("Follow the system"), u"system"_s);
    m_theme->addItem(tr("Light"), u"light"_s);
    m_theme->addItem(tr("Dark"), u"dark"_s);
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(settings.value(u"ui/theme"_s, u"system"_s).toString())));
    layout->addRow(tr("&Appearance"), m_theme);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

QString SettingsDialog::theme() const
{
    return m_theme->currentData().toString();
}

} // namespace gpudesk
