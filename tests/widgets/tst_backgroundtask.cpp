// SPDX-License-Identifier: GPL-3.0-or-later
// The background runner: work runs off the GUI thread, its progress reaches the dialog, Cancel
// reaches the work, and quick work never shows a dialog.
#include "common/BackgroundTask.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class tst_BackgroundTask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOffTheGuiThread();
    void quickWorkShowsNoDialog();
    void progressReachesTheDialog();
    void cancelReachesTheWork();
};

void tst_BackgroundTask::runsOffTheGuiThread()
{
    QWidget window;
    QThread *workThread = nullptr;
    int result = 0;
    const bool finished = runInBackground(&window, u"Test"_s, [&](TaskControl &) {
        workThread = QThread::currentThread();
        result = 42;
    });
    QVERIFY(finished);
    QCOMPARE(result, 42);
    QVERIFY(workThread != nullptr);
    QVERIFY(workThread != QThread::currentThread());
}

void tst_BackgroundTask::quickWorkShowsNoDialog()
{
    QWidget window;
    bool sawDialog = false;
    QTimer probe;
    connect(&probe, &QTimer::timeout, this, [&] {
        if (auto *d = window.findChild<QProgressDialog *>(); d && d->isVisible())
            sawDialog = true;
    });
    probe.start(5);
    QVERIFY(runInBackground(&window, u"Quick"_s, [](TaskControl &c) { c.setProgress(1, 1); }));
    QVERIFY(!sawDialog);
    QVERIFY(window.findChild<QProgressDialog *>() == nullptr); // deleted afterwards
}

void tst_BackgroundTask::progressReachesTheDialog()
{
    QWidget window;
    window.show();
    QString label;
    int maximum = -1;
    int value = -1;
    QTimer probe;
    connect(&probe, &QTimer::timeout, this, [&] {
        if (auto *d = window.findChild<QProgressDialog *>(); d && d->isVisible()) {
            label = d->labelText();
            maximum = d->maximum();
            value = d->value();
        }
    });
    probe.start(20);
    QVERIFY(runInBackground(&window, u"Slow"_s, [](TaskControl &c) {
        c.setStatus(u"Half way"_s);
        c.setProgress(50, 100);
        QThread::msleep(900);
    }));
    QCOMPARE(label, u"Half way"_s);
    QCOMPARE(maximum, 1000);
    QCOMPARE(value, 500);
}

void tst_BackgroundTask::cancelReachesTheWork()
{
    QWidget window;
    window.show();
    bool workSawCancel = false;
    QTimer clicker;
    connect(&clicker, &QTimer::timeout, this, [&] {
        auto *d = window.findChild<QProgressDialog *>();
        if (!d || !d->isVisible())
            return;
        if (auto *button = d->findChild<QPushButton *>()) {
            clicker.stop();
            button->click();
        }
    });
    clicker.start(20);
    QElapsedTimer elapsed;
    elapsed.start();
    const bool finished = runInBackground(&window, u"Cancellable"_s, [&](TaskControl &c) {
        while (!c.isCancelled() && elapsed.elapsed() < 10000)
            QThread::msleep(10);
        workSawCancel = c.isCancelled();
    });
    QVERIFY(!finished);
    QVERIFY(workSawCancel);
    QVERIFY(elapsed.elapsed() < 5000);
}

QTEST_MAIN(tst_BackgroundTask)
#include "tst_backgroundtask.moc"
