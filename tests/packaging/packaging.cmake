# Included from tests/CMakeLists.txt: the package, the man page and completions, and the
# pre-commit hook and GitHub Action (issue #14).

# The .deb built by CPack, unpacked into a scratch root and run (skipped without dpkg-deb).
add_test(NAME packaging_deb
         COMMAND ${CMAKE_CURRENT_LIST_DIR}/deb_install.sh ${CMAKE_BINARY_DIR} ${CMAKE_SOURCE_DIR}
                 ${CMAKE_CURRENT_BINARY_DIR}/packaging_deb)
set_tests_properties(packaging_deb PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300 RUN_SERIAL TRUE)

# The man page and both completions name exactly the options of `wiclint --help`.
add_test(NAME packaging_man_page
         COMMAND python3 ${CMAKE_CURRENT_LIST_DIR}/help_coverage.py $<TARGET_FILE:wiclint> man
                 ${CMAKE_SOURCE_DIR}/docs/man/wiclint.1)
add_test(NAME packaging_man_page_renders
         COMMAND groff -man -ww -z ${CMAKE_SOURCE_DIR}/docs/man/wiclint.1)
add_test(NAME packaging_bash_completion
         COMMAND python3 ${CMAKE_CURRENT_LIST_DIR}/help_coverage.py $<TARGET_FILE:wiclint> bash
                 ${CMAKE_SOURCE_DIR}/completions/wiclint.bash)
add_test(NAME packaging_zsh_completion
         COMMAND python3 ${CMAKE_CURRENT_LIST_DIR}/help_coverage.py $<TARGET_FILE:wiclint> zsh
                 ${CMAKE_SOURCE_DIR}/completions/_wiclint)

# .pre-commit-hooks.yaml and action.yml, run as pre-commit and GitHub would run them.
add_test(NAME packaging_conventions
         COMMAND python3 ${CMAKE_CURRENT_LIST_DIR}/conventions.py $<TARGET_FILE:wiclint> ${CMAKE_SOURCE_DIR}
                 ${CMAKE_CURRENT_BINARY_DIR}/packaging_conventions ${WICLINT_SHARED}/tools/validate-report)
