// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Secrets never leave the program in writing: every log line and every diagnostics file passes
// through here first (defence in depth: the code does not log secrets in the first place).
namespace gpudesk::Redaction {

// The text with the values of password=, token:, "secret": ..., Authorization/Bearer headers,
// stored password hashes and PEM private keys replaced by <redacted>.
QString redact(const QString &text);

// True for a settings or configuration key that names a secret (password, token, key, ...).
bool isSecretKey(const QString &key);

} // namespace gpudesk::Redaction
