#!/usr/bin/env python3
"""The man page and the shell completions against `wiclint --help` (and `check --help`,
`claims --help`): each must name every option the help lists, and no option the help does not.

usage: help_coverage.py WICLINT man MANPAGE
       help_coverage.py WICLINT bash COMPLETION
       help_coverage.py WICLINT zsh COMPLETION
"""
import os
import re
import subprocess
import sys

OPTION = re.compile(r"(?<![\w-])(--?[a-zA-Z][\w-]*)")


def help_options(wiclint, *sub):
    out = subprocess.run([wiclint, *sub, "--help"], capture_output=True, text=True, check=True).stdout
    options = set()
    for line in out.splitlines():
        stripped = line.lstrip()
        if not stripped.startswith("-"):
            continue
        names = re.split(r"\s{2,}", stripped)[0]  # the option column, before its description
        options.update(m for m in OPTION.findall(names))
    if not options:
        sys.exit(f"no option found in `wiclint {' '.join(sub)} --help`:\n{out}")
    return options


def all_help_options(wiclint):
    return {"": help_options(wiclint), "check": help_options(wiclint, "check"),
            "claims": help_options(wiclint, "claims")}


def man_options(path):
    text = open(path, encoding="utf-8").read().replace("\\-", "-")
    # Options are written in bold (.B, .BR, .BI, \fB): collect every option-like word in the page.
    return set(OPTION.findall(text))


def bash_options(path, command):
    """What the bash completion offers after `wiclint [command] -`."""
    words = ["wiclint"] + ([command] if command else []) + ["-"]
    script = (f"source {path!r}; COMP_WORDS=({' '.join(words)}); COMP_CWORD={len(words) - 1}; "
              "_wiclint; printf '%s\\n' \"${COMPREPLY[@]}\"")
    out = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def zsh_options(path):
    text = open(path, encoding="utf-8").read()
    if subprocess.run(["sh", "-c", "command -v zsh"], capture_output=True).returncode == 0:
        r = subprocess.run(["zsh", "-n", path], capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f"zsh -n {path}: {r.stderr}")
    # Options are _arguments specs: '--config[...]', '*--kb[...]', {-o,--output}'[...]'.
    specs = set(re.findall(r"(--?[a-zA-Z][\w-]*)(?=\[)", text))
    for pair in re.findall(r"\{(--?[\w-]+),(--?[\w-]+)\}", text):
        specs.update(pair)
    return specs


def compare(what, offered, wanted, allow_extra=frozenset()):
    missing = wanted - offered
    extra = offered - wanted - allow_extra
    problems = [f"{what} lacks {o}" for o in sorted(missing)] + [f"{what} names {o}, which the help does not list"
                                                                  for o in sorted(extra)]
    return problems


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    wiclint, mode, path = sys.argv[1:]
    helps = all_help_options(wiclint)
    every = set().union(*helps.values())
    problems = []
    if mode == "man":
        problems = compare("the man page", man_options(path), every)
    elif mode == "bash":
        for command, wanted in helps.items():
            problems += compare(f"bash completion after 'wiclint {command}'", bash_options(path, command), wanted,
                                allow_extra={"-h"})
    elif mode == "zsh":
        problems = compare("the zsh completion", zsh_options(path), every)
    else:
        sys.exit(__doc__)
    for p in problems:
        print("FAIL:", p, file=sys.stderr)
    print(f"{mode}: {len(every)} options checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
