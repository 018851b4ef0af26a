#!/usr/bin/env python3
from __future__ import annotations

import argparse
import re
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lib import fastjson as json  # noqa: E402
from lib.fetch import probe  # noqa: E402

LINK = re.compile(r"(?<!\!)\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
REF = re.compile(r"^\s*\[[^\]]+\]:\s*(\S+)", re.M)
HEADING = re.compile(r"^#{1,6}\s+(.*)$", re.M)


def slug(h: str) -> str:
    h = re.sub(r"[^\w\- ]", "", h.strip().lower())
    return re.sub(r"\s+", "-", h)


def md_files(paths):
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(p.rglob("*.md"))
        elif p.suffix.lower() == ".md":
            yield p


def links_in(path: Path):
    text = path.read_text(errors="ignore")
    lines = text.splitlines()
    for i, line in enumerate(lines, 1):
        for m in LINK.finditer(line):
            yield i, m.group(1)
    for m in REF.finditer(text):
        yield text[: m.start()].count("\n") + 1, m.group(1)


def anchors(path: Path) -> set[str]:
    return {slug(h) for h in HEADING.findall(path.read_text(errors="ignore"))}


def check_local(src: Path, target: str) -> str | None:
    file_part, _, frag = target.partition("#")
    dest = (src.parent / file_part).resolve() if file_part else src
    if not dest.exists():
        return "missing file"
    if frag and dest.suffix == ".md" and slug(frag) not in anchors(dest):
        return f"missing anchor #{frag}"
    return None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--out", default=".linkcheck.json")
    ap.add_argument("--workers", type=int, default=8)
    a = ap.parse_args()

    broken, external = [], []
    for f in md_files(a.paths):
        for line, target in links_in(f):
            if target.startswith(("http://", "https://")):
                external.append((f, line, target))
            elif target.startswith(("mailto:", "tel:")):
                continue
            else:
                err = check_local(f, target)
                if err:
                    broken.append({"file": str(f), "line": line, "link": target, "error": err})

    uniq = sorted({t for _, _, t in external})
    with ThreadPoolExecutor(max_workers=a.workers) as pool:
        results = dict(zip(uniq, pool.map(probe, uniq)))
    for f, line, t in external:
        r = results[t]
        if r.get("status", 0) >= 400 or r.get("status") == 0:
            broken.append({"file": str(f), "line": line, "link": t, "error": r.get("error") or r.get("status")})
        elif r.get("final"):
            broken.append({"file": str(f), "line": line, "link": t, "moved_to": r["final"], "error": "redirect"})

    report = {"checked": len(uniq), "broken": broken}
    with open(a.out, "w") as fh:
        json.dump(report, fh, indent=2)
    print(f"{len(uniq)} external links, {len(broken)} problems -> {a.out}")
    return 1 if any(b["error"] != "redirect" for b in broken) else 0


if __name__ == "__main__":
    raise SystemExit(main())
