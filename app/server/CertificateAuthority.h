// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace gpudesk {

// The server's private CA: an EC P-256 key and a self-signed CA certificate, which then signs the
// server's certificate (SAN: the given DNS names and IP addresses) and, for mutual TLS, client
// certificates. Keys are written 0600 in PEM (PKCS#8) through OpenSSL 3's EVP APIs.
class CertificateAuthority final
{
public:
    // Makes ca.pem/ca.key. commonName names the CA in its subject.
    static bool createCa(const QString &certPath, const QString &keyPath, const QString &commonName,
                         QString *error);
    // Signs a server certificate for `hosts` (each a DNS name or an IPv4/IPv6 address).
    static bool issueServer(const QString &caCertPath, const QString &caKeyPath,
                            const QStringList &hosts, const QString &certPath,
                            const QString &keyPath, QString *error);
    // Signs a client certificate (extendedKeyUsage clientAuth) for mutual TLS.
    static bool issueClient(const QString &caCertPath, const QString &caKeyPath,
                            const QString &commonName, const QString &certPath,
                            const QString &keyPath, QString *error);
    // "AB:CD:..." SHA-256 fingerprint of a PEM certificate (what a user compares on first use).
    static QString fingerprintSha256(const QString &certPath);
};

} // namespace gpudesk
