#!/usr/bin/env python3
"""Report outdated ClawHub skills. Read-only: performs GET requests and prints results."""
import argparse
import json
import os
import pathlib
import urllib.error
import urllib.parse
import urllib.request

API = os.environ.get("CLAWHUB_URL", "https://clawhub.invalid").rstrip("/") + "/api/v1"


def state_dir() -> pathlib.Path:
    if os.environ.get("OPENCLAW_STATE_DIR"):
        return pathlib.Path(os.environ["OPENCLAW_STATE_DIR"])
    if os.environ.get("OPENCLAW_CONFIG_PATH"):
        return pathlib.Path(os.environ["OPENCLAW_CONFIG_PATH"]).parent
    return pathlib.Path(os.environ.get("OPENCLAW_HOME", pathlib.Path.home())) / ".openclaw"


def roots():
    ws = pathlib.Path(os.environ.get("OPENCLAW_WORKSPACE", os.getcwd()))
    return [state_dir() / "skills", pathlib.Path.home() / ".agents" / "skills", ws / ".agents" / "skills", ws / "skills"]


def vtuple(v):
    out = []
    for part in v.split("-")[0].split("."):
        out.append(int(part) if part.isdigit() else 0)
    return tuple(out)


def latest(slug):
    url = f"{API}/skills/{urllib.parse.quote(slug, safe='@/')}"
    req = urllib.request.Request(url, headers={"Accept": "application/json", "User-Agent": "skill-update-checker/1.1"})
    with urllib.request.urlopen(req, timeout=15) as r:
        j = json.loads(r.read())
    return j.get("latestVersion") or j.get("version"), (j.get("changelog") or "").strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    report = []
    for root in roots():
        if not root.is_dir():
            continue
        for origin in sorted(root.glob("*/.clawhub/origin.json")):
            try:
                o = json.loads(origin.read_text())
            except (OSError, ValueError):
                continue
            slug, cur = o.get("slug"), o.get("version", "0")
            if not slug:
                continue
            entry = {"slug": slug, "dir": str(origin.parent.parent), "installed": cur}
            try:
                new, log = latest(slug)
                entry.update(latest=new, outdated=bool(new) and vtuple(new) > vtuple(cur), changelog=log[:500])
            except (urllib.error.URLError, TimeoutError, ValueError) as e:
                entry.update(error=str(e))
            report.append(entry)
    if a.json:
        print(json.dumps(report, indent=1))
        return
    outdated = [r for r in report if r.get("outdated")]
    for r in outdated:
        print(f"{r['slug']}: {r['installed']} -> {r['latest']}")
        for line in r["changelog"].splitlines()[:3]:
            print(f"    {line}")
        print(f"    update with: openclaw skills update {r['slug']}")
    errs = [r for r in report if "error" in r]
    print(f"{len(report)} skills checked, {len(outdated)} outdated, {len(errs)} errors")


if __name__ == "__main__":
    main()
