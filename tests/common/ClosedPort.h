// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QTcpServer>

namespace gpudesk::test {

// A loopback port nobody listens on: one the system just handed out and that was closed again.
// 0 when none could be had.
inline quint16 closedLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : quint16(0);
}

} // namespace gpudesk::test
