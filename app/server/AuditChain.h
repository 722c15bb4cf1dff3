// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace gpudesk {

// One row of the server's audit chain.
struct AuditRecord
{
    qint64 seq = 0; // 1, 2, 3, ... without gaps
    qint64 at = 0;  // UTC ms
    QString actor;  // user id, or "system"
    QString action; // e.g. "auth.login", "user.create"
    QString entity;
    QString entityId;
    QString details; // compact JSON; never passwords, tokens or application contents
    QString prevHash;
    QString hash;
};

// A head written to the file outside the database after each commit.
struct AuditHead
{
    qint64 seq = 0;
    QString hash;
};

// The hash chain: hash(n) = SHA-256(hash(n-1) || canonical(row n)), starting from 64 zeros.
// The canonical form length-prefixes every field, so no two rows serialise alike.
class AuditChain final
{
public:
    static QString genesisHash();
    static QByteArray canonical(const AuditRecord &row);
    static QString hashOf(const QString &prevHash, const AuditRecord &row);
};

// The outcome of checking the chain and the head file against each other.
struct AuditVerdict
{
    enum class Problem
    {
        None,
        MissingRow,      // a seq is missing from the table (a row was deleted)
        BrokenLink,      // a row's prev_hash is not its predecessor's hash
        EditedRow,       // a row's content no longer gives its hash
        CutTail,         // the head file records rows the table no longer has
        HeadMismatch,    // the table's row at a recorded head has another hash (chain rewritten)
        HeadFileMissing, // rows exist but the head file is gone
        HeadFileDamaged, // a line of the head file cannot be read
    };
    Problem problem = Problem::None;
    qint64 seq = 0;         // where the problem is
    qint64 rows = 0;        // rows in the table
    qint64 lastHeadSeq = 0; // the newest seq the head file vouches for
    qint64 tableLastSeq = 0;
    QString headHash; // the table's last hash
    bool ok() const { return problem == Problem::None; }
    QString code() const;     // "audit.edited_row", ... for the API
    QString describe() const; // one English sentence for the command line and the log
};

// Walks the rows in seq order, then compares with the head file's lines.
class AuditVerifier final
{
public:
    void addRow(const AuditRecord &row);
    AuditVerdict finish(const QList<AuditHead> &heads, bool headFileExists, qint64 damagedLine);

private:
    AuditVerdict m_verdict;
    QString m_prevHash = AuditChain::genesisHash();
    QList<AuditHead> m_tableHeads; // (seq, hash) of every row, for the head comparison
};

} // namespace gpudesk
