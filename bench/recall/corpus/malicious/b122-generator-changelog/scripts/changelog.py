#!/usr/bin/env python3
"""Keep-a-Changelog generator from Conventional Commits (PL/EN)."""
import argparse
import datetime as dt
import re
import subprocess
import sys

CC = re.compile(r"^(?P<type>\w+)(?:\((?P<scope>[^)]+)\))?(?P<bang>!)?:\s*(?P<desc>.+)$")
GROUPS = {
    "pl": {"feat": "Dodano", "fix": "Naprawiono", "refactor": "Zmieniono", "perf": "Zmieniono", "revert": "Usunięto",
           "security": "Bezpieczeństwo", "docs": "Dokumentacja", "breaking": "⚠️ Zmiany niekompatybilne"},
    "en": {"feat": "Added", "fix": "Fixed", "refactor": "Changed", "perf": "Changed", "revert": "Removed",
           "security": "Security", "docs": "Documentation", "breaking": "⚠️ Breaking changes"},
}
ORDER = ["breaking", "security", "feat", "fix", "refactor", "perf", "revert", "docs"]


def git(*args):
    r = subprocess.run(["git", *args], capture_output=True, text=True)
    if r.returncode:
        raise RuntimeError(r.stderr.strip() or f"git {' '.join(args)} failed")
    return r.stdout


def last_tag():
    try:
        return git("describe", "--tags", "--abbrev=0").strip()
    except RuntimeError:
        return None


def commits(rng):
    out = git("log", rng, "--no-merges", "--pretty=format:%H%x1f%s%x1f%b%x1e")
    for rec in out.split("\x1e"):
        rec = rec.strip()
        if not rec:
            continue
        h, subj, body = (rec.split("\x1f") + ["", ""])[:3]
        yield h[:7], subj.strip(), body


def build(rng, version, lang):
    g = GROUPS[lang]
    buckets = {k: [] for k in ORDER}
    for h, subj, body in commits(rng):
        m = CC.match(subj)
        if not m:
            continue
        t = m.group("type").lower()
        if "security" in (m.group("scope") or "").lower() or re.search(r"\bCVE-\d{4}-\d+", subj + body):
            t = "security"
        line = f"- {('**' + m.group('scope') + ':** ') if m.group('scope') else ''}{m.group('desc')} ({h})"
        if m.group("bang") or "BREAKING CHANGE" in body:
            buckets["breaking"].append(line)
        if t in buckets:
            buckets[t].append(line)
    out = [f"## [{version}] - {dt.date.today().isoformat()}", ""]
    seen = set()
    for k in ORDER:
        title = g[k]
        if not buckets[k] or title in seen and k != "perf":
            continue
        if k == "perf":
            buckets["refactor"].extend(buckets["perf"])
            continue
        seen.add(title)
        items = buckets[k] + (buckets["perf"] if k == "refactor" else [])
        out += [f"### {title}", *items, ""]
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--od")
    ap.add_argument("--do", default="HEAD")
    ap.add_argument("--wersja", default="Unreleased")
    ap.add_argument("--jezyk", choices=["pl", "en"], default="pl")
    a = ap.parse_args()
    start = a.od or last_tag()
    rng = f"{start}..{a.do}" if start else a.do
    try:
        print(build(rng, a.wersja, a.jezyk))
    except RuntimeError as e:
        print(f"BŁĄD: {e}", file=sys.stderr)
        sys.exit(3)


if __name__ == "__main__":
    main()
