cmake_policy(VERSION 3.25)
# Runs lupdate on copies of the catalogues (the checked-in files stay untouched) and fails,
# naming each catalogue and its count, when any entry is unfinished or missing.
# Input: LUPDATE, TS_FILES, SOURCES (lists), WORK_DIR.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
list(JOIN SOURCES "\n" source_list)
file(WRITE ${WORK_DIR}/sources.lst "${source_list}\n")

set(failed FALSE)
foreach(ts ${TS_FILES})
    get_filename_component(name ${ts} NAME)
    file(COPY ${ts} DESTINATION ${WORK_DIR})
    execute_process(
        COMMAND ${LUPDATE} -silent -no-obsolete -locations none @${WORK_DIR}/sources.lst
                -ts ${WORK_DIR}/${name}
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${name}: lupdate failed (${result})")
    endif()
    file(STRINGS ${WORK_DIR}/${name} unfinished REGEX "type=\"unfinished\"")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        message(SEND_ERROR "${ts}: ${count} unfinished translations; "
                           "run `ninja update_translations` and translate them")
        set(failed TRUE)
    endif()
endforeach()
if(NOT failed)
    message(STATUS "All translation catalogues are complete")
endif()
