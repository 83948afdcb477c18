#!/usr/bin/env bash
# Real JSON output against docs/wiclint-output.schema.json: the example corpus, every shared case,
# an unreadable file (a finding with line 0) and a clean run. Then three broken copies of real
# output (no schema_version, an unknown severity, a field the schema does not name) must be
# refused, so the schema is known to constrain what it describes.
#   json_schema.sh WICLINT SOURCE_DIR SHARED_DIR WORK_DIR
set -euo pipefail
wiclint=$1 source=$2 shared=$3 work=$4
schema="$source/docs/wiclint-output.schema.json"
validate="$shared/tools/validate-report"
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }

lint_json() {  # OUT PATH...: writes wiclint's JSON output; exit 0 or 1 are both fine
  local out=$1; shift
  "$wiclint" --format json "$@" >"$out" || [ $? = 1 ] || fail "wiclint $* exited with an error"
}
n=0
lint_json "$work/examples.json" "$source/examples/corpus"
for c in "$shared"/corpus/cases/*/; do
  lint_json "$work/case_$((n++)).json" "$c"
done
mkdir -p "$work/bad" && printf 'WIC\0opens\n' >"$work/bad/nul.txt" && printf '\xff\xfe bad\n' >"$work/bad/latin.txt"
lint_json "$work/unreadable.json" "$work/bad"
grep -q '"line": 0' "$work/unreadable.json" || grep -q '"unreadable-input"' "$work/unreadable.json" ||
  fail "no unreadable-input finding in $work/unreadable.json"
mkdir -p "$work/empty"
lint_json "$work/clean.json" "$work/empty"
for f in "$work"/*.json; do
  "$validate" json-schema "$schema" "$f" || fail "$f does not match the schema"
done
grep -q '"schema_version": "1.0"' "$work/examples.json" || fail "no schema_version 1.0 in the output"

python3 - "$work/examples.json" "$work" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["findings"], "the example corpus has findings"
broken = {
    "no_version": {k: v for k, v in doc.items() if k != "schema_version"},
    "bad_severity": {**doc, "findings": [{**doc["findings"][0], "severity": "fatal"}]},
    "extra_field": {**doc, "findings": [{**doc["findings"][0], "colour": "red"}]},
}
for name, d in broken.items():
    json.dump(d, open(f"{sys.argv[2]}/broken_{name}.json", "w"))
PY
for f in "$work"/broken_*.json; do
  if "$validate" json-schema "$schema" "$f" 2>/dev/null; then fail "the schema accepts $f"; fi
done
echo "PASS: $(ls "$work"/*.json | grep -vc broken_) outputs valid, 3 broken copies refused"
