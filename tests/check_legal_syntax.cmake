# SPDX-License-Identifier: GPL-3.0-or-later
# Our legal-text definition as the stock `ksyntaxhighlighter6` tool sees it: installed where KSyntaxHighlighting
# looks for extra definitions, it must load and highlight the sample without a single warning, and every format
# of ours must show up in the tool's format trace.
#
#   cmake -DTOOL=… -DDEFINITION=….xml -DSAMPLE=… -DWORK_DIR=… -DFORMATS="A;B;…" -P check_legal_syntax.cmake

file(REMOVE_RECURSE "${WORK_DIR}")
set(data "${WORK_DIR}/share")
file(MAKE_DIRECTORY "${data}/org.kde.syntax-highlighting/syntax" "${WORK_DIR}/runtime")
file(COPY "${DEFINITION}" DESTINATION "${data}/org.kde.syntax-highlighting/syntax")
# Qt complains about a runtime directory that others may read; that would not be our definition's fault.
file(CHMOD "${WORK_DIR}/runtime" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)

execute_process(
    COMMAND "${CMAKE_COMMAND}" -E env
            "XDG_DATA_HOME=${data}" "XDG_DATA_DIRS=${data}" "XDG_RUNTIME_DIR=${WORK_DIR}/runtime"
            "HOME=${WORK_DIR}" "LANG=C.UTF-8" "LC_ALL=C.UTF-8"
            "${TOOL}" --syntax "RegTracker Legal Text" --output-format ansi --syntax-trace format "${SAMPLE}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors)

if(NOT result EQUAL 0)
    message(FATAL_ERROR "${TOOL} failed (${result}):\n${errors}")
endif()
if(NOT errors STREQUAL "")
    message(FATAL_ERROR "${TOOL} warned about the definition:\n${errors}")
endif()
foreach(format IN LISTS FORMATS)
    string(FIND "${output}" "${format}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "No span of the sample got the format \"${format}\"")
    endif()
endforeach()
list(LENGTH FORMATS count)
message(STATUS "${TOOL} loaded the definition without warnings; all ${count} formats used")
