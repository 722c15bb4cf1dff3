// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admin/AdminPrompts.h"

#include <QStringList>

// The administration pages' prompts for a test: nothing waits for a person. Questions are
// answered with `confirmAnswer` and recorded, as are warnings; forms go to `fill` (none: the
// form is cancelled); file pickers answer `openPath` and `savePath` (empty: cancelled).
namespace gpudesk::test {

struct PromptRecorder
{
    QStringList confirms;
    QStringList warnings;
    bool confirmAnswer = true;
    std::function<bool(QDialog *)> fill;
    QString openPath;
    QString savePath;

    AdminPrompts prompts()
    {
        AdminPrompts p = AdminPrompts::defaults();
        p.confirm = [this](QWidget *, const QString &, const QString &text) {
            confirms << text;
            return confirmAnswer;
        };
        p.warn = [this](QWidget *, const QString &, const QString &text) { warnings << text; };
        p.inform = [](QWidget *, const QString &, const QString &) {};
        p.exec = [this](QDialog *d) { return fill ? fill(d) : false; };
        p.openFile = [this](QWidget *, const QString &, const QString &, const QString &) {
            return openPath;
        };
        p.saveFile = [this](QWidget *, const QString &, const QString &, const QString &) {
            return savePath;
        };
        return p;
    }

    void clear() { *this = PromptRecorder(); }
};

} // namespace gpudesk::test
