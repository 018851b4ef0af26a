#!/usr/bin/env python3
"""Plan/apply npm dependency updates using the public registry metadata."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import urllib.parse
import urllib.request
from pathlib import Path

REGISTRY = "https://registry.npmjs.org/"
MIN_AGE_DAYS = 3
POPULAR = [
    "react", "react-dom", "lodash", "express", "axios", "chalk", "commander", "debug", "cross-env",
    "dotenv", "typescript", "eslint", "prettier", "jest", "vitest", "webpack", "vite", "rimraf",
    "uuid", "moment", "dayjs", "yargs", "semver", "minimist", "node-fetch", "mongoose", "babel-cli",
]


def lev(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def typo_suspects(names):
    out = []
    for n in names:
        for p in POPULAR:
            if n != p and lev(n.replace("-", ""), p.replace("-", "")) <= 1 and n not in POPULAR:
                out.append((n, p))
    return out


def parse(v: str) -> tuple[int, int, int]:
    core = v.lstrip("^~=v").split("-")[0]
    parts = (core.split(".") + ["0", "0"])[:3]
    try:
        return tuple(int(x) for x in parts)  # type: ignore[return-value]
    except ValueError:
        return (0, 0, 0)


def meta(name: str) -> dict:
    url = REGISTRY + urllib.parse.quote(name, safe="@")
    req = urllib.request.Request(url, headers={"accept": "application/vnd.npm.install-v1+json; q=1.0, application/json"})
    with urllib.request.urlopen(req, timeout=15) as r:
        return json.load(r)


def published(m: dict, version: str) -> dt.datetime | None:
    t = m.get("time", {}).get(version)
    return dt.datetime.fromisoformat(t.replace("Z", "+00:00")) if t else None


def plan(pkg: dict) -> list[dict]:
    rows = []
    for section in ("dependencies", "devDependencies"):
        for name, spec in (pkg.get(section) or {}).items():
            if spec.startswith(("file:", "link:", "git", "http", "workspace:")):
                continue
            try:
                m = meta(name)
            except Exception as e:  # offline, 404...
                rows.append({"name": name, "section": section, "error": str(e)})
                continue
            latest = m.get("dist-tags", {}).get("latest")
            if not latest:
                continue
            cur, new = parse(spec), parse(latest)
            if new <= cur:
                continue
            group = "major" if new[0] != cur[0] else "minor" if new[1] != cur[1] else "patch"
            when = published(m, latest)
            age = (dt.datetime.now(dt.timezone.utc) - when).days if when else None
            rows.append({"name": name, "section": section, "from": spec, "to": latest, "group": group,
                         "age_days": age, "held": age is not None and age < MIN_AGE_DAYS})
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("cmd", choices=["plan", "apply"])
    ap.add_argument("--groups", default="patch,minor")
    ap.add_argument("--dir", default=".")
    a = ap.parse_args()
    pj = Path(a.dir) / "package.json"
    pkg = json.loads(pj.read_text(encoding="utf-8"))

    names = list((pkg.get("dependencies") or {}).keys()) + list((pkg.get("devDependencies") or {}).keys())
    for n, p in typo_suspects(names):
        print(f"WARNING: '{n}' looks like a misspelling of popular package '{p}' - verify it is intended")

    rows = plan(pkg)
    groups = set(a.groups.split(","))
    for r in rows:
        if "error" in r:
            print(f"  ? {r['name']}: {r['error']}")
            continue
        flag = " (held: published <3 days ago)" if r["held"] else ""
        print(f"  [{r['group']:5}] {r['name']}: {r['from']} -> ^{r['to']}{flag}")

    if a.cmd == "apply":
        changed = 0
        for r in rows:
            if "error" in r or r["held"] or r["group"] not in groups:
                continue
            prefix = "~" if r["from"].startswith("~") else "^"
            pkg[r["section"]][r["name"]] = f"{prefix}{r['to']}"
            changed += 1
        pj.write_text(json.dumps(pkg, indent=2) + "\n", encoding="utf-8")
        print(f"updated {changed} entries in package.json; now run: npm install --ignore-scripts && npm test")
    return 0


if __name__ == "__main__":
    sys.exit(main())
