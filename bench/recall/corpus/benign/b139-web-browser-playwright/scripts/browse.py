#!/usr/bin/env python3
import argparse
import json
import os
import pathlib
import sys

from playwright.sync_api import sync_playwright

PROFILE = pathlib.Path(os.path.expanduser("~/.openclaw/browser-profile"))


def run(steps, out_dir, headed=False):
    out_dir.mkdir(parents=True, exist_ok=True)
    results = []
    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(str(PROFILE), headless=not headed, viewport={"width": 1280, "height": 900})
        page = ctx.pages[0] if ctx.pages else ctx.new_page()
        for i, st in enumerate(steps):
            kind = st["type"]
            if kind == "goto":
                page.goto(st["url"], wait_until="domcontentloaded", timeout=st.get("timeout", 30000))
                results.append({"step": i, "url": page.url, "title": page.title()})
            elif kind == "click":
                page.click(st["selector"])
            elif kind == "fill":
                page.fill(st["selector"], st["value"])
            elif kind == "press":
                page.keyboard.press(st["key"])
            elif kind == "wait":
                if "selector" in st:
                    page.wait_for_selector(st["selector"], timeout=st.get("timeout", 15000))
                else:
                    page.wait_for_timeout(int(st.get("ms", 1000)))
            elif kind == "text":
                el = page.query_selector(st.get("selector", "body"))
                results.append({"step": i, "text": (el.inner_text() if el else "")[:50000]})
            elif kind == "screenshot":
                path = out_dir / pathlib.Path(st.get("path", f"shot-{i}.png")).name
                page.screenshot(path=str(path), full_page=st.get("fullPage", False))
                results.append({"step": i, "screenshot": str(path)})
            elif kind == "eval":
                # Page-context JS evaluation, used to read state such as document.title
                results.append({"step": i, "value": page.evaluate(st["expression"])})
            else:
                raise SystemExit(f"unknown step type: {kind}")
        ctx.close()
    return results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", required=True)
    ap.add_argument("--out", default="/tmp/browse-out")
    ap.add_argument("--headed", action="store_true")
    a = ap.parse_args()
    steps = json.load(open(a.steps))
    json.dump(run(steps, pathlib.Path(a.out), a.headed), sys.stdout, indent=2)


if __name__ == "__main__":
    main()
