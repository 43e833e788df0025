cmake_policy(VERSION 3.25)
# Runs lupdate on copies of the catalogues (the checked-in files stay untouched) and fails,
# naming each catalogue and its count, when any entry is unfinished, missing or has an empty
# plural form. The plural-only catalogues (English) are updated as `ninja update_translations`
# does, with -pluralonly, so that only their plural entries count.
# Input: INPUT, a file that sets LUPDATE, TS_FILES, PLURAL_TS_FILES, SOURCES, OPTIONS (lists)
# and WORK_DIR.
include(${INPUT})
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
list(JOIN SOURCES "\n" source_list)
file(WRITE ${WORK_DIR}/sources.lst "${source_list}\n")

set(failed FALSE)
foreach(ts IN LISTS TS_FILES PLURAL_TS_FILES)
    get_filename_component(name ${ts} NAME)
    set(options ${OPTIONS})
    if(ts IN_LIST PLURAL_TS_FILES)
        list(APPEND options -pluralonly)
    endif()
    file(COPY ${ts} DESTINATION ${WORK_DIR})
    execute_process(
        COMMAND ${LUPDATE} -silent ${options} @${WORK_DIR}/sources.lst -ts ${WORK_DIR}/${name}
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${name}: lupdate failed (${result})")
    endif()
    # lupdate keeps an entry finished when one of its plural forms is emptied by hand; an
    # English form that still says "(s)" was copied, not written.
    set(unfinished_regex "type=\"unfinished\"|<numerusform></numerusform>")
    if(ts IN_LIST PLURAL_TS_FILES)
        string(APPEND unfinished_regex "|<numerusform>[^<]*\\(s\\)")
    endif()
    file(STRINGS ${WORK_DIR}/${name} unfinished REGEX "${unfinished_regex}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        message(SEND_ERROR "${ts}: unfinished translations (${count} lines); "
                           "run `ninja update_translations` and translate them")
        set(failed TRUE)
    endif()
endforeach()
if(NOT failed)
    message(STATUS "All translation catalogues are complete")
endif()
