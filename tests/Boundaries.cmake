# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the manifest that check_boundaries.cmake reads: for every library of ours, the libraries and Qt modules
# it links (directly or through others), the Qt modules it may use, its include path, one header of each library
# it may NOT see, and one of its own. Included by tests/CMakeLists.txt once every target exists.

# The Qt modules each library may reach. Core below storage has no Qt Sql; core has no pixels; reports draw
# with Qt Gui; the interface may use whatever it links.
set(rt_core_without_sql rt-model rt-text rt-documents rt-analysis rt-settings)
set(rt_core_with_sql rt-storage rt-services rt-search rt-checklist rt-timeline rt-map rt-exchange rt-importing
    rt-redline rt-agenda)

# The transitive link closure of a target: our libraries and imported targets (Qt modules), generator
# expressions unwrapped.
function(rt_link_closure target out)
    set(seen "")
    set(todo ${target})
    list(LENGTH todo remaining)
    while(remaining GREATER 0)
        list(POP_FRONT todo current)
        list(LENGTH todo remaining)
        if(current IN_LIST seen OR NOT TARGET ${current})
            continue()
        endif()
        list(APPEND seen ${current})
        get_target_property(imported ${current} IMPORTED)
        get_target_property(type ${current} TYPE)
        if(imported OR type STREQUAL "INTERFACE_LIBRARY")
            get_target_property(links ${current} INTERFACE_LINK_LIBRARIES)
        else()
            get_target_property(links ${current} LINK_LIBRARIES)
        endif()
        if(NOT links)
            continue()
        endif()
        foreach(link IN LISTS links)
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" link "${link}")
            if(NOT link MATCHES "^\\$<" AND NOT link STREQUAL "rt_build_settings")
                list(APPEND todo ${link})
            endif()
        endforeach()
        list(LENGTH todo remaining)
    endwhile()
    list(REMOVE_ITEM seen ${target})
    set(${out} ${seen} PARENT_SCOPE)
endfunction()

get_property(rt_libraries GLOBAL PROPERTY RT_LIBRARIES)
set(rt_manifest "")
foreach(library IN LISTS rt_libraries)
    rt_link_closure(${library} closure)
    get_target_property(folder ${library} SOURCE_DIR)
    file(GLOB own_headers RELATIVE ${folder} ${folder}/*.h)
    list(SORT own_headers)
    list(GET own_headers 0 own_header)
    # One header of every library outside the closure.
    set(forbidden "")
    foreach(other IN LISTS rt_libraries)
        if(other STREQUAL library OR other IN_LIST closure)
            continue()
        endif()
        get_target_property(other_folder ${other} SOURCE_DIR)
        file(GLOB other_headers RELATIVE ${other_folder} ${other_folder}/*.h)
        list(SORT other_headers)
        list(GET other_headers 0 other_header)
        list(APPEND forbidden "${other}:${other_header}")
    endforeach()
    set(qt "")
    foreach(item IN LISTS closure)
        # Qt6::Platform and the like are Qt's own build settings, not modules.
        if(item MATCHES "^Qt6::|^KF6::|^Qt6Keychain" AND NOT item MATCHES "^Qt6::Platform")
            list(APPEND qt ${item})
        endif()
    endforeach()
    # KF6::Codecs comes with KMime (core/documents reads e-mail) and is Qt Core only.
    if(library IN_LIST rt_core_without_sql)
        set(allowed "Qt6::Core|KF6::Codecs")
    elseif(library IN_LIST rt_core_with_sql)
        set(allowed "Qt6::Core|Qt6::Sql|KF6::Codecs")
    elseif(library STREQUAL "rt-reports")
        set(allowed "Qt6::Core|Qt6::Sql|Qt6::Gui|Qt6::DBus|KF6::Codecs")
    else()
        set(allowed "*")
    endif()
    list(FILTER closure INCLUDE REGEX "^rt-")
    string(REPLACE ";" "|" closure "${closure}")
    string(REPLACE ";" "|" qt "${qt}")
    string(REPLACE ";" "|" forbidden "${forbidden}")
    string(APPEND rt_manifest
        "library=${library}\n"
        "folder=${folder}\n"
        "links=${closure}\n"
        "qt=${qt}\n"
        "allowed=${allowed}\n"
        "own=${own_header}\n"
        "forbidden=${forbidden}\n"
        "includes=$<JOIN:$<TARGET_PROPERTY:${library},INCLUDE_DIRECTORIES>,|>\n"
        "defines=$<JOIN:$<TARGET_PROPERTY:${library},COMPILE_DEFINITIONS>,|>\n"
        "end\n")
endforeach()
file(GENERATE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/boundaries.manifest CONTENT "${rt_manifest}")
