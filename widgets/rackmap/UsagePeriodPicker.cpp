// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsagePeriodPicker.h"

#include "domain/TimeFormat.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace gpudesk {

UsagePeriodPicker::UsagePeriodPicker(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"usagePeriod"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_period = new QComboBox(this);
    m_period->setObjectName(u"usagePeriodBox"_s);
    m_period->addItem(tr("Last day"), int(Period::Day));
    m_period->addItem(tr("Last 7 days"), int(Period::Week));
    m_period->addItem(tr("Last 30 days"), int(Period::Month));
    //: Period picker entry: the user picks the first and last day
    m_period->addItem(tr("Custom days"), int(Period::Custom));
    m_period->setToolTip(tr("The busy share is summed over these days, ending with the map's date"));
    m_first = new QDateEdit(this);
    m_first->setObjectName(u"usagePeriodFirst"_s);
    m_last = new QDateEdit(this);
    m_last->setObjectName(u"usagePeriodLast"_s);
    for (QDateEdit *edit : {m_first, m_last}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    auto *dash = new QLabel(tr("–"), this);
    dash->setObjectName(u"usagePeriodDash"_s);
    m_first->setAccessibleName(tr("First day of the period"));
    m_last->setAccessibleName(tr("Last day of the period"));
    layout->addWidget(m_period);
    layout->addWidget(m_first);
    layout->addWidget(dash);
    layout->addWidget(m_last);
    m_lastDay = displayDate(Store::nowMs());
    m_period->setCurrentIndex(int(Period::Week));
    sync();

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        sync();
        Q_EMIT periodChanged();
    });
    for (QDateEdit *edit : {m_first, m_last}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (period() == Period::Custom)
                Q_EMIT periodChanged();
        });
    }
}

UsagePeriodPicker::Period UsagePeriodPicker::period() const
{
    return Period(m_period->currentData().toInt());
}

void UsagePeriodPicker::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void UsagePeriodPicker::setLastDay(QDate day)
{
    if (!day.isValid() || day == m_lastDay)
        return;
    m_lastDay = day;
    if (period() != Period::Custom) {
        sync();
        Q_EMIT periodChanged();
    }
}

void UsagePeriodPicker::setCustomDays(QDate first, QDate last)
{
    if (first > last)
        std::swap(first, last);
    {
        const QSignalBlocker a(m_first);
        const QSignalBlocker b(m_last);
        m_first->setDate(first);
        m_last->setDate(last);
    }
    if (period() == Period::Custom)
        Q_EMIT periodChanged();
    else
        setPeriod(Period::Custom);
}

void UsagePeriodPicker::sync()
{
    const bool custom = period() == Period::Custom;
    // Presets show their days read-only, so the officer sees what is summed.
    m_first->setEnabled(custom);
    m_last->setEnabled(custom);
    if (custom)
        return;
    const int days = period() == Period::Day ? 1 : period() == Period::Week ? 7 : 30;
    const QSignalBlocker a(m_first);
    const QSignalBlocker b(m_last);
    m_first->setDate(m_lastDay.addDays(1 - days));
    m_last->setDate(m_lastDay);
}

QDate UsagePeriodPicker::firstDay() const
{
    return std::min(m_first->date(), m_last->date());
}

QDate UsagePeriodPicker::lastDay() const
{
    return std::max(m_first->date(), m_last->date());
}

qint64 UsagePeriodPicker::fromMs() const
{
    return startOfDay(firstDay());
}

qint64 UsagePeriodPicker::toMs() const
{
    return startOfDay(lastDay().addDays(1));
}

} // namespace gpudesk
