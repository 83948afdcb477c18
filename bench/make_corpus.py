#!/usr/bin/env python3
"""Generate a large, varied benchmark corpus of English news articles about the World Internet
Conference by recombining and perturbing the seed articles.

    bench/make_corpus.py OUTDIR --articles N --seed S [--seeds DIR ...]

Each article starts from one seed: its prose paragraphs are shuffled (the lead paragraph usually
stays first), a few paragraphs from other seeds are mixed in, and then everything is moved to one
target edition of the conference consistently: edition ordinals ("Fifth", "6th"), years and the
dateline move together, and counts ("1,500 participants") are rescaled with one factor per number
The header is rebuilt in one of several formats ("Updated 19:04, 21-Oct-2019",
"Published: 2016-11-18", "Last Updated: ... | Source", "December 3, 2017", YAML front matter, or
no date at all), and menus, share bars, footers and the odd very long line are added.

Output is deterministic for a given seed and seed set. Files go to OUTDIR/dNNN/NNNNNN.txt
(1000 per folder).
"""
import argparse
import datetime
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# The shared folder lies beside the checkout (as in tests/CMakeLists.txt's WICLINT_SHARED).
DEFAULT_SEEDS = [os.path.join(HERE, "..", "examples", "corpus"), os.path.join(HERE, "..", "..", "shared", "corpus", "seeds")]

WORD_ORD = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth"]
WORD_ORD_IDX = {w: i for i, w in enumerate(WORD_ORD)}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
AFTER_ORD = r"(?=[\s-]+(?:World\s+Internet\s+Conference|WIC\b|edition|session|Wuzhen\s+Summit))"
ORD_WORD_RE = re.compile(r"\b(" + "|".join(WORD_ORD[1:]) + r")\b" + AFTER_ORD, re.I)
ORD_NUM_RE = re.compile(r"\b(\d{1,2})(st|nd|rd|th)\b" + AFTER_ORD)
YEAR_RE = re.compile(r"(?<![\d,.])(20[12]\d)(?![\d,])")
COUNT_RE = re.compile(r"(?<![\w:.,/-])(\d{1,3}(?:,\d{3})+|\d{2,3})(?=\s+(?:million\s+|billion\s+)?[a-z])")
SOURCES = ["China Daily", "Xinhua", "CGTN", "Shine", "Eastern News Agency", "Tech Daily",
           "Wuzhen Weekly", "Global Wire", "Asia Tech Review", "People's Daily Online"]
REPORTERS = ["Gong Zhe", "Liu Yang", "Chen Lu", "Wang Fei", "Zhang Wei", "Li Na", "Sarah Miller",
             "Tom Baker", "Zhou Min", "Ana Costa"]
MENUS = [
    "Home | World | China | Business | Tech | Sports",
    "News | Opinion | Business | Culture | Travel",
    "Edition: English | 中文簡體 | 中文繁體",
    "Homepage > China > Tech",
    " Save  Print   E-mail",
    "Top News",
]
FOOTERS = [
    "Copyright © {year} {src}. All rights reserved.",
    "Share: Facebook | Twitter | LinkedIn | WeChat",
    "Related: WIC {year} special coverage | Photos | Videos",
    "(Editor: {rep})",
    "Follow us on social media for more on the World Internet Conference.",
    "Contact us | About us | Terms of use | Privacy policy | Sitemap",
]


def ordinal_suffix(n):
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def match_case(word, like):
    if like.isupper():
        return word.upper()
    if like[:1].isupper():
        return word.capitalize()
    return word


class Seed:
    def __init__(self, path):
        self.path = path
        with open(path, encoding="utf-8") as f:
            text = f.read()
        self.text = text
        blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", text)]
        blocks = [b for b in blocks if b.strip() and not b.startswith("---")]
        lines = [l.strip() for l in text.splitlines() if l.strip() and l.strip() != "---"]
        # Headline: the first line that reads like one.
        self.title = next((l.lstrip("# ") for l in lines
                           if len(l) > 25 and "|" not in l and not l.startswith(("date:", "source:"))
                           and not re.match(r"(Updated|Published|Last Updated|Edition)", l)),
                          "World Internet Conference opens in Wuzhen")
        self.paras = [b.replace("\n", " ") for b in blocks
                      if len(b) > 80 and re.search(r"[.\"')]$", b.strip()) and b.count("|") < 2]
        if not self.paras:
            self.paras = [self.title + "."]
        self.edition = self._edition()

    def _edition(self):
        m = ORD_WORD_RE.search(self.text)
        if m:
            return WORD_ORD_IDX[m.group(1).lower()]
        m = ORD_NUM_RE.search(self.text)
        if m:
            return int(m.group(1))
        m = YEAR_RE.search(self.text)
        if m:
            return int(m.group(1)) - 2013
        return 5


# Opening day of each edition; datelines fall near it so most articles agree with the KB.
OPENS = {1: (2014, 11, 19), 2: (2015, 12, 16), 3: (2016, 11, 16), 4: (2017, 12, 3),
         5: (2018, 11, 7), 6: (2019, 10, 20), 7: (2020, 11, 23), 8: (2021, 9, 26),
         9: (2022, 11, 9), 10: (2023, 11, 8), 11: (2024, 11, 20)}
CORPUS_COUNTS = {}  # (edition, original figure) -> figure, shared by every article of the corpus
NOISY = 0.03        # share of articles that get their own (conflicting) figures and dateline


class Shift:
    """Moves text from a seed's edition to the article's target edition. Figures are rescaled once
    per edition for the whole corpus (sources agree), or per article for the noisy few."""

    def __init__(self, rng, target, noisy):
        self.rng = rng
        self.target = target
        self.counts = {} if noisy else CORPUS_COUNTS.setdefault(target, {})

    def count(self, m):
        s = m.group(1)
        if s not in self.counts:
            n = int(s.replace(",", ""))
            if n < 10:
                self.counts[s] = s
            else:
                v = max(10, int(round(n * self.rng.uniform(0.7, 1.4))))
                if n >= 1000:
                    v = int(round(v, -2))
                self.counts[s] = f"{v:,}" if "," in s else str(v)
        return self.counts[s]

    def apply(self, text, seed_edition):
        delta = self.target - seed_edition

        def word(m):
            n = WORD_ORD_IDX[m.group(1).lower()] + delta
            return match_case(WORD_ORD[n], m.group(1)) if 1 <= n < len(WORD_ORD) else m.group(0)

        def num(m):
            n = int(m.group(1)) + delta
            return f"{n}{ordinal_suffix(n)}" if n >= 1 else m.group(0)

        text = ORD_WORD_RE.sub(word, text)
        text = ORD_NUM_RE.sub(num, text)
        text = YEAR_RE.sub(lambda m: str(int(m.group(1)) + delta), text)
        text = COUNT_RE.sub(self.count, text)
        return text


def header(rng, title, date, src, rep):
    t = f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}"
    kind = rng.randrange(9)
    if kind == 0:
        return [title, f"Updated {t}, {date.day:02d}-{MON3[date.month - 1]}-{date.year}", f"By {rep}"]
    if kind == 1:
        return [title, f"Published: {date.isoformat()}", f"Editor: {rep} | {src}"]
    if kind == 2:
        return [title, f"Last Updated: {date.isoformat()} {t} | {src}"]
    if kind == 3:
        return [title, f"{MONTHS[date.month - 1]} {date.day}, {date.year}", f"By {rep}, Staff Reporter"]
    if kind == 4:
        return ["---", f"date: {date.isoformat()}", f"source: {src}", "---", f"# {title}"]
    if kind == 5:
        return [title, f"{date.year}-{date.month:02d}-{date.day:02d} {t}:{rng.randint(0, 59):02d}  Source: {src}"]
    if kind == 6:
        return [title, f"By {rep} | {src} | Updated: {MON3[date.month - 1]} {date.day}, {date.year}"]
    if kind == 7:
        return [title, "", f"| {src}"]  # undated
    return [title, f"{date.day} {MONTHS[date.month - 1]} {date.year} | {src}"]


def make_article(rng, seeds):
    base = rng.choice(seeds)
    target = rng.randint(1, 11)
    noisy = rng.random() < NOISY
    sh = Shift(rng, target, noisy)
    year = 2013 + target
    if noisy:  # any autumn day
        date = datetime.date(year, rng.choice([10, 11, 11, 12]), rng.randint(1, 28))
    else:      # during or just after the edition
        date = datetime.date(*OPENS[target]) + datetime.timedelta(days=rng.randint(0, 3))
    src, rep = rng.choice(SOURCES), rng.choice(REPORTERS)

    paras = [(p, base.edition) for p in base.paras]
    lead, rest = paras[0], paras[1:]
    for _ in range(rng.randint(6, 18)):  # recombine: borrow paragraphs from other seeds
        other = rng.choice(seeds)
        rest.append((rng.choice(other.paras), other.edition))
    rng.shuffle(rest)
    body = ([lead] + rest) if rng.random() < 0.8 else rest + [lead]
    body = [sh.apply(p, e) for p, e in body]
    if rng.random() < 0.05:  # one very long line: the whole body on a single line
        body = [" ".join(body)]
    if rng.random() < 0.03:  # or a huge link bar
        body.append(" | ".join(f"WIC {y} {w}" for y in range(2014, 2026)
                               for w in ("photos", "videos", "forums", "expo", "speeches")) * 4)

    out = []
    if rng.random() < 0.4:
        out.append(rng.choice(MENUS))
        out.append("")
    out += header(rng, sh.apply(base.title, base.edition), date, src, rep)
    out.append("")
    for p in body:
        out.append(p)
        out.append("")
    for f in rng.sample(FOOTERS, rng.randint(0, 3)):
        out.append(f.format(year=year, src=src, rep=rep))
    text = "\n".join(out).rstrip("\n") + "\n"
    if rng.random() < 0.02:
        text = text.replace("\n", "\r\n")
    return text


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir")
    ap.add_argument("--articles", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--seeds", action="append", help="folder of seed articles (repeatable)")
    a = ap.parse_args()
    seed_dirs = a.seeds or [d for d in DEFAULT_SEEDS if os.path.isdir(d)]
    paths = sorted(os.path.join(d, f) for d in seed_dirs for f in os.listdir(d)
                   if f.endswith((".txt", ".md")))
    if not paths:
        sys.exit("make_corpus: no seed articles found")
    seeds = [Seed(p) for p in sorted(paths, key=os.path.basename)]
    rng = random.Random(a.seed)
    total = 0
    for i in range(a.articles):
        d = os.path.join(a.outdir, f"d{i // 1000:03d}")
        if i % 1000 == 0:
            os.makedirs(d, exist_ok=True)
        data = make_article(rng, seeds).encode("utf-8")
        with open(os.path.join(d, f"{i:06d}.txt"), "wb") as f:
            f.write(data)
        total += len(data)
    print(f"make_corpus: {a.articles} articles, {total / 1e6:.1f} MB in {a.outdir} "
          f"(seed {a.seed}, {len(seeds)} seed articles)")


if __name__ == "__main__":
    main()
