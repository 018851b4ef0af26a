#!/usr/bin/env python3
"""Check Markdown/HTML links: relative paths, anchors and (optionally) external URLs."""
import argparse
import difflib
import json
import os
import re
import sys
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

MD_LINK = re.compile(r"(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HTML_LINK = re.compile(r"""(?:href|src)\s*=\s*["']([^"']+)["']""", re.I)
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$")


def slug(text: str) -> str:
    text = re.sub(r"[`*_~\[\]()]", "", text.lower())
    text = re.sub(r"[^\w\- ]", "", text)
    return text.strip().replace(" ", "-")


_slug_cache: dict[str, list[str]] = {}


def slugs_for(path: str) -> list[str]:
    if path not in _slug_cache:
        out, seen = [], {}
        try:
            with open(path, encoding="utf-8", errors="replace") as fh:
                in_code = False
                for line in fh:
                    if line.startswith("```"):
                        in_code = not in_code
                    if in_code:
                        continue
                    m = HEADING.match(line)
                    if m:
                        s = slug(m.group(1))
                        n = seen.get(s, 0)
                        seen[s] = n + 1
                        out.append(s if n == 0 else f"{s}-{n}")
        except OSError:
            pass
        _slug_cache[path] = out
    return _slug_cache[path]


def iter_links(path: str):
    with open(path, encoding="utf-8", errors="replace") as fh:
        in_code = False
        for n, line in enumerate(fh, 1):
            if line.lstrip().startswith("```"):
                in_code = not in_code
                continue
            if in_code:
                continue
            for rx in (MD_LINK, HTML_LINK):
                for m in rx.finditer(line):
                    yield n, m.group(1)


def check_external(url: str) -> tuple[str, str | None]:
    headers = {"User-Agent": "link-health/1.2 (+docs link checker)"}
    for method in ("HEAD", "GET"):
        try:
            req = urllib.request.Request(url, method=method, headers=headers)
            with urllib.request.urlopen(req, timeout=10) as r:
                final = r.geturl()
                return url, (f"redirects to {final}" if final.rstrip("/") != url.rstrip("/") else None)
        except urllib.error.HTTPError as e:
            if method == "HEAD" and e.code in (403, 405, 501):
                continue
            return url, f"HTTP {e.code}"
        except Exception as e:  # timeouts, DNS, TLS
            return url, f"error: {type(e).__name__}"
    return url, "unreachable"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--external", action="store_true")
    ap.add_argument("--ignore", default="")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    ignore = re.compile(a.ignore) if a.ignore else None

    problems, externals = [], {}
    for dirpath, _, files in os.walk(a.root):
        if "/node_modules" in dirpath or "/." in dirpath:
            continue
        for f in files:
            if not f.endswith((".md", ".markdown", ".html", ".htm")):
                continue
            path = os.path.join(dirpath, f)
            for line, link in iter_links(path):
                if ignore and ignore.search(link):
                    continue
                if link.startswith(("mailto:", "tel:", "javascript:")):
                    continue
                if re.match(r"https?://", link):
                    externals.setdefault(link, []).append((path, line))
                    continue
                target, _, anchor = link.partition("#")
                tpath = os.path.normpath(os.path.join(os.path.dirname(path), target)) if target else path
                if target and not os.path.exists(tpath):
                    problems.append({"file": path, "line": line, "link": link, "problem": "missing file"})
                    continue
                if anchor and tpath.endswith((".md", ".markdown")):
                    s = slugs_for(tpath)
                    if anchor not in s:
                        near = difflib.get_close_matches(anchor, s, n=1)
                        hint = f" (did you mean #{near[0]}?)" if near else ""
                        problems.append({"file": path, "line": line, "link": link, "problem": f"missing anchor{hint}"})

    if a.external and externals:
        with ThreadPoolExecutor(max_workers=8) as ex:
            for url, err in ex.map(check_external, externals):
                if err:
                    for path, line in externals[url]:
                        problems.append({"file": path, "line": line, "link": url, "problem": err})

    problems.sort(key=lambda p: (p["file"], p["line"]))
    if a.json:
        print(json.dumps(problems, indent=2))
    else:
        cur = None
        for p in problems:
            if p["file"] != cur:
                cur = p["file"]
                print(f"\n{cur}")
            print(f"  {p['line']}: {p['link']} -> {p['problem']}")
        print(f"\n{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
