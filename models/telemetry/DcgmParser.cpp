// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/DcgmParser.h"

#include "telemetry/DcgmMetrics.h"

#include <QHash>
#include <QThread>
#include <algorithm>
#include <charconv>
#include <cstring>
#include <deque>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {

// The series a line belongs to. The views point into the input or into the parser's store of
// unescaped label values, both of which outlive the parse, so keys cost no allocation.
struct SeriesKey
{
    QByteArrayView host;
    QByteArrayView uuid;
    QByteArrayView mig;
    int gpu;

    friend bool operator==(const SeriesKey &a, const SeriesKey &b)
    {
        return a.gpu == b.gpu && a.host == b.host && a.uuid == b.uuid && a.mig == b.mig;
    }
};

// FNV-1a over the few short label values: much cheaper per line than three qHash calls.
inline quint64 fnv(quint64 h, QByteArrayView bytes)
{
    for (const char c : bytes) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return (h ^ 0xff) * 1099511628211ULL; // a separator, so "ab"+"c" differs from "a"+"bc"
}

size_t qHash(const SeriesKey &key, size_t seed = 0)
{
    quint64 h = 14695981039346656037ULL;
    h = fnv(fnv(fnv(h, key.host), key.uuid), key.mig);
    h = (h ^ quint64(key.gpu)) * 1099511628211ULL;
    return size_t(h ^ (h >> 29)) ^ seed;
}

enum class LineError
{
    None,
    BadName,
    BadLabels,
    MissingValue,
    BadValue,
    BadTimestamp,
    TrailingText,
    NoHost,
    NoGpu,
    BadGpu,
    OutOfRange,
};

inline bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}
inline bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}
inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}
inline const char *skipBlanks(const char *p, const char *end)
{
    while (p < end && isBlank(*p))
        ++p;
    return p;
}

// Prometheus values: decimal or exponent notation, NaN and +/-Inf in any case.
bool parseValue(const char *p, const char *end, double *out)
{
    if (p < end && *p == '+')
        ++p;
    if (p == end)
        return false;
    const auto [ptr, ec] = std::from_chars(p, end, *out);
    return ec == std::errc() && ptr == end;
}

class Parser
{
public:
    explicit Parser(const DcgmParser::Options &options) : m_options(options) {}

    // Reads every line of data into the batch; finish() adds the unknown-metric notes.
    void read(QByteArrayView data);
    TelemetryBatch finish();
    int linesRead() const { return m_batch.linesRead; }
    // Takes over the unknown metrics of a parser that read the lines after this one's.
    void takeUnknown(Parser &later);

private:
    struct Labels
    {
        QByteArrayView host;
        QByteArrayView uuid;
        QByteArrayView model;
        QByteArrayView mig;
        QByteArrayView migProfile;
        QByteArrayView gpu;
        bool hasHost = false;
    };

    LineError parseLine(const char *p, const char *end, int lineNo);
    bool parseLabels(const char *&p, const char *end, Labels *labels);
    const QString &string(QByteArrayView bytes);

    const DcgmParser::Options &m_options;
    TelemetryBatch m_batch;
    QHash<SeriesKey, int> m_seriesIndex;
    // Per series, its reading read last: dcgm-exporter writes a scrape's metrics one after the
    // other, so a line usually adds to that reading, or starts the series' next moment.
    std::vector<qsizetype> m_lastOf;
    QHash<QByteArrayView, QString> m_strings;
    std::deque<QByteArray> m_unescaped;
    struct Unknown
    {
        int firstLine;
        int count;
    };
    QHash<QByteArrayView, Unknown> m_unknown;
    QByteArrayView m_lastName;
    const dcgm::MetricAlias *m_lastAlias = nullptr;
};

// Host names, UUIDs and models repeat on every line: one QString each, shared by all samples.
const QString &Parser::string(QByteArrayView bytes)
{
    static const QString empty;
    if (bytes.isEmpty())
        return empty;
    auto it = m_strings.find(bytes);
    if (it == m_strings.end())
        it = m_strings.insert(bytes, QString::fromUtf8(bytes));
    return it.value();
}

bool Parser::parseLabels(const char *&p, const char *end, Labels *labels)
{
    ++p; // '{'
    for (;;) {
        p = skipBlanks(p, end);
        if (p == end)
            return false;
        if (*p == '}') {
            ++p;
            return true;
        }
        const char *nameStart = p;
        if (!isNameStart(*p))
            return false;
        while (p < end && isNameChar(*p))
            ++p;
        const QByteArrayView name(nameStart, p - nameStart);
        p = skipBlanks(p, end);
        if (p == end || *p != '=')
            return false;
        p = skipBlanks(p + 1, end);
        if (p == end || *p != '"')
            return false;
        ++p;
        const char *valueStart = p;
        bool escaped = false;
        while (p < end && *p != '"') {
            if (*p == '\\') {
                escaped = true;
                if (++p == end)
                    return false;
            }
            ++p;
        }
        if (p == end)
            return false;
        QByteArrayView value(valueStart, p - valueStart);
        ++p; // closing quote
        if (escaped) {
            QByteArray plain;
            plain.reserve(value.size());
            for (qsizetype i = 0; i < value.size(); ++i) {
                char c = value[i];
                if (c == '\\' && i + 1 < value.size()) {
                    c = value[++i];
                    if (c == 'n')
                        c = '\n';
                }
                plain.append(c);
            }
            m_unescaped.push_back(std::move(plain));
            value = QByteArrayView(m_unescaped.back());
        }
        if (name == "gpu") {
            labels->gpu = value;
        } else if (name == "UUID") {
            labels->uuid = value;
        } else if (name == "Hostname" || name == "hostname") {
            // dcgm-exporter 4.8.3 renamed the label; either spelling names the node.
            labels->host = value;
            labels->hasHost = true;
        } else if (name == "modelName") {
            labels->model = value;
        } else if (name == "GPU_I_ID") {
            labels->mig = value;
        } else if (name == "GPU_I_PROFILE") {
            labels->migProfile = value;
        }
        p = skipBlanks(p, end);
        if (p < end && *p == ',')
            ++p;
        else if (p == end || *p != '}')
            return false;
    }
}

LineError Parser::parseLine(const char *p, const char *end, int lineNo)
{
    const char *nameStart = p;
    if (!isNameStart(*p))
        return LineError::BadName;
    while (p < end && isNameChar(*p))
        ++p;
    const QByteArrayView name(nameStart, p - nameStart);
    if (p < end && *p != '{' && !isBlank(*p))
        return LineError::BadName;

    // dcgm-exporter writes one metric's series together: remember the last lookup.
    const dcgm::MetricAlias *alias;
    if (name == m_lastName) {
        alias = m_lastAlias;
    } else {
        alias = dcgm::findMetric(name);
        m_lastName = name;
        m_lastAlias = alias;
    }
    if (!alias) {
        auto it = m_unknown.find(name);
        if (it == m_unknown.end())
            m_unknown.insert(name, Unknown{lineNo, 1});
        else
            ++it->count;
        return LineError::None;
    }

    Labels labels;
    if (p < end && *p == '{') {
        if (!parseLabels(p, end, &labels))
            return LineError::BadLabels;
    }
    p = skipBlanks(p, end);
    const char *valueStart = p;
    while (p < end && !isBlank(*p))
        ++p;
    if (p == valueStart)
        return LineError::MissingValue;
    double raw;
    if (!parseValue(valueStart, p, &raw))
        return LineError::BadValue;
    p = skipBlanks(p, end);
    qint64 ts = m_options.defaultTimestampMs;
    if (p < end) {
        const char *tsStart = p;
        while (p < end && !isBlank(*p))
            ++p;
        const auto [ptr, ec] = std::from_chars(tsStart, p, ts);
        if (ec != std::errc() || ptr != p)
            return LineError::BadTimestamp;
        if (skipBlanks(p, end) != end)
            return LineError::TrailingText;
    }

    if (!labels.hasHost && m_options.defaultHostname.isEmpty())
        return LineError::NoHost;
    int gpu = -1;
    if (!labels.gpu.isEmpty()) {
        const auto [ptr, ec] =
            std::from_chars(labels.gpu.data(), labels.gpu.data() + labels.gpu.size(), gpu);
        if (ec != std::errc() || ptr != labels.gpu.data() + labels.gpu.size() || gpu < 0)
            return LineError::BadGpu;
    } else if (labels.uuid.isEmpty()) {
        return LineError::NoGpu;
    }

    // NaN, infinities and DCGM blanks: the field was not available, which is not an error.
    double value = 0;
    switch (dcgm::normalise(*alias, raw, &value)) {
    case dcgm::Reading::Blank:
        return LineError::None;
    case dcgm::Reading::OutOfRange:
        return LineError::OutOfRange;
    case dcgm::Reading::Value:
        break;
    }

    const SeriesKey seriesKey{labels.host, labels.uuid, labels.mig, gpu};
    auto seriesIt = m_seriesIndex.find(seriesKey);
    if (seriesIt == m_seriesIndex.end()) {
        seriesIt = m_seriesIndex.insert(seriesKey, int(m_batch.series.size()));
        m_batch.series.append({labels.hasHost ? string(labels.host) : m_options.defaultHostname,
                               string(labels.uuid), gpu, string(labels.mig),
                               string(labels.migProfile), string(labels.model)});
        m_lastOf.push_back(-1);
    }
    const int series = seriesIt.value();
    qsizetype &last = m_lastOf[size_t(series)];
    std::vector<TelemetryReading> &readings = m_batch.readings;
    if (last < 0 || readings[size_t(last)].ts != ts) {
        // A moment before the series' last one may repeat an earlier reading: merged at the end.
        if (last >= 0 && ts < readings[size_t(last)].ts)
            m_batch.ordered = false;
        last = qsizetype(readings.size());
        TelemetryReading &r = readings.emplace_back();
        r.ts = ts;
        r.series = series;
    }
    readings[size_t(last)].value[int(alias->field)] = value;
    return LineError::None;
}

QString reasonText(LineError error)
{
    switch (error) {
    case LineError::None:
        break;
    case LineError::BadName:
        return DcgmParser::tr("The line does not start with a metric name.");
    case LineError::BadLabels:
        return DcgmParser::tr("The label set is broken (expected {name=\"value\", ...}).");
    case LineError::MissingValue:
        return DcgmParser::tr("The line has no value.");
    case LineError::BadValue:
        return DcgmParser::tr("The value is not a number.");
    case LineError::BadTimestamp:
        return DcgmParser::tr("The timestamp is not a whole number of milliseconds.");
    case LineError::TrailingText:
        return DcgmParser::tr("There is unexpected text after the timestamp.");
    case LineError::NoHost:
        return DcgmParser::tr("The line has no Hostname label, so its node is unknown.");
    case LineError::NoGpu:
        return DcgmParser::tr("The line has neither a gpu nor a UUID label.");
    case LineError::BadGpu:
        return DcgmParser::tr("The gpu label is not a GPU index.");
    case LineError::OutOfRange:
        return DcgmParser::tr("The value is outside the possible range for this metric.");
    }
    return QString();
}

void Parser::read(QByteArrayView data)
{
    const char *p = data.data();
    const char *end = p + data.size();
    if (data.startsWith("\xEF\xBB\xBF"))
        p += 3;
    // Mostly one reading per line: one pass of memchr is cheap next to growing the list.
    m_batch.readings.reserve(size_t(std::count(p, end, '\n') + 1));
    int lineNo = 0;
    while (p < end) {
        const char *eol = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!eol)
            eol = end;
        ++lineNo;
        const char *lineEnd = eol;
        if (lineEnd > p && lineEnd[-1] == '\r')
            --lineEnd;
        const char *start = skipBlanks(p, lineEnd);
        // Comments, including # HELP and # TYPE, and empty lines carry no readings.
        if (start < lineEnd && *start != '#') {
            const LineError error = parseLine(start, lineEnd, lineNo);
            if (error != LineError::None)
                m_batch.skipped.append({lineNo, reasonText(error)});
        }
        p = eol < end ? eol + 1 : end;
    }
    m_batch.linesRead = lineNo;
}

void Parser::takeUnknown(Parser &later)
{
    for (auto it = later.m_unknown.cbegin(); it != later.m_unknown.cend(); ++it) {
        auto mine = m_unknown.find(it.key());
        if (mine == m_unknown.end())
            m_unknown.insert(it.key(), Unknown{it->firstLine + linesRead(), it->count});
        else
            mine->count += it->count;
    }
    later.m_unknown.clear();
}

TelemetryBatch Parser::finish()
{
    for (auto it = m_unknown.cbegin(); it != m_unknown.cend(); ++it) {
        const QString name = QString::fromUtf8(it.key());
        m_batch.skipped.append(
            {it->firstLine, DcgmParser::tr("Unknown metric %1: %n line(s) skipped, the first here.",
                                           nullptr, it->count)
                                .arg(name)});
    }
    std::stable_sort(m_batch.skipped.begin(), m_batch.skipped.end(),
                     [](const SkippedLine &a, const SkippedLine &b) { return a.line < b.line; });
    if (!m_batch.ordered)
        m_batch.mergeSameMoments();
    return std::move(m_batch);
}

} // namespace

TelemetryParseResult DcgmParser::parse(QByteArrayView data, const Options &options)
{
    Parser parser(options);
    parser.read(data);
    return parser.finish().toParseResult();
}

TelemetryBatch DcgmParser::parseBatch(QByteArrayView data, const Options &options)
{
    // Below a few megabytes a second thread costs more than it saves.
    constexpr qsizetype kSplitAbove = 4 * 1024 * 1024;
    const char *nl = data.size() > kSplitAbove
                         ? static_cast<const char *>(std::memchr(data.data() + data.size() / 2,
                                                                 '\n', size_t(data.size() / 2)))
                         : nullptr;
    if (!nl) {
        Parser parser(options);
        parser.read(data);
        return parser.finish();
    }
    const qsizetype cut = nl - data.data() + 1;
    Parser first(options);
    Parser second(options);
    std::unique_ptr<QThread> worker(
        QThread::create([&second, rest = data.sliced(cut)] { second.read(rest); }));
    worker->start();
    first.read(data.first(cut));
    worker->wait();
    // Unknown metrics are counted over both halves, their first line in the whole file.
    first.takeUnknown(second);
    TelemetryBatch batch = first.finish();
    batch.append(second.finish());
    return batch;
}

} // namespace gpudesk
