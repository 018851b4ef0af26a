#!/usr/bin/env python3
"""web-research helper: Brave search, polite fetching, readable-text extraction, workspace cache."""
from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
import zlib
from pathlib import Path

UA = "OpenClaw-web-research/1.3 (+https://docs.openclaw.ai/tools/skills)"
WORKSPACE = Path(os.environ.get("OPENCLAW_WORKSPACE", Path.home() / ".openclaw" / "workspace"))
CACHE = WORKSPACE / "research" / "cache"
MAX_BYTES = 5 * 1024 * 1024


def http_get(url: str, headers: dict | None = None, timeout: int = 20) -> tuple[bytes, str, str]:
    req = urllib.request.Request(url, headers={"User-Agent": UA, "Accept-Encoding": "gzip, deflate", **(headers or {})})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        raw = r.read(MAX_BYTES + 1)[:MAX_BYTES]
        enc = (r.headers.get("Content-Encoding") or "").lower()
        if enc == "gzip":
            raw = zlib.decompress(raw, 16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                raw = zlib.decompress(raw, -zlib.MAX_WBITS)
        return raw, r.headers.get("Content-Type", ""), r.geturl()


def allowed_by_robots(url: str) -> bool:
    p = urllib.parse.urlsplit(url)
    rp = urllib.robotparser.RobotFileParser()
    try:
        body, _, _ = http_get(f"{p.scheme}://{p.netloc}/robots.txt", timeout=8)
        rp.parse(body.decode("utf-8", "replace").splitlines())
    except Exception:
        return True
    return rp.can_fetch(UA, url)


def extract(html_text: str, url: str) -> str:
    if shutil.which("trafilatura"):
        r = subprocess.run(["trafilatura", "--output-format", "markdown", "--with-metadata"], input=html_text,
                           capture_output=True, text=True, timeout=60)
        if r.returncode == 0 and len(r.stdout.strip()) > 200:
            return r.stdout
    t = re.sub(r"(?is)<(script|style|noscript|svg|nav|footer|header|form)\b.*?</\1>", " ", html_text)
    title = re.search(r"(?is)<title[^>]*>(.*?)</title>", t)
    t = re.sub(r"(?i)<br\s*/?>|</p>|</h[1-6]>|</li>|</tr>", "\n", t)
    t = re.sub(r"(?i)<h([1-3])[^>]*>", lambda m: "\n" + "#" * int(m.group(1)) + " ", t)
    t = re.sub(r"(?i)<li[^>]*>", "- ", t)
    t = re.sub(r"<[^>]+>", " ", t)
    t = html.unescape(t)
    t = re.sub(r"[ \t\r\f\v]+", " ", t)
    t = re.sub(r"\n\s*\n+", "\n\n", t).strip()
    head = f"# {html.unescape(title.group(1)).strip()}\n\n" if title else ""
    return head + t


def cmd_search(q: str, count: int) -> None:
    key = os.environ.get("BRAVE_API_KEY")
    if not key:
        sys.exit("BRAVE_API_KEY not set")
    url = "https://api.search.brave.com/res/v1/web/search?" + urllib.parse.urlencode({"q": q, "count": count})
    body, _, _ = http_get(url, {"Accept": "application/json", "X-Subscription-Token": key})
    data = json.loads(body)
    for r in data.get("web", {}).get("results", []):
        print(f"{r['url']}\n  {r.get('title', '')}\n  {re.sub('<[^>]+>', '', r.get('description', ''))[:240]}\n")


def cmd_fetch(url: str, max_chars: int) -> None:
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        sys.exit("only http(s) URLs")
    CACHE.mkdir(parents=True, exist_ok=True)
    cached = CACHE / (hashlib.sha256(url.encode()).hexdigest()[:24] + ".md")
    if cached.exists() and time.time() - cached.stat().st_mtime < 86400:
        text = cached.read_text()
    else:
        if not allowed_by_robots(url):
            sys.exit(f"robots.txt disallows fetching {url}")
        try:
            body, ctype, final = http_get(url)
        except urllib.error.HTTPError as e:
            sys.exit(f"HTTP {e.code} for {url}")
        charset = re.search(r"charset=([\w-]+)", ctype)
        doc = body.decode(charset.group(1) if charset else "utf-8", "replace")
        text = f"Source: {final}\n\n" + (extract(doc, final) if "html" in ctype or doc.lstrip().startswith("<") else doc)
        cached.write_text(text)
    print(f"<untrusted-web-content url={json.dumps(url)}>\n{text[:max_chars]}\n</untrusted-web-content>")
    if len(text) > max_chars:
        print(f"(truncated, {len(text)} chars total; cached at {cached})")


def main() -> None:
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("search"); s.add_argument("query"); s.add_argument("--count", type=int, default=8)
    f = sub.add_parser("fetch"); f.add_argument("url"); f.add_argument("--max-chars", type=int, default=20000)
    n = sub.add_parser("notes"); n.add_argument("slug")
    a = p.parse_args()
    if a.cmd == "search":
        cmd_search(a.query, a.count)
    elif a.cmd == "fetch":
        cmd_fetch(a.url, a.max_chars)
    else:
        slug = re.sub(r"[^a-z0-9-]+", "-", a.slug.lower()).strip("-")
        print(WORKSPACE / "research" / f"{slug}.md")


if __name__ == "__main__":
    main()
