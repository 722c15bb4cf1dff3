// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HashGate.h"
#include "PasswordHasher.h"
#include "ServerConfig.h"
#include "ServerStore.h"

#include <QJsonObject>
#include <mutex>

namespace httplib {
struct Response;
}

namespace gpudesk {

// What the route handlers share: the store, the configuration, and password hashing behind its
// concurrency gate.
class ApiServices final
{
public:
    ApiServices(ServerStore *store, const ServerConfig &config);

    ServerStore *store() const { return m_store; }
    const ServerConfig &config() const { return m_config; }
    const PasswordHasher &hasher() const { return m_hasher; }
    HashGate &gate() { return m_gate; }

    // A slot of the hash gate, or an answered 503 "server.busy" (then the slot is empty).
    HashGate::Slot enterHashGate(httplib::Response &res);
    // Hashes a new password inside a gate slot. False when the gate was full (503 answered) or
    // the KDF failed (500 answered).
    bool hashNewPassword(const QString &password, httplib::Response &res, QString *hash);
    // A hash of a random password with the configured cost: an unknown login is checked against
    // it, so it takes as long as a known one. Call inside a gate slot.
    QString dummyHash();

    // The checks a new password must pass; sends 400 user.weak_password and returns false.
    static bool acceptablePassword(const QString &password, httplib::Response &res);
    static QJsonObject userJson(const ServerUser &user);

private:
    ServerStore *m_store;
    ServerConfig m_config;
    PasswordHasher m_hasher;
    HashGate m_gate;
    std::once_flag m_dummyOnce;
    QString m_dummyHash;
};

} // namespace gpudesk
