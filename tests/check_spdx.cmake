# SPDX-License-Identifier: GPL-3.0-or-later
# Every source file names its licence in an SPDX line at its top (after a script's #! line): the C++ sources and
# headers, the CMake files and the scripts of the project. Lists each file that does not.
#   cmake -DSOURCE_DIR=… -P check_spdx.cmake
set(expected "SPDX-License-Identifier: GPL-3.0-or-later")
file(GLOB_RECURSE sources LIST_DIRECTORIES false
    ${SOURCE_DIR}/app/* ${SOURCE_DIR}/core/* ${SOURCE_DIR}/ui/* ${SOURCE_DIR}/reports/*
    ${SOURCE_DIR}/tests/* ${SOURCE_DIR}/benchmarks/* ${SOURCE_DIR}/fuzz/*)
list(FILTER sources INCLUDE REGEX "(\\.cpp|\\.h|\\.cmake|/CMakeLists\\.txt)$")
list(FILTER sources EXCLUDE REGEX "/tests/data/")
list(APPEND sources ${SOURCE_DIR}/CMakeLists.txt ${SOURCE_DIR}/dev ${SOURCE_DIR}/.ci/run ${SOURCE_DIR}/fuzz/run
    ${SOURCE_DIR}/tests/crash-harness ${SOURCE_DIR}/tests/postgres-server ${SOURCE_DIR}/tests/check_schema.py)
set(missing "")
list(LENGTH sources count)
foreach(source IN LISTS sources)
    file(STRINGS ${source} top LIMIT_COUNT 2)
    string(FIND "${top}" "${expected}" at)
    if(at EQUAL -1)
        file(RELATIVE_PATH name ${SOURCE_DIR} ${source})
        string(APPEND missing "\n  ${name}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "These files do not begin with the line \"${expected}\":${missing}")
endif()
message(STATUS "${count} source files name their licence")
