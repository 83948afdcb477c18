#!/bin/sh
# Report sizes on a generated corpus (bench/make_corpus.py):
#   - HTML at most 1,000 bytes per article and JUnit (every finding a failure) at most 3,000, so
#     10,000 articles stay under 10 MB and 30 MB (README, "Reports"; measured at 10,000: 5.7 MB
#     and 28.3 MB). Part of the HTML is fixed (the first findings of each group, the matrix), so
#     the bound is looser at 10,000 articles than here;
#   - SARIF URIs relative to %SRCROOT% when the corpus is named by its absolute path, and
#     valid for GitHub; JUnit valid for CI readers;
#   - in headless Chromium (skipped without it) the page's self-check passes, including a load
#     time under 3 s, with an article carrying script payloads in the corpus.
# Usage: corpus_scale.sh WICLINT SOURCE_DIR SHARED_DIR OUT_DIR ARTICLES BROWSER_TEST
set -eu
wiclint=$1 src=$2 shared=$3 out=$4 n=$5 browser_test=$6
rm -rf "$out" && mkdir -p "$out"
python3 "$src/bench/make_corpus.py" "$out/corpus" --articles "$n" --seed 1 \
  --seeds "$src/examples/corpus" --seeds "$shared/corpus/seeds" >/dev/null
cat > "$out/corpus/0-payload.txt" <<'ART'
Third World Internet Conference ends
Published: 2016-11-19

About 900 guests <script>window.PWNED=1</script> and <img src=x onerror="window.PWNED=1"> attended the third World Internet Conference.
ART
corpus=$(cd "$out/corpus" && pwd)
status=0
# As CI runs it (a relative path), then SARIF again naming the corpus by its absolute path.
(cd "$out" && "$wiclint" corpus -q --fail-on note --format html -o report.html --report junit=report.xml) || status=$?
(cd "$out" && "$wiclint" "$corpus" -q --fail-on note --format sarif -o report.sarif) || status=$((status > 1 ? status : $?))
[ "$status" -le 1 ] || { echo "corpus_scale: wiclint exited $status"; exit 1; }
fail=0
check_size() {  # FILE BYTES_PER_ARTICLE
  size=$(wc -c <"$out/$1")
  per=$((size / n))
  echo "corpus_scale: $1: $size bytes, $per per article (limit $2)"
  [ "$per" -le "$2" ] || { echo "corpus_scale: $1 is too large"; fail=1; }
}
check_size report.html 1000
check_size report.xml 3000
absolute=$(grep -c '"uri": "file://' "$out/report.sarif" || true)
if [ "$absolute" -ne 1 ] || ! grep -q '"uriBaseId": "%SRCROOT%"' "$out/report.sarif"; then
  echo "corpus_scale: SARIF URIs are not relative to %SRCROOT% ($absolute file:// URIs)"
  fail=1
fi
"$shared/tools/validate-report" junit-ci "$out/report.xml" || fail=1
"$shared/tools/validate-report" sarif-github "$out/report.sarif" || fail=1
"$browser_test" "$out/report.html" "$out/browser" || {
  rc=$?
  [ "$rc" -eq 77 ] && echo "corpus_scale: no Chromium; the browser part was skipped" || fail=1
}
exit $fail
