#!/usr/bin/env bash
# The sources compile with Debian 12's clang 14 as well as g++ 12, warning-free under -Wall -Wextra
# (clang before 16 rejects a lambda that captures a structured binding). A syntax check only, so
# it takes seconds, not a second full build. Skipped (77) without clang++-14.
# usage: clang_syntax.sh SOURCE_DIR BUILD_DIR
set -u
src=$1 build=$2
command -v clang++-14 >/dev/null || { echo "clang++-14 not installed: skipped"; exit 77; }
cd "$src" || exit 1
ls src/*/*.cpp reports/*.cpp | xargs -P2 -I{} clang++-14 -std=c++20 -fsyntax-only -Wall -Wextra -Werror \
  -Isrc -I. -I"$build" -DBOOST_ALL_NO_LIB {}
