// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/NormaliseToggle.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QSettings>

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NormaliseToggle)
};

} // namespace

QCheckBox *makeNormaliseToggle(QWidget *parent, const QString &text, const QString &objectName,
                               const QString &settingsKey, const std::function<void()> &toggled)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(objectName);
    box->setToolTip(Text::tr(
        "Each reviewer's totals become z-scores over their own reviews in the call, mapped "
        "back onto the call's mean and spread; the ranks then follow the normalised scores. A "
        "reviewer with a single review or no spread maps to the call mean."));
    box->setChecked(QSettings().value(settingsKey, false).toBool());
    QObject::connect(box, &QCheckBox::toggled, box, [settingsKey, toggled](bool on) {
        QSettings().setValue(settingsKey, on);
        toggled();
    });
    return box;
}

RankBy rankByOf(const QCheckBox *toggle)
{
    return toggle->isChecked() ? RankBy::Normalised : RankBy::Raw;
}

} // namespace gpudesk
