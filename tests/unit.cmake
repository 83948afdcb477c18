# Included from tests/CMakeLists.txt: the unit tests of each stage, one file per unit, in one binary.
file(GLOB WICLINT_UNIT_TEST_SOURCES CONFIGURE_DEPENDS
  ${CMAKE_CURRENT_LIST_DIR}/corpus/*_test.cpp ${CMAKE_CURRENT_LIST_DIR}/kb/*_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/grammar/*_test.cpp ${CMAKE_CURRENT_LIST_DIR}/extract/*_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rules/*_test.cpp ${CMAKE_CURRENT_LIST_DIR}/cli/*_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/util/*_test.cpp ${CMAKE_CURRENT_LIST_DIR}/lsp/*_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cache/*_test.cpp ${CMAKE_CURRENT_LIST_DIR}/engine/*_test.cpp)
add_executable(unit_tests ${WICLINT_UNIT_TEST_SOURCES})
target_include_directories(unit_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(unit_tests PRIVATE wiclint_cli GTest::gtest_main)
# The real corpora the cache and determinism tests lint (read only).
target_compile_definitions(unit_tests PRIVATE WICLINT_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
# A timeout per test: a hang (a FIFO opened, a loop in a loader) fails instead of stalling CI.
# WICLINT_CACHE=off: no test leaves a claims cache behind; the cache tests name their own folder.
gtest_discover_tests(unit_tests PROPERTIES TIMEOUT 60 ENVIRONMENT WICLINT_CACHE=off)
