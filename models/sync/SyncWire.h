// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The sync wire format of docs/sync.md: what travels between a desktop and the server, and pure
// decoders from bytes to a checked value (the server's and the desktop's, and the fuzz targets').
// A decoder never trusts its input: it answers nullopt with a WireError naming the problem.
namespace gpudesk::sync {

inline constexpr int kDefaultPullLimit = 5000;
inline constexpr int kMaxPullLimit = 10000;
inline constexpr int kMaxTransactions = 1000;
inline constexpr int kMaxMutations = 5000;
inline constexpr int kMaxChangedColumns = 256;
inline constexpr int kMaxIdLength = 64;

// Why bytes were refused, as the server's request.* error codes.
struct WireError
{
    QString code; // request.malformed_json, request.unknown_field, request.missing_field, ...
    QJsonObject params;
};

struct PullRequest
{
    qint64 cursor = 0;
    int limit = kDefaultPullLimit;
};

// One table's rows of a page, columnar: `columns` names them once, each row holds one value per
// column (scalars; BLOBs as hex text). The rows stay the JSON text they came as (checked: an
// array of `rowCount` arrays of scalars, each as wide as `columns`); SQLite reads them.
struct PullTable
{
    QString table;
    QStringList columns;
    QByteArray rows = "[]";
    qsizetype rowCount = 0;
};
// The rows of a table as arrays (tests, small pages), and a table made from such rows.
QList<QJsonArray> rowArrays(const PullTable &table);
PullTable pullTable(const QString &table, const QStringList &columns,
                    const QList<QJsonArray> &rows);

struct PullGone
{
    QString table;
    QStringList ids;
};

struct PullPage
{
    QString serverId;
    qint64 cursor = 0;
    bool more = false;
    qint64 serverTime = 0;
    qint64 high = 0; // the feed's last seq when the page was read: how far there is to go
    QList<PullTable> tables; // parents first
    QList<PullGone> gone;
};

enum class MutationOp
{
    Insert,
    Update,
    Delete // a tombstone: deleted goes 0 -> 1
};
QString mutationOpKey(MutationOp op);
std::optional<MutationOp> mutationOpFromKey(const QString &key);

// One captured write: the columns it changed as {column: [old, new]}.
struct Mutation
{
    QString id;
    QString table;
    QString rowId;
    MutationOp op = MutationOp::Update;
    qint64 baseVersion = 0;
    QJsonObject changes;
};

struct ClientTransaction
{
    QString txId;
    QList<Mutation> mutations;
};

struct PushRequest
{
    QList<ClientTransaction> transactions;
};

enum class Outcome
{
    Applied,
    Conflict,
    Rejected
};
QString outcomeKey(Outcome o);
std::optional<Outcome> outcomeFromKey(const QString &key);

struct MutationResult
{
    QString mutationId;
    Outcome outcome = Outcome::Rejected;
    qint64 version = 0;     // the row's version after the push (applied, conflict)
    QString code;           // rejected: why
    QJsonObject params;     // rejected: the figures the message needs
    QJsonObject conflicts;  // conflict: {column: {base, server, client}}
    bool hasRow = false;    // conflict, rejected: the server's row is attached
    QJsonObject row;        // ... as {column: value}; empty with hasRow: the server has none
};

struct PushResponse
{
    QList<MutationResult> results;
};

std::optional<PullRequest> decodePullRequest(const QByteArray &bytes, WireError *error);
std::optional<PushRequest> decodePushRequest(const QByteArray &bytes, WireError *error);
std::optional<PullPage> decodePullPage(const QByteArray &bytes, WireError *error);
std::optional<PushResponse> decodePushResponse(const QByteArray &bytes, WireError *error);

QByteArray encode(const PullRequest &request);
QByteArray encode(const PushRequest &request);
QByteArray encode(const PullPage &page);
QByteArray encode(const PushResponse &response);
QJsonObject resultToJson(const MutationResult &result);
std::optional<MutationResult> resultFromJson(const QJsonObject &o, WireError *error);

} // namespace gpudesk::sync
