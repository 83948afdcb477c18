#!/usr/bin/env bash
# Writes the SARIF and JUnit reports of every shared case with the real CLI and validates them
# against the published schemas (shared/tools/validate-report).
# usage: validate_case_reports.sh WICLINT SHARED_DIR OUT_DIR
set -u
wiclint=$1 shared=$2 out=$3
mkdir -p "$out"
status=0
for case in "$shared"/corpus/cases/*/; do
  name=$(basename "$case")
  (cd "$case" && "$wiclint" corpus --fail-on never --quiet --format text \
      --report "sarif=$out/$name.sarif" --report "junit=$out/$name.xml" >/dev/null) || { echo "FAIL $name: wiclint"; status=1; continue; }
  for mode in sarif-github:sarif junit-ci:xml; do
    if "$shared/tools/validate-report" "${mode%%:*}" "$out/$name.${mode##*:}"; then
      echo "ok   $name ${mode%%:*}"
    else
      echo "FAIL $name ${mode%%:*}"
      status=1
    fi
  done
done
exit $status
