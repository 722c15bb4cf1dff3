// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace gpudesk {

// The certificate a desktop trusts for its server: a CA file the administrator handed out, or the
// CA the server presented on first contact, confirmed by its SHA-256 fingerprint and pinned.
namespace ServerTrust {

// SHA-256 over the DER form, upper-case hex with colons: the form `gpudesk-server init` prints.
QString fingerprint(const QSslCertificate &certificate);

// Reads a CA certificate file (PEM). False with a translated *error when it holds none.
bool readCaFile(const QString &path, QString *pem, QString *fingerprint, QString *error);

// The certificate to pin from a chain the server presented: its root (the last certificate,
// which gpudesk-server sends after its own).
QSslCertificate anchorOf(const QList<QSslCertificate> &chain);

// What the first contact saw. `reached` false: the server could not be reached (*error says why).
struct Probe
{
    bool reached = false;
    bool alreadyTrusted = false; // the system's CAs already trust it
    QSslCertificate anchor;
    QString fingerprint;
    QString subject;
    QString error;
};

// Connects to `url` without trusting anything, to see the chain the server presents. Blocks
// with a local event loop for at most `timeoutMs`: call it off the GUI thread or while a
// progress dialog runs.
Probe probe(const QString &url, int timeoutMs = 10000);

// Is this an address gpudesk accepts: https with a host (and an optional port)?
bool validServerUrl(const QString &url);

} // namespace ServerTrust
} // namespace gpudesk
