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

article() {  # a small dated article
  printf 'WIC opens\nUpdated 19:04, 21-Oct-2019\nThe 6th World Internet Conference opened on Sunday in Wuzhen.\n'
}

expect_finding() {  # expect_finding OUTPUT TEXT: TEXT is in OUTPUT as an unreadable-input finding
  grep -F -- "$2" "$1" | grep -q 'unreadable-input' || { cat "$1"; fail "no finding '$2'"; }
}

case_fifo() {
  # A FIFO in the corpus, and one named directly: each a finding, never opened (it would block).
  mkdir corpus && article > corpus/a.txt && mkfifo corpus/pipe.txt || fail "setup"
  "$wiclint" corpus > out.txt; st=$?
  [ $st -eq 1 ] || fail "exit status $st, expected 1"
  expect_finding out.txt "corpus/pipe.txt: error: not a regular file: a FIFO"
  "$wiclint" corpus/pipe.txt > out2.txt; st=$?
  [ $st -eq 1 ] || fail "named directly: exit status $st, expected 1"
  expect_finding out2.txt "corpus/pipe.txt: error: not a regular file: a FIFO"
  "$wiclint" check corpus/pipe.txt --corpus corpus > out3.txt
  expect_finding out3.txt "corpus/pipe.txt: error: not a regular file: a FIFO"
  python3 -c 'import socket; socket.socket(socket.AF_UNIX).bind("corpus/sock.txt")' || fail "socket"
  "$wiclint" corpus > out4.txt
  expect_finding out4.txt "corpus/sock.txt: error: not a regular file: a socket"
}

case_dev_zero() {
  # A link to /dev/zero: a device has no size and no end; the link is a finding, never read.
  ulimit -v 2000000  # 2 GB: reading it until memory runs out fails fast instead
  mkdir corpus && article > corpus/a.txt && ln -s /dev/zero corpus/zero.txt || fail "setup"
  "$wiclint" corpus > out.txt; st=$?
  [ $st -eq 1 ] || fail "exit status $st, expected 1"
  expect_finding out.txt "corpus/zero.txt: error: symbolic link to a file outside the corpus folders; not followed"
  "$wiclint" corpus/zero.txt > out2.txt; st=$?
  [ $st -eq 1 ] || fail "named directly: exit status $st, expected 1"
  expect_finding out2.txt "corpus/zero.txt: error: not a regular file: a character device"
}

case_symlink_out() {
  # A link to a file outside the corpus: a finding naming the link; the target is not read, so
  # no report quotes it (the undated-article warning used to quote its first line).
  mkdir corpus home && article > corpus/a.txt && printf 'AWS_SECRET=hunter2\n' > home/credentials.txt &&
    ln -s "$PWD/home/credentials.txt" corpus/notes.txt || fail "setup"
  "$wiclint" corpus --report sarif=out.sarif --report json=out.json > out.txt; st=$?
  [ $st -eq 1 ] || fail "exit status $st, expected 1"
  expect_finding out.txt "corpus/notes.txt: error: symbolic link to a file outside the corpus folders"
  ! grep -q -e hunter2 -e credentials out.txt out.sarif out.json || fail "the target leaked into a report"
}

case_duplicates() {
  # One corpus named by a relative and an absolute path, and three links to one article: each
  # file is read once, and the summary says how many were reached twice.
  mkdir corpus && article > corpus/a.txt && printf 'WIC\nThe 6th World Internet Conference opened.\n' > corpus/b.txt &&
    for l in l1 l2 l3; do ln -s a.txt corpus/$l.txt; done || fail "setup"
  "$wiclint" claims corpus > one.txt || fail "claims: exit status $?"
  "$wiclint" claims corpus "$PWD/corpus" > two.txt || fail "claims twice: exit status $?"
  [ "$(wc -l < one.txt)" -eq "$(wc -l < two.txt)" ] || { cat two.txt; fail "claims counted twice"; }
  "$wiclint" --fail-on never corpus "$PWD/corpus" > out.txt || fail "lint: exit status $?"
  grep -q '^wiclint: 2 files, .*; 8 files reached twice, read once$' out.txt || { cat out.txt; fail "summary"; }
  # check: a new article that is a corpus file by another path replaces it.
  "$wiclint" check "$PWD/corpus/a.txt" --corpus corpus --format json > check.json
  expected=$(wc -l < one.txt)  # the corpus's claims, each file read once
  grep -q "\"claims\": $expected," check.json || { cat check.json; fail "check counted a corpus file twice"; }
}

case_stdin_limit() {
  # check - reads standard input up to the same 256 MiB limit as a file, not until memory runs out.
  ulimit -v 2000000
  mkdir corpus && article > corpus/a.txt || fail "setup"
  "$wiclint" check - --corpus corpus < /dev/zero > out.txt; st=$?
  [ $st -eq 1 ] || fail "exit status $st, expected 1"
  expect_finding out.txt "<stdin>: error: file too large (over 268435456 bytes; the limit is 256 MiB)"
  article | "$wiclint" check - --corpus corpus > out2.txt || { cat out2.txt; fail "a small article: exit status $?"; }
}

case_unreadable_folder() {
  # A sub-folder wiclint may not read is a finding, not skipped silently. Root reads anything, so
  # as root wiclint runs as nobody.
  mkdir -p corpus/locked && article > corpus/a.txt && article > corpus/locked/b.txt && chmod 000 corpus/locked || fail "setup"
  as=()
  [ "$(id -u)" -eq 0 ] && as=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
  "${as[@]}" "$wiclint" corpus > out.txt; st=$?
  chmod 755 corpus/locked
  [ $st -eq 1 ] || { cat out.txt; fail "exit status $st, expected 1"; }
  expect_finding out.txt "corpus/locked: error: cannot read folder: Permission denied"
}

case_kb_values() {
  # Knowledge-base values that hung the run (an empty alias), overflowed (edition 2147483647) or
  # tripped the grammar's ASCII classification (a non-ASCII role): each exits 2 with a located error.
  mkdir corpus && article > corpus/a.txt || fail "setup"
  printf 'series:\n  id: wic\n  name: World Internet Conference\n  aliases: ["", WIC]\n' > empty.yaml
  printf 'series:\n  id: wic\n  name: World Internet Conference\n  editions:\n    - number: 2147483647\n      year: 2019\n' > big.yaml
  printf 'titles:\n  roles:\n    premier: ["premier\303\240"]\n' > accent.yaml
  for kb in empty.yaml:4:13 big.yaml:5:15 accent.yaml:3:15; do
    "$wiclint" --kb "${kb%%:*}" corpus > out.txt 2> err.txt; st=$?
    [ $st -eq 2 ] || fail "${kb%%:*}: exit status $st, expected 2"
    grep -q "^$kb: error: " err.txt || { cat err.txt; fail "${kb%%:*}: no located error"; }
  done
}

case_glob_stars() {
  # An exclude glob with many '*' against a 200-character name took seconds to minutes.
  name=$(repeat a 200)
  short="$(repeat a 25)b"
  mkdir corpus && article > "corpus/$name.txt" && article > "corpus/$short.txt" || fail "setup"
  printf 'exclude: ["%s*b.txt"]\n' "$(repeat '*a' 20)" > corpus/wiclint.yaml
  "$wiclint" claims corpus > out.txt || fail "exit status $?"
  grep -q "^corpus/$name.txt:" out.txt || fail "the long name was excluded"
  ! grep -q "^corpus/$short.txt:" out.txt || fail "$short.txt was not excluded"
}

case_forged_output() {
  # A file name with a newline forged a GitHub Actions command at column 0, and raw ESC/BEL in
  # article text reached the terminal. JSON output stays valid UTF-8 when a file name is not.
  mkdir corpus || fail "setup"
  forged=$'corpus/a\n::error file=ci.yml,line=1::forged.txt'
  printf 'WIC \033[2J\007opens\nThe 6th World Internet Conference opened.\n' > "$forged" || fail "setup"
  printf 'WIC\nThe 6th World Internet Conference opened.\n' > $'corpus/bad\xff.txt' || fail "setup"
  "$wiclint" --fail-on never corpus > out.txt || fail "exit status $?"
  ! grep -q '^::' out.txt || { cat out.txt; fail "an output line starts with '::'"; }
  ! LC_ALL=C grep -q $'[\001-\010\013-\037\177]' out.txt || fail "a raw control character in the output"
  grep -qF 'corpus/a\n::error file=' out.txt || { cat out.txt; fail "the name is not shown escaped"; }
  "$wiclint" --fail-on never --format json corpus > out.json || fail "json: exit status $?"
  python3 -c 'import json, sys; d = json.load(open("out.json", encoding="utf-8", errors="strict"))
assert any("bad\ufffd.txt" in f["file"] for f in d["findings"]), d' || fail "the JSON is not valid UTF-8"
}

"case_${case//-/_}" || exit 1
echo "ok $case"
