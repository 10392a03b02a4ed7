# Runs lupdate over the sources, the same way for both modes:
#   MODE=update  rewrites translations/*.ts;
#   MODE=check   writes copies into WORK_DIR and fails when they differ from translations/*.ts
#                (lupdate would change them) or when a translation is missing.
# Line numbers are left out of the .ts files (-locations none) so that moving code changes
# nothing a translator sees.
cmake_minimum_required(VERSION 3.21)

foreach(variable LUPDATE SOURCE_DIR TS_DIR MODE)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "lupdate.cmake needs -D${variable}=...")
    endif()
endforeach()

set(languages en de)
set(options_en -pluralonly)
set(options_de)

if(MODE STREQUAL "check")
    file(REMOVE_RECURSE ${WORK_DIR})
    file(MAKE_DIRECTORY ${WORK_DIR})
    set(target_dir ${WORK_DIR})
else()
    set(target_dir ${TS_DIR})
endif()

set(problems "")
foreach(language IN LISTS languages)
    set(committed ${TS_DIR}/bts-logship_${language}.ts)
    set(written ${target_dir}/bts-logship_${language}.ts)
    if(MODE STREQUAL "check")
        file(COPY_FILE ${committed} ${written})
    endif()
    execute_process(
        COMMAND ${LUPDATE} -silent -locations none -no-obsolete -source-language en
            -target-language ${language} ${options_${language}}
            app ui models -ts ${written}
        WORKING_DIRECTORY ${SOURCE_DIR}
        RESULT_VARIABLE result
        OUTPUT_VARIABLE output
        ERROR_VARIABLE output)
    if(NOT result EQUAL 0 OR output MATCHES "lacks Q_OBJECT|[Ww]arning")
        string(APPEND problems "lupdate on bts-logship_${language}.ts: ${output}\n")
    endif()
    if(MODE STREQUAL "check")
        execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${committed} ${written}
            RESULT_VARIABLE differs)
        if(differs)
            string(APPEND problems
                "translations/bts-logship_${language}.ts is not up to date with the sources: "
                "run 'cmake --build build --target update_translations', translate what is new "
                "and commit it (lupdate's version: ${written}).\n")
        endif()
        file(READ ${committed} text)
        string(REGEX MATCHALL "<source>[^<]*</source>([ \n]*<(extra)?comment>[^<]*</(extra)?comment>)*[ \n]*<translation type=\"unfinished\""
            unfinished "${text}")
        string(REGEX MATCHALL "<numerusform></numerusform>|<translation></translation>" empty
            "${text}")
        list(LENGTH unfinished unfinished_count)
        list(LENGTH empty empty_count)
        if(unfinished_count GREATER 0 OR empty_count GREATER 0)
            string(APPEND problems
                "translations/bts-logship_${language}.ts: ${unfinished_count} unfinished and "
                "${empty_count} empty translations.\n")
            foreach(message IN LISTS unfinished)
                string(REGEX REPLACE "[ \n]*<translation.*" "" message "${message}")
                string(APPEND problems "  ${message}\n")
            endforeach()
        endif()
    endif()
endforeach()

if(problems)
    message(FATAL_ERROR "${problems}")
endif()
message(STATUS "translations/*.ts are up to date and complete")
