// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

namespace gpudesk {

// One CSV record and the 1-based line of the file on which it starts.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// Reads RFC 4180 CSV from UTF-8 bytes: quoted fields with commas, doubled quotes and line breaks,
// CRLF, LF or lone CR line ends, a leading UTF-8 BOM skipped. Lines that are completely empty are
// skipped. Line breaks inside quoted fields come back as LF. A quote inside an unquoted field is
// kept as text (lenient, as spreadsheets write it); anything after a closing quote other than a
// comma or a line end, an unterminated quote and invalid UTF-8 are errors that stop the reader.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    explicit CsvReader(QByteArray data);

    // Reads the next record into *out. Returns false at the end of the data or on an error; then
    // *error (if given) is empty at the end and holds a translated message naming the line on an
    // error. After an error every further call fails with the same message.
    bool next(CsvRecord *out, QString *error = nullptr);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message, QString *error);
    void consumeLineEnd();

    QByteArray m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_error;
};

// Writes CSV for spreadsheet programs: a UTF-8 BOM first (so Excel reads Korean text correctly),
// CRLF line ends, fields quoted when they hold a comma, quote, CR or LF, and every cell passed
// through neutralise() so that no cell is run as a formula.
class CsvWriter final
{
public:
    // Writes the BOM at once; `out` must be open for writing and outlive the writer.
    explicit CsvWriter(QIODevice *out);

    void writeRow(const QStringList &cells);
    // False once a write to the device failed.
    bool ok() const { return m_ok; }

    // Formula-injection guard (OWASP "CSV injection"): a cell starting with = + - @ TAB or CR
    // gets a leading apostrophe, which spreadsheets show as text. A cell that is entirely a plain
    // decimal number (optional sign, digits, optional fraction and exponent: "-12.5", "+3",
    // "-1e3") is left as is, because a spreadsheet reads it as that number and nothing runs.
    // Everything else starting with those characters is neutralised, including phone numbers
    // such as "+82-10-1234-5678" (shown as '+82-10-1234-5678): safe beats pretty.
    static QString neutralise(const QString &cell);
    // One cell as written: neutralised, then quoted if needed.
    static QString encodeCell(const QString &cell);

private:
    QIODevice *m_out;
    bool m_ok = true;
};

} // namespace gpudesk
