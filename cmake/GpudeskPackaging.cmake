# SPDX-License-Identifier: GPL-3.0-or-later
# Installers: DEB and TGZ on Linux (built and tested here), WiX MSI on Windows (see
# installer/windows/README.md; not built on Debian). The desktop and the server are separate
# components, so each becomes its own Debian package.

# Desktop integration on Linux: a launcher entry and the icon in the standard sizes.
if(UNIX AND NOT APPLE)
  install(FILES ${CMAKE_SOURCE_DIR}/installer/linux/gpudesk.desktop
          DESTINATION share/applications COMPONENT desktop)
  foreach(size 16 24 32 48 64 128 256)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/hicolor/gpudesk-${size}.png
            DESTINATION share/icons/hicolor/${size}x${size}/apps
            RENAME gpudesk.png COMPONENT desktop)
  endforeach()
  install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/gpudesk.svg
          DESTINATION share/icons/hicolor/scalable/apps COMPONENT desktop)
  install(FILES ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION share/doc/gpudesk
          RENAME copyright COMPONENT desktop)
endif()

# The server's systemd unit, with the packaged binary's path (the unit in installer/ names
# /usr/local/bin for a hand install).
if(TARGET gpudesk-server)
  file(READ ${CMAKE_SOURCE_DIR}/installer/gpudesk-server.service unit)
  string(REPLACE "/usr/local/bin/gpudesk-server" "/usr/bin/gpudesk-server" unit "${unit}")
  string(REPLACE "file:///usr/share/doc/gpudesk/server.md" "file:///usr/share/doc/gpudesk-server/server.md" unit "${unit}")
  file(WRITE ${CMAKE_BINARY_DIR}/packaging/gpudesk-server.service "${unit}")
  install(FILES ${CMAKE_BINARY_DIR}/packaging/gpudesk-server.service
          DESTINATION lib/systemd/system COMPONENT server)
  install(FILES ${CMAKE_SOURCE_DIR}/docs/server.md DESTINATION share/doc/gpudesk-server
          COMPONENT server)
  install(FILES ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION share/doc/gpudesk-server
          RENAME copyright COMPONENT server)
endif()

set(CPACK_PACKAGE_NAME gpudesk)
set(CPACK_PACKAGE_VENDOR "gpudesk developers")
set(CPACK_PACKAGE_CONTACT "gpudesk developers <dev@gpudesk.invalid>")
# Debian's first description line; CPack puts it before each component's own text.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "gpudesk, the console of the national GPU allocation program")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY gpudesk)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")

if(WIN32)
  set(CPACK_GENERATOR WIX)
  include(${CMAKE_SOURCE_DIR}/installer/windows/wix.cmake)
else()
  set(CPACK_GENERATOR DEB TGZ)
endif()

# Debian: one package per component, shared-library dependencies found by dpkg-shlibdeps, and
# the run-time pieces Qt loads by name, which it cannot see: the SQLite driver, the platform
# plugins (xcb; offscreen, which `gpudesk report` uses, comes with libqt6gui6), the SVG image and
# icon plugins (PNG, JPEG and GIF come with libqt6gui6, the printers' with libqt6printsupport6,
# both found by dpkg-shlibdeps), Qt's own Korean strings, and the CJK fonts the reports embed.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://gpudesk.invalid/")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME gpudesk)
set(CPACK_DEBIAN_DESKTOP_DESCRIPTION
    "The desktop application. Program officers browse applications, run the expert review, place GPU nodes on a rack map,\n\
watch usage and bill cost shares; reviewers score offline; managers print summaries.")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, qt6-translations-l10n, fonts-noto-cjk")
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME gpudesk-server)
set(CPACK_DEBIAN_SERVER_DESCRIPTION
    "The central server: HTTPS + JSON sync server with roles, an append-only audit log and TLS.")
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, adduser")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA ${CMAKE_SOURCE_DIR}/installer/linux/server/postinst
    ${CMAKE_SOURCE_DIR}/installer/linux/server/postrm)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF) # one TGZ with everything

include(CPack)
cpack_add_component(desktop DISPLAY_NAME "gpudesk desktop" REQUIRED)
cpack_add_component(server DISPLAY_NAME "gpudesk-server")
