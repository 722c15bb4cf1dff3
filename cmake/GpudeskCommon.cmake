# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries every warning and Qt definition; every target links it.
add_library(gpudesk_config INTERFACE)
target_compile_definitions(gpudesk_config INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  GPUDESK_VERSION="${PROJECT_VERSION}")
if(MSVC)
  target_compile_options(gpudesk_config INTERFACE /W4 /permissive- /utf-8)
else()
  target_compile_options(gpudesk_config INTERFACE
    -Wall -Wextra -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor)
endif()
