// SPDX-License-Identifier: GPL-3.0-or-later
#include "TlsContext.h"

#include <QFile>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {
bool fail(QString *error, const QString &what)
{
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
    *error = u"%1: %2"_s.arg(what, QString::fromLatin1(buffer));
    return false;
}
// Sends the CA after the server's certificate when that CA issued it and the chain file did not
// already carry it. A missing or foreign CA file changes nothing.
void appendIssuingCa(SSL_CTX *ctx, const QString &caFile)
{
    QFile f(caFile);
    X509 *leaf = SSL_CTX_get0_certificate(ctx);
    STACK_OF(X509) *chain = nullptr;
    if (!leaf || !f.open(QIODevice::ReadOnly) || SSL_CTX_get0_chain_certs(ctx, &chain) != 1 ||
        (chain && sk_X509_num(chain) > 0))
        return;
    const QByteArray pem = f.readAll();
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509 *ca = bio ? PEM_read_bio_X509(bio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(bio);
    if (ca && X509_check_issued(ca, leaf) == X509_V_OK)
        SSL_CTX_add1_chain_cert(ctx, ca);
    X509_free(ca);
    ERR_clear_error();
}

} // namespace

bool TlsContext::configure(SSL_CTX *ctx, const TlsSettings &s, QString *error)
{
    if (!ctx)
        return fail(error, u"no TLS context"_s);
    if (SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION) != 1 ||
        SSL_CTX_set_max_proto_version(ctx, 0) != 1) // 0: the highest the library knows (1.3)
        return fail(error, u"cannot set the TLS versions"_s);
    SSL_CTX_set_options(ctx, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION |
                                 SSL_OP_CIPHER_SERVER_PREFERENCE | SSL_OP_NO_TICKET);
    // OpenSSL 3 refuses client-initiated renegotiation unless SSL_OP_ALLOW_CLIENT_RENEGOTIATION
    // is set; make sure nobody set it.
    SSL_CTX_clear_options(ctx, SSL_OP_ALLOW_CLIENT_RENEGOTIATION);
    if (SSL_CTX_set_cipher_list(ctx, kTls12Ciphers) != 1 ||
        SSL_CTX_set_ciphersuites(ctx, kTls13Suites) != 1)
        return fail(error, u"cannot set the cipher list"_s);
    if (SSL_CTX_set1_groups_list(ctx, "X25519:P-256:P-384") != 1)
        return fail(error, u"cannot set the key exchange groups"_s);
    const QByteArray cert = QFile::encodeName(s.certificateFile);
    const QByteArray key = QFile::encodeName(s.privateKeyFile);
    if (SSL_CTX_use_certificate_chain_file(ctx, cert.constData()) != 1)
        return fail(error, u"cannot load the certificate %1"_s.arg(s.certificateFile));
    if (SSL_CTX_use_PrivateKey_file(ctx, key.constData(), SSL_FILETYPE_PEM) != 1)
        return fail(error, u"cannot load the private key %1"_s.arg(s.privateKeyFile));
    if (SSL_CTX_check_private_key(ctx) != 1)
        return fail(error, u"the private key does not match the certificate"_s);
    appendIssuingCa(ctx, s.clientCaFile);
    if (s.mutual) {
        const QByteArray ca = QFile::encodeName(s.clientCaFile);
        if (SSL_CTX_load_verify_locations(ctx, ca.constData(), nullptr) != 1)
            return fail(error, u"cannot load the client CA %1"_s.arg(s.clientCaFile));
        STACK_OF(X509_NAME) *names = SSL_load_client_CA_file(ca.constData());
        if (!names)
            return fail(error, u"cannot read the client CA names"_s);
        SSL_CTX_set_client_CA_list(ctx, names);
        SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, nullptr);
        SSL_CTX_set_verify_depth(ctx, 2);
    }
    // Without mutual TLS the server asks no client for a certificate (a new context's default);
    // clients still verify the server's certificate against their CA or pin.
    return true;
}

} // namespace gpudesk
