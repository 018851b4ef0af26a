#!/usr/bin/env python3
"""Fetch Hindi/English RSS feeds and emit recent items as JSON (stdlib only)."""
import argparse
import datetime as dt
import email.utils
import json
import sys
import urllib.request
import xml.etree.ElementTree as ET

FEEDS = {
    "national": [
        "https://feeds.feedburner.com/ndtvkhabar-latest",
        "https://www.bhaskar.com/rss-v1--category-1061.xml",
    ],
    "international": ["https://feeds.bbci.co.uk/hindi/international/rss.xml"],
    "business": ["https://www.livehindustan.com/rss/business"],
    "sports": ["https://www.amarujala.com/rss/sports.xml"],
}
UA = "samachar-brief/1.2 (+openclaw skill)"


def parse_date(s):
    if not s:
        return None
    try:
        return email.utils.parsedate_to_datetime(s)
    except Exception:
        try:
            return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
        except Exception:
            return None


def fetch(url, timeout=12):
    req = urllib.request.Request(url, headers={"User-Agent": UA})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return r.read()


def items(xml_bytes):
    root = ET.fromstring(xml_bytes)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    for it in root.iter("item"):
        yield {
            "title": (it.findtext("title") or "").strip(),
            "link": (it.findtext("link") or "").strip(),
            "summary": (it.findtext("description") or "").strip()[:400],
            "published": it.findtext("pubDate"),
        }
    for it in root.findall("a:entry", ns):
        link = it.find("a:link", ns)
        yield {
            "title": (it.findtext("a:title", default="", namespaces=ns)).strip(),
            "link": link.get("href") if link is not None else "",
            "summary": (it.findtext("a:summary", default="", namespaces=ns)).strip()[:400],
            "published": it.findtext("a:updated", namespaces=ns),
        }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hours", type=int, default=18)
    ap.add_argument("--max", type=int, default=40)
    ap.add_argument("--feed", action="append", default=[])
    a = ap.parse_args()
    cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=a.hours)
    feeds = dict(FEEDS)
    if a.feed:
        feeds["custom"] = a.feed
    out, errors = [], []
    for cat, urls in feeds.items():
        for u in urls:
            try:
                for it in items(fetch(u)):
                    d = parse_date(it["published"])
                    if d and d.tzinfo and d < cutoff:
                        continue
                    it["category"] = cat
                    it["published"] = d.isoformat() if d else None
                    out.append(it)
            except Exception as e:  # a dead feed should not kill the brief
                errors.append({"feed": u, "error": str(e)[:120]})
    out.sort(key=lambda x: x["published"] or "", reverse=True)
    json.dump({"items": out[: a.max], "errors": errors}, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
