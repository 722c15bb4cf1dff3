// SPDX-License-Identifier: GPL-3.0-or-later
#include "Csv.h"

#include <QByteArrayView>
#include <QIODevice>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gpudesk {

CsvReader::CsvReader(QByteArray data) : m_data(std::move(data))
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    else if (m_data.startsWith("\xFF\xFE") || m_data.startsWith("\xFE\xFF"))
        m_error = tr("The file is UTF-16 text. Save it as CSV UTF-8 and try again.");
}

bool CsvReader::fail(const QString &message, QString *error)
{
    m_error = message;
    if (error)
        *error = message;
    return false;
}

// At a CR or LF: steps over one line end (CRLF counts once) and counts the line.
void CsvReader::consumeLineEnd()
{
    if (m_data.at(m_pos) == '\r' && m_pos + 1 < m_data.size() && m_data.at(m_pos + 1) == '\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
}

bool CsvReader::next(CsvRecord *out, QString *error)
{
    if (error)
        error->clear();
    if (!m_error.isEmpty())
        return fail(m_error, error);

    const qsizetype size = m_data.size();
    // Completely empty lines carry no record.
    while (m_pos < size && (m_data.at(m_pos) == '\r' || m_data.at(m_pos) == '\n'))
        consumeLineEnd();
    if (m_pos >= size)
        return false;

    CsvRecord record;
    record.line = m_line;
    QByteArray field;
    for (;;) {
        field.clear();
        const int fieldLine = m_line;
        if (m_pos < size && m_data.at(m_pos) == '"') {
            ++m_pos;
            for (;;) {
                if (m_pos >= size) {
                    return fail(tr("Line %1: a quoted field is not closed (a quote character is "
                                   "missing). Check the quotes from this line on.")
                                    .arg(fieldLine),
                                error);
                }
                const char c = m_data.at(m_pos);
                if (c == '"') {
                    if (m_pos + 1 < size && m_data.at(m_pos + 1) == '"') {
                        field.append('"');
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    break;
                }
                if (c == '\r' || c == '\n') {
                    field.append('\n');
                    consumeLineEnd();
                    continue;
                }
                field.append(c);
                ++m_pos;
            }
            if (m_pos < size && m_data.at(m_pos) != ',' && m_data.at(m_pos) != '\r' &&
                m_data.at(m_pos) != '\n') {
                return fail(tr("Line %1: unexpected text after a closing quote. A field that "
                               "contains quotes must be quoted as a whole, with each quote "
                               "doubled (\"\").")
                                .arg(m_line),
                            error);
            }
        } else {
            const qsizetype start = m_pos;
            while (m_pos < size && m_data.at(m_pos) != ',' && m_data.at(m_pos) != '\r' &&
                   m_data.at(m_pos) != '\n')
                ++m_pos;
            field = m_data.mid(start, m_pos - start);
        }
        if (!QByteArrayView(field).isValidUtf8()) {
            return fail(tr("Line %1 is not valid UTF-8 text. Save the file as CSV UTF-8 and try "
                           "again.")
                            .arg(fieldLine),
                        error);
        }
        record.fields.append(QString::fromUtf8(field));
        if (m_pos >= size)
            break;
        if (m_data.at(m_pos) == ',') {
            ++m_pos;
            continue;
        }
        consumeLineEnd();
        break;
    }
    if (out)
        *out = std::move(record);
    return true;
}

CsvWriter::CsvWriter(QIODevice *out) : m_out(out)
{
    m_ok = m_out && m_out->write("\xEF\xBB\xBF", 3) == 3;
}

QString CsvWriter::neutralise(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' &&
        first != u'\r')
        return cell;
    static const QRegularExpression plainNumber(
        u"\\A[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?\\z"_s);
    if (plainNumber.match(cell).hasMatch())
        return cell;
    return u'\'' + cell;
}

QString CsvWriter::encodeCell(const QString &cell)
{
    QString text = neutralise(cell);
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\r') ||
        text.contains(u'\n')) {
        text.replace(u"\""_s, u"\"\""_s);
        return u'"' + text + u'"';
    }
    return text;
}

void CsvWriter::writeRow(const QStringList &cells)
{
    if (!m_out)
        return;
    // A row of one empty cell is written as "" so that a reader does not skip it as a blank line.
    QString line = cells.size() == 1 && cells.front().isEmpty() ? u"\"\""_s : QString();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        line += encodeCell(cells.at(i));
    }
    line += u"\r\n"_s;
    const QByteArray bytes = line.toUtf8();
    if (m_out->write(bytes) != bytes.size())
        m_ok = false;
}

} // namespace gpudesk
