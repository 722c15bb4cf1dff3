// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonRows.h"

namespace gpudesk::sync {
namespace {

constexpr int kMaxDepth = 64;

class Scanner
{
public:
    explicit Scanner(const QByteArray &json) : m_s(json.constData()), m_n(json.size()) {}

    JsonScan run()
    {
        JsonScan out;
        skipSpace();
        if (!value(0, Where::Top)) {
            out.errorOffset = m_pos;
            out.reason = m_reason.isEmpty() ? QByteArray("invalid JSON") : m_reason;
            return out;
        }
        skipSpace();
        if (m_pos != m_n) {
            out.errorOffset = m_pos;
            out.reason = "garbage after the document";
            return out;
        }
        out.ok = true;
        out.rows = m_spans;
        return out;
    }

private:
    // Where a value sits, as far as finding tables[i].rows is concerned.
    enum class Where
    {
        Other,
        Top,       // the document
        Tables,    // the top-level "tables" array
        TableItem, // an object in it
        Rows,      // its "rows" array
        Row        // one row
    };

    bool fail(const char *reason)
    {
        if (m_reason.isEmpty())
            m_reason = reason;
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_n && (m_s[m_pos] == ' ' || m_s[m_pos] == '\t' || m_s[m_pos] == '\n' ||
                               m_s[m_pos] == '\r'))
            ++m_pos;
    }

    bool literal(const char *word, qsizetype len)
    {
        if (m_n - m_pos < len || memcmp(m_s + m_pos, word, size_t(len)) != 0)
            return fail("invalid literal");
        m_pos += len;
        return true;
    }

    bool number()
    {
        const qsizetype start = m_pos;
        if (m_pos < m_n && m_s[m_pos] == '-')
            ++m_pos;
        if (m_pos >= m_n)
            return fail("invalid number");
        if (m_s[m_pos] == '0') {
            ++m_pos;
        } else if (m_s[m_pos] >= '1' && m_s[m_pos] <= '9') {
            while (m_pos < m_n && isDigit(m_s[m_pos]))
                ++m_pos;
        } else {
            return fail("invalid number");
        }
        if (m_pos < m_n && m_s[m_pos] == '.') {
            ++m_pos;
            if (m_pos >= m_n || !isDigit(m_s[m_pos]))
                return fail("invalid number");
            while (m_pos < m_n && isDigit(m_s[m_pos]))
                ++m_pos;
        }
        if (m_pos < m_n && (m_s[m_pos] == 'e' || m_s[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_n && (m_s[m_pos] == '+' || m_s[m_pos] == '-'))
                ++m_pos;
            if (m_pos >= m_n || !isDigit(m_s[m_pos]))
                return fail("invalid number");
            while (m_pos < m_n && isDigit(m_s[m_pos]))
                ++m_pos;
        }
        return m_pos > start;
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
    static bool isHex(char c)
    {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    // A string, with its escapes and its UTF-8 checked; *text gets its raw bytes (keys are
    // plain ASCII here, so raw is enough to recognise them).
    bool string(QByteArray *text = nullptr)
    {
        ++m_pos; // the opening quote
        const qsizetype start = m_pos;
        while (m_pos < m_n) {
            const auto c = static_cast<unsigned char>(m_s[m_pos]);
            if (c == '"') {
                if (text)
                    *text = QByteArray(m_s + start, m_pos - start);
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return fail("control character in a string");
            if (c == '\\') {
                ++m_pos;
                if (m_pos >= m_n)
                    return fail("unterminated string");
                const char e = m_s[m_pos];
                if (e == 'u') {
                    if (m_n - m_pos < 5 || !isHex(m_s[m_pos + 1]) || !isHex(m_s[m_pos + 2]) ||
                        !isHex(m_s[m_pos + 3]) || !isHex(m_s[m_pos + 4]))
                        return fail("invalid escape");
                    m_pos += 5;
                    continue;
                }
                if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' &&
                    e != 'r' && e != 't')
                    return fail("invalid escape");
                ++m_pos;
                continue;
            }
            if (c < 0x80) {
                ++m_pos;
                continue;
            }
            // UTF-8: lead byte, continuation bytes, no overlong forms or surrogates.
            int more = 0;
            unsigned min = 0;
            unsigned cp = 0;
            if ((c & 0xe0) == 0xc0) {
                more = 1;
                min = 0x80;
                cp = c & 0x1f;
            } else if ((c & 0xf0) == 0xe0) {
                more = 2;
                min = 0x800;
                cp = c & 0x0f;
            } else if ((c & 0xf8) == 0xf0) {
                more = 3;
                min = 0x10000;
                cp = c & 0x07;
            } else {
                return fail("invalid UTF-8");
            }
            if (m_n - m_pos <= more)
                return fail("invalid UTF-8");
            for (int i = 1; i <= more; ++i) {
                const auto cc = static_cast<unsigned char>(m_s[m_pos + i]);
                if ((cc & 0xc0) != 0x80)
                    return fail("invalid UTF-8");
                cp = (cp << 6) | (cc & 0x3f);
            }
            if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
                return fail("invalid UTF-8");
            m_pos += more + 1;
        }
        return fail("unterminated string");
    }

    bool value(int depth, Where where)
    {
        if (depth > kMaxDepth)
            return fail("nested too deep");
        if (m_pos >= m_n)
            return fail("unexpected end");
        const char c = m_s[m_pos];
        if (where == Where::Row && (c == '{' || c == '['))
            return fail("a row holds a nested value");
        if (c == '{')
            return object(depth, where);
        if (c == '[')
            return array(depth, where);
        if (where == Where::Rows)
            return fail("a row is not an array");
        if (c == '"')
            return string();
        if (c == 't')
            return literal("true", 4);
        if (c == 'f')
            return literal("false", 5);
        if (c == 'n')
            return literal("null", 4);
        return number();
    }

    bool object(int depth, Where where)
    {
        ++m_pos;
        skipSpace();
        if (m_pos < m_n && m_s[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            if (m_pos >= m_n || m_s[m_pos] != '"')
                return fail("expected a key");
            QByteArray key;
            if (!string(&key))
                return false;
            skipSpace();
            if (m_pos >= m_n || m_s[m_pos] != ':')
                return fail("expected ':'");
            ++m_pos;
            skipSpace();
            Where inner = Where::Other;
            if (where == Where::Top && key == "tables")
                inner = Where::Tables;
            else if (where == Where::TableItem && key == "rows")
                inner = Where::Rows;
            if (inner == Where::Rows && m_pos < m_n && m_s[m_pos] != '[')
                return fail("rows is not an array");
            if (!value(depth + 1, inner))
                return false;
            skipSpace();
            if (m_pos < m_n && m_s[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_n && m_s[m_pos] == '}') {
                ++m_pos;
                return true;
            }
            return fail("expected ',' or '}'");
        }
    }

    bool array(int depth, Where where)
    {
        const qsizetype begin = m_pos;
        ++m_pos;
        skipSpace();
        RowsSpan span;
        span.begin = begin;
        qsizetype count = 0;
        const Where inner = where == Where::Tables ? Where::TableItem
                            : where == Where::Row  ? Where::Row
                                                   : Where::Other;
        if (m_pos < m_n && m_s[m_pos] == ']') {
            ++m_pos;
        } else {
            for (;;) {
                skipSpace();
                if (where == Where::Rows) {
                    if (m_pos >= m_n || m_s[m_pos] != '[')
                        return fail("a row is not an array");
                    const qsizetype before = m_width;
                    m_width = 0;
                    if (!array(depth + 1, Where::Row))
                        return false;
                    if (span.width >= 0 && m_width != span.width)
                        return fail("rows of different widths");
                    span.width = m_width;
                    m_width = before;
                } else if (!value(depth + 1, inner)) {
                    return false;
                }
                ++count;
                skipSpace();
                if (m_pos < m_n && m_s[m_pos] == ',') {
                    ++m_pos;
                    continue;
                }
                if (m_pos < m_n && m_s[m_pos] == ']') {
                    ++m_pos;
                    break;
                }
                return fail("expected ',' or ']'");
            }
        }
        if (where == Where::Row)
            m_width = count;
        if (where == Where::Rows) {
            span.end = m_pos;
            span.rows = count;
            m_spans.append(span);
        }
        return true;
    }

    const char *m_s;
    qsizetype m_n;
    qsizetype m_pos = 0;
    qsizetype m_width = 0;
    QByteArray m_reason;
    QList<RowsSpan> m_spans;
};

} // namespace

JsonScan scanPullPage(const QByteArray &json)
{
    JsonScan scan = Scanner(json).run();
    if (!scan.ok)
        return scan;
    // The skeleton: the same document with each rows array emptied.
    qsizetype size = json.size();
    for (const RowsSpan &s : std::as_const(scan.rows))
        size -= (s.end - s.begin) - 2;
    scan.skeleton.reserve(size);
    qsizetype at = 0;
    for (const RowsSpan &s : std::as_const(scan.rows)) {
        scan.skeleton.append(json.constData() + at, s.begin - at);
        scan.skeleton.append("[]", 2);
        at = s.end;
    }
    scan.skeleton.append(json.constData() + at, json.size() - at);
    return scan;
}

} // namespace gpudesk::sync
