// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/Csv.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using gpudesk::CsvReader;
using gpudesk::CsvRecord;
using gpudesk::CsvWriter;

namespace {
// All records of data, or the error, as "line:field|field" strings for compact comparison.
QStringList readAll(const QByteArray &data, QString *error = nullptr)
{
    CsvReader reader(data);
    CsvRecord record;
    QStringList out;
    QString err;
    while (reader.next(&record, &err))
        out << QString::number(record.line) + u':' + record.fields.join(u'|');
    if (error)
        *error = err;
    return out;
}
} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reader_data();
    void reader();
    void readerErrors_data();
    void readerErrors();
    void errorIsSticky();
    void neutralise_data();
    void neutralise();
    void encodeCell_data();
    void encodeCell();
    void writerBomAndCrlf();
    void roundTrip();
};

void TestCsv::reader_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("records");

    QTest::newRow("simple LF") << QByteArray("a,b\nc,d\n") << QStringList{u"1:a|b"_s, u"2:c|d"_s};
    QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\n") << QStringList{u"1:a|b"_s, u"2:c|d"_s};
    QTest::newRow("lone CR") << QByteArray("a\rb") << QStringList{u"1:a"_s, u"2:b"_s};
    QTest::newRow("no final newline")
        << QByteArray("a,b\nc,d") << QStringList{u"1:a|b"_s, u"2:c|d"_s};
    QTest::newRow("BOM stripped") << QByteArray("\xEF\xBB\xBFname,x\n1,2\n")
                                  << QStringList{u"1:name|x"_s, u"2:1|2"_s};
    QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << QStringList{u"1:a,b|c"_s};
    QTest::newRow("doubled quotes")
        << QByteArray("\"say \"\"hi\"\"\",x\n") << QStringList{u"1:say \"hi\"|x"_s};
    QTest::newRow("embedded LF and line numbers")
        << QByteArray("h1,h2\n\"one\ntwo\nthree\",x\nnext,y\n")
        << QStringList{u"1:h1|h2"_s, u"2:one\ntwo\nthree|x"_s, u"5:next|y"_s};
    QTest::newRow("embedded CRLF becomes LF")
        << QByteArray("\"a\r\nb\",c\r\nd,e\r\n") << QStringList{u"1:a\nb|c"_s, u"3:d|e"_s};
    QTest::newRow("empty fields") << QByteArray(",,\n") << QStringList{u"1:||"_s};
    QTest::newRow("empty quoted field") << QByteArray("\"\"\n") << QStringList{u"1:"_s};
    QTest::newRow("blank lines skipped")
        << QByteArray("a\n\n\r\nb\n\n") << QStringList{u"1:a"_s, u"4:b"_s};
    QTest::newRow("quote inside unquoted kept")
        << QByteArray("5'10\",x\n") << QStringList{u"1:5'10\"|x"_s};
    QTest::newRow("Korean") << QByteArray("\xEC\x84\x9C\xEC\x9A\xB8,\xEB\x8C\x80\xED\x95\x99\n")
                            << QStringList{u"1:서울|대학"_s};
    QTest::newRow("empty input") << QByteArray() << QStringList{};
    QTest::newRow("only BOM") << QByteArray("\xEF\xBB\xBF") << QStringList{};
}

void TestCsv::reader()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, records);
    QString error;
    QCOMPARE(readAll(data, &error), records);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCsv::readerErrors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("before"); // records read before the error
    QTest::addColumn<QString>("lineText");   // the error names this line

    QTest::newRow("unterminated quote")
        << QByteArray("a,b\nc,\"open\nmore\n") << QStringList{u"1:a|b"_s} << u"Line 2"_s;
    QTest::newRow("text after closing quote")
        << QByteArray("a\n\"x\"y,z\n") << QStringList{u"1:a"_s} << u"Line 2"_s;
    QTest::newRow("invalid UTF-8 byte")
        << QByteArray("ok,1\nbad,\xFF\xFE\n") << QStringList{u"1:ok|1"_s} << u"Line 2"_s;
    QTest::newRow("truncated UTF-8 sequence")
        << QByteArray("a\nb\n\xEC\x84,x\n") << QStringList{u"1:a"_s, u"2:b"_s} << u"Line 3"_s;
    QTest::newRow("overlong UTF-8") << QByteArray("\xC0\xAF\n") << QStringList{} << u"Line 1"_s;
    QTest::newRow("invalid UTF-8 inside multi-line field")
        << QByteArray("h\n\"x\ny\xFF\"\n") << QStringList{u"1:h"_s} << u"Line 2"_s;
    QTest::newRow("UTF-16 BOM") << QByteArray("\xFF\xFE"
                                              "a\0,\0")
                                << QStringList{} << u"UTF-16"_s;
}

void TestCsv::readerErrors()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, before);
    QFETCH(QString, lineText);
    QString error;
    QCOMPARE(readAll(data, &error), before);
    QVERIFY2(error.contains(lineText), qPrintable(error));
}

void TestCsv::errorIsSticky()
{
    CsvReader reader("\"never closed\n");
    CsvRecord record;
    QString error;
    QVERIFY(!reader.next(&record, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(reader.hasError());
    QString again;
    QVERIFY(!reader.next(&record, &again));
    QCOMPARE(again, error);
}

void TestCsv::neutralise_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");

    QTest::newRow("HYPERLINK") << u"=HYPERLINK(\"http://x\",\"y\")"_s
                               << u"'=HYPERLINK(\"http://x\",\"y\")"_s;
    QTest::newRow("=1+1") << u"=1+1"_s << u"'=1+1"_s;
    QTest::newRow("@SUM") << u"@SUM(A1:A2)"_s << u"'@SUM(A1:A2)"_s;
    QTest::newRow("+cmd") << u"+cmd|' /C calc'!A0"_s << u"'+cmd|' /C calc'!A0"_s;
    QTest::newRow("-1+1") << u"-1+1"_s << u"'-1+1"_s;
    QTest::newRow("-cmd") << u"-2+3+cmd|' /C calc'!A0"_s << u"'-2+3+cmd|' /C calc'!A0"_s;
    QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("carriage return") << u"\r=1"_s << u"'\r=1"_s;
    QTest::newRow("phone number") << u"+82-10-1234-5678"_s << u"'+82-10-1234-5678"_s;
    QTest::newRow("lone minus") << u"-"_s << u"'-"_s;
    QTest::newRow("minus infinity") << u"-inf"_s << u"'-inf"_s;
    QTest::newRow("-12.5 kept") << u"-12.5"_s << u"-12.5"_s;
    QTest::newRow("+3 kept") << u"+3"_s << u"+3"_s;
    QTest::newRow("-0.5 kept") << u"-.5"_s << u"-.5"_s;
    QTest::newRow("-1e3 kept") << u"-1e3"_s << u"-1e3"_s;
    QTest::newRow("number with trailing text") << u"-12.5 ; =1"_s << u"'-12.5 ; =1"_s;
    QTest::newRow("plain text kept") << u"서울대학교"_s << u"서울대학교"_s;
    QTest::newRow("equals later kept") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("empty kept") << QString() << QString();
}

void TestCsv::neutralise()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::neutralise(cell), expected);
}

void TestCsv::encodeCell_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"abc"_s << u"abc"_s;
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("CR") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("formula with comma") << u"=SUM(1,2)"_s << u"\"'=SUM(1,2)\""_s;
    QTest::newRow("neutralised CR start") << u"\r\n=1"_s << u"\"'\r\n=1\""_s;
}

void TestCsv::encodeCell()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::encodeCell(cell), expected);
}

void TestCsv::writerBomAndCrlf()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    writer.writeRow({u"a"_s, u"b,c"_s});
    writer.writeRow({u"=1"_s, u"-5"_s});
    QVERIFY(writer.ok());
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF"
                                       "a,\"b,c\"\r\n'=1,-5\r\n"));
}

void TestCsv::roundTrip()
{
    const QList<QStringList> rows = {
        {u"receipt_code"_s, u"title"_s, u"summary"_s, u"gpus"_s},
        {u"AIH-1"_s, u"한국어 \"초거대\" 모델, 1단계"_s, u"첫 줄\n둘째 줄\n"_s, u"256"_s},
        {u"AIH-2"_s, QString(), u" spaced "_s, u"-12.5"_s},
        {QString()},
        {u"AIH-3"_s, u"'quoted'"_s, u"a\"\"b"_s, u"8"_s},
    };
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    for (const QStringList &row : rows)
        writer.writeRow(row);
    QVERIFY(writer.ok());

    CsvReader reader(buffer.data());
    CsvRecord record;
    QString error;
    QList<QStringList> back;
    QList<int> lines;
    while (reader.next(&record, &error)) {
        back << record.fields;
        lines << record.line;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back, rows);
    QCOMPARE(lines, (QList<int>{1, 2, 5, 6, 7}));
}

QTEST_APPLESS_MAIN(TestCsv)
#include "tst_csv.moc"
