// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <openssl/ssl.h>
#include <sys/socket.h>
#include <unistd.h>

// A bare OpenSSL client for handshake tests: connects to 127.0.0.1:port with the given version
// range and TLS 1.2 cipher list, and says what was negotiated (empty when the handshake failed).
namespace gpudesk::test {

struct TlsProbeResult
{
    bool handshake = false;
    QString version;
    QString cipher;
};

inline int connectLoopback(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(quint16(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    timeval tv{5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    return fd;
}

inline TlsProbeResult probeTls(int port, int minVersion, int maxVersion, const char *ciphers,
                               const QString &certFile = {}, const QString &keyFile = {})
{
    TlsProbeResult out;
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_security_level(ctx, 0); // let the client offer what old clients offer
    SSL_CTX_set_min_proto_version(ctx, minVersion);
    SSL_CTX_set_max_proto_version(ctx, maxVersion);
    if (ciphers)
        SSL_CTX_set_cipher_list(ctx, ciphers);
    if (!certFile.isEmpty()) {
        SSL_CTX_use_certificate_file(ctx, certFile.toLocal8Bit().constData(), SSL_FILETYPE_PEM);
        SSL_CTX_use_PrivateKey_file(ctx, keyFile.toLocal8Bit().constData(), SSL_FILETYPE_PEM);
    }
    const int fd = connectLoopback(port);
    if (fd >= 0) {
        SSL *ssl = SSL_new(ctx);
        SSL_set_fd(ssl, fd);
        if (SSL_connect(ssl) == 1) {
            // In TLS 1.3 a refused client certificate shows only on the first read: write a
            // request and read its answer to learn whether the server kept the connection.
            const char request[] = "GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: "
                                   "close\r\n\r\n";
            char buffer[64];
            if (SSL_write(ssl, request, int(sizeof request - 1)) > 0 &&
                SSL_read(ssl, buffer, sizeof buffer) > 0) {
                out.handshake = true;
                out.version = QString::fromLatin1(SSL_get_version(ssl));
                out.cipher = QString::fromLatin1(SSL_get_cipher_name(ssl));
            }
        }
        SSL_free(ssl);
        ::close(fd);
    }
    SSL_CTX_free(ctx);
    return out;
}

} // namespace gpudesk::test
