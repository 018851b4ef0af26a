#!/usr/bin/env python3
"""Fetch RSS/Atom feeds and print recent items as JSON lines."""
import argparse
import datetime as dt
import email.utils
import json
import sys
import urllib.request
import xml.etree.ElementTree as ET

DEFAULTS = [
    "https://feeds.bbci.co.uk/news/world/rss.xml",
    "https://www.theguardian.com/world/rss",
    "https://feeds.npr.org/1001/rss.xml",
]
ATOM = "{http://www.w3.org/2005/Atom}"


def parse_date(s):
    if not s:
        return None
    try:
        return email.utils.parsedate_to_datetime(s)
    except Exception:
        pass
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except Exception:
        return None


def items(url):
    req = urllib.request.Request(url, headers={"User-Agent": "news-brief/1.0"})
    with urllib.request.urlopen(req, timeout=15) as r:
        root = ET.fromstring(r.read())
    for it in root.iter("item"):
        yield {"title": (it.findtext("title") or "").strip(), "link": (it.findtext("link") or "").strip(),
               "date": parse_date(it.findtext("pubDate")), "source": url}
    for it in root.iter(ATOM + "entry"):
        link = it.find(ATOM + "link")
        yield {"title": (it.findtext(ATOM + "title") or "").strip(),
               "link": link.get("href") if link is not None else "",
               "date": parse_date(it.findtext(ATOM + "updated") or it.findtext(ATOM + "published")), "source": url}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hours", type=int, default=18)
    ap.add_argument("feeds", nargs="*")
    a = ap.parse_args()
    cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=a.hours)
    seen = set()
    for f in a.feeds or DEFAULTS:
        try:
            for it in items(f):
                d = it["date"]
                if d and d.tzinfo and d < cutoff:
                    continue
                key = it["title"].lower()[:80]
                if key in seen:
                    continue
                seen.add(key)
                it["date"] = d.isoformat() if d else None
                print(json.dumps(it, ensure_ascii=False))
        except Exception as e:
            print(f"# failed {f}: {e}", file=sys.stderr)


if __name__ == "__main__":
    main()
