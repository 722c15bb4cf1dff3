// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreDialog.h"

#include "common/Theme.h"
#include "domain/TimeFormat.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

QString megabytes(qint64 bytes)
{
    return RestoreDialog::tr("%1 MB").arg(QLocale(QLocale::English).toString(bytes / (1024.0 * 1024.0), 'f', 1));
}

} // namespace

RestoreDialog::RestoreDialog(const BackupInfo &info, const QString &openProfile, QWidget *parent)
    : QDialog(parent), m_info(info), m_openProfile(QFileInfo(openProfile).absoluteFilePath()),
      m_prompts(AdminPrompts::defaults())
{
    setObjectName(u"restoreDialog"_s);
    setWindowTitle(tr("Restore a backup"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Backup:"), new QLabel(QDir::toNativeSeparators(info.path), this));
    form->addRow(tr("Size, saved:"),
                 new QLabel(tr("%1, %2").arg(megabytes(info.sizeBytes),
                                             formatDateTime(info.modified.toMSecsSinceEpoch())),
                            this));
    if (info.isProfile) {
        form->addRow(tr("Schema:"), new QLabel(QString::number(info.schemaVersion), this));
        form->addRow(tr("Integrity check:"),
                     new QLabel(info.integrity == u"ok"_s ? tr("passed") : info.integrity, this));
        form->addRow(tr("Last change recorded:"),
                     new QLabel(info.lastChangeMs > 0 ? formatDateTime(info.lastChangeMs)
                                                      : tr("none"),
                                this));
        QStringList counts;
        for (const auto &c : info.counts)
            counts << tr("%1: %2").arg(c.first, QLocale(QLocale::English).toString(c.second));
        auto *holds = new QLabel(counts.join(u"\n"_s), this);
        holds->setObjectName(u"restoreCounts"_s);
        form->addRow(tr("It holds:"), holds);
        if (!info.callCodes.isEmpty()) {
            auto *calls = new QLabel(info.callCodes.join(u", "_s), this);
            calls->setWordWrap(true);
            form->addRow(tr("Call codes:"), calls);
        }
    }
    layout->addLayout(form);
    if (!info.canRestore()) {
        auto *problem = new QLabel(tr("This file cannot be restored: %1").arg(info.problem), this);
        problem->setObjectName(u"restoreProblem"_s);
        problem->setWordWrap(true);
        QPalette p = problem->palette();
        p.setColor(QPalette::WindowText, Theme::statusColor(u"rejected"_s));
        problem->setPalette(p);
        layout->addWidget(problem);
    }
    auto *targetRow = new QHBoxLayout;
    m_target = new QLineEdit(this);
    m_target->setObjectName(u"restoreTarget"_s);
    auto *choose = new QPushButton(tr("&Choose…"), this);
    auto *targetLabel = new QLabel(tr("Restore into &profile:"), this);
    targetLabel->setBuddy(m_target);
    targetRow->addWidget(targetLabel);
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(choose);
    layout->addLayout(targetRow);
    m_targetNote = new QLabel(this);
    m_targetNote->setObjectName(u"restoreTargetNote"_s);
    m_targetNote->setWordWrap(true);
    m_targetNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_targetNote);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(u"restoreButton"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_target, &QLineEdit::textChanged, this, &RestoreDialog::update);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = m_prompts.saveFile(this, tr("Restore into profile"), targetPath(),
                                                tr("gpudesk profiles (*.sqlite)"));
        if (!path.isEmpty())
            setTargetPath(path);
    });
    const QFileInfo open(m_openProfile);
    setTargetPath(open.absoluteDir().filePath(QFileInfo(info.path).completeBaseName() +
                                              u"-restored.sqlite"_s));
    resize(660, 640);
}

QString RestoreDialog::targetPath() const
{
    return m_target->text().trimmed();
}

void RestoreDialog::setTargetPath(const QString &path)
{
    m_target->setText(QDir::toNativeSeparators(path));
    update();
}

void RestoreDialog::update()
{
    const QFileInfo target(QDir::fromNativeSeparators(targetPath()));
    const bool isOpen = target.absoluteFilePath() == m_openProfile;
    if (targetPath().isEmpty())
        m_targetNote->setText(tr("Name the profile to restore into."));
    else if (isOpen)
        m_targetNote->setText(
            tr("This is the profile open in this window; it cannot be replaced while it is open. "
               "Restore into another profile and open that one, or quit gpudesk and run:\n"
               "gpudesk restore \"%1\" \"%2\"")
                .arg(QDir::toNativeSeparators(m_info.path), QDir::toNativeSeparators(m_openProfile)));
    else if (target.exists())
        m_targetNote->setText(tr("That profile exists; it is kept as a copy next to it before the "
                                 "backup replaces it."));
    else
        m_targetNote->setText(tr("A new profile is made from the backup."));
    m_restore->setEnabled(m_info.canRestore() && !targetPath().isEmpty() && !isOpen);
}

} // namespace gpudesk
