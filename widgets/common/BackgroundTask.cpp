// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/BackgroundTask.h"

#include "store/Store.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QSqlDatabase>
#include <QThread>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {

constexpr int showAfterMs = 400;
constexpr int pollMs = 100;

} // namespace

bool runInBackground(QWidget *parent, const QString &title,
                     const std::function<void(TaskControl &)> &work)
{
    TaskControl control;
    std::unique_ptr<QThread> thread(QThread::create([&control, &work] { work(control); }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);

    // Built now, shown later: quick work never shows it.
    QPointer<QProgressDialog> dialog = new QProgressDialog(parent);
    dialog->setWindowTitle(title);
    dialog->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(0);
    dialog->setMinimumWidth(420);
    dialog->setRange(0, 0);
    dialog->setLabelText(QCoreApplication::translate("BackgroundTask", "Starting…"));
    dialog->hide();
    QObject::connect(dialog, &QProgressDialog::canceled, dialog, [&control, dialog] {
        control.cancel();
        dialog->setLabelText(QCoreApplication::translate(
            "BackgroundTask", "Cancelling: undoing what was done so far…"));
        dialog->setCancelButton(nullptr);
        dialog->show(); // QProgressDialog hides itself on cancel; keep it up until the end
    });

    // Until the dialog is up, user input waits: a second click on the button that started the
    // work must not start it again. Then the modal dialog keeps the window out of reach.
    QTimer show;
    show.setSingleShot(true);
    QObject::connect(&show, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, dialog, [&control, dialog] {
        if (control.isCancelled())
            return;
        const qint64 total = control.total();
        if (total > 0) {
            dialog->setRange(0, 1000);
            dialog->setValue(int(qBound(qint64(0), control.done() * 1000 / total, qint64(1000))));
        }
        const QString status = control.status();
        if (!status.isEmpty())
            dialog->setLabelText(status);
    });

    thread->start();
    show.start(showAfterMs);
    poll.start(pollMs);
    if (!thread->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!thread->isFinished()) {
        dialog->show();
        loop.exec();
    }
    thread->wait();
    poll.stop();
    show.stop();
    delete dialog;
    return !control.isCancelled();
}

bool runWithConnection(QWidget *parent, Store &store, const QString &title,
                       const std::function<void(QSqlDatabase &db, TaskControl &control)> &work)
{
    return runInBackground(parent, title, [&](TaskControl &control) {
        store.withWorkerConnection(u"worker"_s, [&](QSqlDatabase &db) { work(db, control); });
    });
}

} // namespace gpudesk
