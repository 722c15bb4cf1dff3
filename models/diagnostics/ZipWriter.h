// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

namespace gpudesk {

// A minimal ZIP archive writer (deflate, UTF-8 names, no ZIP64): enough for a diagnostics
// bundle of a few megabytes that any system's archive tool opens. Qt 6.4 has no public one.
class ZipWriter final
{
public:
    explicit ZipWriter(QIODevice *out) : m_out(out) {}

    void add(const QString &name, const QByteArray &data);
    // Writes the central directory; false when any write to the device failed.
    bool finish();

    static quint32 crc32(const QByteArray &data);

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 offset = 0;
        quint16 method = 0;
    };
    void write(const QByteArray &bytes);

    QIODevice *m_out;
    QList<Entry> m_entries;
    quint32 m_offset = 0;
    bool m_ok = true;
};

} // namespace gpudesk
