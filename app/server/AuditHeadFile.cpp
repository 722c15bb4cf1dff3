// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditHeadFile.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace gpudesk {

bool AuditHeadFile::append(const AuditHead &head, QString *error) const
{
    const QByteArray line = QByteArray::number(head.seq) + ' ' + head.hash.toLatin1() + '\n';
    const QByteArray path = QFile::encodeName(m_path);
    const int fd = ::open(path.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = u"cannot open %1: %2"_s.arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    // One write of a short line with O_APPEND lands whole at the end, even with two writers.
    const ssize_t written = ::write(fd, line.constData(), size_t(line.size()));
    const bool ok = written == line.size() && ::fsync(fd) == 0;
    if (!ok)
        *error = u"cannot write %1: %2"_s.arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
    ::close(fd);
    return ok;
}

bool AuditHeadFile::read(QList<AuditHead> *heads, qint64 *damagedLine, bool *exists,
                         QString *error) const
{
    heads->clear();
    *damagedLine = 0;
    *exists = QFileInfo::exists(m_path);
    if (!*exists)
        return true;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    qint64 lineNo = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine(256);
        ++lineNo;
        const QList<QByteArray> parts = line.trimmed().split(' ');
        bool ok = false;
        const qint64 seq = parts.value(0).toLongLong(&ok);
        if (parts.size() != 2 || !ok || seq < 1 || parts[1].size() != 64 || !line.endsWith('\n')) {
            *damagedLine = lineNo;
            return true;
        }
        heads->append({seq, QString::fromLatin1(parts[1])});
    }
    return true;
}

} // namespace gpudesk
