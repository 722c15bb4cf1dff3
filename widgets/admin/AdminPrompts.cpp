// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminPrompts.h"

#include "common/FileDialogs.h"

#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace gpudesk {

AdminPrompts AdminPrompts::defaults()
{
    AdminPrompts p;
    p.confirm = [](QWidget *parent, const QString &title, const QString &text) {
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    p.inform = [](QWidget *parent, const QString &title, const QString &text) {
        QMessageBox::information(parent, title, text);
    };
    p.warn = [](QWidget *parent, const QString &title, const QString &text) {
        QMessageBox::warning(parent, title, text);
    };
    // Exports and imports (a bare name, no folder) start in the folder used last for them and
    // remember it; the backup and profile pickers (a full path, a folder) stay in their own.
    p.saveFile = [](QWidget *parent, const QString &title, const QString &suggested,
                    const QString &filter) {
        return QFileInfo(suggested).isAbsolute()
                   ? QFileDialog::getSaveFileName(parent, title, suggested, filter)
                   : askSaveFileName(parent, title, suggested, filter);
    };
    p.openFile = [](QWidget *parent, const QString &title, const QString &folder,
                    const QString &filter) {
        return folder.isEmpty() ? askOpenFileName(parent, title, filter)
                                : QFileDialog::getOpenFileName(parent, title, folder, filter);
    };
    p.chooseFolder = [](QWidget *parent, const QString &title, const QString &folder) {
        return QFileDialog::getExistingDirectory(parent, title, folder);
    };
    p.exec = [](QDialog *dialog) { return dialog->exec() == QDialog::Accepted; };
    return p;
}

} // namespace gpudesk
