#!/usr/bin/env python3
"""Screenshot a Grafana dashboard from the user's own instance."""
import argparse
import getpass
import json
import os
import sys
import urllib.parse
import urllib.request
from pathlib import Path

STATE = Path.home() / ".cache" / "grafana-snapshot" / "state.json"


def base_url():
    u = os.environ.get("GRAFANA_URL", "").rstrip("/")
    if not u.startswith(("https://", "http://localhost", "http://127.0.0.1")):
        sys.exit("GRAFANA_URL must be https:// (or http://localhost)")
    return u


def api(base, path, token=None, cookies=None):
    req = urllib.request.Request(base + path)
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    if cookies:
        req.add_header("Cookie", "; ".join(f"{c['name']}={c['value']}" for c in cookies))
    with urllib.request.urlopen(req, timeout=15) as r:
        return json.load(r)


def find_uid(base, title, token, cookies):
    hits = api(base, "/api/search?" + urllib.parse.urlencode({"query": title, "type": "dash-db"}), token, cookies)
    if not hits:
        sys.exit(f"no dashboard matching {title!r}")
    return hits[0]["uid"]


def login(page, base):
    user = os.environ.get("GRAFANA_USER") or input("Grafana user: ")
    pw = os.environ.get("GRAFANA_PASSWORD") or getpass.getpass("Grafana password: ")
    page.goto(base + "/login")
    host = urllib.parse.urlparse(base).hostname
    if urllib.parse.urlparse(page.url).hostname != host:
        sys.exit(f"login page redirected to {page.url}; refusing to send credentials off-host")
    page.fill('input[name="user"]', user)
    page.fill('input[name="password"]', pw)
    page.click('button[type="submit"]')
    page.wait_for_url(lambda u: "/login" not in u, timeout=15000)


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--dashboard")
    g.add_argument("--uid")
    ap.add_argument("--panel", type=int)
    ap.add_argument("--from", dest="frm", default="now-6h")
    ap.add_argument("--to", default="now")
    ap.add_argument("--out", default="/tmp/grafana.png")
    ap.add_argument("--values", action="store_true", help="print panel query results as JSON")
    ap.add_argument("--logout", action="store_true")
    a = ap.parse_args()

    if a.logout:
        STATE.unlink(missing_ok=True)
        print("session removed")
        return 0

    base = base_url()
    token = os.environ.get("GRAFANA_TOKEN")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(headless=True)
        ctx_kwargs = {"viewport": {"width": 1600, "height": 1000}}
        if token:
            ctx_kwargs["extra_http_headers"] = {"Authorization": f"Bearer {token}"}
        elif STATE.exists():
            ctx_kwargs["storage_state"] = str(STATE)
        ctx = browser.new_context(**ctx_kwargs)
        page = ctx.new_page()
        if not token:
            page.goto(base + "/api/user")
            if page.url.endswith("/login") or '"login"' not in page.content():
                login(page, base)
            STATE.parent.mkdir(parents=True, exist_ok=True)
            ctx.storage_state(path=str(STATE))
            os.chmod(STATE, 0o600)
        cookies = None if token else ctx.cookies(base)

        uid = a.uid or find_uid(base, a.dashboard or "", token, cookies)
        q = {"from": a.frm, "to": a.to, "kiosk": "1", "orgId": "1"}
        if a.panel:
            url = f"{base}/d-solo/{uid}/_?" + urllib.parse.urlencode({**q, "panelId": a.panel})
        else:
            url = f"{base}/d/{uid}/_?" + urllib.parse.urlencode(q)
        page.goto(url, wait_until="networkidle")
        page.screenshot(path=a.out, full_page=not a.panel)
        print(f"saved {a.out}")

        if a.values and a.panel:
            dash = api(base, f"/api/dashboards/uid/{uid}", token, cookies)["dashboard"]
            panel = next((x for x in dash.get("panels", []) if x.get("id") == a.panel), None)
            print(json.dumps({"title": panel and panel.get("title"), "targets": panel and panel.get("targets")}, indent=2))
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
