#!/usr/bin/env python3
"""The pre-commit hook and the GitHub Action, run as their hosts would run them.

- .pre-commit-hooks.yaml: each hook has what pre-commit requires; the `wiclint` hook is invoked as
  pre-commit does (entry + args + the touched files its `files` pattern keeps) in a copy of the
  example corpus: touching the article with the contradiction fails, touching a clean one passes.
- action.yml: a composite action whose steps all name a shell, that uploads SARIF with
  github/codeql-action/upload-sarif and the reports with actions/upload-artifact; its Lint step's
  script, run with the variables GitHub sets, writes SARIF and JUnit that pass validate-report and
  the exit code to GITHUB_OUTPUT, and its last step fails the job on that code. The README's CI
  section uses the action and grants `security-events: write`.

usage: conventions.py WICLINT SOURCE_DIR WORK_DIR VALIDATE_REPORT
"""
import os
import re
import shutil
import subprocess
import sys

import yaml

problems = []


def check(ok, message):
    if not ok:
        problems.append(message)
    return ok


def env_with(wiclint, **extra):
    env = dict(os.environ, PATH=os.path.dirname(os.path.abspath(wiclint)) + os.pathsep + os.environ["PATH"])
    env.update(extra)
    return env


def pre_commit(wiclint, source, work):
    hooks = yaml.safe_load(open(os.path.join(source, ".pre-commit-hooks.yaml")))
    check(isinstance(hooks, list) and hooks, ".pre-commit-hooks.yaml is not a list of hooks")
    for h in hooks:
        for key in ("id", "name", "entry", "language"):
            check(key in h, f"hook {h.get('id')} lacks '{key}'")
    hook = next((h for h in hooks if h.get("id") == "wiclint"), None)
    if not check(hook is not None, "no hook with id 'wiclint'"):
        return
    check(hook["language"] == "system", "the wiclint hook runs the installed wiclint (language: system)")
    pattern = re.compile(hook.get("files", ""))
    corpus = os.path.join(work, "repo")
    shutil.copytree(os.path.join(source, "examples", "corpus"), corpus)
    open(os.path.join(corpus, "wiclint.yaml"), "w").write("include: ['*.txt']\n")
    check(not pattern.search("wiclint.yaml"), "the hook's files pattern keeps wiclint.yaml")

    def commit(touched):
        files = [f for f in touched if pattern.search(f)]
        check(files == touched, f"the hook's files pattern drops {set(touched) - set(files)}")
        argv = hook["entry"].split() + hook.get("args", []) + files
        return subprocess.run(argv, cwd=corpus, env=env_with(wiclint), capture_output=True, text=True, timeout=120)

    bad = commit(["01_fifth_opens.txt"])
    check(bad.returncode == 1 and "[count-agreement]" in bad.stdout,
          f"a commit touching the contradiction should fail with it: {bad.returncode}\n{bad.stdout}{bad.stderr}")
    good = commit(["03_sixth_opens.txt", "04_sixth_closes.txt"])
    check(good.returncode == 0 and "error" not in good.stdout.split("wiclint:")[0],
          f"a commit touching clean articles should pass: {good.returncode}\n{good.stdout}{good.stderr}")


def step_named(action, name):
    return next((s for s in action["runs"]["steps"] if s.get("name") == name), None)


def action_lint(wiclint, source, work, validate):
    action = yaml.safe_load(open(os.path.join(source, "action.yml")))
    text = open(os.path.join(source, "action.yml")).read()
    check(action["runs"]["using"] == "composite", "action.yml is not a composite action")
    steps = action["runs"]["steps"]
    for s in steps:
        check("uses" in s or "shell" in s, f"step '{s.get('name')}' runs without a shell (composite steps need one)")
    uses = [s.get("uses", "") for s in steps]
    check(any(u.startswith("github/codeql-action/upload-sarif@") for u in uses), "no SARIF upload step")
    check(any(u.startswith("actions/upload-artifact@") for u in uses), "no artifact upload step")
    check("security-events: write" in text, "action.yml does not say the permission SARIF upload needs")
    lint, last = step_named(action, "Lint"), steps[-1]
    if not check(lint is not None, "no step named Lint"):
        return
    reports = os.path.join(work, "reports")
    output, summary = os.path.join(work, "github_output"), os.path.join(work, "step_summary")
    env = env_with(wiclint, PATHS="examples/corpus", ARGS="", FAIL_ON="error", REPORTS=reports,
                   GITHUB_OUTPUT=output, GITHUB_STEP_SUMMARY=summary)
    r = subprocess.run(["bash", "-e", "-c", lint["run"]], cwd=source, env=env, capture_output=True, text=True, timeout=120)
    if not check(r.returncode == 0 and os.path.exists(output), f"the Lint step failed ({r.returncode}): {r.stderr}"):
        return
    check(open(output).read().strip() == "exit-code=1", f"GITHUB_OUTPUT holds {open(output).read()!r}, not exit-code=1")
    check(os.path.getsize(summary) > 0, "nothing was added to the step summary")
    for mode, name in (("sarif-github", "wiclint.sarif"), ("junit-ci", "wiclint.xml")):
        v = subprocess.run([validate, mode, os.path.join(reports, name)], capture_output=True, text=True)
        check(v.returncode == 0, f"{name} from the Lint step: {v.stderr}")
    check(os.path.exists(os.path.join(reports, "index.html")), "no HTML report")
    for status, expected in (("1", 1), ("0", 0)):
        r = subprocess.run(["bash", "-e", "-c", last["run"]], env=dict(os.environ, STATUS=status), capture_output=True)
        check(r.returncode == expected, f"the last step exits {r.returncode} for status {status}")
    readme = open(os.path.join(source, "README.md")).read()
    ci = readme[readme.find("### In CI"):]
    check("uses: wiclint/wiclint@" in ci and "security-events: write" in ci,
          "the README's CI section does not use the action with `security-events: write`")


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    wiclint, source, work, validate = sys.argv[1:]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    pre_commit(wiclint, source, work)
    action_lint(wiclint, source, work, validate)
    for p in problems:
        print("FAIL:", p, file=sys.stderr)
    print("PASS" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
