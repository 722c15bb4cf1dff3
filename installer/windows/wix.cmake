# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows installer (WiX). Not built on Debian: see installer/windows/README.md for the steps
# and for where code signing goes.

# The upgrade code stays the same for every release, so a new MSI replaces the old one.
set(CPACK_WIX_UPGRADE_GUID "6B1E3F0A-8C2D-4E57-9A41-3D7C5B2E9F18")
set(CPACK_WIX_PRODUCT_ICON ${CMAKE_SOURCE_DIR}/resources/icons/gpudesk.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER gpudesk)
set(CPACK_WIX_CULTURES ko-KR en-US)
set(CPACK_WIX_LICENSE_RTF ${CMAKE_SOURCE_DIR}/installer/windows/license.rtf)
# Per-user installation needs no administrator: `msiexec /i gpudesk.msi /qn` installs silently
# into the user's profile (CMake 3.29 and later know the install scope).
if(CMAKE_VERSION VERSION_GREATER_EQUAL 3.29)
  set(CPACK_WIX_INSTALL_SCOPE perUser)
endif()
set(CPACK_PACKAGE_EXECUTABLES gpudesk gpudesk)
