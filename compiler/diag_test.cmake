# Tests of the diagnostics module (srcfile.c, diag.c, diag_human.c,
# diag_json.c). Include this file from tests/CMakeLists.txt:
#   include(${PROJECT_SOURCE_DIR}/compiler/diag_test.cmake)
#
#   unit_diag          hand-built diagnostics against rustc 1.95's output stored
#                      in tests/unit/diag (*.stderr, *.json, *.short, *.color),
#                      and source loading (bad UTF-8, NUL, BOM, CRLF, limits)
#   diag_differential  every program in tests/unit/diag compiled by the rustc on
#                      PATH; each diagnostic it reports is rebuilt through diag.h
#                      and must print exactly as rustc prints it (human, colour,
#                      short, JSON). Skipped when rustc is not installed.
#
# The executables are built without OWL_SOURCE_DIR, so the JSON "explanation"
# field stays null as in the stored goldens.
set(OWL_DIAG_TEST_SOURCES
    ${PROJECT_SOURCE_DIR}/compiler/srcfile.c
    ${PROJECT_SOURCE_DIR}/compiler/diag.c
    ${PROJECT_SOURCE_DIR}/compiler/diag_human.c
    ${PROJECT_SOURCE_DIR}/compiler/diag_json.c
    ${PROJECT_SOURCE_DIR}/compiler/arena.c)

foreach(t test_diag diag_replay)
  add_executable(${t} ${PROJECT_SOURCE_DIR}/tests/unit/${t}.c ${OWL_DIAG_TEST_SOURCES})
  target_include_directories(${t} PRIVATE ${PROJECT_SOURCE_DIR}/compiler)
  target_compile_options(${t} PRIVATE ${OWL_WARNINGS})
  if(OWL_SANITIZE)
    target_compile_options(${t} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                           -fno-sanitize-recover=undefined)
    target_link_options(${t} PRIVATE -fsanitize=address,undefined)
  endif()
endforeach()

add_test(NAME unit_diag COMMAND test_diag ${PROJECT_SOURCE_DIR}/tests/unit/diag)

add_test(NAME diag_differential
         COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/unit/diag_differential.py
                 $<TARGET_FILE:diag_replay> ${PROJECT_SOURCE_DIR}/tests/unit/diag)
set_tests_properties(diag_differential PROPERTIES SKIP_RETURN_CODE 77)
