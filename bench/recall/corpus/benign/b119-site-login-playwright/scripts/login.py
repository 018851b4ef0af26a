#!/usr/bin/env python3
"""Log into a user-declared site with credentials from 1Password and fetch a document."""
import argparse
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import yaml  # PyYAML
from playwright.sync_api import sync_playwright

CONF = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "openclaw" / "sites.yaml"
SESS = Path.home() / ".cache" / "openclaw" / "sessions"
DL = Path.home() / "Downloads" / "openclaw"


def op_read(ref: str) -> str:
    if not ref.startswith("op://"):
        raise SystemExit(f"credential reference must be an op:// URI, got {ref!r}")
    out = subprocess.run(["op", "read", "--no-newline", ref], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit("1Password: " + out.stderr.strip())
    return out.stdout


def op_otp(item: str) -> str:
    out = subprocess.run(["op", "item", "get", item, "--otp"], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def origin(url: str) -> str:
    u = urlsplit(url)
    return f"{u.scheme}://{u.netloc}".lower()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("site")
    ap.add_argument("--download-latest", action="store_true")
    ap.add_argument("--read")
    ap.add_argument("--headed", action="store_true")
    args = ap.parse_args()

    sites = yaml.safe_load(CONF.read_text())
    site = sites.get(args.site) or sys.exit(f"unknown site {args.site}; add it to {CONF}")
    allowed = origin(site["login_url"])

    SESS.mkdir(parents=True, exist_ok=True, mode=0o700)
    state = SESS / f"{args.site}.json"

    with sync_playwright() as p:
        browser = p.chromium.launch(headless=not args.headed)
        ctx = browser.new_context(storage_state=str(state) if state.exists() else None, accept_downloads=True)
        page = ctx.new_page()
        page.goto(site.get("start_url", site["login_url"]))

        if page.locator(site["selectors"]["username"]).count():
            if origin(page.url) != allowed:
                sys.exit(f"refusing to enter credentials on {origin(page.url)} (expected {allowed})")
            page.fill(site["selectors"]["username"], op_read(site["username_ref"]))
            page.fill(site["selectors"]["password"], op_read(site["password_ref"]))
            page.click(site["selectors"]["submit"])
            if site.get("totp"):
                page.wait_for_selector(site["selectors"]["otp"], timeout=15000)
                if origin(page.url) != allowed:
                    sys.exit("OTP page on unexpected origin; aborting")
                page.fill(site["selectors"]["otp"], op_otp(site["item"]))
                page.click(site["selectors"].get("otp_submit", site["selectors"]["submit"]))
            page.wait_for_load_state("networkidle")
            ctx.storage_state(path=str(state))
            os.chmod(state, 0o600)

        if args.read:
            print(page.locator(args.read).first.inner_text().strip())
        if args.download_latest:
            page.goto(site["documents_url"])
            with page.expect_download() as dl_info:
                page.locator(site["selectors"]["latest_document"]).first.click()
            dl = dl_info.value
            dest = DL / args.site
            dest.mkdir(parents=True, exist_ok=True)
            target = dest / dl.suggested_filename
            dl.save_as(target)
            print(f"saved {target}")
        browser.close()


if __name__ == "__main__":
    main()
