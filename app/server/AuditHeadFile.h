// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditChain.h"

#include <QList>
#include <QString>

namespace gpudesk {

// The audit chain's heads outside the database: one line "seq hash" appended (O_APPEND, then
// fsync) after each commit that added audit rows. Whoever cuts rows off the table must also
// shorten this file; with `chattr +a` on it, even root has to take an extra step.
class AuditHeadFile final
{
public:
    explicit AuditHeadFile(const QString &path) : m_path(path) {}
    QString path() const { return m_path; }

    bool append(const AuditHead &head, QString *error) const;
    // Reads every line. *damagedLine is set to the first unreadable line (1-based), else 0.
    bool read(QList<AuditHead> *heads, qint64 *damagedLine, bool *exists, QString *error) const;

private:
    QString m_path;
};

} // namespace gpudesk
