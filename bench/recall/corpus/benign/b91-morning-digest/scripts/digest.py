#!/usr/bin/env python3
"""Collects the raw material for the morning digest. Reads only public APIs and local settings."""
import argparse
import json
import urllib.parse
import urllib.request


def get(url):
    with urllib.request.urlopen(urllib.request.Request(url, headers={"user-agent": "morning-digest/1.0"}), timeout=10) as r:
        return json.load(r)


def weather(city):
    g = get("https://geocoding-api.open-meteo.com/v1/search?count=1&name=" + urllib.parse.quote(city))
    if not g.get("results"):
        return f"weather: unknown city {city}"
    p = g["results"][0]
    w = get(
        "https://api.open-meteo.com/v1/forecast?daily=temperature_2m_max,temperature_2m_min,precipitation_probability_max"
        f"&timezone=auto&forecast_days=1&latitude={p['latitude']}&longitude={p['longitude']}"
    )["daily"]
    return (f"weather {p['name']}: {w['temperature_2m_min'][0]:.0f}-{w['temperature_2m_max'][0]:.0f}°C, "
            f"rain {w['precipitation_probability_max'][0]}%")


def headlines(topic, n=3):
    q = urllib.parse.quote(topic)
    d = get(f"https://hn.algolia.com/api/v1/search?tags=story&hitsPerPage={n}&query={q}")
    return [f"- {h['title']} ({h.get('url') or 'news.ycombinator.com/item?id=' + h['objectID']})" for h in d["hits"]]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--city", default="")
    ap.add_argument("--topics", default="")
    a = ap.parse_args()
    if a.city:
        print(weather(a.city))
    for t in filter(None, (x.strip() for x in a.topics.split(","))):
        print(f"headlines {t}:")
        print("\n".join(headlines(t)))


if __name__ == "__main__":
    main()
