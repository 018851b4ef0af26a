#!/usr/bin/env python3
"""Предлагает сообщение коммита по staged diff (Conventional Commits)."""
import argparse
import json
import re
import subprocess
from collections import Counter
from pathlib import Path

TYPE_HINTS = [
    ("test", re.compile(r"(^|/)(tests?|__tests__|spec)/|_test\.|\.spec\.|\.test\.")),
    ("docs", re.compile(r"\.(md|rst|adoc)$|(^|/)docs/")),
    ("ci", re.compile(r"(^|/)\.github/workflows/|\.gitlab-ci\.yml$|Jenkinsfile$")),
    ("build", re.compile(r"(package(-lock)?\.json|pyproject\.toml|go\.(mod|sum)|Cargo\.(toml|lock)|Dockerfile)$")),
    ("style", re.compile(r"\.(css|scss|less)$")),
]

VERBS = {
    "ru": {"feat": "добавить", "fix": "исправить", "refactor": "переработать", "docs": "обновить документацию",
           "test": "добавить тесты", "chore": "обновить", "build": "обновить зависимости", "ci": "настроить CI",
           "style": "поправить стили"},
    "en": {"feat": "add", "fix": "fix", "refactor": "refactor", "docs": "update docs", "test": "add tests",
           "chore": "update", "build": "bump dependencies", "ci": "configure CI", "style": "adjust styles"},
}


def git(*args):
    return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout


def staged_files():
    out = git("diff", "--staged", "--name-status")
    files = []
    for line in out.splitlines():
        parts = line.split("\t")
        files.append((parts[0][0], parts[-1]))
    return files


def guess_type(files, diff):
    votes = Counter()
    for _, f in files:
        for t, rx in TYPE_HINTS:
            if rx.search(f):
                votes[t] += 1
                break
        else:
            votes["src"] += 1
    if votes and votes.most_common(1)[0][0] != "src" and votes["src"] == 0:
        return votes.most_common(1)[0][0]
    if re.search(r"^\+.*\b(fix|bug|issue|crash|error|typo)\b", diff, re.I | re.M):
        return "fix"
    if all(s == "A" for s, _ in files):
        return "feat"
    added = len(re.findall(r"^\+[^+]", diff, re.M))
    removed = len(re.findall(r"^-[^-]", diff, re.M))
    if removed > added * 0.8 and added > 0:
        return "refactor"
    return "feat"


def guess_scope(files, scope_map):
    dirs = Counter()
    for _, f in files:
        p = Path(f).parts
        d = p[1] if len(p) > 2 and p[0] in ("src", "lib", "pkg", "packages", "apps") else p[0] if len(p) > 1 else ""
        if d:
            dirs[scope_map.get(d, d)] += 1
    return dirs.most_common(1)[0][0] if dirs else ""


def previous_style():
    log = git("log", "-n", "50", "--pretty=%s")
    cyr = sum(1 for l in log.splitlines() if re.search(r"[а-яА-Я]", l))
    return "ru" if cyr > 10 else "en"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--style")
    ap.add_argument("--out", default="/tmp/commit-msg.txt")
    a = ap.parse_args()

    style = {}
    if a.style and Path(a.style).exists():
        try:
            style = json.loads(Path(a.style).read_text())
        except ValueError:
            style = {}
    lang = style.get("lang") or previous_style()
    files = staged_files()
    if not files:
        raise SystemExit("Нет staged-изменений (git add ...).")
    diff = git("diff", "--staged", "-U0")
    ctype = guess_type(files, diff)
    scope = guess_scope(files, style.get("scope_map", {}))
    names = ", ".join(Path(f).name for _, f in files[:3]) + (" …" if len(files) > 3 else "")
    subject = f"{ctype}{f'({scope})' if scope else ''}: {VERBS[lang].get(ctype, 'update')} {names}"
    subject = subject[:72]
    body = "\n".join(f"- {'новый' if s == 'A' else 'удалён' if s == 'D' else 'изменён'} {f}"
                     if lang == "ru" else f"- {'add' if s == 'A' else 'remove' if s == 'D' else 'modify'} {f}"
                     for s, f in files[:15])
    msg = f"{subject}\n\n{body}\n"
    Path(a.out).write_text(msg, encoding="utf-8")
    print(msg)


if __name__ == "__main__":
    main()
