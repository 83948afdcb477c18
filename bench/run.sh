#!/usr/bin/env bash
# wiclint benchmark: one command, run from anywhere.
#
#   bench/run.sh [BASE]          (BASE: the commit to compare with, default HEAD~1)
#
# 1. builds this tree (build-bench/) and BASE (build-bench-base/, from a temporary git worktree)
#    in Release with -DWICLINT_BENCH=ON, -j2, one after the other;
# 2. generates the corpora under bench/data/ (gitignored) unless they are already there:
#      extract100m  24,000 articles, ~105 MB  (extraction throughput)
#      scale1k / scale10k / scale100k  1,000 / 10,000 / 100,000 articles (4.4 / 44 / 438 MB)
#      new1         1 article                 (the new article given to check)
# 3. extraction on one thread (extract_bench): MB/s per wall second and per CPU second;
# 4. the scaling table: the whole lint at 1k/10k/100k (no cache), then with a warm cache, and
#    `check` of one article against each: wall s, CPU s (user + sys), peak RSS, MB/s per wall
#    second and per CPU second;
# 5. BASE against this tree, interleaved in this invocation (RUNS pairs, default 3): the lint of
#    scale10k, then of scale100k once each.
#
# Targets (issue #12): lint of 100k under 10 s wall and 1 GB; check under 200 ms warm; CPU/wall
# >= 1.8 on two cores. Environment: JOBS (build, default 2), RUNS, LIMIT (seconds a measured run
# may take, default 900), BUILD_TYPE (default Release),
# BUILD and BASE_BUILD (the build folders), SKIP_BUILD=1 (use them as they are: BASE_BUILD needs
# only wiclint, BUILD also extract_bench and rules_bench, i.e. -DWICLINT_BENCH=ON).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BASE=${1:-HEAD~1}
BUILD=${BUILD:-$ROOT/build-bench}
BASE_BUILD=${BASE_BUILD:-$ROOT/build-bench-base}
BUILD_TYPE=${BUILD_TYPE:-Release}
DATA=$ROOT/bench/data
JOBS=${JOBS:-2}
RUNS=${RUNS:-3}
load() { echo "load $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"; }

echo "== $(date -u +%FT%TZ), $(load); head $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes'), base $(git rev-parse --short "$BASE")"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  base_src=$ROOT/build-bench-base-src
  git worktree remove --force "$base_src" >/dev/null 2>&1 || rm -rf "$base_src"
  git worktree prune
  git worktree add --detach "$base_src" "$BASE" >/dev/null
  trap 'git worktree remove --force "$base_src" >/dev/null 2>&1 || true' EXIT
  for side in head base; do
    src=$ROOT; build=$BUILD
    [[ $side == base ]] && src=$base_src && build=$BASE_BUILD
    cmake -S "$src" -B "$build" -DWICLINT_BENCH=ON -DWICLINT_TESTS=OFF -DCMAKE_BUILD_TYPE="$BUILD_TYPE" >/dev/null
    targets=(wiclint extract_bench)
    [[ $side == head ]] && targets+=(rules_bench)
    cmake --build "$build" -j"$JOBS" --target "${targets[@]}" >/dev/null
  done
fi

gen() {  # gen NAME ARTICLES SEED
  if [[ ! -f "$DATA/$1/.complete" ]]; then
    rm -rf "${DATA:?}/$1"
    python3 bench/make_corpus.py "$DATA/$1" --articles "$2" --seed "$3"
    touch "$DATA/$1/.complete"
  fi
}
gen extract100m 24000 1
gen scale1k 1000 2
gen scale10k 10000 2
gen scale100k 100000 2
gen new1 1 3
NEW=$DATA/new1/d000/000000.txt
mb() { du -s --apparent-size --block-size=1 "$1" | awk '{printf "%.1f", $1 / 1e6}'; }

# measure LABEL MB CMD...: one run, stdout discarded; prints a table row. A run is stopped after
# LIMIT seconds (default 900): its row then says exit 124 and the time it had taken.
measure() {
  local label=$1 size=$2; shift 2
  local log rc=0; log=$(mktemp)
  /usr/bin/time -f '%e %U %S %M' -o "$log" timeout "${LIMIT:-900}" "$@" >/dev/null 2>/dev/null || rc=$?
  read -r wall user sys rss < <(tail -n 1 "$log"); rm -f "$log"  # after "Command exited with ..." if any
  awk -v l="$label" -v mb="$size" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v rc="$rc" 'BEGIN {
    cpu = u + s; printf "| %s | %.2f | %.2f | %.2f | %.0f | %.1f | %.1f | %d |\n", l, w, cpu, cpu / (w > 0 ? w : 1), r / 1024,
      mb / (w > 0 ? w : 1), mb / (cpu > 0 ? cpu : 1), rc }'
}
header() { echo "| $1 | wall s | CPU s | CPU/wall | peak RSS MB | MB/s per wall s | MB/s per CPU s | exit |"; echo "|---|---|---|---|---|---|---|---|"; }

echo "== extraction, one thread, bench/data/extract100m ($(mb "$DATA/extract100m") MB); $(load)"
WICLINT_BENCH_CORPUS=$DATA/extract100m "$BUILD/bench/extract_bench" --benchmark_filter=BM_LoadAndExtract \
  --benchmark_repetitions=3 --benchmark_counters_tabular=true 2>/dev/null | grep -E "^(BM_|-|Benchmark)" || true

echo "== scaling: the whole lint, this tree (--jobs default: $(nproc) cores); $(load)"
header "run"
CACHE=$(mktemp -d)
for n in 1k 10k 100k; do
  size=$(mb "$DATA/scale$n")
  measure "lint $n, no cache" "$size" "$BUILD/wiclint" --format json --fail-on never --no-cache "$DATA/scale$n"
  measure "lint $n, --jobs 1" "$size" "$BUILD/wiclint" --format json --fail-on never --no-cache --jobs 1 "$DATA/scale$n"
  measure "lint $n, cold cache" "$size" "$BUILD/wiclint" --format json --fail-on never --cache "$CACHE/$n" "$DATA/scale$n"
  measure "lint $n, warm cache" "$size" "$BUILD/wiclint" --format json --fail-on never --cache "$CACHE/$n" "$DATA/scale$n"
  measure "check 1 vs $n, warm" "$size" "$BUILD/wiclint" check "$NEW" --corpus "$DATA/scale$n" --fail-on never --cache "$CACHE/$n"
  measure "claims jsonl $n" "$size" "$BUILD/wiclint" claims --format jsonl --no-cache "$DATA/scale$n"
done
rm -rf "$CACHE"

echo "== rules alone at 1k/10k/100k articles (rules_bench; the _BigO line is the fitted curve); $(load)"
WICLINT_BENCH_CORPUS=$DATA/scale100k "$BUILD/bench/rules_bench" 2>/dev/null | grep -E "^BM_Rule/.*(_BigO|_RMS|/1000 |/10000 |/100000 )" || true

echo "== base $(git rev-parse --short "$BASE") against this tree, interleaved ($RUNS pairs at 10k, one at 100k; no cache); $(load)"
header "run"
for ((i = 1; i <= RUNS; i++)); do
  measure "base lint 10k #$i" "$(mb "$DATA/scale10k")" "$BASE_BUILD/wiclint" --format json --fail-on never "$DATA/scale10k"
  measure "head lint 10k #$i" "$(mb "$DATA/scale10k")" "$BUILD/wiclint" --format json --fail-on never --no-cache "$DATA/scale10k"
done
measure "base lint 100k" "$(mb "$DATA/scale100k")" "$BASE_BUILD/wiclint" --format json --fail-on never "$DATA/scale100k"
measure "head lint 100k" "$(mb "$DATA/scale100k")" "$BUILD/wiclint" --format json --fail-on never --no-cache "$DATA/scale100k"
echo "== done $(date -u +%FT%TZ), $(load)"
