// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncWire.h"

#include "JsonRows.h"
#include "SyncValues.h"
#include "store/SyncedTables.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gpudesk::sync {
namespace {

bool fail(WireError *e, const QString &code, const QJsonObject &params)
{
    if (e)
        *e = WireError{code, params};
    return false;
}

bool invalid(WireError *e, const QString &field, const QString &expected)
{
    return fail(e, u"request.invalid_field"_s,
                QJsonObject{{u"field"_s, field.left(64)}, {u"expected"_s, expected}});
}

std::optional<QJsonObject> parseObject(const QByteArray &bytes, WireError *e)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(e, u"request.malformed_json"_s,
             QJsonObject{{u"offset"_s, parseError.offset},
                         {u"reason"_s, parseError.error == QJsonParseError::NoError
                                           ? u"not an object"_s
                                           : parseError.errorString()}});
        return std::nullopt;
    }
    return doc.object();
}

// Refuses keys outside `allowed` and checks the required ones are there.
bool keys(const QJsonObject &o, const QStringList &allowed, const QStringList &required,
          const QString &where, WireError *e)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            return fail(e, u"request.unknown_field"_s,
                        QJsonObject{{u"field"_s, QString(where + it.key()).left(96)}});
    }
    for (const QString &k : required) {
        if (!o.contains(k))
            return fail(e, u"request.missing_field"_s, QJsonObject{{u"field"_s, QString(where + k)}});
    }
    return true;
}

// A whole number in [min, max] (JSON has only doubles).
bool integer(const QJsonValue &v, qint64 min, qint64 max, qint64 *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d < double(min) || d > double(max) || d != double(qint64(d)))
        return false;
    *out = qint64(d);
    return true;
}

bool identifier(const QJsonValue &v, QString *out)
{
    if (!v.isString())
        return false;
    const QString s = v.toString();
    if (s.isEmpty() || s.size() > kMaxIdLength)
        return false;
    *out = s;
    return true;
}

// Column names are SQL identifiers of ours: they are spliced into statements after a check
// against the table's columns, so the wire allows only their shape.
bool columnName(const QString &s)
{
    static const QRegularExpression shape(u"^[a-z][a-z0-9_]{0,63}$"_s);
    return shape.match(s).hasMatch();
}

bool syncedTable(const QJsonValue &v, QString *out)
{
    if (!v.isString() || !SyncedTables::isSynced(v.toString()))
        return false;
    *out = v.toString();
    return true;
}

std::optional<Mutation> decodeMutation(const QJsonValue &value, const QString &where,
                                       WireError *e)
{
    if (!value.isObject()) {
        invalid(e, where, u"object"_s);
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    if (!keys(o, {u"id"_s, u"t"_s, u"row"_s, u"op"_s, u"base"_s, u"changes"_s},
              {u"id"_s, u"t"_s, u"row"_s, u"op"_s, u"base"_s, u"changes"_s}, where, e))
        return std::nullopt;
    Mutation m;
    if (!identifier(o.value(u"id"_s), &m.id)) {
        invalid(e, where + u"id"_s, u"string of 1-64 characters"_s);
        return std::nullopt;
    }
    if (!syncedTable(o.value(u"t"_s), &m.table)) {
        invalid(e, where + u"t"_s, u"a synced table"_s);
        return std::nullopt;
    }
    if (!identifier(o.value(u"row"_s), &m.rowId)) {
        invalid(e, where + u"row"_s, u"string of 1-64 characters"_s);
        return std::nullopt;
    }
    const auto op = mutationOpFromKey(o.value(u"op"_s).toString());
    if (!o.value(u"op"_s).isString() || !op) {
        invalid(e, where + u"op"_s, u"insert, update or delete"_s);
        return std::nullopt;
    }
    m.op = *op;
    if (!integer(o.value(u"base"_s), 0, qint64(1) << 53, &m.baseVersion)) {
        invalid(e, where + u"base"_s, u"integer >= 0"_s);
        return std::nullopt;
    }
    const QJsonValue changes = o.value(u"changes"_s);
    if (!changes.isObject() || changes.toObject().size() > kMaxChangedColumns) {
        invalid(e, where + u"changes"_s, u"object of at most 256 columns"_s);
        return std::nullopt;
    }
    m.changes = changes.toObject();
    for (auto it = m.changes.begin(); it != m.changes.end(); ++it) {
        const QJsonArray pair = it.value().toArray();
        if (!columnName(it.key()) || !it.value().isArray() || pair.size() != 2 ||
            !syncvalue::isScalar(pair.at(0)) || !syncvalue::isScalar(pair.at(1))) {
            invalid(e, where + u"changes."_s + it.key().left(64), u"[old, new] of scalars"_s);
            return std::nullopt;
        }
    }
    return m;
}

QJsonArray stringsToJson(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

} // namespace

QString mutationOpKey(MutationOp op)
{
    switch (op) {
    case MutationOp::Insert:
        return u"insert"_s;
    case MutationOp::Update:
        return u"update"_s;
    case MutationOp::Delete:
        return u"delete"_s;
    }
    return {};
}

std::optional<MutationOp> mutationOpFromKey(const QString &key)
{
    if (key == u"insert"_s)
        return MutationOp::Insert;
    if (key == u"update"_s)
        return MutationOp::Update;
    if (key == u"delete"_s)
        return MutationOp::Delete;
    return std::nullopt;
}

QString outcomeKey(Outcome o)
{
    switch (o) {
    case Outcome::Applied:
        return u"applied"_s;
    case Outcome::Conflict:
        return u"conflict"_s;
    case Outcome::Rejected:
        return u"rejected"_s;
    }
    return {};
}

std::optional<Outcome> outcomeFromKey(const QString &key)
{
    if (key == u"applied"_s)
        return Outcome::Applied;
    if (key == u"conflict"_s)
        return Outcome::Conflict;
    if (key == u"rejected"_s)
        return Outcome::Rejected;
    return std::nullopt;
}

std::optional<PullRequest> decodePullRequest(const QByteArray &bytes, WireError *e)
{
    const auto o = parseObject(bytes, e);
    if (!o || !keys(*o, {u"cursor"_s, u"limit"_s}, {u"cursor"_s}, QString(), e))
        return std::nullopt;
    PullRequest r;
    if (!integer(o->value(u"cursor"_s), 0, qint64(1) << 53, &r.cursor)) {
        invalid(e, u"cursor"_s, u"integer >= 0"_s);
        return std::nullopt;
    }
    if (o->contains(u"limit"_s)) {
        qint64 limit = 0;
        if (!integer(o->value(u"limit"_s), 1, kMaxPullLimit, &limit)) {
            invalid(e, u"limit"_s, u"integer 1-10000"_s);
            return std::nullopt;
        }
        r.limit = int(limit);
    }
    return r;
}

std::optional<PushRequest> decodePushRequest(const QByteArray &bytes, WireError *e)
{
    const auto o = parseObject(bytes, e);
    if (!o || !keys(*o, {u"transactions"_s}, {u"transactions"_s}, QString(), e))
        return std::nullopt;
    const QJsonValue txs = o->value(u"transactions"_s);
    if (!txs.isArray() || txs.toArray().size() > kMaxTransactions) {
        invalid(e, u"transactions"_s, u"array of at most 1000"_s);
        return std::nullopt;
    }
    PushRequest r;
    int mutations = 0;
    QSet<QString> seen;
    const QJsonArray list = txs.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = u"transactions[%1]."_s.arg(i);
        if (!list.at(i).isObject()) {
            invalid(e, where, u"object"_s);
            return std::nullopt;
        }
        const QJsonObject t = list.at(i).toObject();
        if (!keys(t, {u"tx"_s, u"mutations"_s}, {u"tx"_s, u"mutations"_s}, where, e))
            return std::nullopt;
        ClientTransaction tx;
        if (!identifier(t.value(u"tx"_s), &tx.txId)) {
            invalid(e, where + u"tx"_s, u"string of 1-64 characters"_s);
            return std::nullopt;
        }
        const QJsonArray ms = t.value(u"mutations"_s).toArray();
        if (!t.value(u"mutations"_s).isArray() || ms.isEmpty()) {
            invalid(e, where + u"mutations"_s, u"non-empty array"_s);
            return std::nullopt;
        }
        mutations += int(ms.size());
        if (mutations > kMaxMutations) {
            invalid(e, where + u"mutations"_s, u"at most 5000 mutations in all"_s);
            return std::nullopt;
        }
        for (qsizetype j = 0; j < ms.size(); ++j) {
            auto m = decodeMutation(ms.at(j), where + u"mutations[%1]."_s.arg(j), e);
            if (!m)
                return std::nullopt;
            if (seen.contains(m->id)) {
                invalid(e, where + u"mutations[%1].id"_s.arg(j), u"unique mutation id"_s);
                return std::nullopt;
            }
            seen.insert(m->id);
            tx.mutations.append(*m);
        }
        r.transactions.append(tx);
    }
    return r;
}

std::optional<PullPage> decodePullPage(const QByteArray &bytes, WireError *e)
{
    // The rows are checked and left as bytes; the rest is small and read as usual.
    const JsonScan scan = scanPullPage(bytes);
    if (!scan.ok) {
        fail(e, u"request.malformed_json"_s,
             QJsonObject{{u"offset"_s, scan.errorOffset},
                         {u"reason"_s, QString::fromLatin1(scan.reason)}});
        return std::nullopt;
    }
    const auto o = parseObject(scan.skeleton, e);
    if (!o || !keys(*o, {u"server_id"_s, u"cursor"_s, u"more"_s, u"server_time"_s, u"high"_s,
                         u"tables"_s, u"gone"_s},
                    {u"server_id"_s, u"cursor"_s, u"more"_s, u"tables"_s}, QString(), e))
        return std::nullopt;
    PullPage p;
    if (!identifier(o->value(u"server_id"_s), &p.serverId)) {
        invalid(e, u"server_id"_s, u"string"_s);
        return std::nullopt;
    }
    if (!integer(o->value(u"cursor"_s), 0, qint64(1) << 53, &p.cursor)) {
        invalid(e, u"cursor"_s, u"integer >= 0"_s);
        return std::nullopt;
    }
    if (!o->value(u"more"_s).isBool()) {
        invalid(e, u"more"_s, u"boolean"_s);
        return std::nullopt;
    }
    p.more = o->value(u"more"_s).toBool();
    if (o->contains(u"server_time"_s) &&
        !integer(o->value(u"server_time"_s), 0, qint64(1) << 53, &p.serverTime)) {
        invalid(e, u"server_time"_s, u"integer"_s);
        return std::nullopt;
    }
    if (o->contains(u"high"_s) && !integer(o->value(u"high"_s), 0, qint64(1) << 53, &p.high)) {
        invalid(e, u"high"_s, u"integer"_s);
        return std::nullopt;
    }
    const QJsonValue tables = o->value(u"tables"_s);
    if (!tables.isArray()) {
        invalid(e, u"tables"_s, u"array"_s);
        return std::nullopt;
    }
    if (tables.toArray().size() != scan.rows.size()) {
        invalid(e, u"tables"_s, u"one rows array per table"_s);
        return std::nullopt;
    }
    qsizetype index = 0;
    for (const QJsonValue &tv : tables.toArray()) {
        const QJsonObject t = tv.toObject();
        if (!tv.isObject() ||
            !keys(t, {u"t"_s, u"cols"_s, u"rows"_s}, {u"t"_s, u"cols"_s, u"rows"_s},
                  u"tables."_s, e))
            return std::nullopt;
        PullTable block;
        if (!syncedTable(t.value(u"t"_s), &block.table)) {
            invalid(e, u"tables.t"_s, u"a synced table"_s);
            return std::nullopt;
        }
        for (const QJsonValue &c : t.value(u"cols"_s).toArray()) {
            if (!c.isString() || !columnName(c.toString()) ||
                block.columns.contains(c.toString())) {
                invalid(e, u"tables.cols"_s, u"distinct column names"_s);
                return std::nullopt;
            }
            block.columns.append(c.toString());
        }
        if (!block.columns.contains(u"id"_s) || !block.columns.contains(u"version"_s)) {
            invalid(e, u"tables.cols"_s, u"id and version among the columns"_s);
            return std::nullopt;
        }
        const RowsSpan &span = scan.rows.at(index++);
        if (span.rows > 0 && span.width != block.columns.size()) {
            invalid(e, u"tables.rows"_s, u"one scalar per column"_s);
            return std::nullopt;
        }
        block.rows = bytes.mid(span.begin, span.end - span.begin);
        block.rowCount = span.rows;
        p.tables.append(block);
    }
    for (const QJsonValue &gv : o->value(u"gone"_s).toArray()) {
        const QJsonObject g = gv.toObject();
        if (!gv.isObject() || !keys(g, {u"t"_s, u"ids"_s}, {u"t"_s, u"ids"_s}, u"gone."_s, e))
            return std::nullopt;
        PullGone gone;
        if (!syncedTable(g.value(u"t"_s), &gone.table)) {
            invalid(e, u"gone.t"_s, u"a synced table"_s);
            return std::nullopt;
        }
        for (const QJsonValue &id : g.value(u"ids"_s).toArray()) {
            QString s;
            if (!identifier(id, &s)) {
                invalid(e, u"gone.ids"_s, u"strings"_s);
                return std::nullopt;
            }
            gone.ids.append(s);
        }
        p.gone.append(gone);
    }
    return p;
}

QJsonObject resultToJson(const MutationResult &r)
{
    QJsonObject o{{u"id"_s, r.mutationId}, {u"outcome"_s, outcomeKey(r.outcome)}};
    if (r.outcome != Outcome::Rejected)
        o.insert(u"version"_s, r.version);
    if (!r.code.isEmpty())
        o.insert(u"code"_s, r.code);
    if (!r.params.isEmpty())
        o.insert(u"params"_s, r.params);
    if (!r.conflicts.isEmpty())
        o.insert(u"conflicts"_s, r.conflicts);
    if (r.hasRow)
        o.insert(u"row"_s, r.row.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.row));
    return o;
}

std::optional<MutationResult> resultFromJson(const QJsonObject &o, WireError *e)
{
    if (!keys(o,
              {u"id"_s, u"outcome"_s, u"version"_s, u"code"_s, u"params"_s, u"conflicts"_s,
               u"row"_s},
              {u"id"_s, u"outcome"_s}, u"results."_s, e))
        return std::nullopt;
    MutationResult r;
    const auto outcome = outcomeFromKey(o.value(u"outcome"_s).toString());
    if (!identifier(o.value(u"id"_s), &r.mutationId) || !outcome) {
        invalid(e, u"results.outcome"_s, u"applied, conflict or rejected"_s);
        return std::nullopt;
    }
    r.outcome = *outcome;
    if (r.outcome != Outcome::Rejected &&
        !integer(o.value(u"version"_s), 0, qint64(1) << 53, &r.version)) {
        invalid(e, u"results.version"_s, u"integer"_s);
        return std::nullopt;
    }
    if ((o.contains(u"code"_s) && !o.value(u"code"_s).isString()) ||
        (o.contains(u"params"_s) && !o.value(u"params"_s).isObject()) ||
        (o.contains(u"conflicts"_s) && !o.value(u"conflicts"_s).isObject()) ||
        (o.contains(u"row"_s) && !o.value(u"row"_s).isObject() && !o.value(u"row"_s).isNull())) {
        invalid(e, u"results"_s, u"code string, params/conflicts/row objects"_s);
        return std::nullopt;
    }
    if (r.outcome == Outcome::Rejected && o.value(u"code"_s).toString().isEmpty()) {
        invalid(e, u"results.code"_s, u"a reason code"_s);
        return std::nullopt;
    }
    r.code = o.value(u"code"_s).toString();
    r.params = o.value(u"params"_s).toObject();
    r.conflicts = o.value(u"conflicts"_s).toObject();
    r.hasRow = o.contains(u"row"_s);
    r.row = o.value(u"row"_s).toObject();
    for (auto it = r.row.begin(); it != r.row.end(); ++it) {
        if (!columnName(it.key()) || !syncvalue::isScalar(it.value())) {
            invalid(e, u"results.row"_s, u"{column: scalar}"_s);
            return std::nullopt;
        }
    }
    return r;
}

std::optional<PushResponse> decodePushResponse(const QByteArray &bytes, WireError *e)
{
    const auto o = parseObject(bytes, e);
    if (!o || !keys(*o, {u"results"_s}, {u"results"_s}, QString(), e))
        return std::nullopt;
    if (!o->value(u"results"_s).isArray()) {
        invalid(e, u"results"_s, u"array"_s);
        return std::nullopt;
    }
    PushResponse r;
    for (const QJsonValue &v : o->value(u"results"_s).toArray()) {
        if (!v.isObject()) {
            invalid(e, u"results"_s, u"objects"_s);
            return std::nullopt;
        }
        auto result = resultFromJson(v.toObject(), e);
        if (!result)
            return std::nullopt;
        r.results.append(*result);
    }
    return r;
}

QByteArray encode(const PullRequest &request)
{
    return QJsonDocument(QJsonObject{{u"cursor"_s, request.cursor}, {u"limit"_s, request.limit}})
        .toJson(QJsonDocument::Compact);
}

QByteArray encode(const PushRequest &request)
{
    QJsonArray txs;
    for (const ClientTransaction &tx : request.transactions) {
        QJsonArray ms;
        for (const Mutation &m : tx.mutations) {
            ms.append(QJsonObject{{u"id"_s, m.id},
                                  {u"t"_s, m.table},
                                  {u"row"_s, m.rowId},
                                  {u"op"_s, mutationOpKey(m.op)},
                                  {u"base"_s, m.baseVersion},
                                  {u"changes"_s, m.changes}});
        }
        txs.append(QJsonObject{{u"tx"_s, tx.txId}, {u"mutations"_s, ms}});
    }
    return QJsonDocument(QJsonObject{{u"transactions"_s, txs}}).toJson(QJsonDocument::Compact);
}

QList<QJsonArray> rowArrays(const PullTable &table)
{
    QList<QJsonArray> out;
    for (const QJsonValue &row : QJsonDocument::fromJson(table.rows).array())
        out.append(row.toArray());
    return out;
}

PullTable pullTable(const QString &table, const QStringList &columns,
                    const QList<QJsonArray> &rows)
{
    QJsonArray all;
    for (const QJsonArray &row : rows)
        all.append(row);
    return PullTable{table, columns, QJsonDocument(all).toJson(QJsonDocument::Compact),
                     rows.size()};
}

QByteArray encode(const PullPage &page)
{
    QJsonArray tables;
    for (const PullTable &t : page.tables) {
        tables.append(QJsonObject{{u"t"_s, t.table},
                                  {u"cols"_s, stringsToJson(t.columns)},
                                  {u"rows"_s, QJsonDocument::fromJson(t.rows).array()}});
    }
    QJsonArray gone;
    for (const PullGone &g : page.gone)
        gone.append(QJsonObject{{u"t"_s, g.table}, {u"ids"_s, stringsToJson(g.ids)}});
    return QJsonDocument(QJsonObject{{u"server_id"_s, page.serverId},
                                     {u"cursor"_s, page.cursor},
                                     {u"more"_s, page.more},
                                     {u"server_time"_s, page.serverTime},
                                     {u"high"_s, page.high},
                                     {u"tables"_s, tables},
                                     {u"gone"_s, gone}})
        .toJson(QJsonDocument::Compact);
}

QByteArray encode(const PushResponse &response)
{
    QJsonArray results;
    for (const MutationResult &r : response.results)
        results.append(resultToJson(r));
    return QJsonDocument(QJsonObject{{u"results"_s, results}}).toJson(QJsonDocument::Compact);
}

} // namespace gpudesk::sync
