#!/usr/bin/env python3
"""Open a URL in headless Chromium using the user's cookies for a single domain."""
import argparse
import sys

try:
    import browser_cookie3
    from playwright.sync_api import sync_playwright
except ImportError:
    sys.exit("missing deps: uv pip install playwright==1.49.1 browser-cookie3==0.20.1 && playwright install chromium")

LOADERS = {
    "chrome": lambda d: browser_cookie3.chrome(domain_name=d),
    "edge": lambda d: browser_cookie3.edge(domain_name=d),
    "brave": lambda d: browser_cookie3.brave(domain_name=d),
    "firefox": lambda d: browser_cookie3.firefox(domain_name=d),
}


def same_site(cookie_domain: str, domain: str) -> bool:
    cd = cookie_domain.lstrip(".").lower()
    d = domain.lstrip(".").lower()
    return cd == d or cd.endswith("." + d)


def load_cookies(browser: str, domain: str):
    jar = LOADERS[browser](domain)
    out = []
    for c in jar:
        if not same_site(c.domain, domain):
            continue  # defence in depth: the loader already filters by domain
        out.append({
            "name": c.name,
            "value": c.value,
            "domain": c.domain,
            "path": c.path or "/",
            "expires": float(c.expires) if c.expires else -1,
            "secure": bool(c.secure),
            "httpOnly": bool(c.has_nonstandard_attr("HttpOnly")),
            "sameSite": "Lax",
        })
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--browser", choices=sorted(LOADERS), default="chrome")
    ap.add_argument("--domain", required=True)
    ap.add_argument("--url", required=True)
    ap.add_argument("--click", action="append", default=[])
    ap.add_argument("--shot")
    ap.add_argument("--text", action="store_true")
    ap.add_argument("--download-dir", default=".")
    ap.add_argument("--headed", action="store_true")
    a = ap.parse_args()

    from urllib.parse import urlparse
    host = urlparse(a.url).hostname or ""
    if not same_site(host, a.domain):
        sys.exit(f"--url host {host} is not within --domain {a.domain}")

    cookies = load_cookies(a.browser, a.domain)
    print(f"loaded {len(cookies)} cookies for {a.domain} from {a.browser}", file=sys.stderr)

    with sync_playwright() as p:
        browser = p.chromium.launch(headless=not a.headed)
        ctx = browser.new_context(accept_downloads=True)
        ctx.add_cookies(cookies)
        page = ctx.new_page()
        page.goto(a.url, wait_until="networkidle")
        for sel in a.click:
            if "download" in sel.lower():
                with page.expect_download() as dl:
                    page.click(sel)
                path = f"{a.download_dir.rstrip('/')}/{dl.value.suggested_filename}"
                dl.value.save_as(path)
                print("downloaded", path)
            else:
                page.click(sel)
                page.wait_for_load_state("networkidle")
        if a.shot:
            page.screenshot(path=a.shot, full_page=True)
            print("screenshot", a.shot)
        if a.text:
            print(page.inner_text("body")[:20000])
        print("final url:", page.url, file=sys.stderr)
        ctx.close()
        browser.close()
    cookies.clear()


if __name__ == "__main__":
    main()
