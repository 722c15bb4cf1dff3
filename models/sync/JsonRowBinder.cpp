// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonRowBinder.h"

#include <charconv>
#include <sqlite3.h>
#include <string>

using namespace Qt::StringLiterals;

namespace gpudesk::sync {
namespace {

class Reader
{
public:
    Reader(const QByteArray &bytes) : m_s(bytes.constData()), m_n(bytes.size()) {}

    void skipSpace()
    {
        while (m_pos < m_n && (m_s[m_pos] == ' ' || m_s[m_pos] == '\t' || m_s[m_pos] == '\n' ||
                               m_s[m_pos] == '\r'))
            ++m_pos;
    }
    // The next non-space character, consumed when it is `c`.
    bool take(char c)
    {
        skipSpace();
        if (m_pos < m_n && m_s[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_n;
    }
    char peek()
    {
        skipSpace();
        return m_pos < m_n ? m_s[m_pos] : '\0';
    }

    // A string at the current position: *begin/*size point into the input when it has no
    // escapes, else into *decoded.
    bool string(const char **begin, int *size, std::string *decoded)
    {
        ++m_pos; // the opening quote
        const qsizetype start = m_pos;
        bool escaped = false;
        while (m_pos < m_n && m_s[m_pos] != '"') {
            if (m_s[m_pos] == '\\') {
                escaped = true;
                ++m_pos;
            }
            ++m_pos;
        }
        if (m_pos >= m_n)
            return false;
        const qsizetype end = m_pos++;
        if (!escaped) {
            *begin = m_s + start;
            *size = int(end - start);
            return true;
        }
        decoded->clear();
        for (qsizetype i = start; i < end; ++i) {
            if (m_s[i] != '\\') {
                decoded->push_back(m_s[i]);
                continue;
            }
            ++i;
            switch (m_s[i]) {
            case 'b': decoded->push_back('\b'); break;
            case 'f': decoded->push_back('\f'); break;
            case 'n': decoded->push_back('\n'); break;
            case 'r': decoded->push_back('\r'); break;
            case 't': decoded->push_back('\t'); break;
            case 'u': {
                char32_t code = 0;
                if (!hex4(i + 1, end, &code))
                    return false;
                i += 4;
                if (code >= 0xD800 && code <= 0xDBFF && i + 6 < end && m_s[i + 1] == '\\' &&
                    m_s[i + 2] == 'u') {
                    char32_t low = 0;
                    if (hex4(i + 3, end, &low) && low >= 0xDC00 && low <= 0xDFFF) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                        i += 6;
                    }
                }
                if (code >= 0xD800 && code <= 0xDFFF)
                    code = 0xFFFD; // a lone surrogate is no character
                appendUtf8(decoded, code);
                break;
            }
            default: decoded->push_back(m_s[i]); break; // " \ /
            }
        }
        *begin = decoded->data();
        *size = int(decoded->size());
        return true;
    }

    // A number, true, false or null at the current position, bound to parameter `param`
    // (0: read and dropped).
    bool scalar(sqlite3_stmt *st, int param)
    {
        const char c = m_s[m_pos];
        if (c == 'n' || c == 't' || c == 'f') {
            const char *word = c == 'n' ? "null" : c == 't' ? "true" : "false";
            const qsizetype len = qsizetype(strlen(word));
            if (m_n - m_pos < len || memcmp(m_s + m_pos, word, size_t(len)) != 0)
                return false;
            m_pos += len;
            if (param == 0)
                return true;
            return (c == 'n' ? sqlite3_bind_null(st, param)
                             : sqlite3_bind_int64(st, param, c == 't' ? 1 : 0)) == SQLITE_OK;
        }
        const qsizetype start = m_pos;
        bool integral = true;
        while (m_pos < m_n) {
            const char d = m_s[m_pos];
            if (d == '.' || d == 'e' || d == 'E' || d == '+')
                integral = false;
            else if (!(d == '-' || (d >= '0' && d <= '9')))
                break;
            ++m_pos;
        }
        if (m_pos == start)
            return false;
        if (param == 0)
            return true;
        const char *first = m_s + start;
        const char *last = m_s + m_pos;
        if (integral) {
            qint64 i = 0;
            const auto r = std::from_chars(first, last, i);
            if (r.ec == std::errc() && r.ptr == last)
                return sqlite3_bind_int64(st, param, i) == SQLITE_OK;
        }
        double d = 0;
        const auto r = std::from_chars(first, last, d);
        if (r.ptr != last)
            return false;
        // Integers stay integers, as syncvalue::toSql keeps them.
        const auto i = qint64(d);
        if (double(i) == d && d > -9.0e15 && d < 9.0e15)
            return sqlite3_bind_int64(st, param, i) == SQLITE_OK;
        return sqlite3_bind_double(st, param, d) == SQLITE_OK;
    }

private:
    bool hex4(qsizetype at, qsizetype end, char32_t *out) const
    {
        if (end - at < 4)
            return false;
        char32_t v = 0;
        for (qsizetype k = at; k < at + 4; ++k) {
            const char h = m_s[k];
            v <<= 4;
            if (h >= '0' && h <= '9')
                v |= char32_t(h - '0');
            else if (h >= 'a' && h <= 'f')
                v |= char32_t(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F')
                v |= char32_t(h - 'A' + 10);
            else
                return false;
        }
        *out = v;
        return true;
    }

    static void appendUtf8(std::string *s, char32_t c)
    {
        if (c < 0x80) {
            s->push_back(char(c));
        } else if (c < 0x800) {
            s->push_back(char(0xC0 | (c >> 6)));
            s->push_back(char(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            s->push_back(char(0xE0 | (c >> 12)));
            s->push_back(char(0x80 | ((c >> 6) & 0x3F)));
            s->push_back(char(0x80 | (c & 0x3F)));
        } else {
            s->push_back(char(0xF0 | (c >> 18)));
            s->push_back(char(0x80 | ((c >> 12) & 0x3F)));
            s->push_back(char(0x80 | ((c >> 6) & 0x3F)));
            s->push_back(char(0x80 | (c & 0x3F)));
        }
    }

    const char *m_s;
    qsizetype m_n;
    qsizetype m_pos = 0;
};

int hexDigit(char h)
{
    if (h >= '0' && h <= '9')
        return h - '0';
    if (h >= 'a' && h <= 'f')
        return h - 'a' + 10;
    if (h >= 'A' && h <= 'F')
        return h - 'A' + 10;
    return -1;
}

// The bytes `size` hex digits spell, into *out; false when they are not hex.
bool fromHex(const char *text, int size, std::string *out)
{
    if (size % 2 != 0)
        return false;
    out->resize(size_t(size / 2));
    for (int i = 0; i < size; i += 2) {
        const int high = hexDigit(text[i]);
        const int low = hexDigit(text[i + 1]);
        if (high < 0 || low < 0)
            return false;
        (*out)[size_t(i / 2)] = char(high << 4 | low);
    }
    return true;
}

} // namespace

JsonRowBinder::JsonRowBinder(const QList<int> &wireIndex, int idIndex, const QList<bool> &blob)
    : m_blob(blob), m_idIndex(idIndex)
{
    for (qsizetype p = 0; p < wireIndex.size(); ++p) {
        if (wireIndex[p] >= m_paramOf.size())
            m_paramOf.resize(wireIndex[p] + 1, 0);
        m_paramOf[wireIndex[p]] = int(p + 1);
    }
}

bool JsonRowBinder::run(sqlite3_stmt *st, const QByteArray &rows, QStringList *ids,
                        qsizetype *rowCount, QString *error)
{
    *rowCount = 0;
    Reader in(rows);
    const auto malformed = [&]() {
        sqlite3_reset(st);
        *error = u"row %1 is not a row of scalars"_s.arg(*rowCount + 1);
        return false;
    };
    if (!in.take('['))
        return malformed();
    std::string decoded;
    std::string bytes;
    bool first = true;
    while (!in.take(']')) {
        if ((!first && !in.take(',')) || !in.take('['))
            return malformed();
        first = false;
        sqlite3_clear_bindings(st);
        bool idSeen = false;
        int index = 0;
        while (!in.take(']')) {
            if (index > 0 && !in.take(','))
                return malformed();
            const int param = index < m_paramOf.size() ? m_paramOf[index] : 0;
            const char c = in.peek();
            if (c == '"') {
                const char *text = nullptr;
                int size = 0;
                if (!in.string(&text, &size, &decoded))
                    return malformed();
                if (param != 0 && param <= m_blob.size() && m_blob[param - 1]) {
                    if (!fromHex(text, size, &bytes)) {
                        sqlite3_reset(st);
                        *error = u"row %1 has bytes that are not hex"_s.arg(*rowCount + 1);
                        return false;
                    }
                    if (sqlite3_bind_blob(st, param, bytes.data(), int(bytes.size()),
                                          SQLITE_TRANSIENT) != SQLITE_OK)
                        return malformed();
                } else if (param != 0 &&
                           // Text escapes were decoded into a buffer reused by the next value:
                           // SQLite copies.
                           sqlite3_bind_text(st, param, text, size,
                                             text == decoded.data() ? SQLITE_TRANSIENT
                                                                    : SQLITE_STATIC) != SQLITE_OK) {
                    return malformed();
                }
                if (index == m_idIndex) {
                    idSeen = true;
                    if (ids)
                        *ids << QString::fromUtf8(text, size);
                }
            } else if (c == '\0' || !in.scalar(st, param)) {
                return malformed();
            }
            ++index;
        }
        if (!idSeen)
            return malformed();
        if (sqlite3_step(st) != SQLITE_DONE) {
            *error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(st)));
            sqlite3_reset(st);
            return false;
        }
        sqlite3_reset(st);
        ++*rowCount;
    }
    sqlite3_clear_bindings(st);
    if (!in.atEnd())
        return malformed();
    return true;
}

} // namespace gpudesk::sync
