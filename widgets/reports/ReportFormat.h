// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

// How reports write dates, numbers and counts, in the display language of the thread (a
// report's DisplayLanguage::Scope): 2026년 2월 1일 or 1 February 2026, thousands separators in
// both, GPU counts with their node counts (UX.md).
namespace gpudesk::ReportFormat {

QString date(const QDate &day);
QString dateTime(qint64 utcMs); // in Asia/Seoul
QString month(const QDate &anyDayOfIt);
QString month(const QString &yearMonth); // "2026-02"; returned as given when it is not a month
QString count(qint64 n);
QString percent(double ratio, int decimals = 1); // 0.125 -> "12.5%"
QString score(double value);
QString gpusAndNodes(qint64 gpus, qint64 nodes); // "128 GPU = 16 nodes"

} // namespace gpudesk::ReportFormat
