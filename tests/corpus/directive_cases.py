#!/usr/bin/env python3
"""Checks the inline-suppression cases, and the cases of a warning that must stay silent, exactly
(score-cases checks only that expected findings are there and that no other error is).

usage: directive_cases.py WICLINT CASES_DIR

Every case folder whose expected.yaml has an `exactly:` list is run as score-cases runs it
(`WICLINT --format json corpus` in the folder). The findings, as "rule severity file:line", must be
that list and nothing more (a near miss that must stay silent lists nothing), and the text summary
line must count `suppressed:` findings as suppressed.
"""
import json, os, re, subprocess, sys
from collections import Counter
import yaml


def run(wiclint, folder, fmt):
    return subprocess.run([wiclint, "--format", fmt, "corpus"], cwd=folder, capture_output=True, text=True, timeout=120)


def check_case(wiclint, folder, spec):
    problems = []
    p = run(wiclint, folder, "json")
    try:
        findings = json.loads(p.stdout)["findings"]
    except (ValueError, KeyError) as e:
        return [f"no JSON report (exit {p.returncode}): {e}: {p.stderr[:300]}"]
    got = Counter(f"{f['rule']} {f['severity']} {f['file']}:{f['line']}" for f in findings)
    want = Counter(spec["exactly"] or [])
    for extra in sorted((got - want).elements()):
        problems.append(f"unexpected {extra}")
    for missing in sorted((want - got).elements()):
        problems.append(f"missing {missing}")
    if "suppressed" in spec:
        summary = run(wiclint, folder, "text").stdout.strip().splitlines()[-1]
        m = re.search(r"; (\d+) suppressed", summary)
        if not m or int(m.group(1)) != spec["suppressed"]:
            problems.append(f"summary should count {spec['suppressed']} suppressed: {summary}")
    return problems


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    wiclint, root = os.path.abspath(sys.argv[1]), sys.argv[2]
    failed = checked = 0
    for name in sorted(os.listdir(root)):
        path = os.path.join(root, name, "expected.yaml")
        if not os.path.isfile(path):
            continue
        spec = yaml.safe_load(open(path))
        if "exactly" not in spec:
            continue
        checked += 1
        problems = check_case(wiclint, os.path.join(root, name), spec)
        print(("FAIL " if problems else "ok   ") + name)
        for pr in problems:
            print("     " + pr)
        failed += bool(problems)
    print(f"{checked - failed} passed, {failed} failed")
    sys.exit(1 if failed or not checked else 0)


if __name__ == "__main__":
    main()
