// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace gpudesk {

// Language and look. The language list shows each language in its own name (한국어), never a flag.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // "" follows the system; otherwise a language code such as "ko" or "en".
    QString language() const;
    QString theme() const;

private:
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
};

} // namespace gpudesk
