#!/usr/bin/env bash
# Installs what wiclint needs on Debian 12 (run as root). Idempotent: installs only what is missing.
#   scripts/setup.sh           build dependencies
#   scripts/setup.sh --tests   also what the tests use (GoogleTest, schema validators, Chromium)
set -euo pipefail
packages=(g++ cmake make libyaml-cpp-dev libboost-dev libcli11-dev nlohmann-json3-dev libsqlite3-dev)
if [ "${1:-}" = "--tests" ]; then
  # clang-14 and its runtime (libFuzzer, the sanitizers) for the fuzz smoke run of .ci/run.
  packages+=(libgtest-dev libbenchmark-dev python3 python3-yaml python3-jsonschema libxml2-utils chromium
             clang-14 libclang-rt-14-dev
             zsh groff-base  # the zsh completion's syntax check; the man page's render check
             sqlite3)        # the cache tests query the store as a person would
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
