# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package of this build with CPack and has lintian judge it: no errors allowed.
# BUILD_DIR: the build directory; WORK_DIR: where the package is made.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${CPACK}" -G DEB -B "${WORK_DIR}" --config "${BUILD_DIR}/CPackConfig.cmake"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${output}")
endif()
file(GLOB packages "${WORK_DIR}/*.deb")
list(LENGTH packages count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "cpack made ${count} packages in ${WORK_DIR}:\n${output}")
endif()
# lintian refuses to run as root unless told it may.
execute_process(COMMAND "${LINTIAN}" --allow-root --fail-on error --no-tag-display-limit ${packages}
                RESULT_VARIABLE result OUTPUT_VARIABLE report ERROR_VARIABLE report)
message(STATUS "lintian:\n${report}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lintian found errors in ${packages}")
endif()
