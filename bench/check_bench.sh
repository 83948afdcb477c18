#!/usr/bin/env bash
# `check` of one article against a corpus with a warm cache: OLD against NEW, interleaved.
#
#   bench/check_bench.sh OLD_WICLINT OLD_CACHE NEW_WICLINT NEW_CACHE CORPUS ARTICLE [RUNS]
#
# Each cache must already be warm for its binary (a lint, or `wiclint claims`, of CORPUS with
# --cache). Runs OLD then NEW RUNS times (default 3), the JSON report to /dev/null, and prints per
# run the wall seconds and the CPU seconds (user + system) from /usr/bin/time, and the peak RSS.
set -euo pipefail
OLD=$1 OLD_CACHE=$2 NEW=$3 NEW_CACHE=$4 CORPUS=$5 ARTICLE=$6 RUNS=${7:-3}
run() {  # run LABEL BINARY CACHE
  local log; log=$(mktemp)
  /usr/bin/time -f '%e %U %S %M' -o "$log" "$2" check "$ARTICLE" --corpus "$CORPUS" --cache "$3" \
    --format json --fail-on never >/dev/null 2>/dev/null || true
  read -r wall user sys rss < <(tail -n 1 "$log"); rm -f "$log"
  awk -v l="$1" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN { printf "| %s | %.2f | %.2f | %.0f | %s |\n", l, w, u + s, r / 1024, load }'
}
echo "| run | wall s | CPU s | peak RSS MB | load |"
echo "|---|---|---|---|---|"
for ((i = 1; i <= RUNS; i++)); do
  run "old $i" "$OLD" "$OLD_CACHE"
  run "new $i" "$NEW" "$NEW_CACHE"
done
