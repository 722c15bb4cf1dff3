# SPDX-License-Identifier: GPL-3.0-or-later
# vcpkg's qcustomplot port installs a header and a library but no CMake package. This module makes
# the same imported target that Debian's QCustomPlotQt6 package provides. On Debian the package's
# own config file is found first (config mode is tried before this module only when asked), so
# prefer it when present.
find_package(QCustomPlotQt6 CONFIG QUIET)
if(QCustomPlotQt6_FOUND AND TARGET QCustomPlotQt6::QCustomPlotQt6)
  return()
endif()
find_path(QCustomPlotQt6_INCLUDE_DIR qcustomplot.h PATH_SUFFIXES qcustomplot)
find_library(QCustomPlotQt6_LIBRARY_RELEASE NAMES qcustomplot qcustomplot2 qcustomplotqt6)
find_library(QCustomPlotQt6_LIBRARY_DEBUG NAMES qcustomplotd qcustomplotd2 qcustomplotqt6d)
include(SelectLibraryConfigurations)
select_library_configurations(QCustomPlotQt6)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(QCustomPlotQt6
  REQUIRED_VARS QCustomPlotQt6_LIBRARY QCustomPlotQt6_INCLUDE_DIR)
if(QCustomPlotQt6_FOUND AND NOT TARGET QCustomPlotQt6::QCustomPlotQt6)
  add_library(QCustomPlotQt6::QCustomPlotQt6 UNKNOWN IMPORTED)
  set_target_properties(QCustomPlotQt6::QCustomPlotQt6 PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${QCustomPlotQt6_INCLUDE_DIR}"
    IMPORTED_LOCATION "${QCustomPlotQt6_LIBRARY_RELEASE}"
    INTERFACE_COMPILE_DEFINITIONS QCUSTOMPLOT_USE_LIBRARY
    INTERFACE_LINK_LIBRARIES "Qt6::Widgets;Qt6::PrintSupport")
  if(QCustomPlotQt6_LIBRARY_DEBUG)
    set_property(TARGET QCustomPlotQt6::QCustomPlotQt6 APPEND PROPERTY IMPORTED_CONFIGURATIONS DEBUG)
    set_target_properties(QCustomPlotQt6::QCustomPlotQt6 PROPERTIES
      IMPORTED_LOCATION_DEBUG "${QCustomPlotQt6_LIBRARY_DEBUG}")
  endif()
endif()
