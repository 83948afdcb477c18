#!/usr/bin/env bash
# docs/scale.md's worked example, run: `wiclint claims --format jsonl` of the example corpus into
# the sqlite3 shell, bench/count_agreement.sql's group-by, and its rows compared with wiclint's own
# count-agreement findings. Every finding of wiclint must come back from SQL, and SQL may name
# only figures wiclint names as a finding or a note (SQL does not break ties by publication date,
# so it reports both sides of an even disagreement). Skipped (77) without sqlite3.
#   count_agreement_sql.sh WICLINT SOURCE_DIR WORK_DIR
set -euo pipefail
wiclint=$1 src=$2 work=$3
command -v sqlite3 >/dev/null || { echo "SKIPPED: no sqlite3 (apt-get install sqlite3)"; exit 77; }
rm -rf "$work"; mkdir -p "$work"
# A corpus of its own: the example articles and one whose figures all agree with them.
cp -r "$src/examples/corpus" "$work/corpus"
printf 'Fifth WIC wraps up\nPublished: 2018-11-09\n\nNearly 1,200 guests attended the fifth World Internet Conference, organizers said.\n' \
  >"$work/corpus/09_agrees.txt"
"$wiclint" claims --format jsonl --no-cache "$work/corpus" >"$work/claims.jsonl"
"$wiclint" --format json --no-cache --fail-on never "$work/corpus" >"$work/lint.json"
(cd "$work" && sqlite3 :memory: <"$src/bench/count_agreement.sql") >"$work/sql.jsonl"
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
lint = json.load(open(f"{work}/lint.json"))
found = {(f["file"], f["line"], f["column"]) for f in lint["findings"] if f["rule"] == "count-agreement"}
named = set(found)
for f in lint["findings"]:
    if f["rule"] == "count-agreement":
        named |= {(r["file"], r["line"], r["column"]) for r in f.get("related", [])}
rows = [json.loads(line) for line in open(f"{work}/sql.jsonl") if line.strip()]
sql = {(r["file"], r["line"], r["column"]) for r in rows}
bad = 0
if not found:
    print("FAIL: wiclint found no count-agreement finding in the example corpus"); bad += 1
for f in sorted(found - sql):
    print(f"FAIL: wiclint reports {f} and the SQL group-by does not"); bad += 1
for f in sorted(sql - named):
    print(f"FAIL: the SQL group-by reports {f}, which wiclint names nowhere"); bad += 1
if any(r["rule"] != "count-agreement" or r["severity"] != "error" for r in rows):
    print("FAIL: a row is not a count-agreement finding"); bad += 1
print(f"sql: {len(rows)} rows, wiclint: {len(found)} findings naming {len(named)} figures, {bad} problems")
sys.exit(1 if bad else 0)
PY
