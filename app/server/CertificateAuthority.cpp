// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateAuthority.h"

#include "Crypto.h"

#include <QFile>
#include <QHostAddress>
#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Free
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
};
template <typename T> using Ptr = std::unique_ptr<T, Free>;

QString opensslError(const QString &what)
{
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
    return u"%1: %2"_s.arg(what, QString::fromLatin1(buffer));
}

Ptr<EVP_PKEY> newKey()
{
    return Ptr<EVP_PKEY>(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

bool writeFile(const QString &path, const QByteArray &data, bool secret, QString *error)
{
    QFile f(path);
    // Create the key file private from the first byte, not chmod it afterwards.
    const QFileDevice::Permissions perms = secret
                                               ? (QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                                               : (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, perms)) {
        *error = u"cannot create %1: %2"_s.arg(path, f.errorString());
        return false;
    }
    if (f.write(data) != data.size() || !f.flush()) {
        *error = u"cannot write %1: %2"_s.arg(path, f.errorString());
        return false;
    }
    return true;
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(len));
}

bool writeKey(EVP_PKEY *key, const QString &path, QString *error)
{
    Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)) {
        *error = opensslError(u"cannot encode the key"_s);
        return false;
    }
    return writeFile(path, bioBytes(bio.get()), true, error);
}

bool writeCert(X509 *cert, const QString &path, QString *error)
{
    Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509(bio.get(), cert)) {
        *error = opensslError(u"cannot encode the certificate"_s);
        return false;
    }
    return writeFile(path, bioBytes(bio.get()), false, error);
}

Ptr<X509> readCert(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    const QByteArray pem = f.readAll();
    Ptr<BIO> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Ptr<X509>(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

Ptr<EVP_PKEY> readKey(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    const QByteArray pem = f.readAll();
    Ptr<BIO> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Ptr<EVP_PKEY>(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QString &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    Ptr<X509_EXTENSION> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.toLatin1().constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

// A certificate with a random 128-bit serial, the subject's key and the validity window.
Ptr<X509> newCert(EVP_PKEY *key, const QString &commonName, int days)
{
    Ptr<X509> cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1)
        return nullptr;
    QByteArray serial = Crypto::randomBytes(16);
    if (serial.isEmpty())
        return nullptr;
    serial[0] = char(serial[0] & 0x7f); // positive
    BIGNUM *bn = BN_bin2bn(reinterpret_cast<const unsigned char *>(serial.constData()),
                           int(serial.size()), nullptr);
    ASN1_INTEGER *asn = bn ? BN_to_ASN1_INTEGER(bn, nullptr) : nullptr;
    const bool serialOk = asn && X509_set_serialNumber(cert.get(), asn) == 1;
    ASN1_INTEGER_free(asn);
    BN_free(bn);
    if (!serialOk)
        return nullptr;
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60 * 60); // clocks differ a little
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(days) * 24 * 60 * 60);
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("gpudesk"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    if (X509_set_pubkey(cert.get(), key) != 1)
        return nullptr;
    return cert;
}

bool issue(const QString &caCertPath, const QString &caKeyPath, const QString &commonName,
           const QString &san, const QString &eku, const QString &certPath, const QString &keyPath,
           QString *error)
{
    Ptr<X509> caCert = readCert(caCertPath);
    Ptr<EVP_PKEY> caKey = readKey(caKeyPath);
    if (!caCert || !caKey) {
        *error = u"cannot read the CA (%1, %2)"_s.arg(caCertPath, caKeyPath);
        return false;
    }
    Ptr<EVP_PKEY> key = newKey();
    Ptr<X509> cert = key ? newCert(key.get(), commonName, 825) : nullptr;
    if (!cert) {
        *error = opensslError(u"cannot make the certificate"_s);
        return false;
    }
    X509_set_issuer_name(cert.get(), X509_get_subject_name(caCert.get()));
    const bool ok =
        addExtension(cert.get(), caCert.get(), NID_basic_constraints, u"critical,CA:FALSE"_s) &&
        addExtension(cert.get(), caCert.get(), NID_key_usage, u"critical,digitalSignature"_s) &&
        addExtension(cert.get(), caCert.get(), NID_ext_key_usage, eku) &&
        addExtension(cert.get(), caCert.get(), NID_subject_key_identifier, u"hash"_s) &&
        addExtension(cert.get(), caCert.get(), NID_authority_key_identifier, u"keyid:always"_s) &&
        (san.isEmpty() || addExtension(cert.get(), caCert.get(), NID_subject_alt_name, san)) &&
        X509_sign(cert.get(), caKey.get(), EVP_sha256()) > 0;
    if (!ok) {
        *error = opensslError(u"cannot sign the certificate"_s);
        return false;
    }
    return writeKey(key.get(), keyPath, error) && writeCert(cert.get(), certPath, error);
}

} // namespace

bool CertificateAuthority::createCa(const QString &certPath, const QString &keyPath,
                                    const QString &commonName, QString *error)
{
    Ptr<EVP_PKEY> key = newKey();
    Ptr<X509> cert = key ? newCert(key.get(), commonName, 3650) : nullptr;
    if (!cert) {
        *error = opensslError(u"cannot make the CA"_s);
        return false;
    }
    X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get()));
    const bool ok =
        addExtension(cert.get(), cert.get(), NID_basic_constraints,
                     u"critical,CA:TRUE,pathlen:0"_s) &&
        addExtension(cert.get(), cert.get(), NID_key_usage, u"critical,keyCertSign,cRLSign"_s) &&
        addExtension(cert.get(), cert.get(), NID_subject_key_identifier, u"hash"_s) &&
        X509_sign(cert.get(), key.get(), EVP_sha256()) > 0;
    if (!ok) {
        *error = opensslError(u"cannot sign the CA"_s);
        return false;
    }
    return writeKey(key.get(), keyPath, error) && writeCert(cert.get(), certPath, error);
}

bool CertificateAuthority::issueServer(const QString &caCertPath, const QString &caKeyPath,
                                       const QStringList &hosts, const QString &certPath,
                                       const QString &keyPath, QString *error)
{
    QStringList san;
    for (const QString &h : hosts) {
        QHostAddress address;
        const bool isIp = address.setAddress(h);
        // Names go into the config string of OpenSSL: refuse anything that could break out of it.
        for (const QChar c : h) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'.' && c != u'-' &&
                c != u':' && c != u'*') {
                *error = u"not a host name or address: %1"_s.arg(h);
                return false;
            }
        }
        san << (isIp ? u"IP:"_s + address.toString() : u"DNS:"_s + h);
    }
    if (san.isEmpty()) {
        *error = u"a server certificate needs at least one host name"_s;
        return false;
    }
    return issue(caCertPath, caKeyPath, hosts.first(), san.join(u','), u"serverAuth"_s, certPath,
                 keyPath, error);
}

bool CertificateAuthority::issueClient(const QString &caCertPath, const QString &caKeyPath,
                                       const QString &commonName, const QString &certPath,
                                       const QString &keyPath, QString *error)
{
    return issue(caCertPath, caKeyPath, commonName, QString(), u"clientAuth"_s, certPath, keyPath,
                 error);
}

QString CertificateAuthority::fingerprintSha256(const QString &certPath)
{
    Ptr<X509> cert = readCert(certPath);
    if (!cert)
        return {};
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (X509_digest(cert.get(), EVP_sha256(), md, &len) != 1)
        return {};
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(md), int(len)).toHex(':').toUpper());
}

} // namespace gpudesk
