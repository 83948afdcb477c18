#!/usr/bin/env python3
"""Runs the examples of README.md and examples/README.md and compares their output with what the
READMEs show, and checks that every path they link to or name exists.

An example is a fenced block right after an HTML comment `<!-- readme-test -->`:

    <!-- readme-test -->
    ```console
    $ wiclint examples/corpus
    ...the exact output (standard output and standard error)...
    ```

Each `$ ` line is a command, run by bash from the repository root with the wiclint under test
first on PATH; the lines up to the next `$ ` line or the fence are its expected output. A line
`# exit N` after a command's output says its exit status (else 0 or 1 are both accepted).

usage: readme_examples.py WICLINT SOURCE_DIR
"""
import os
import re
import subprocess
import sys

MARK = "<!-- readme-test -->"
FILES = ["README.md", "examples/README.md"]
# Repository paths named in inline code: `examples/corpus/01_fifth_opens.txt`, `docs/rules/`.
CODE_PATH = re.compile(r"`((?:examples|docs|claims|tests|src|reports|grammar|bench|scripts|completions|cmake)"
                       r"/[A-Za-z0-9_./-]*)`")
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def examples(text):
    """(line number, commands [(command, expected lines, exit status or None)]) per marked block."""
    lines = text.splitlines()
    found = []
    for i, line in enumerate(lines):
        if line.strip() != MARK:
            continue
        if i + 1 >= len(lines) or not lines[i + 1].startswith("```"):
            raise SystemExit(f"line {i + 1}: {MARK} is not followed by a fenced block")
        commands = []
        for body in lines[i + 2:]:
            if body.startswith("```"):
                break
            if body.startswith("$ "):
                commands.append([body[2:], [], None])
            elif not commands:
                raise SystemExit(f"line {i + 3}: a tested block must start with a '$ ' command")
            elif re.fullmatch(r"# exit \d+", body):
                commands[-1][2] = int(body.split()[-1])
            else:
                commands[-1][1].append(body)
        found.append((i + 2, commands))
    return found


def run(command, source, wiclint):
    env = dict(os.environ, PATH=os.path.dirname(os.path.abspath(wiclint)) + os.pathsep + os.environ["PATH"])
    env.pop("FORCE_COLOR", None)
    r = subprocess.run(["bash", "-c", command], cwd=source, env=env, capture_output=True, text=True, timeout=120)
    return r.returncode, (r.stdout + r.stderr).splitlines()


def check_paths(name, text, source):
    problems = []
    base = os.path.dirname(os.path.join(source, name))
    for target in LINK.findall(text):
        if "://" in target or target.startswith("mailto:"):
            continue
        if not os.path.exists(os.path.join(base, target)):
            problems.append(f"{name}: link to {target}, which does not exist")
    for path in CODE_PATH.findall(text):
        if any(c in path for c in "*?[") or "<" in path:
            continue
        if not os.path.exists(os.path.join(source, path)):
            problems.append(f"{name}: names `{path}`, which does not exist")
    return problems


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    wiclint, source = sys.argv[1:]
    problems, ran = [], 0
    for name in FILES:
        text = open(os.path.join(source, name), encoding="utf-8").read()
        problems += check_paths(name, text, source)
        for line, commands in examples(text):
            for command, expected, status in commands:
                code, got = run(command, source, wiclint)
                ran += 1
                if status is None and code not in (0, 1):
                    problems.append(f"{name}:{line}: `{command}` exited {code}:\n" + "\n".join(got))
                elif status is not None and code != status:
                    problems.append(f"{name}:{line}: `{command}` exited {code}, the README says {status}")
                if got != expected:
                    diff = [f"  README: {e!r}\n  actual: {g!r}" for e, g in zip(expected, got) if e != g][:3]
                    problems.append(f"{name}:{line}: `{command}` prints {len(got)} lines, the README shows "
                                    f"{len(expected)}; first differences:\n" + "\n".join(diff) +
                                    "\nactual output:\n" + "\n".join(got))
    for p in problems:
        print("FAIL:", p, file=sys.stderr)
    if ran == 0:
        problems.append("no tested example found")
        print("FAIL: no block marked", MARK, file=sys.stderr)
    print(f"{ran} README commands run, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
