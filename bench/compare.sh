#!/usr/bin/env bash
# Extraction throughput of this work tree against an earlier commit, interleaved in one run so that
# both see the same machine load:
#
#   bench/compare.sh [BASE]        (BASE defaults to HEAD~1; RUNS=7 pairs by default)
#
# Builds BASE in build-bench-base/ (from a temporary git worktree) and this tree in build-bench/,
# generates bench/data/extract100m if needed, then runs BM_LoadAndExtract (one thread, the whole
# 105 MB corpus, one repetition) alternately for BASE and HEAD, RUNS times each, and prints MB/s
# per wall second for every run and the median of each side. (One thread: its CPU time is its wall
# time within a percent or two; the extraction bench reports the rate per wall second.)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BASE=${1:-HEAD~1}
RUNS=${RUNS:-7}
DATA=$ROOT/bench/data
base_src=$ROOT/build-bench-base-src  # a fixed path, so build-bench-base's cache stays valid
git worktree remove --force "$base_src" >/dev/null 2>&1 || rm -rf "$base_src"
git worktree prune
git worktree add --detach "$base_src" "$BASE" >/dev/null
trap 'git worktree remove --force "$base_src" >/dev/null 2>&1 || true' EXIT
for side in base head; do
  src=$ROOT; build=$ROOT/build-bench
  [[ $side == base ]] && src=$base_src && build=$ROOT/build-bench-base
  cmake -S "$src" -B "$build" -DWICLINT_BENCH=ON -DWICLINT_TESTS=OFF -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build" -j"${JOBS:-2}" --target extract_bench >/dev/null
done
if [[ ! -f "$DATA/extract100m/.complete" ]]; then
  rm -rf "${DATA:?}/extract100m"
  python3 bench/make_corpus.py "$DATA/extract100m" --articles 24000 --seed 1
  touch "$DATA/extract100m/.complete"
fi
rate() {  # rate BUILD: one run's MB/s per wall second
  WICLINT_BENCH_CORPUS=$DATA/extract100m "$1/bench/extract_bench" --benchmark_filter=BM_LoadAndExtract \
    --benchmark_repetitions=1 --benchmark_format=json 2>/dev/null |
    python3 -c 'import json,sys; print("%.1f" % json.load(sys.stdin)["benchmarks"][0]["MB/s"])'
}
echo "== $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores; base $(git rev-parse --short "$BASE"), head $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes')"
base_rates=() head_rates=()
for ((i = 1; i <= RUNS; i++)); do
  b=$(rate "$ROOT/build-bench-base"); h=$(rate "$ROOT/build-bench")
  base_rates+=("$b"); head_rates+=("$h")
  echo "run $i: base $b MB/s, head $h MB/s (per wall second)"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "median: base $(median "${base_rates[@]}") MB/s, head $(median "${head_rates[@]}") MB/s"
