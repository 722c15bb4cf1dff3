// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;

namespace gpudesk {

// The period the rack map's utilisation colouring sums over: the last day, 7 or 30 days up
// to the map's date, or any days in between (first and last day inclusive, Asia/Seoul).
class UsagePeriodPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsagePeriodPicker)

public:
    enum class Period
    {
        Day,
        Week,
        Month,
        Custom
    };

    explicit UsagePeriodPicker(QWidget *parent = nullptr);

    // The last day of the preset periods (the map's date).
    void setLastDay(QDate day);
    void setPeriod(Period period);
    Period period() const;
    // For Custom: both days inclusive; swapped when given backwards.
    void setCustomDays(QDate first, QDate last);

    QDate firstDay() const;
    QDate lastDay() const;
    // [start of the first day, start of the day after the last) in UTC ms.
    qint64 fromMs() const;
    qint64 toMs() const;

    QComboBox *periodBox() const { return m_period; }
    QDateEdit *firstEdit() const { return m_first; }
    QDateEdit *lastEdit() const { return m_last; }

Q_SIGNALS:
    void periodChanged();

private:
    void sync();

    QComboBox *m_period = nullptr;
    QDateEdit *m_first = nullptr;
    QDateEdit *m_last = nullptr;
    QDate m_lastDay;
};

} // namespace gpudesk
