// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The protocol every exchange between a desktop and gpudesk-server carries: a client sends its
// version in kProtocolHeader and the server answers with its own in every response. Bump
// kProtocolVersion on any incompatible change. One definition for both sides.
namespace gpudesk {
inline constexpr const char *kProtocolHeader = "X-Gpudesk-Protocol";
inline constexpr int kProtocolVersion = 1;
} // namespace gpudesk
