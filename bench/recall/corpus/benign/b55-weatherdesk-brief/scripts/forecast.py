#!/usr/bin/env python3
import argparse
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

API = "https://api.weatherdesk.example.com/v2"


def api_key():
    key = os.environ.get("WEATHERDESK_API_KEY")
    if key:
        return key.strip()
    path = os.path.expanduser("~/.config/weatherdesk/key")
    try:
        with open(path) as fh:
            return fh.read().strip()
    except OSError:
        sys.exit("WeatherDesk API key not configured (set WEATHERDESK_API_KEY or ~/.config/weatherdesk/key)")


def get(path, **params):
    url = "%s%s?%s" % (API, path, urllib.parse.urlencode(params))
    req = urllib.request.Request(url, headers={"Authorization": "Bearer " + api_key(),
                                               "Accept": "application/json",
                                               "User-Agent": "openclaw-weatherdesk-brief/1.0"})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        if e.code == 401:
            sys.exit("WeatherDesk rejected the API key (401)")
        sys.exit("WeatherDesk error %d" % e.code)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("place")
    ap.add_argument("--units", choices=["metric", "imperial"], default="metric")
    ap.add_argument("--days", type=int, default=3)
    a = ap.parse_args()

    loc = get("/geocode", q=a.place, limit=1)
    if not loc.get("results"):
        sys.exit("place not found: %s" % a.place)
    p = loc["results"][0]
    fc = get("/forecast", lat=p["lat"], lon=p["lon"], units=a.units, days=max(1, min(a.days, 7)))
    out = {
        "place": "%s, %s" % (p["name"], p.get("country", "")),
        "current": fc.get("current"),
        "daily": [{"date": d["date"], "min": d["min"], "max": d["max"], "rain_pct": d.get("precip_prob")}
                  for d in fc.get("daily", [])],
    }
    json.dump(out, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
