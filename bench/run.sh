#!/usr/bin/env bash
# wiclint benchmark: one command, run from anywhere.
#
#   bench/run.sh
#
# 1. configures and builds a separate Release build in build-bench/ (-DWICLINT_BENCH=ON), -j2;
# 2. generates the corpora under bench/data/ (gitignored) unless they are already there:
#      bench/data/extract100m  24,000 articles, ~105 MB  (extraction throughput)
#      bench/data/lint10k      10,000 articles,  ~44 MB  (whole lint, and the corpus for check)
#      bench/data/new1         1 article                 (the new article given to check)
# 3. runs the one-thread extraction benchmark (build-bench/bench/extract_bench), printing MB/s;
# 4. times the whole CLI over lint10k, and `wiclint check` of one new article against lint10k,
#    with /usr/bin/time -v (wall time and peak RSS).
#
# Targets: >= 50 MB/s extraction on one core; whole lint of 10k articles < 10 s; check < 2 s.
# Environment: JOBS (default 2) for the build; SKIP_BUILD=1 to reuse build-bench as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=$ROOT/build-bench
DATA=$ROOT/bench/data
JOBS=${JOBS:-2}

echo "== load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  cmake -S . -B "$BUILD" -DWICLINT_BENCH=ON -DWICLINT_TESTS=OFF -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$BUILD" -j"$JOBS" --target wiclint extract_bench
fi

gen() {  # gen NAME ARTICLES SEED
  if [[ ! -f "$DATA/$1/.complete" ]]; then
    rm -rf "${DATA:?}/$1"
    python3 bench/make_corpus.py "$DATA/$1" --articles "$2" --seed "$3"
    touch "$DATA/$1/.complete"
  fi
}
gen extract100m 24000 1
gen lint10k 10000 2
gen new1 1 3
NEW=$DATA/new1/d000/000000.txt

timed() {  # timed LABEL CMD...: runs CMD with stdout discarded, prints wall time and peak RSS
  local label=$1; shift
  local log; log=$(mktemp)
  local rc=0
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || rc=$?
  echo "== $label (exit $rc)"
  grep -E "Elapsed \(wall clock\)|Maximum resident set size|User time|System time|Percent of CPU" "$log" | sed 's/^\s*/   /'
  grep -vE "^\s|Command being timed|Command exited" "$log" | tail -3 | sed 's/^/   stderr: /' || true
  rm -f "$log"
}

echo "== load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== extraction, one thread, bench/data/extract100m ($(du -sh --apparent-size "$DATA/extract100m" | cut -f1))"
WICLINT_BENCH_CORPUS=$DATA/extract100m "$BUILD/bench/extract_bench" \
  --benchmark_counters_tabular=true --benchmark_out="$DATA/extract_bench.json" --benchmark_out_format=json

echo "== load: $(cut -d' ' -f1-3 /proc/loadavg)"
timed "whole lint: wiclint --format json --fail-on never bench/data/lint10k" \
  "$BUILD/wiclint" --format json --fail-on never "$DATA/lint10k"
timed "check: wiclint check bench/data/new1/d000/000000.txt --corpus bench/data/lint10k" \
  "$BUILD/wiclint" check "$NEW" --corpus "$DATA/lint10k" --fail-on never
echo "== load: $(cut -d' ' -f1-3 /proc/loadavg)"
