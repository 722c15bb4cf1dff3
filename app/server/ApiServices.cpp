// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiServices.h"

#include "ApiResponse.h"
#include "Crypto.h"
#include "rules/AccountRules.h"

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace gpudesk {

ApiServices::ApiServices(ServerStore *store, const ServerConfig &config)
    : m_store(store), m_config(config), m_hasher(config.scrypt), m_gate(config.hashConcurrency)
{
}

HashGate::Slot ApiServices::enterHashGate(httplib::Response &res)
{
    HashGate::Slot slot = m_gate.enter(std::chrono::milliseconds(m_config.hashWaitMs));
    if (!slot)
        ApiResponse::retryLater(res, 503, u"server.busy"_s, 1000);
    return slot;
}

bool ApiServices::hashNewPassword(const QString &password, httplib::Response &res, QString *hash)
{
    HashGate::Slot slot = enterHashGate(res);
    if (!slot)
        return false;
    *hash = m_hasher.hash(password);
    if (hash->isEmpty()) {
        ApiResponse::error(res, 500, u"server.internal"_s);
        return false;
    }
    return true;
}

QString ApiServices::dummyHash()
{
    std::call_once(m_dummyOnce, [this] {
        m_dummyHash = m_hasher.hash(Crypto::base64Url(Crypto::randomBytes(24)));
    });
    return m_dummyHash;
}

bool ApiServices::acceptablePassword(const QString &password, httplib::Response &res)
{
    if (password.size() < kMinPasswordLength ||
        password.toUtf8().size() > PasswordHasher::kMaxPasswordBytes) {
        ApiResponse::error(res, 400, u"user.weak_password"_s,
                           QJsonObject{{u"min_length"_s, kMinPasswordLength},
                                       {u"max_bytes"_s, PasswordHasher::kMaxPasswordBytes}});
        return false;
    }
    return true;
}

QJsonObject ApiServices::userJson(const ServerUser &u)
{
    return QJsonObject{
        {u"id"_s, u.id},       {u"login"_s, u.login},        {u"display_name"_s, u.displayName},
        {u"email"_s, u.email}, {u"role"_s, roleKey(u.role)}, {u"disabled"_s, u.disabled}};
}

} // namespace gpudesk
