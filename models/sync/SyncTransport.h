// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace gpudesk {

// Why an exchange with the server did not produce an answer.
enum class TransportFailure
{
    None,
    Unreachable,        // no route, refused, name unknown, proxy failed: offline
    Timeout,            // no answer in time: offline
    TlsUntrusted,       // the server's certificate is not from the trusted CA (or no CA set)
    CertificateChanged, // the server presents another CA than the one pinned on first use
    Cancelled,
    Other
};

// An answer, or why there is none. `presentedSha256` is the fingerprint of the CA the server
// presented when trust failed, so the user can be told what changed.
struct TransportReply
{
    TransportFailure failure = TransportFailure::None;
    int status = 0;
    QByteArray body;
    QString detail; // technical, for the details button; never a token
    QString presentedSha256;

    bool answered() const { return failure == TransportFailure::None; }
};

// How the sync engine reaches the server: HTTPS in the application, an in-process server with
// faults in the simulation. post() blocks until the answer (it runs on a worker thread).
// begin() and finish() split one exchange so the engine can ask for the next page while it
// writes the one it has; one exchange is in flight at a time. By default they are post().
class SyncTransport
{
public:
    virtual ~SyncTransport() = default;
    virtual TransportReply post(const QString &path, const QByteArray &body) = 0;

    virtual void begin(const QString &path, const QByteArray &body)
    {
        m_path = path;
        m_body = body;
    }
    virtual TransportReply finish() { return post(m_path, m_body); }
    // Whether finish() would return at once, after waiting up to `waitMs` for the answer. The
    // engine keeps its write open for the next page only while the page is about to arrive.
    // By default the exchange is made in finish(), so there is nothing to wait for.
    virtual bool ready(int waitMs)
    {
        Q_UNUSED(waitMs);
        return true;
    }
    // Another thread may ask the exchange in flight to stop (it then ends as Cancelled).
    virtual void cancel() {}
    // Another method than POST (GET, PATCH) for the routes beyond sync, such as the accounts.
    // By default only POST is known: a transport for sync alone need not speak the others.
    virtual TransportReply send(const QByteArray &method, const QString &path,
                                const QByteArray &body)
    {
        if (method == "POST")
            return post(path, body);
        TransportReply r;
        r.failure = TransportFailure::Other;
        r.detail = QStringLiteral("this transport sends only POST");
        return r;
    }

private:
    QString m_path;
    QByteArray m_body;
};

} // namespace gpudesk
