#!/usr/bin/env bash
# Does `check` with the cache's index give the findings the whole-corpus `check` gives?
#
#   bench/check_equivalence.sh OLD_WICLINT NEW_WICLINT CORPUS_DIR...
#
# For each corpus folder, several new articles are checked with both binaries: the corpus's first,
# middle and last files (re-checking an article in place: it replaces the corpus file), a copy of
# the middle file outside the corpus (the same article twice), and the first files of
# examples/corpus and tests/heldout (another corpus's articles). OLD runs with no cache; NEW runs
# with a cache warmed by a lint of the corpus, then again with a cache warmed by that check alone.
# The JSON reports must be identical: findings, the files and claims counted, the summary. Prints one line per check and exits 1 when any differs.
set -uo pipefail
OLD=$1 NEW=$2
shift 2
ROOT=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

# a JSON report as one canonical line: findings, counts, files, summary
canon() { python3 -c 'import json, sys; print(json.dumps(json.load(open(sys.argv[1])), sort_keys=True))' "$1"; }

compare() {  # compare LABEL CORPUS NEW_ARTICLE
  local label=$1 corpus=$2 article=$3 old=$work/old.json
  "$OLD" check "$article" --corpus "$corpus" --format json --fail-on never --no-cache >"$old" 2>/dev/null
  rm -rf "$work/cache"
  "$NEW" "$corpus" --format json --fail-on never --cache "$work/cache" >/dev/null 2>&1  # a lint warms the cache
  local how
  for how in lint-warmed check-warmed; do
    [[ $how == check-warmed ]] && rm -rf "$work/cache" &&
      "$NEW" check "$article" --corpus "$corpus" --format json --fail-on never --cache "$work/cache" >/dev/null 2>&1
    "$NEW" check "$article" --corpus "$corpus" --format json --fail-on never --cache "$work/cache" >"$work/new.json" 2>"$work/err"
    if [[ "$(canon "$old")" == "$(canon "$work/new.json")" ]]; then
      echo "same  $label ($how): $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["findings"]))' "$old") findings"
    else
      echo "DIFF  $label ($how)"
      diff <(canon "$old" | python3 -m json.tool) <(canon "$work/new.json" | python3 -m json.tool) | head -20
      status=1
    fi
  done
}

for corpus in "$@"; do
  mapfile -t files < <(find "$corpus" -type f \( -name '*.txt' -o -name '*.md' \) | LC_ALL=C sort)
  [[ ${#files[@]} -eq 0 ]] && continue
  mid=${files[$(( ${#files[@]} / 2 ))]}
  cp "$mid" "$work/copy_$(basename "$mid")"
  for x in "${files[0]}" "$mid" "${files[-1]}" "$work/copy_$(basename "$mid")" \
           "$ROOT/examples/corpus/01_fifth_opens.txt" "$ROOT/tests/heldout/h1_chronicle_2016.txt"; do
    compare "$corpus <- ${x#"$ROOT"/}" "$corpus" "$x"
  done
done
exit $status
