#!/usr/bin/env python3
"""Checks a held-out set's claims.yaml: every text is an exact substring of its line, values are
well formed, roles and ranks are canonical (claims/lexicon.yaml), and every article has a gold entry.
usage: python3 tests/tools/check_labels.py tests/heldout5   (exits 1 on any bad label)"""
import datetime, glob, os, re, sys
from collections import Counter
import yaml

if len(sys.argv) != 2:
    sys.exit(__doc__)
here = os.path.abspath(sys.argv[1])
root = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
g = yaml.safe_load(open(os.path.join(here, "claims.yaml"), encoding="utf-8"))["files"]
lex = yaml.safe_load(open(os.path.join(root, "claims", "lexicon.yaml"), encoding="utf-8"))["titles"]
roles, ranks = set(lex["roles"]), set(lex["ranks"])
bad = 0
kinds = Counter()


def fail(*msg):
    global bad
    print("BAD", *msg)
    bad += 1


def iso_ok(part):
    if part == "unresolved":
        return True
    if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", part):
        return False
    try:
        if len(part) == 10:
            datetime.date.fromisoformat(part)
        elif len(part) == 7:
            datetime.date.fromisoformat(part + "-01")
    except ValueError:
        return False
    return True


articles = sorted(os.path.relpath(p, root) for p in glob.glob(os.path.join(here, "*.txt")))
if sorted(g) != articles:
    fail("gold keys", sorted(g), "!= articles", articles)
for key, claims in g.items():
    lines = open(os.path.join(root, key), encoding="utf-8").read().split("\n")
    if sum(c["kind"] == "published" for c in claims) != 1:
        fail(key, "needs exactly one published claim")
    seen = {}
    for c in claims:
        k = c["kind"]
        kinds[k] += 1
        ln = c.get("line")
        ident = (k, ln, c.get("text"), str(c.get("value")), c.get("role"))
        # The same claim twice on a line is a copy, unless its text is written there as often.
        seen[ident] = seen.get(ident, 0) + 1
        if seen[ident] > 1 and isinstance(ln, int) and 1 <= ln <= len(lines) and \
                seen[ident] > lines[ln - 1].count(str(c.get("text"))):
            fail(key, "duplicate", c)
        if k not in ("published", "date", "edition", "count", "title", "duration"):
            fail(key, "unknown kind", c)
            continue
        if not isinstance(ln, int) or not (1 <= ln <= len(lines)) or c["text"] not in lines[ln - 1]:
            fail(key, "text not on its line", c)
        if k == "title":
            if not c.get("person") or c["person"] not in " ".join(lines):
                fail(key, "person not in the article", c)
            if c.get("role") not in roles:
                fail(key, "role not canonical", c)
            if "rank" in c and c["rank"] not in ranks:
                fail(key, "rank not canonical", c)
        elif k == "count":
            if not (isinstance(c["value"], int) and c["value"] > 0):
                fail(key, "count value", c)
            if c.get("unit") not in ("people", "countries", "organizations"):
                fail(key, "count unit", c)
            if c.get("qualifier", "none") not in ("over", "about", "nearly", "at-least", "under", "none"):
                fail(key, "count qualifier", c)
        elif k == "duration":
            v = c["value"]
            if c.get("unit") not in ("year", "day"):
                fail(key, "duration unit", c)
            if not (isinstance(v, int) and v > 0) and not re.fullmatch(r"since:\d{4}", str(v)):
                fail(key, "duration value", c)
        elif k == "edition":
            v = c["value"]
            if not (isinstance(v, int) and v > 0) and not re.fullmatch(r"year:\d{4}|\d+\.\.\d+", str(v)):
                fail(key, "edition value", c)
        else:
            parts = str(c["value"]).split("..")
            if len(parts) > 2 or not all(iso_ok(p) for p in parts):
                fail(key, "date value", c)
            if k == "published" and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(c["value"])):
                fail(key, "published must be a full date", c)
            # a named weekday in the text must fit a full-date value
            wd = re.search(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", c["text"])
            if wd and len(parts) == 1 and len(parts[0]) == 10:
                if datetime.date.fromisoformat(parts[0]).strftime("%A") != wd.group(1):
                    fail(key, "weekday does not fit", c)
print(dict(sorted(kinds.items())), "total", sum(kinds.values()), "files", len(g), "bad", bad)
sys.exit(1 if bad else 0)
