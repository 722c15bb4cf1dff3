// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileErrorDialog.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

namespace gpudesk::ProfileErrorDialog {

Choice ask(const QString &path, const OpenOutcome &outcome, QWidget *parent)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(QApplication::translate("ProfileErrorDialog", "Cannot open the profile"));
    box.setText(QApplication::translate("ProfileErrorDialog", "gpudesk cannot open %1.").arg(path));
    box.setInformativeText(outcome.message);
    if (!outcome.detail.isEmpty())
        box.setDetailedText(outcome.detail);
    QPushButton *another = box.addButton(
        QApplication::translate("ProfileErrorDialog", "Open another profile…"), QMessageBox::AcceptRole);
    QPushButton *create = box.addButton(
        QApplication::translate("ProfileErrorDialog", "Create a new profile…"), QMessageBox::ActionRole);
    QPushButton *quit = box.addButton(QMessageBox::Close);
    box.setDefaultButton(another);
    box.exec();
    if (box.clickedButton() == another)
        return Choice::OpenAnother;
    if (box.clickedButton() == create)
        return Choice::CreateNew;
    Q_UNUSED(quit);
    return Choice::Quit;
}

} // namespace gpudesk::ProfileErrorDialog
