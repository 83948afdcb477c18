# Included from the top-level CMakeLists.txt after the wiclint_reports target is defined (and after
# include(cmake/embed.cmake)): embeds the HTML report's stylesheet and script into the library.
embed_file(${CMAKE_CURRENT_LIST_DIR}/assets/report.css ${CMAKE_BINARY_DIR}/generated/report_css.cpp
           wiclint_report_css "reports/assets/report.css")
embed_file(${CMAKE_CURRENT_LIST_DIR}/assets/report.js ${CMAKE_BINARY_DIR}/generated/report_js.cpp
           wiclint_report_js "reports/assets/report.js")
target_sources(wiclint_reports PRIVATE
  ${CMAKE_BINARY_DIR}/generated/report_css.cpp ${CMAKE_BINARY_DIR}/generated/report_js.cpp)
