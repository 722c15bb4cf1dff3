// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

typedef struct ssl_ctx_st SSL_CTX;

namespace gpudesk {

struct TlsSettings
{
    QString certificateFile; // PEM chain, leaf first
    QString privateKeyFile;
    // The server's CA: sent after the certificate when it issued it (so a desktop that trusts on
    // first use sees the CA whose fingerprint `init` printed), and with `mutual` the CA client
    // certificates must chain to.
    QString clientCaFile;
    bool mutual = false;
};

// Configures the server's SSL_CTX: TLS 1.2 at least (1.3 is chosen whenever the client has it,
// since OpenSSL negotiates the highest shared version), for 1.2 only ECDHE with AES-GCM or
// ChaCha20-Poly1305, no compression, no renegotiation, no session tickets; in mutual mode a
// client certificate from the configured CA is required.
class TlsContext final
{
public:
    static constexpr const char *kTls12Ciphers =
        "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
        "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
        "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";
    static constexpr const char *kTls13Suites =
        "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256";

    static bool configure(SSL_CTX *ctx, const TlsSettings &settings, QString *error);
};

} // namespace gpudesk
