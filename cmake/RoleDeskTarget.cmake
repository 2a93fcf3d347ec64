# Shared compile settings for every RoleDesk target, and the one helper that registers a test.

add_library(roledesk_settings INTERFACE)
target_compile_definitions(roledesk_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    ROLEDESK_VERSION="${PROJECT_VERSION}")
target_compile_options(roledesk_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
    $<$<BOOL:${ROLEDESK_WERROR}>:-Werror>)

# roledesk_add_library(NAME SOURCES ... [PUBLIC_LIBS ...]): one folder = one static library = one layer.
function(roledesk_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE roledesk_settings ${ARG_PRIVATE_LIBS})
    list(TRANSFORM ARG_SOURCES PREPEND "${CMAKE_CURRENT_SOURCE_DIR}/" OUTPUT_VARIABLE absolute)
    set_property(GLOBAL APPEND PROPERTY ROLEDESK_TRANSLATABLE_SOURCES ${absolute})
endfunction()

# roledesk_add_test(NAME LABEL layer SOURCES ... LIBS ...): a QtTest executable run by ctest with a
# predictable locale, the offscreen platform and a scratch HOME/XDG_RUNTIME_DIR of its own, so no
# test reads or writes the developer's real settings.
function(roledesk_add_test name)
    # LAUNCHER: a command the test runs under (e.g. a script that provides a D-Bus session).
    cmake_parse_arguments(ARG "" "LABEL;TIMEOUT;LAUNCHER" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test roledesk_settings ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${ARG_LAUNCHER} $<TARGET_FILE:${name}>)
    set(scratch "${CMAKE_BINARY_DIR}/test-scratch/${name}")
    file(MAKE_DIRECTORY "${scratch}/home" "${scratch}/runtime")
    file(CHMOD "${scratch}/runtime" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABEL}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_LOGGING_RULES=roledesk.*.info=false;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_QPA_PLATFORM=offscreen;HOME=${scratch}/home;XDG_RUNTIME_DIR=${scratch}/runtime;XDG_CONFIG_HOME=${scratch}/home/.config;XDG_DATA_HOME=${scratch}/home/.local/share")
endfunction()
