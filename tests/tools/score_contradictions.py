#!/usr/bin/env python3
"""Score wiclint's findings on a labelled real corpus (tests/real): which labelled contradictions it
reports, which it misses, and which of its errors are false (touch no labelled contradiction).

usage: score_contradictions.py WICLINT DIR     (DIR holds texts/ and contradictions.yaml)
A labelled contradiction counts as found when a finding of severity error or warning, or one of its
related locations, falls on a line of one of its spans. A finding on a trap's span is a false alarm
on a trap. Exits 0 (a report, not a gate).
"""
import json, os, subprocess, sys
import yaml


def spans_of(item):
    return {(s["file"].split("/")[-1], s["line"]) for s in item.get("spans", [])}


def finding_lines(f):
    yield (f["file"].split("/")[-1], f["line"])
    for r in f.get("related", []):
        yield (r["file"].split("/")[-1], r["line"])


def main():
    wiclint, root = sys.argv[1], sys.argv[2]
    labels = yaml.safe_load(open(os.path.join(root, "contradictions.yaml")))
    out = subprocess.run([wiclint, os.path.join(root, "texts"), "--format", "json", "--fail-on", "never"],
                         capture_output=True, text=True)
    findings = [f for f in json.loads(out.stdout)["findings"] if f["severity"] in ("error", "warning")]
    found = 0
    for c in labels["contradictions"]:
        hit = [f for f in findings if spans_of(c) & set(finding_lines(f))]
        found += bool(hit)
        print(f"{'FOUND ' if hit else 'MISSED'} {c['severity']:7} {c['id']}" +
              (f"  <- {hit[0]['rule']} ({hit[0]['severity']})" if hit else ""))
    traps = {sp for t in labels["traps"] for sp in spans_of(t)}
    labelled = {sp for c in labels["contradictions"] for sp in spans_of(c)}
    false_errors = [f for f in findings if f["severity"] == "error" and not (set(finding_lines(f)) & labelled)]
    for f in false_errors:
        on_trap = " (on a labelled trap)" if set(finding_lines(f)) & traps else ""
        print(f"FALSE  error   {f['file'].split('/')[-1]}:{f['line']} [{f['rule']}] {f['message'][:110]}{on_trap}")
    n = len(labels["contradictions"])
    print(f"contradictions found {found}/{n}; false errors {len(false_errors)}; "
          f"warnings {sum(f['severity'] == 'warning' for f in findings)}")


if __name__ == "__main__":
    main()
