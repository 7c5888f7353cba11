# SPDX-License-Identifier: GPL-3.0-or-later
# Proves the library boundaries that tests/Boundaries.cmake wrote into MANIFEST (run by ctest):
# 1. every quoted #include of a library's sources names a header of the library itself or of one it links;
# 2. with a library's own include path, a header of each library it does not link cannot even be found
#    (the compiler's preprocessor decides), while one of its own can;
# 3. each library reaches only the Qt modules it may: Qt Core below storage, Core and Sql in the rest of core,
#    Gui for reports; core and reports never reach ui/, and ui feature libraries reach no other feature's
#    (the shared ones are common, commands and highlighting);
# 4. core never includes a Qt Gui or Widgets header;
# 5. no source but core/settings touches QSettings: every key is spelled in one place.
cmake_minimum_required(VERSION 3.24)
file(STRINGS "${MANIFEST}" lines)
set(libraries "")
foreach(line IN LISTS lines)
    if(line STREQUAL "end")
        list(APPEND libraries ${current})
        continue()
    endif()
    string(FIND "${line}" "=" at)
    string(SUBSTRING "${line}" 0 ${at} key)
    math(EXPR at "${at} + 1")
    string(SUBSTRING "${line}" ${at} -1 value)
    if(key STREQUAL "library")
        set(current ${value})
    endif()
    string(REPLACE "|" ";" value "${value}")
    set(${current}_${key} "${value}")
endforeach()

set(problems "")
set(checked 0)
set(probes 0)

# Which library owns each header.
foreach(library IN LISTS libraries)
    file(GLOB headers RELATIVE ${${library}_folder} ${${library}_folder}/*.h)
    foreach(header IN LISTS headers)
        set(owner_${header} ${library})
    endforeach()
endforeach()

foreach(library IN LISTS libraries)
    set(folder ${${library}_folder})
    set(visible ${library} ${${library}_links})

    # 1. Includes in the sources.
    file(GLOB sources ${folder}/*.h ${folder}/*.cpp)
    foreach(source IN LISTS sources)
        file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
        foreach(include IN LISTS includes)
            if(include MATCHES "\"([^\"]+)\"")
                set(header ${CMAKE_MATCH_1})
                if(DEFINED owner_${header} AND NOT "${owner_${header}}" IN_LIST visible)
                    string(APPEND problems
                        "  ${source} includes ${header} of ${owner_${header}}, which ${library} does not link\n")
                endif()
            endif()
            if(folder MATCHES "/core/" AND include MATCHES
                "Qt(Gui|Widgets|OpenGL|Quick)|<Q(Widget|Application|Color|Icon|Pixmap|Image|Painter|Font|Palette|Brush|Pen|Gui[A-Za-z]*)>")
                string(APPEND problems "  ${source}: ${include} (core sees no widgets or pixels)\n")
            endif()
            math(EXPR checked "${checked} + 1")
        endforeach()
    endforeach()

    # 2. The include path, tried by the preprocessor.
    set(flags -E -x c++ -std=c++20)
    foreach(dir IN LISTS ${library}_includes)
        list(APPEND flags "-I${dir}")
    endforeach()
    foreach(define IN LISTS ${library}_defines)
        list(APPEND flags "-D${define}")
    endforeach()
    file(WRITE ${WORK_DIR}/${library}-own.cpp "#include \"${${library}_own}\"\n")
    execute_process(COMMAND ${CXX} ${flags} ${WORK_DIR}/${library}-own.cpp
                    RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE error)
    if(NOT result EQUAL 0)
        string(APPEND problems "  ${library} cannot include its own ${${library}_own}:\n${error}\n")
    endif()
    foreach(entry IN LISTS ${library}_forbidden)
        string(REPLACE ":" ";" entry "${entry}")
        list(GET entry 0 other)
        list(GET entry 1 header)
        file(WRITE ${WORK_DIR}/${library}-probe.cpp "#include \"${header}\"\n")
        execute_process(COMMAND ${CXX} ${flags} ${WORK_DIR}/${library}-probe.cpp
                        RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE error)
        math(EXPR probes "${probes} + 1")
        if(result EQUAL 0)
            string(APPEND problems "  ${library} can include ${header} of ${other}, which it does not link\n")
        elseif(NOT error MATCHES "${header}: No such file or directory")
            string(APPEND problems "  probing ${header} from ${library} failed for another reason:\n${error}\n")
        endif()
    endforeach()

    # 3. Qt modules and reach.
    if(NOT ${library}_allowed STREQUAL "*")
        foreach(module IN LISTS ${library}_qt)
            if(NOT module IN_LIST ${library}_allowed)
                string(APPEND problems "  ${library} reaches ${module} (allowed: ${${library}_allowed})\n")
            endif()
        endforeach()
    endif()
    foreach(link IN LISTS ${library}_links)
        if(NOT folder MATCHES "/ui/" AND link MATCHES "^rt-ui-")
            string(APPEND problems "  ${library} reaches the interface library ${link}\n")
        endif()
        if(folder MATCHES "/core/" AND link STREQUAL "rt-reports")
            string(APPEND problems "  ${library} reaches ${link}\n")
        endif()
        if(folder MATCHES "/ui/[a-z]+$" AND NOT folder MATCHES "/ui/(shell|common|commands|highlighting)$"
           AND link MATCHES "^rt-ui-" AND NOT link MATCHES "^rt-ui-(common|commands|highlighting)$")
            string(APPEND problems "  the feature library ${library} reaches the feature library ${link}\n")
        endif()
    endforeach()
endforeach()

# 5. Settings keys in one place.
file(GLOB_RECURSE all_sources ${SOURCE_ROOT}/core/*.cpp ${SOURCE_ROOT}/core/*.h ${SOURCE_ROOT}/ui/*.cpp
     ${SOURCE_ROOT}/ui/*.h ${SOURCE_ROOT}/app/*.cpp ${SOURCE_ROOT}/app/*.h ${SOURCE_ROOT}/reports/*.cpp)
foreach(source IN LISTS all_sources)
    if(source MATCHES "/core/settings/")
        continue()
    endif()
    file(STRINGS "${source}" uses REGEX "QSettings")
    if(uses)
        string(APPEND problems "  ${source} uses QSettings: read and write settings through core::Settings\n")
    endif()
endforeach()

if(problems)
    message(FATAL_ERROR "Library boundaries broken:\n${problems}")
endif()
list(LENGTH libraries count)
message(STATUS "${count} libraries: ${checked} includes checked, ${probes} forbidden headers not found")
