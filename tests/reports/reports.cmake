# Included from tests/CMakeLists.txt: the report library's unit tests, schema checks of sample
# reports written by write_sample_reports, and the headless-browser check of the HTML report.
find_package(GTest REQUIRED)
include(GoogleTest)

add_executable(reports_test
  ${CMAKE_CURRENT_LIST_DIR}/sarif_test.cpp ${CMAKE_CURRENT_LIST_DIR}/junit_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/html_test.cpp ${CMAKE_CURRENT_LIST_DIR}/markdown_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/text_test.cpp ${CMAKE_CURRENT_LIST_DIR}/atomic_file_test.cpp)
target_link_libraries(reports_test PRIVATE wiclint_reports GTest::gtest_main)
gtest_discover_tests(reports_test PROPERTIES TIMEOUT 60)

add_executable(write_sample_reports ${CMAKE_CURRENT_LIST_DIR}/write_sample_reports.cpp)
target_link_libraries(write_sample_reports PRIVATE wiclint_reports)

set(WICLINT_SAMPLE_REPORTS ${CMAKE_CURRENT_BINARY_DIR}/sample_reports)
set(WICLINT_VALIDATE_REPORT ${CMAKE_SOURCE_DIR}/../shared/tools/validate-report)
add_test(NAME reports_write_samples COMMAND write_sample_reports ${WICLINT_SAMPLE_REPORTS})
set_tests_properties(reports_write_samples PROPERTIES FIXTURES_SETUP reports_samples)

foreach(check
    "sarif_github:sarif-github:sample.sarif" "sarif_empty:sarif-github:empty.sarif"
    "junit_ci:junit-ci:sample.junit.xml" "junit_empty:junit-ci:empty.junit.xml"
    "junit_strict:junit-ci:strict.junit.xml")
  string(REPLACE ":" ";" parts "${check}")
  list(GET parts 0 name)
  list(GET parts 1 mode)
  list(GET parts 2 file)
  add_test(NAME reports_validate_${name} COMMAND ${WICLINT_VALIDATE_REPORT} ${mode} ${WICLINT_SAMPLE_REPORTS}/${file})
  set_tests_properties(reports_validate_${name} PROPERTIES FIXTURES_REQUIRED reports_samples)
endforeach()

# Skipped (77) when no Chromium is installed: apt-get install -y chromium
add_test(NAME reports_html_browser
  COMMAND ${CMAKE_CURRENT_LIST_DIR}/browser_test.sh ${WICLINT_SAMPLE_REPORTS}/sample.html
          ${WICLINT_SAMPLE_REPORTS}/browser)
set_tests_properties(reports_html_browser PROPERTIES FIXTURES_REQUIRED reports_samples SKIP_RETURN_CODE 77 TIMEOUT 120)

# Real JSON output of the CLI against docs/wiclint-output.schema.json.
add_test(NAME reports_json_schema
  COMMAND ${CMAKE_CURRENT_LIST_DIR}/json_schema.sh $<TARGET_FILE:wiclint> ${CMAKE_SOURCE_DIR} ${CMAKE_SOURCE_DIR}/../shared
          ${CMAKE_CURRENT_BINARY_DIR}/json_schema)

# Sizes, SARIF URIs and the browser on a generated 2,000-article corpus (see the script).
add_test(NAME reports_corpus_scale
  COMMAND ${CMAKE_CURRENT_LIST_DIR}/corpus_scale.sh $<TARGET_FILE:wiclint> ${CMAKE_SOURCE_DIR}
          ${CMAKE_SOURCE_DIR}/../shared ${CMAKE_CURRENT_BINARY_DIR}/corpus_scale 2000 ${CMAKE_CURRENT_LIST_DIR}/browser_test.sh)
set_tests_properties(reports_corpus_scale PROPERTIES TIMEOUT 240)
