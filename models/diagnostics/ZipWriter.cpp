// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipWriter.h"

#include <QDateTime>
#include <QIODevice>
#include <QtEndian>
#include <array>

namespace gpudesk {
namespace {

void put16(QByteArray &b, quint16 v)
{
    char bytes[2];
    qToLittleEndian(v, bytes);
    b.append(bytes, 2);
}

void put32(QByteArray &b, quint32 v)
{
    char bytes[4];
    qToLittleEndian(v, bytes);
    b.append(bytes, 4);
}

// MS-DOS date and time, as ZIP stores them.
std::pair<quint16, quint16> dosTime(const QDateTime &t)
{
    const QDate d = t.date();
    const QTime h = t.time();
    const quint16 time = quint16((h.hour() << 11) | (h.minute() << 5) | (h.second() / 2));
    const quint16 date = quint16(((qMax(d.year(), 1980) - 1980) << 9) | (d.month() << 5) | d.day());
    return {time, date};
}

// Raw deflate from qCompress: drop Qt's 4-byte size prefix, zlib's 2-byte header and the
// 4-byte Adler-32 trailer.
QByteArray deflateRaw(const QByteArray &data)
{
    const QByteArray z = qCompress(data, 9);
    if (z.size() < 10)
        return {};
    return z.mid(6, z.size() - 10);
}

} // namespace

quint32 ZipWriter::crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data)
        crc = table[(crc ^ static_cast<quint8>(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void ZipWriter::write(const QByteArray &bytes)
{
    if (m_out->write(bytes) != bytes.size())
        m_ok = false;
    m_offset += quint32(bytes.size());
}

void ZipWriter::add(const QString &name, const QByteArray &data)
{
    Entry e;
    e.name = name.toUtf8();
    e.crc = crc32(data);
    e.size = quint32(data.size());
    e.offset = m_offset;
    QByteArray body = deflateRaw(data);
    e.method = 8;
    if (body.isEmpty() || body.size() >= data.size()) {
        body = data; // stored: small or incompressible
        e.method = 0;
    }
    e.compressedSize = quint32(body.size());
    const auto [time, date] = dosTime(QDateTime::currentDateTime());
    QByteArray header;
    put32(header, 0x04034b50);
    put16(header, 20);      // version needed
    put16(header, 0x0800);  // UTF-8 names
    put16(header, e.method);
    put16(header, time);
    put16(header, date);
    put32(header, e.crc);
    put32(header, e.compressedSize);
    put32(header, e.size);
    put16(header, quint16(e.name.size()));
    put16(header, 0);
    header.append(e.name);
    write(header);
    write(body);
    m_entries.append(e);
}

bool ZipWriter::finish()
{
    const quint32 start = m_offset;
    const auto [time, date] = dosTime(QDateTime::currentDateTime());
    for (const Entry &e : std::as_const(m_entries)) {
        QByteArray c;
        put32(c, 0x02014b50);
        put16(c, 20); // made by
        put16(c, 20); // needed
        put16(c, 0x0800);
        put16(c, e.method);
        put16(c, time);
        put16(c, date);
        put32(c, e.crc);
        put32(c, e.compressedSize);
        put32(c, e.size);
        put16(c, quint16(e.name.size()));
        put16(c, 0); // extra
        put16(c, 0); // comment
        put16(c, 0); // disk
        put16(c, 0); // internal attributes
        put32(c, 0); // external attributes
        put32(c, e.offset);
        c.append(e.name);
        write(c);
    }
    QByteArray end;
    put32(end, 0x06054b50);
    put16(end, 0);
    put16(end, 0);
    put16(end, quint16(m_entries.size()));
    put16(end, quint16(m_entries.size()));
    put32(end, m_offset - start);
    put32(end, start);
    put16(end, 0);
    write(end);
    return m_ok;
}

} // namespace gpudesk
