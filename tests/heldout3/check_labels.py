#!/usr/bin/env python3
"""Checks tests/heldout3/claims.yaml: every text is an exact substring of its line, values are well formed."""
import yaml, sys, os, re, datetime
root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
g = yaml.safe_load(open(os.path.join(root, "tests/heldout3/claims.yaml")))["files"]
bad = 0
from collections import Counter
kinds = Counter()
for key, claims in g.items():
    lines = open(os.path.join(root, key), encoding="utf-8").read().split("\n")
    pub = [c for c in claims if c["kind"] == "published"]
    assert len(pub) == 1, key
    for c in claims:
        kinds[c["kind"]] += 1
        assert c["kind"] in ("published","date","edition","count","title","duration"), c
        ln = c["line"]
        if not (1 <= ln <= len(lines)) or c["text"] not in lines[ln-1]:
            print("NOT FOUND", key, c); bad += 1
        if c["kind"] == "title":
            assert c["person"] in lines[ln-1] or c["person"] in " ".join(lines), c
            assert "role" in c
        elif c["kind"] == "count":
            assert isinstance(c["value"], int) and c["unit"] in ("people","countries","organizations"), c
            assert c.get("qualifier", "none") in ("over","about","nearly","at-least","under","none"), c
        elif c["kind"] == "duration":
            assert c["unit"] in ("year","day"), c
        elif c["kind"] in ("date","published"):
            v = str(c["value"])
            for part in v.split(".."):
                assert re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?|unresolved", part), c
                if len(part) == 10: datetime.date.fromisoformat(part)
print(dict(kinds), sum(kinds.values()), "bad", bad)
sys.exit(1 if bad else 0)
