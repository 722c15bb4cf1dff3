// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace gpudesk {

// Cost of scrypt. Production is N = 2^17, r = 8, p = 1 (128 MiB and about 0.3 s per hash); tests
// may lower log2N through the configuration, and the server warns when it runs that way.
struct ScryptParams
{
    int log2N = 17;
    int r = 8;
    int p = 1;
    bool operator==(const ScryptParams &o) const
    {
        return log2N == o.log2N && r == o.r && p == o.p;
    }
};

// Password hashes as PHC strings: "$scrypt$ln=17,r=8,p=1$<salt>$<hash>" (base64 without
// padding), so the parameters travel with every hash and can be raised later. It also verifies
// the desktop's "pbkdf2-sha256$iterations$salt$hash" so a profile's accounts can move over.
class PasswordHasher final
{
public:
    static constexpr int kProductionLog2N = 17;
    static constexpr int kMaxPasswordBytes = 1024; // longer input is refused before hashing
    static constexpr int kSaltBytes = 16;
    static constexpr int kHashBytes = 32;

    explicit PasswordHasher(ScryptParams params = {}) : m_params(params) {}
    ScryptParams params() const { return m_params; }

    // The PHC string, or empty (with *error) when the KDF fails.
    QString hash(const QString &password, QString *error = nullptr) const;
    // Constant-time comparison; a malformed or unknown hash never matches.
    static bool verify(const QString &password, const QString &encoded);
    // True when `encoded` was made with other parameters than this hasher's.
    bool needsRehash(const QString &encoded) const;

    static std::optional<ScryptParams> scryptParamsOf(const QString &encoded);
    // The memory limit handed to OpenSSL: the working set of these parameters plus headroom, so
    // a crafted hash with a larger cost is refused rather than allocated.
    static quint64 maxMemoryBytes(const ScryptParams &params);
    // Parameters OpenSSL will run at all (also the bounds accepted from a stored hash).
    static bool acceptable(const ScryptParams &params);

private:
    ScryptParams m_params;
};

} // namespace gpudesk
