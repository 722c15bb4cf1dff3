// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace gpudesk {

class ApiServices;
class Router;

// The server's routes, one function per area. Handlers capture `services` by reference.
namespace ApiRoutes {
void registerAll(Router &router, ApiServices &services);
void registerSystem(Router &router, ApiServices &services);
void registerAuth(Router &router, ApiServices &services);
void registerUsers(Router &router, ApiServices &services);
void registerApplications(Router &router, ApiServices &services);
void registerSync(Router &router, ApiServices &services);
} // namespace ApiRoutes

} // namespace gpudesk
