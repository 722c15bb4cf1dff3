// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupPage.h"

#include "AdminTable.h"
#include "RestoreDialog.h"
#include "common/BackgroundTask.h"
#include "domain/TimeFormat.h"
#include "store/AuditLog.h"
#include "store/BackupSchedule.h"
#include "store/ProfileBackup.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

constexpr int PathRole = Qt::UserRole + 1;

QString megabytes(qint64 bytes)
{
    return BackupPage::tr("%1 MB").arg(
        QLocale(QLocale::English).toString(bytes / (1024.0 * 1024.0), 'f', 1));
}

} // namespace

BackupPage::BackupPage(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_prompts(AdminPrompts::defaults())
{
    setObjectName(u"backupPage"_s);
    auto *layout = new QVBoxLayout(this);

    auto *now = new QGroupBox(tr("Back up now"), this);
    auto *nowLayout = new QHBoxLayout(now);
    auto *nowText = new QLabel(tr("Copies this profile as it is this moment, while you keep "
                                  "working; the copy is checked before it is kept."),
                               now);
    nowText->setWordWrap(true);
    auto *backUp = new QPushButton(tr("&Back up now…"), now);
    backUp->setObjectName(u"backUpNowButton"_s);
    nowLayout->addWidget(nowText, 1);
    nowLayout->addWidget(backUp);
    layout->addWidget(now);

    auto *schedule = new QGroupBox(tr("Scheduled backups"), this);
    auto *form = new QFormLayout(schedule);
    m_interval = new QComboBox(schedule);
    m_interval->setObjectName(u"backupInterval"_s);
    m_interval->addItem(tr("Off"), 0);
    m_interval->addItem(tr("Every day"), 24);
    m_interval->addItem(tr("Every week"), 168);
    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(schedule);
    m_folder->setObjectName(u"backupFolder"_s);
    auto *browse = new QPushButton(tr("C&hoose…"), schedule);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_keep = new QSpinBox(schedule);
    m_keep->setObjectName(u"backupKeep"_s);
    m_keep->setRange(1, 365);
    m_keep->setSuffix(tr(" backups"));
    auto *save = new QPushButton(tr("&Save schedule"), schedule);
    save->setObjectName(u"saveScheduleButton"_s);
    m_last = new QLabel(schedule);
    m_last->setObjectName(u"backupLast"_s);
    m_last->setWordWrap(true);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_last, 1);
    saveRow->addWidget(save);
    m_interval->setMaximumWidth(260);
    m_keep->setMaximumWidth(160);
    form->addRow(tr("&Back up:"), m_interval);
    auto *folderLabel = new QLabel(tr("&Into folder:"), schedule);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Keep the newest:"), m_keep);
    form->addRow(saveRow);
    layout->addWidget(schedule);

    auto *list = new QGroupBox(tr("Backups in the folder"), this);
    auto *listLayout = new QVBoxLayout(list);
    m_model = new QStandardItemModel(0, 3, this);
    m_model->setHorizontalHeaderLabels({tr("File"), tr("Made"), tr("Size")});
    m_table = new QTableView(list);
    m_table->setObjectName(u"backupsTable"_s);
    m_table->setModel(m_model);
    setUpAdminTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setColumnWidth(1, 150);
    m_table->setColumnWidth(2, 100);
    listLayout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_restore = new QPushButton(tr("&Restore…"), list);
    m_restore->setObjectName(u"restoreSelectedButton"_s);
    auto *other = new QPushButton(tr("Restore &from a file…"), list);
    other->setObjectName(u"restoreOtherButton"_s);
    m_delete = new QPushButton(tr("&Delete…"), list);
    m_delete->setObjectName(u"deleteBackupButton"_s);
    buttons->addWidget(m_restore);
    buttons->addWidget(other);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    listLayout->addLayout(buttons);
    layout->addWidget(list, 1);

    connect(backUp, &QPushButton::clicked, this, [this] { backUpNow(); });
    connect(save, &QPushButton::clicked, this, &BackupPage::saveSchedule);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = m_prompts.chooseFolder(this, tr("Folder for backups"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });
    connect(m_restore, &QPushButton::clicked, this, &BackupPage::restoreSelected);
    connect(other, &QPushButton::clicked, this, &BackupPage::restoreOther);
    connect(m_delete, &QPushButton::clicked, this, &BackupPage::deleteSelected);
    connect(m_table, &QTableView::activated, this, [this] { restoreSelected(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_restore->setEnabled(!selectedFile().isEmpty());
        m_delete->setEnabled(!selectedFile().isEmpty());
    });
    showSchedule();
}

void BackupPage::showSchedule()
{
    const BackupSchedule s = BackupSchedule::load(m_store.path());
    m_interval->setCurrentIndex(qMax(0, m_interval->findData(s.intervalHours)));
    m_folder->setText(QDir::toNativeSeparators(s.folder));
    m_keep->setValue(s.keep);
    QString last = s.lastBackupMs > 0
                       ? tr("Last scheduled backup %1: %2.")
                             .arg(formatDateTime(s.lastBackupMs),
                                  QDir::toNativeSeparators(s.lastFile))
                       : tr("No scheduled backup yet.");
    if (!s.lastError.isEmpty())
        last += u' ' + tr("The last attempt failed: %1").arg(s.lastError);
    if (s.enabled())
        last += u' ' + tr("Backups run while gpudesk is open, on a worker thread.");
    m_last->setText(last);
    reloadList();
}

void BackupPage::saveSchedule()
{
    BackupSchedule s = BackupSchedule::load(m_store.path());
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    const int interval = m_interval->currentData().toInt();
    if (interval > 0 && (folder.isEmpty() || !QDir().mkpath(folder))) {
        m_prompts.warn(this, tr("Scheduled backups"),
                       tr("The folder %1 cannot be created. Choose a folder on a local disk you "
                          "can write to.")
                           .arg(m_folder->text()));
        return;
    }
    s.intervalHours = interval;
    s.folder = folder;
    s.keep = m_keep->value();
    s.save(m_store.path());
    showSchedule();
    Q_EMIT statusMessage(interval > 0 ? tr("Backups scheduled: %1, keeping the newest %2.")
                                            .arg(m_interval->currentText())
                                            .arg(s.keep)
                                      : tr("Scheduled backups are off."));
}

void BackupPage::reloadList()
{
    m_model->removeRows(0, m_model->rowCount());
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    for (const auto &b : ProfileBackup::listBackups(m_store.path(), folder)) {
        auto *file = new QStandardItem(QFileInfo(b.first).fileName());
        file->setData(b.first, PathRole);
        auto *size = new QStandardItem(megabytes(QFileInfo(b.first).size()));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow({file, new QStandardItem(b.second.toString(u"yyyy-MM-dd HH:mm"_s)), size});
    }
    m_restore->setEnabled(false);
    m_delete->setEnabled(false);
}

QString BackupPage::selectedFile() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(0);
    return rows.isEmpty() ? QString() : rows.first().data(PathRole).toString();
}

bool BackupPage::backUpNow()
{
    const BackupSchedule s = BackupSchedule::load(m_store.path());
    QDir().mkpath(s.folder);
    const QString suggested =
        ProfileBackup::backupPathFor(m_store.path(), s.folder, QDateTime::currentDateTime());
    const QString path = m_prompts.saveFile(this, tr("Back up the profile"), suggested,
                                            tr("gpudesk backups (*.sqlite)"));
    if (path.isEmpty())
        return false;
    QString error;
    bool ok = false;
    const QString profile = m_store.path();
    runInBackground(this, tr("Back up the profile"), [&](TaskControl &control) {
        control.setStatus(tr("Copying %1…").arg(QFileInfo(profile).fileName()));
        ok = ProfileBackup::backup(profile, path, &error, control.progressFn());
    });
    if (!ok) {
        m_prompts.warn(this, tr("Back up the profile"), tr("No backup was made: %1").arg(error));
        return false;
    }
    AuditLog::recordBackup(m_store, path, false, &error);
    reloadList();
    Q_EMIT statusMessage(tr("Backup saved to %1 (%2, integrity checked).")
                             .arg(QDir::toNativeSeparators(path), megabytes(QFileInfo(path).size())));
    return true;
}

bool BackupPage::restoreFile(const QString &file)
{
    BackupInfo info;
    runInBackground(this, tr("Reading the backup"), [&](TaskControl &control) {
        control.setStatus(tr("Checking %1…").arg(QFileInfo(file).fileName()));
        info = ProfileBackup::inspect(file, true);
    });
    RestoreDialog dialog(info, m_store.path(), this);
    dialog.setPrompts(m_prompts);
    if (!m_prompts.exec(&dialog))
        return false;
    const QString target = QDir::fromNativeSeparators(dialog.targetPath());
    QString kept, error;
    bool ok = false;
    runInBackground(this, tr("Restore a backup"), [&](TaskControl &control) {
        control.setStatus(tr("Restoring into %1…").arg(QFileInfo(target).fileName()));
        ok = ProfileBackup::restore(file, target, &kept, &error, control.progressFn(), &info);
    });
    if (!ok) {
        m_prompts.warn(this, tr("Restore a backup"), tr("Nothing was restored: %1").arg(error));
        return false;
    }
    QString message = tr("The backup was restored into %1.").arg(QDir::toNativeSeparators(target));
    if (!kept.isEmpty())
        message += u' ' + tr("The profile it replaced is kept as %1.").arg(QDir::toNativeSeparators(kept));
    Q_EMIT statusMessage(message);
    if (m_prompts.confirm(this, tr("Restore a backup"),
                          message + u"\n\n"_s + tr("Open the restored profile in a new window?")))
        Q_EMIT openProfileRequested(target);
    return true;
}

void BackupPage::restoreSelected()
{
    const QString file = selectedFile();
    if (!file.isEmpty())
        restoreFile(file);
}

void BackupPage::restoreOther()
{
    const QString file = m_prompts.openFile(this, tr("Restore a backup"),
                                            QDir::fromNativeSeparators(m_folder->text()),
                                            tr("gpudesk backups and profiles (*.sqlite);;All files (*)"));
    if (!file.isEmpty())
        restoreFile(file);
}

void BackupPage::deleteSelected()
{
    const QString file = selectedFile();
    if (file.isEmpty())
        return;
    if (!m_prompts.confirm(this, tr("Delete backup"),
                           tr("Delete the backup %1? It cannot be restored afterwards.")
                               .arg(QFileInfo(file).fileName())))
        return;
    if (!QFile::remove(file)) {
        m_prompts.warn(this, tr("Delete backup"),
                       tr("%1 could not be deleted; check its permissions.").arg(file));
        return;
    }
    reloadList();
    Q_EMIT statusMessage(tr("Backup %1 deleted.").arg(QFileInfo(file).fileName()));
}

} // namespace gpudesk
