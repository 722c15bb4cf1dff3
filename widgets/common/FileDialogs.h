// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace gpudesk {

// The file dialogs of exports and imports, starting in the folder used last for that kind of
// work (remembered in the settings) and else in the user's documents.
enum class FileKind
{
    Export,
    Import
};

// Empty when the user cancelled.
QString askSaveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
                        const QString &filter);
QString askOpenFileName(QWidget *parent, const QString &title, const QString &filter);

} // namespace gpudesk
