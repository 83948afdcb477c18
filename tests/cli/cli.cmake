# Included from tests/CMakeLists.txt: command-line tests that need a shell (issue #14).

# The README's marked examples run and print what the README shows; its paths exist.
add_test(NAME readme_examples
         COMMAND python3 ${CMAKE_CURRENT_LIST_DIR}/readme_examples.py $<TARGET_FILE:wiclint> ${CMAKE_SOURCE_DIR})
# Colour and progress on a pseudo-terminal.
add_test(NAME cli_terminal
         COMMAND ${CMAKE_CURRENT_LIST_DIR}/terminal.sh $<TARGET_FILE:wiclint> ${CMAKE_SOURCE_DIR}
                 ${CMAKE_CURRENT_BINARY_DIR}/cli_terminal)
set_tests_properties(cli_terminal PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)
