# Installation and the Debian package (included from the top-level CMakeLists.txt).
#
#   cmake --install build [--prefix /usr]   the stripped binary, wiclint(1), bash and zsh
#                                           completions, the rule pages and the built-in claims/
#   cpack --config build/CPackConfig.cmake  build/wiclint_<version>_<arch>.deb (prefix /usr)
#
# The knowledge base and lexicon are compiled into the binary (cmake/embed.cmake), so an installed
# wiclint reads no data file at run time; share/wiclint/claims/ holds copies of them to read, and
# to start another series' knowledge base from (--kb FILE).
include(GNUInstallDirs)

install(TARGETS wiclint RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# Stripped by a plain `cmake --install` too, not only with --strip (CPack strips as well).
if(CMAKE_STRIP)
  install(CODE "execute_process(COMMAND \"${CMAKE_STRIP}\" \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/wiclint\" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR \"strip of the installed wiclint failed\")
endif()")
endif()

install(FILES ${CMAKE_SOURCE_DIR}/docs/man/wiclint.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_SOURCE_DIR}/completions/wiclint.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME wiclint)
install(FILES ${CMAKE_SOURCE_DIR}/completions/_wiclint DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/rules/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/rules FILES_MATCHING PATTERN "*.md")
install(FILES ${CMAKE_SOURCE_DIR}/README.md ${CMAKE_SOURCE_DIR}/CHANGELOG.md ${CMAKE_SOURCE_DIR}/docs/wiclint-output.schema.json
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
# Debian policy: the licence as /usr/share/doc/<package>/copyright.
install(FILES ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)
install(FILES ${CMAKE_SOURCE_DIR}/claims/wic.yaml ${CMAKE_SOURCE_DIR}/claims/english.yaml
              ${CMAKE_SOURCE_DIR}/claims/lexicon.yaml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/wiclint/claims)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME wiclint)
set(CPACK_PACKAGE_VENDOR "wiclint")
set(CPACK_PACKAGE_CONTACT "wiclint maintainers <wiclint@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "fact-checking and consistency linter for news corpora")
set(CPACK_PACKAGE_DESCRIPTION "wiclint reads every article of a news corpus about a recurring event, turns it into\n claims (dates, edition numbers, attendance counts, titles, durations) and reports\n contradictions between sources and gaps.")
find_program(DPKG_PROGRAM dpkg)
set(WICLINT_DEB_ARCH amd64)
if(DPKG_PROGRAM)
  execute_process(COMMAND ${DPKG_PROGRAM} --print-architecture OUTPUT_VARIABLE WICLINT_DEB_ARCH
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
endif()
set(CPACK_PACKAGE_FILE_NAME "wiclint_${PROJECT_VERSION}_${WICLINT_DEB_ARCH}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE ${WICLINT_DEB_ARCH})
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/wiclint/wiclint")
# Declared by hand, for Debian 12 (tests/packaging/deb_install.sh checks that every library the
# binary needs is covered): yaml-cpp is the only one outside the C and C++ runtimes.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libc6 (>= 2.34), libgcc-s1 (>= 3.0), libstdc++6 (>= 12), libyaml-cpp0.7 (>= 0.7.0), libsqlite3-0 (>= 3.40.0)")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
include(CPack)
