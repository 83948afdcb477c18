#!/usr/bin/env bash
# Colour and progress on a real terminal (a pty made by script(1)): --color auto colours a
# terminal, not a pipe; NO_COLOR and FORCE_COLOR count only when not empty; progress shows on a
# terminal's standard error once a run is slower than WICLINT_PROGRESS_AFTER, and never in a file.
#   terminal.sh WICLINT SOURCE_DIR WORK_DIR
set -euo pipefail
wiclint=$(realpath "$1") source=$2 work=$3
command -v script >/dev/null || { echo "SKIP: script(1) is not installed"; exit 77; }
rm -rf "$work" && mkdir -p "$work"
cd "$source"
fail() { echo "FAIL: $*" >&2; exit 1; }
esc=$'\033['
# Runs wiclint on a pty with the given environment; prints what the terminal received.
on_tty() { env -u NO_COLOR -u FORCE_COLOR -u WICLINT_PROGRESS_AFTER "$@" script -qec "$wiclint examples/corpus" /dev/null || true; }
piped() { env -u NO_COLOR -u FORCE_COLOR "$@" "$wiclint" examples/corpus || true; }

out=$(on_tty)
[[ $out == *"${esc}1;31merror:"* ]] || fail "no colour on a terminal: $out"
[[ $out == *"[count-agreement]"* ]] || fail "no finding on a terminal: $out"
[[ $out == *"wiclint: "*"checking"* ]] && fail "progress shown for a run shorter than 1.5 s: $out"
[[ $(on_tty NO_COLOR=1) == *"$esc"* ]] && fail "colour on a terminal with NO_COLOR=1"
[[ $(on_tty NO_COLOR=) == *"${esc}1;31m"* ]] || fail "an empty NO_COLOR turned colour off"
[[ $(piped) == *"$esc"* ]] && fail "colour into a pipe"
[[ $(piped FORCE_COLOR=1) == *"${esc}1;31m"* ]] || fail "FORCE_COLOR=1 did not colour a pipe"
[[ $(piped FORCE_COLOR=) == *"$esc"* ]] && fail "an empty FORCE_COLOR coloured a pipe"
[[ $(NO_COLOR=1 "$wiclint" --color always examples/corpus || true) == *"${esc}1;31m"* ]] ||
  fail "--color always did not colour with NO_COLOR set"

# Progress: with no delay it shows at once on the terminal, as the phase and the time so far,
# and its line is erased at the end.
out=$(on_tty WICLINT_PROGRESS_AFTER=0)
[[ $out =~ wiclint:\ (reading\ the\ corpus|checking\ 6\ articles|writing\ the\ output)\.\.\.\ [0-9]+\.[0-9]\ s ]] ||
  fail "no progress line with WICLINT_PROGRESS_AFTER=0: $(printf %q "$out")"
[[ $out == *$'\r'"${esc}K"* ]] || fail "the progress line is not erased"
# Standard error into a file: no progress, whatever the delay.
env -u NO_COLOR WICLINT_PROGRESS_AFTER=0 script -qec "$wiclint examples/corpus 2>$work/err.txt" /dev/null >/dev/null || true
[ -s "$work/err.txt" ] && fail "progress written into a file: $(cat "$work/err.txt")"
echo PASS
