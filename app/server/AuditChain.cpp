// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditChain.h"

#include "Crypto.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {
void field(QByteArray &out, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    out += QByteArray::number(utf8.size());
    out += ':';
    out += utf8;
    out += '\n';
}
} // namespace

QString AuditChain::genesisHash()
{
    return QString(64, u'0');
}

QByteArray AuditChain::canonical(const AuditRecord &row)
{
    QByteArray out = "gpudesk-audit-v1\n";
    field(out, QString::number(row.seq));
    field(out, QString::number(row.at));
    field(out, row.actor);
    field(out, row.action);
    field(out, row.entity);
    field(out, row.entityId);
    field(out, row.details);
    return out;
}

QString AuditChain::hashOf(const QString &prevHash, const AuditRecord &row)
{
    return Crypto::sha256Hex(prevHash.toLatin1() + canonical(row));
}

void AuditVerifier::addRow(const AuditRecord &row)
{
    m_verdict.rows += 1;
    if (!m_verdict.ok())
        return; // report the first problem only
    const qint64 expectedSeq = m_verdict.tableLastSeq + 1;
    if (row.seq != expectedSeq) {
        m_verdict.problem = AuditVerdict::Problem::MissingRow;
        m_verdict.seq = expectedSeq;
    } else if (row.prevHash != m_prevHash) {
        m_verdict.problem = AuditVerdict::Problem::BrokenLink;
        m_verdict.seq = row.seq;
    } else if (AuditChain::hashOf(row.prevHash, row) != row.hash) {
        m_verdict.problem = AuditVerdict::Problem::EditedRow;
        m_verdict.seq = row.seq;
    }
    m_verdict.tableLastSeq = row.seq;
    m_prevHash = row.hash;
    m_verdict.headHash = row.hash;
    m_tableHeads.append({row.seq, row.hash});
}

AuditVerdict AuditVerifier::finish(const QList<AuditHead> &heads, bool headFileExists,
                                   qint64 damagedLine)
{
    AuditVerdict v = m_verdict;
    for (const AuditHead &h : heads)
        v.lastHeadSeq = std::max(v.lastHeadSeq, h.seq);
    if (!v.ok())
        return v;
    if (damagedLine > 0) {
        v.problem = AuditVerdict::Problem::HeadFileDamaged;
        v.seq = damagedLine;
        return v;
    }
    if (!headFileExists && v.rows > 0) {
        v.problem = AuditVerdict::Problem::HeadFileMissing;
        return v;
    }
    // The tail first: a head beyond the table means rows were cut off, whatever else holds.
    if (v.lastHeadSeq > v.tableLastSeq) {
        v.problem = AuditVerdict::Problem::CutTail;
        v.seq = v.tableLastSeq + 1;
        return v;
    }
    for (const AuditHead &h : heads) {
        // Seqs are contiguous from 1 here, so row n sits at index n - 1.
        if (h.seq < 1 || m_tableHeads.value(h.seq - 1).hash != h.hash) {
            v.problem = AuditVerdict::Problem::HeadMismatch;
            v.seq = h.seq;
            return v;
        }
    }
    return v;
}

QString AuditVerdict::code() const
{
    switch (problem) {
    case Problem::None:
        return u"audit.ok"_s;
    case Problem::MissingRow:
        return u"audit.missing_row"_s;
    case Problem::BrokenLink:
        return u"audit.broken_link"_s;
    case Problem::EditedRow:
        return u"audit.edited_row"_s;
    case Problem::CutTail:
        return u"audit.cut_tail"_s;
    case Problem::HeadMismatch:
        return u"audit.head_mismatch"_s;
    case Problem::HeadFileMissing:
        return u"audit.head_file_missing"_s;
    case Problem::HeadFileDamaged:
        return u"audit.head_file_damaged"_s;
    }
    return u"audit.unknown"_s;
}

QString AuditVerdict::describe() const
{
    switch (problem) {
    case Problem::None:
        return u"The audit log is intact: %1 rows; the head file vouches up to row %2 of %3."_s
            .arg(rows)
            .arg(lastHeadSeq)
            .arg(tableLastSeq);
    case Problem::MissingRow:
        return u"Row %1 of the audit log is missing: a row was deleted."_s.arg(seq);
    case Problem::BrokenLink:
        return u"Row %1 of the audit log does not link to the row before it: rows were removed "
               "or replaced."_s.arg(seq);
    case Problem::EditedRow:
        return u"Row %1 of the audit log was edited: its content no longer matches its hash."_s.arg(
            seq);
    case Problem::CutTail:
        return u"The audit log was cut off: the head file records row %1, but the table ends "
               "at row %2."_s.arg(lastHeadSeq)
                   .arg(tableLastSeq);
    case Problem::HeadMismatch:
        return u"The audit log was rewritten: row %1 has another hash than the head file "
               "recorded for it."_s.arg(seq);
    case Problem::HeadFileMissing:
        return u"The audit head file is missing, so a cut-off tail cannot be ruled out."_s;
    case Problem::HeadFileDamaged:
        return u"Line %1 of the audit head file cannot be read."_s.arg(seq);
    }
    return {};
}

} // namespace gpudesk
