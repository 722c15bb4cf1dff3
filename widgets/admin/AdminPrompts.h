// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>

class QDialog;
class QWidget;

namespace gpudesk {

// The questions the administration pages ask, as one seam: tests answer them (and fill in the
// dialogs run through `exec`), the defaults show the real message boxes, file dialogs and forms.
struct AdminPrompts
{
    std::function<bool(QWidget *parent, const QString &title, const QString &text)> confirm;
    std::function<void(QWidget *parent, const QString &title, const QString &text)> inform;
    std::function<void(QWidget *parent, const QString &title, const QString &text)> warn;
    // The file to write (`suggested`: a name, in the last export folder, or a full path); empty
    // when cancelled.
    std::function<QString(QWidget *parent, const QString &title, const QString &suggested,
                          const QString &filter)>
        saveFile;
    // The file to read, starting in `folder` (empty: where the last import was); empty when
    // cancelled.
    std::function<QString(QWidget *parent, const QString &title, const QString &folder,
                          const QString &filter)>
        openFile;
    // A folder; empty when cancelled.
    std::function<QString(QWidget *parent, const QString &title, const QString &folder)>
        chooseFolder;
    // Runs a form to its end: true when accepted.
    std::function<bool(QDialog *dialog)> exec;

    static AdminPrompts defaults();
};

} // namespace gpudesk
