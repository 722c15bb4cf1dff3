# SPDX-License-Identifier: GPL-3.0-or-later
# gpudesk_add_test(NAME SOURCES... [LIBS ...]): one Qt Test executable, registered with CTest,
# run offscreen in C.UTF-8 with the test data directory at hand.
set(GPUDESK_LSAN_SUPPRESSIONS ${CMAKE_SOURCE_DIR}/tests/lsan.supp)
function(gpudesk_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE gpudesk_config Qt6::Test ${ARG_LIBS})
  target_compile_definitions(${name} PRIVATE GPUDESK_TEST_DATA="${CMAKE_SOURCE_DIR}/tests/data")
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES
    TIMEOUT 300
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;TZ=Asia/Seoul;LSAN_OPTIONS=suppressions=${GPUDESK_LSAN_SUPPRESSIONS}:print_suppressions=0;ASAN_OPTIONS=detect_leaks=1:abort_on_error=0;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
endfunction()
