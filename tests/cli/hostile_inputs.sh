#!/usr/bin/env bash
# Hostile inputs through the real CLI, one case per ctest test (tests/CMakeLists.txt gives each a
# TIMEOUT: a hang or a quadratic blow-up fails by timing out, never by a timing assertion here).
# usage: hostile_inputs.sh WICLINT WORK_DIR CASE
set -u
wiclint=$1 work=$2 case=$3
rm -rf "$work" && mkdir -p "$work" || exit 1
cd "$work" || exit 1

fail() { echo "FAIL $case: $*"; exit 1; }

repeat() {  # repeat TEXT N: TEXT written N times, no newline
  python3 -c 'import sys; sys.stdout.write(sys.argv[1] * int(sys.argv[2]))' "$1" "$2"
}

case_long_date_line() {
  # 2 MB of one date repeated on one line: quadratic once (400 KB took 17 s), linear now.
  repeat "October 20, 2019 " 120000 > dates.txt
  "$wiclint" claims --format json dates.txt > claims.json || fail "exit status $?"
  n=$(grep -c '"kind": "date"' claims.json)
  [ "$n" -eq 120000 ] || fail "expected 120000 date claims, got $n"
  "$wiclint" --fail-on never -q dates.txt > /dev/null || fail "lint exit status $?"
}

"case_${case//-/_}" || exit 1
echo "ok $case"
